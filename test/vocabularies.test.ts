// The typed vocabularies (src/types.ts) against the dict/ files whose columns fill them: a reason, role
// or type written in a data file must be one the types promise to callers.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CREDIT_ROLES, ORGANIZATION_TYPES, PLACE_TYPES, REMOVED_REASONS } from '../src/types.js';

const dictDir = join(import.meta.dirname, '..', 'dict');

/** The distinct values of one tab-separated column of a dict/ file. */
function column(file: string, index: number): string[] {
  const rows = readFileSync(join(dictDir, file), 'utf8').split('\n').filter((line) => line.trim() !== '' && !line.startsWith('#'));
  return [...new Set(rows.map((line) => line.split('\t')[index]))];
}

describe('dict/ columns stay inside the typed vocabularies', () => {
  it.each([
    ['boilerplate.txt', 0, REMOVED_REASONS],
    ['credit-roles.txt', 1, CREDIT_ROLES],
    ['furniture-words.txt', 0, REMOVED_REASONS],
    ['org-suffixes.txt', 1, ORGANIZATION_TYPES],
    ['places.txt', 1, PLACE_TYPES],
  ] as const)('%s column %i', (file, index, vocabulary) => {
    const values = column(file, index);
    expect(values.length).toBeGreaterThan(0);
    expect(values.filter((value) => !(vocabulary as readonly string[]).includes(value))).toEqual([]);
  });
});

describe('dict/credit-roles.txt forms', () => {
  it('names only the forms the credit reader knows, and never the bare form for a single character', () => {
    const rows = readFileSync(join(dictDir, 'credit-roles.txt'), 'utf8').split('\n').filter((line) => line.trim() !== '' && !line.startsWith('#')).map((line) => line.split('\t'));
    for (const [label, , forms = 'colon'] of rows) {
      for (const form of forms.split(',')) expect(['colon', 'bare', 'after', 'glued'], label).toContain(form);
      if ([...label].length === 1) expect(forms.split(','), label).not.toContain('bare');
    }
  });
});
