// Keeps the stack safe on any input, by reading the source of src/:
// - no spread into a call: `push(...words)`, `Math.max(...scores)` or `fn(...items)` pass every item as an
//   argument, and V8 overflows its stack at about 120k of them, so a long page would crash with a RangeError;
// - no recursion (a function reaching itself through named calls) but the allow-listed ones whose depth
//   is bounded whatever the input.
// Each fails on a finding the allow-list does not name with its reason; no folder is exempt.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const src = join(import.meta.dirname, '..', 'src');

/** Spreads into calls that are bounded by something other than the input, keyed `file: call text`. */
const BOUNDED: Record<string, string> = {};

/** Functions that reach themselves, with why the depth is bounded, keyed `file: name`. */
const BOUNDED_RECURSION: Record<string, string> = {
  'dates/resolve/point.ts: resolvePoint': 'once: 马年春节 is resolved again with the year the cycle names, and without the cycle',
  'dates/resolve/range.ts: resolveRange': 'once per candidate year: the range is resolved again with its year fixed, which skips the nearest-year search',
  'dates/resolve/range.ts: nearestReading': 'the same cycle as resolveRange, entered once',
  'dates/resolve/range.ts: distance': 'the same cycle as resolveRange (nearestReading\'s helper), entered once',
  'dates/grammar/starts.ts: follows': 'one level per follower of a follower: the follower tables nest three deep at most',
  'dates/grammar/starts.ts: unitFollows': 'one level per follower of a follower: the follower tables nest three deep at most',
};

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

/** Functions of `code` (declarations and named function expressions) that reach themselves through calls by name in the file. */
function recursiveFunctions(file: string, code: string): string[] {
  const sourceFile = ts.createSourceFile(file, code, ts.ScriptTarget.Latest, true);
  const calls = new Map<string, Set<string>>();
  const pending: ts.Node[] = [sourceFile];
  while (pending.length > 0) {
    const node = pending.pop()!;
    let name: string | null = null;
    let body: ts.Node | undefined;
    if (ts.isFunctionDeclaration(node) && node.name) [name, body] = [node.name.text, node.body];
    else if (ts.isVariableDeclaration(node) && node.initializer && (ts.isArrowFunction(node.initializer) || ts.isFunctionExpression(node.initializer))) {
      [name, body] = [node.name.getText(sourceFile), node.initializer.body];
    }
    if (name && body) {
      const called = calls.get(name) ?? new Set<string>();
      calls.set(name, called);
      const inner: ts.Node[] = [body];
      while (inner.length > 0) {
        const part = inner.pop()!;
        if (ts.isCallExpression(part) && ts.isIdentifier(part.expression)) called.add(part.expression.text);
        part.forEachChild((child) => {
          inner.push(child);
        });
      }
    }
    node.forEachChild((child) => {
      pending.push(child);
    });
  }
  // A function is recursive when it can reach itself: a search from each function over the call graph.
  return [...calls.keys()].filter((start) => {
    const seen = new Set<string>();
    const todo = [...(calls.get(start) ?? [])];
    while (todo.length > 0) {
      const next = todo.pop()!;
      if (next === start) return true;
      if (seen.has(next) || !calls.has(next)) continue;
      seen.add(next);
      for (const callee of calls.get(next)!) todo.push(callee);
    }
    return false;
  }).map((name) => `${file}: ${name}`);
}

const files = sourceFiles(src).map((path) => ({ file: relative(src, path).split(sep).join('/'), code: readFileSync(path, 'utf8') }));

describe('no recursion whose depth grows with the input in src/', () => {
  const findings = files.flatMap(({ file, code }) => recursiveFunctions(file, code));

  it('finds direct and mutual recursion', () => {
    const code = 'function a(n) { return n && a(n - 1); } function b() { c(); } const c = () => b(); function d() { return 1; }';
    expect(recursiveFunctions('sample.ts', code).sort()).toEqual(['sample.ts: a', 'sample.ts: b', 'sample.ts: c']);
  });

  it('has none outside the allow-list', () => {
    expect(findings.filter((key) => !(key in BOUNDED_RECURSION))).toEqual([]);
    for (const key of Object.keys(BOUNDED_RECURSION)) expect(findings).toContain(key);
  });
});

describe('no unbounded spread into a call in src/', () => {
  const findings = files.flatMap(({ file, code }) => spreadCalls(file, code));

  it('finds the spreads it is meant to find', () => {
    const keys = spreadCalls('sample.ts', 'a.push(...b); Math.max(...c); new Set(...d); f([...e]); g({ ...h });').map((finding) => finding.key);
    expect([...keys].sort()).toEqual(['sample.ts: Math.max(...c)', 'sample.ts: a.push(...b)', 'sample.ts: new Set(...d)']);
  });

  it('has none outside the allow-list', () => {
    const unexpected = findings
      .filter((finding) => !(finding.key in BOUNDED))
      .map((finding) => `${finding.key} (line ${finding.line})`);
    expect(unexpected).toEqual([]);
  });

  it('has an allow-list with no stale entries', () => {
    for (const key of Object.keys(BOUNDED)) expect(findings.map((finding) => finding.key)).toContain(key);
  });
});
