#!/usr/bin/env node
// Checks that a change meant only for speed leaves every output as it was: builds another git ref (default
// main) into a temporary folder, then runs `segment` (default and fine), `extractDates` and `parseArticle` with
// tokens from both builds on the same texts and reports every text where the JSON differs.
// Texts: the SIGHAN 2005 PKU and MSR test lines, the seed page and the news-gold excerpts (read from ../shared
// where present, never copied), and the Chinese string literals of test/*.ts (our own sentences).
// `--only boilerplate` runs `stripBoilerplate` (kept text, removed lines with reasons, credits) on the pages of
// bench/lines.bench.mjs (news-gold texts, gne and cwced page text) and the seed page. `--only extract` runs
// parseArticle(bytes, { analyze: false }) on the HTML pages of ../shared/bench-data/news-extraction.
//   npm run build && node tools/compare-outputs.mjs [--ref main] [--only segment|dates|parse|boilerplate|extract] [--limit N]
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { gunzipSync } from 'node:zlib';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { cac } from 'cac';
import { repoRoot as root, sharedDir as shared } from './lib/load-src.mjs';
import { lines, testLiterals } from './lib/texts.mjs';
import { linePages } from '../bench/lib/line-pages.mjs';

const cli = cac('compare-outputs');
cli.option('--ref <ref>', 'git ref to compare against', { default: 'main' });
cli.option('--only <what>', 'segment, dates, parse, boilerplate or extract');
cli.option('--limit <n>', 'texts per source at most', { default: Infinity });
cli.option('--diff', 'print the top-level fields that differ, before and after, for each differing text');
const { options } = cli.parse();

/** Builds `ref` in a temporary folder that shares this checkout's node_modules; returns the folder. */
function buildRef(ref) {
  const folder = mkdtempSync(join(tmpdir(), 'xinwen-compare-'));
  const archive = join(folder, 'ref.tar');
  execFileSync('git', ['archive', `--output=${archive}`, ref, 'src', 'dict', 'package.json', 'tsconfig.json', 'tsup.config.ts'], { cwd: root });
  execFileSync('tar', ['-x', '-f', archive, '-C', folder]);
  symlinkSync(join(root, 'node_modules'), join(folder, 'node_modules'));
  execFileSync(join(root, 'node_modules', '.bin', 'tsup'), ['--silent'], { cwd: folder, stdio: 'inherit' });
  return folder;
}

const sighan = join(shared, 'bench-data', 'sighan2005');
const goldFile = join(shared, 'bench-data', 'news-gold', 'cases.jsonl');
const seedPage = existsSync(join(shared, 'seed', 'article.txt')) ? [readFileSync(join(shared, 'seed', 'article.txt'), 'utf8')] : [];
const sources = [
  ['PKU test', lines(join(sighan, 'pku_test.utf8'))],
  ['MSR test', lines(join(sighan, 'msr_test.utf8'))],
  ['seed page', seedPage],
  ['news-gold', lines(goldFile).map((line) => JSON.parse(line).text)],
  ['test literals', testLiterals(root)],
].map(([name, texts]) => [name, texts.slice(0, Number(options.limit))]);
// The boilerplate stage reads whole pages, not sentences.

/** The HTML pages of the extraction sets, as bytes (xinwen decodes them itself). */
function htmlPages() {
  const folder = join(shared, 'bench-data', 'news-extraction');
  if (!existsSync(folder)) return [];
  return readdirSync(folder)
    .filter((set) => existsSync(join(folder, set, 'gold.jsonl')))
    .flatMap((set) => lines(join(folder, set, 'gold.jsonl')).map((line) => join(folder, set, JSON.parse(line).html)))
    .map((file) => (file.endsWith('.gz') ? gunzipSync(readFileSync(file)) : readFileSync(file)));
}
// The page modes: the boilerplate stage reads whole page texts, extraction reads HTML bytes. Read only when asked for.
const pageSources = {
  boilerplate: options.only === 'boilerplate' ? [['line-bench pages', linePages().slice(0, Number(options.limit))], ['seed page', seedPage]] : [],
  extract: options.only === 'extract' ? [['extraction pages', htmlPages().slice(0, Number(options.limit))]] : [],
};

const reference = { referenceDate: '2023-07-23' };
const runs = {
  segment: (api, text) => JSON.stringify([api.segment(text), api.segment(text, { granularity: 'fine' })]),
  dates: (api, text) => JSON.stringify(api.extractDates(text, reference)),
  parse: (api, text) => JSON.stringify(api.parseArticle(text, { ...reference, tokens: true })),
  boilerplate: (api, text) => JSON.stringify(api.stripBoilerplate(text)),
  extract: (api, page) => JSON.stringify(api.parseArticle(page, { analyze: false })),
};

/** The top-level fields of two outputs that differ, and for arrays the items only one side has. */
function printFieldDiff(was, now) {
  for (const key of new Set([...Object.keys(was), ...Object.keys(now)])) {
    const [a, b] = [JSON.stringify(was[key]), JSON.stringify(now[key])];
    if (a === b) continue;
    if (Array.isArray(was[key]) && Array.isArray(now[key])) {
      const before = new Set(was[key].map((item) => JSON.stringify(item)));
      const after = new Set(now[key].map((item) => JSON.stringify(item)));
      for (const item of before) if (!after.has(item)) console.log(`    ${key} −${item.slice(0, 200)}`);
      for (const item of after) if (!before.has(item)) console.log(`    ${key} +${item.slice(0, 200)}`);
    } else console.log(`    ${key}: ${a?.slice(0, 200)} → ${b?.slice(0, 200)}`);
  }
}

const folder = buildRef(options.ref);
let differing = 0;
try {
  const before = await import(pathToFileURL(join(folder, 'dist', 'index.js')).href);
  const after = await import(pathToFileURL(join(root, 'dist', 'index.js')).href);
  for (const [what, run] of Object.entries(runs)) {
    // The page modes read whole pages and run only when asked for by --only.
    if (options.only ? options.only !== what : what in pageSources) continue;
    for (const [name, texts] of pageSources[what] ?? sources) {
      let count = 0;
      for (const text of texts) {
        const [was, now] = [run(before, text), run(after, text)];
        if (was === now) continue;
        count++;
        if (count <= 3 || options.diff) console.log(`  differs (${what}, ${name}): ${JSON.stringify(String(text.slice(0, 60)))}`);
        if (options.diff) printFieldDiff(JSON.parse(was), JSON.parse(now));
      }
      differing += count;
      console.log(`${what} · ${name}: ${texts.length} texts, ${count} differ`);
    }
  }
} finally {
  rmSync(folder, { recursive: true, force: true });
}
console.log(differing === 0 ? `every output is the same as on ${options.ref}` : `${differing} outputs differ from ${options.ref}`);
process.exitCode = differing === 0 ? 0 : 1;
