// Keeps unbounded spreads out of calls: `push(...words)`, `Math.max(...scores)` or `fn(...items)` pass
// every item as an argument, and V8 overflows its stack at about 120k of them, so a long page would
// crash with a RangeError. The test parses every file of src/ and fails on a spread argument in a call
// or `new` unless the allow-list below names it with the reason it is bounded. src/entities/ is being
// reworked on another branch: its spreads are listed (console) for that work, not failed on.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const src = join(import.meta.dirname, '..', 'src');

/** Spreads into calls that are bounded by something other than the input, keyed `file: call text`. */
const BOUNDED: Record<string, string> = {};

/** Folders whose findings are reported for later instead of failing (their owners are mid-change). */
const REPORTED_ONLY = ['entities/'];

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? sourceFiles(path) : path.endsWith('.ts') ? [path] : [];
  });
}

/** Every call or `new` with a spread argument in `code`, as `file: call text` with its line. */
function spreadCalls(file: string, code: string): Array<{ key: string; line: number }> {
  const sourceFile = ts.createSourceFile(file, code, ts.ScriptTarget.Latest, true);
  const found: Array<{ key: string; line: number }> = [];
  const pending: ts.Node[] = [sourceFile];
  while (pending.length > 0) {
    const node = pending.pop()!;
    if ((ts.isCallExpression(node) || ts.isNewExpression(node)) && (node.arguments ?? []).some(ts.isSpreadElement)) {
      const line = sourceFile.getLineAndCharacterOfPosition(node.getStart(sourceFile)).line + 1;
      found.push({ key: `${file}: ${node.getText(sourceFile).replace(/\s+/gu, ' ')}`, line });
    }
    node.forEachChild((child) => {
      pending.push(child);
    });
  }
  return found;
}

describe('no unbounded spread into a call in src/', () => {
  const findings = sourceFiles(src).flatMap((path) => spreadCalls(relative(src, path).split(sep).join('/'), readFileSync(path, 'utf8')));
  const reportedOnly = findings.filter((finding) => REPORTED_ONLY.some((folder) => finding.key.startsWith(folder)));

  it('finds the spreads it is meant to find', () => {
    const keys = spreadCalls('sample.ts', 'a.push(...b); Math.max(...c); new Set(...d); f([...e]); g({ ...h });').map((finding) => finding.key);
    expect([...keys].sort()).toEqual(['sample.ts: Math.max(...c)', 'sample.ts: a.push(...b)', 'sample.ts: new Set(...d)']);
  });

  it('has none outside the allow-list', () => {
    const unexpected = findings
      .filter((finding) => !reportedOnly.includes(finding) && !(finding.key in BOUNDED))
      .map((finding) => `${finding.key} (line ${finding.line})`);
    if (reportedOnly.length > 0) {
      console.warn(`spreads into calls left in ${REPORTED_ONLY.join(', ')} for its owners:\n  ${reportedOnly.map((finding) => `${finding.key} (line ${finding.line})`).join('\n  ')}`);
    }
    expect(unexpected).toEqual([]);
  });

  it('has an allow-list with no stale entries', () => {
    for (const key of Object.keys(BOUNDED)) expect(findings.map((finding) => finding.key)).toContain(key);
  });
});
