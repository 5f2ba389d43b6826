// Runs a script against the built package in a child Node whose module loader (break-nodejieba.cjs) breaks
// or forbids the native segmenters as `mode` says: how the tests see what a user with a missing or broken
// addon sees.
import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const hook = path.join(root, 'test/helpers/break-nodejieba.cjs');

/** Runs `script` (`type`: ESM or CommonJS) with the loader hook in `mode`; returns what it printed, trimmed. */
export function runWithNativeHook(mode: string, script: string, type: 'module' | 'commonjs' = 'module'): string {
  return execFileSync(process.execPath, ['-r', hook, '--input-type=' + type, '-e', script], {
    cwd: root,
    env: { ...process.env, XINWEN_TEST_NATIVE: mode },
    encoding: 'utf8',
  }).trim();
}
