// Texts the comparison tools read: the non-empty lines of a file, and the Chinese string literals of
// test/*.ts (our own sentences). One home for both, shared by compare-outputs.mjs and compare-name-model.mjs.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/** The non-empty lines of `file`, or none when it is absent (the shared data may not sit next to the repo). */
export function lines(file) {
  return existsSync(file) ? readFileSync(file, 'utf8').split('\n').filter((line) => line.trim() !== '') : [];
}

/** Every quoted string literal holding a Han character in the test files under `root`/test. */
export function testLiterals(root) {
  const literals = [];
  const quoted = /(['"`])((?:(?!\1)[^\\\n]|\\.)*[\u4e00-\u9fff](?:(?!\1)[^\\\n]|\\.)*)\1/g;
  for (const file of readdirSync(join(root, 'test')).filter((name) => name.endsWith('.ts'))) {
    for (const match of readFileSync(join(root, 'test', file), 'utf8').matchAll(quoted)) literals.push(match[2]);
  }
  return literals;
}
