// Loads modules of src/ for the tools in this folder: esbuild (tsup's bundler) bundles the TypeScript into
// tools/.build/, beside which dict/ is found as in the repository, and the bundle is imported. The tools then
// run the very code the package ships (features, jieba, the Simplified view), never a copy of it.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build } from 'esbuild';

const here = path.dirname(fileURLToPath(import.meta.url));
export const repoRoot = path.resolve(here, '..', '..');
export const sharedDir = path.resolve(repoRoot, '..', 'shared');

/**
 * Bundles `exports` (a map of module path under src/ → names) into one ES module and imports it.
 * Native and data-heavy dependencies stay external and load from node_modules.
 */
export async function loadSrc(bundleName, exports) {
  const contents = Object.entries(exports)
    .map(([file, names]) => `export { ${names.join(', ')} } from './src/${file}';`)
    .join('\n');
  const outDir = path.join(repoRoot, 'tools', '.build');
  fs.mkdirSync(outDir, { recursive: true });
  const outfile = path.join(outDir, `${bundleName}.mjs`);
  await bundleEntry(contents, repoRoot, outfile);
  return import(pathToFileURL(outfile).href + `?t=${Date.now()}`);
}

/**
 * Bundles the module text `contents`, whose imports resolve from `root` (a checkout: its src/), into `outfile`.
 * dict/ is found from the bundle as in the repository (one or two folders up), node_modules beside `root`.
 */
export async function bundleEntry(contents, root, outfile) {
  await build({
    stdin: { contents, resolveDir: root, loader: 'ts', sourcefile: `${path.basename(outfile, '.mjs')}-entry.ts` },
    bundle: true,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    outfile,
    external: ['nodejieba', 'opencc-js', 'compromise'],
    banner: { js: "import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);" },
    logLevel: 'warning',
  });
}

/** Reads a gzipped or plain JSON Lines file. */
export async function readJsonl(file) {
  const { gunzipSync } = await import('node:zlib');
  const raw = fs.readFileSync(file);
  const text = file.endsWith('.gz') ? gunzipSync(raw).toString('utf8') : raw.toString('utf8');
  return text.split('\n').filter((line) => line.trim()).map((line) => JSON.parse(line));
}

/** A small seeded generator (mulberry32), so every run draws the same numbers. */
export function seededRandom(seed) {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** The rows of a dict/ file's text, split as src/nlp/dict.ts splits them: comments and blank lines skipped, tabs split. */
export function dictRows(text) {
  return text.split('\n').map((line) => line.trim()).filter((line) => line !== '' && !line.startsWith('#')).map((line) => line.split('\t'));
}
