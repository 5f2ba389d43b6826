/**
 * The dict reader: finds the shipped dict/ folder and reads its plain-text vocabularies (one entry a
 * line, tab-separated columns, `#` header lines), each file once per process. Every stage that needs a
 * vocabulary reads it through here; the vocabularies themselves are built where they are used.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * The dict/ folder ships beside dist/ in the package (dist/index.js → ../dict) and at the repository
 * root when run from source (src/nlp/dict.ts → ../../dict); look in both so tests and the build agree.
 */
function findDictDir(): string {
  const here = dirname(fileURLToPath(import.meta.url));
  for (const candidate of [join(here, '..', 'dict'), join(here, '..', '..', 'dict')]) {
    if (existsSync(join(candidate, 'surnames.txt'))) return candidate;
  }
  throw new Error(`xinwen: dict/ folder not found near ${here}; the package install is incomplete`);
}

let dictDir: string | undefined;

/** Absolute path of a file in dict/. */
function dictPath(file: string): string {
  dictDir ??= findDictDir();
  return join(dictDir, file);
}

/**
 * Rows of a dict/ file: comment lines (#) and blank lines skipped, each row split on tabs. The text is walked
 * line by line rather than split into an array of every line first: the name model's 35,000 lines would
 * otherwise stay alive through the whole read and be copied by each young-generation collection on the way.
 */
export function readDictRows(file: string): string[][] {
  const rows: string[][] = [];
  dictRowSource(file)((row) => rows.push(row));
  return rows;
}

/**
 * The rows of a dict/ file (as `readDictRows` splits them), handed one at a time to a visitor, as often as the
 * reader walks them.
 */
export type DictRowSource = (visit: (row: string[]) => void) => void;

/**
 * A dict/ file read once, whose rows can be walked more than once without ever being held all together: a
 * loader that sizes its tables from a first walk and fills them in a second keeps no array of rows, only the
 * file's text, for as long as it holds the source.
 */
export function dictRowSource(file: string): DictRowSource {
  const text = readFileSync(dictPath(file), 'utf8');
  return (visit) => {
    for (let start = 0; start < text.length; ) {
      let end = text.indexOf('\n', start);
      if (end === -1) end = text.length;
      const trimmed = text.slice(start, end).trim();
      start = end + 1;
      if (trimmed === '' || trimmed.startsWith('#')) continue;
      visit(trimmed.split('\t'));
    }
  };
}

/** A dict/ file read once, on first use, and cached for the life of the process. */
export function lazy<T>(build: () => T): () => T {
  let value: T | undefined;
  let built = false;
  return () => {
    if (!built) {
      value = build();
      built = true;
    }
    return value as T;
  };
}
