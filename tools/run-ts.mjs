#!/usr/bin/env node
// Runs a TypeScript tool script of this repository: bundles it (and the src/ modules it imports) with esbuild
// into node_modules/.cache, leaving the npm dependencies external, then imports the bundle.
//   node tools/run-ts.mjs tools/train-line-model.ts [args…]
import { build } from 'esbuild';
import { mkdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const [entry, ...rest] = process.argv.slice(2);
if (!entry) {
  console.error('usage: node tools/run-ts.mjs <script.ts> [args…]');
  process.exit(2);
}
const cache = join(root, 'node_modules', '.cache', 'run-ts');
mkdirSync(cache, { recursive: true });
const outfile = join(cache, `bundle-${process.pid}.mjs`);
await build({
  entryPoints: [resolve(entry)],
  bundle: true,
  platform: 'node',
  format: 'esm',
  outfile,
  packages: 'external',
  logLevel: 'error',
  // The bundle lives in node_modules/.cache: src/dict.ts finds dict/ from there as it does from dist/.
  define: { 'import.meta.url': JSON.stringify(pathToFileURL(join(root, 'dist', 'tool.js')).href) },
});
process.argv = [process.argv[0], outfile, ...rest];
await import(pathToFileURL(outfile).href);
