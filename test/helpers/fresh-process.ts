// Runs a probe script in a fresh node process against the built package (ESM or CJS), with `parseArticle` and a
// `require` that shares the CommonJS module cache in scope, and returns the JSON it prints. The lazy-loading
// tests use it to see which packages a call loads.
import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');

const HEADS = {
  module: `import { parseArticle } from './dist/index.js'; import { createRequire as cr } from 'node:module'; const require = cr(process.cwd() + '/');`,
  commonjs: `const { parseArticle } = require('./dist/index.cjs');`,
};

/** The JSON `probe` prints when run after the `type` build's `parseArticle` is loaded. */
export function probeBuild<T>(type: 'module' | 'commonjs', probe: string): T {
  return JSON.parse(execFileSync(process.execPath, [`--input-type=${type}`, '-e', HEADS[type] + probe], { cwd: root, encoding: 'utf8' })) as T;
}
