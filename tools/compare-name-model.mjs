#!/usr/bin/env node
// Checks that a change meant only for speed leaves the name model and the entity stage as they were: bundles
// src/ of another git ref (default main) and of this checkout, then on the same texts compares, to the last
// bit, the name model's reading (every candidate, and the score of every span of up to MAX_SPAN characters
// at every offset for every type, and the readings starting and ending at every offset) given the same jieba
// words, and the whole entity stage (extractOfficials with explain: true, so scores and `via` count too).
// Texts (read from ../shared where present, never copied): the seed page, news-gold, CLUENER dev, PD980105,
// officials-handmade, and the Chinese string literals of test/*.ts (our own sentences).
//   node tools/compare-name-model.mjs [--ref main] [--limit N]
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { cac } from 'cac';
import { lines, testLiterals } from './lib/texts.mjs';
import { bundleEntry, repoRoot, sharedDir } from './lib/load-src.mjs';

const cli = cac('compare-name-model');
cli.option('--ref <ref>', 'git ref to compare against', { default: 'main' });
cli.option('--limit <n>', 'texts per source at most', { default: Infinity });
const { options } = cli.parse();
const MAX_SPAN = 8;

const ENTRY = `
export { readNames, shippedNameModel } from './src/entities/name-model.ts';
export { extractOfficials } from './src/entities/index.ts';
export { tagWithOffsets } from './src/nlp/index.ts';
export { analysisView } from './src/normalize/index.ts';`;

/** Bundles the entry above from the src/ under `root` into `outfile` (one folder below root's dict/) and imports it. */
async function bundle(root, outfile) {
  await bundleEntry(ENTRY, root, outfile);
  return import(pathToFileURL(outfile).href);
}

const ner = join(sharedDir, 'bench-data', 'ner');
const jsonlTexts = (file) => lines(file).map((line) => JSON.parse(line).text);
const sources = [
  ['seed page', existsSync(join(sharedDir, 'seed', 'article.txt')) ? [readFileSync(join(sharedDir, 'seed', 'article.txt'), 'utf8')] : []],
  ['news-gold', jsonlTexts(join(sharedDir, 'bench-data', 'news-gold', 'cases.jsonl'))],
  ['CLUENER dev', jsonlTexts(join(ner, 'cluener2020', 'dev.persons.jsonl'))],
  ['PD980105', jsonlTexts(join(ner, 'pd1998-jan', 'PD980105.persons.jsonl'))],
  ['officials-handmade', jsonlTexts(join(ner, 'officials-handmade', 'gold.jsonl'))],
  ['test literals', testLiterals(repoRoot)],
].map(([name, texts]) => [name, texts.slice(0, Number(options.limit))]);

/** Everything the model says of `view`, as one string: candidates, readings at every offset, span scores. */
function modelReading(api, view, words) {
  const reading = api.readNames(view, words, { threshold: 0 });
  const parts = [JSON.stringify(reading.candidates)];
  const types = api.shippedNameModel().types;
  for (let start = 0; start <= view.length; start++) {
    parts.push(JSON.stringify([reading.startingAt(start), reading.endingAt(start)]));
    for (const type of types) {
      for (let end = start + 1; end <= Math.min(view.length, start + MAX_SPAN); end++) parts.push(String(reading.spanScore(start, end, type)));
    }
  }
  return parts.join('\n');
}

const folder = mkdtempSync(join(tmpdir(), 'xinwen-compare-model-'));
let differing = 0;
try {
  execFileSync('git', ['archive', `--output=${join(folder, 'ref.tar')}`, options.ref, 'src', 'dict'], { cwd: repoRoot });
  execFileSync('tar', ['-x', '-f', join(folder, 'ref.tar'), '-C', folder]);
  symlinkSync(join(repoRoot, 'node_modules'), join(folder, 'node_modules'));
  const before = await bundle(folder, join(folder, 'build', 'bundle.mjs'));
  const after = await bundle(repoRoot, join(repoRoot, 'tools', '.build', 'compare-name-model.mjs'));
  for (const [name, texts] of sources) {
    let model = 0;
    let stage = 0;
    for (const text of texts) {
      const view = after.analysisView(text);
      const words = after.tagWithOffsets(view);
      if (modelReading(before, view, words) !== modelReading(after, view, words)) {
        model++;
        if (model <= 3) console.log(`  model differs (${name}): ${JSON.stringify(text.slice(0, 60))}`);
      }
      if (JSON.stringify(before.extractOfficials(text, { explain: true })) !== JSON.stringify(after.extractOfficials(text, { explain: true }))) {
        stage++;
        if (stage <= 3) console.log(`  entities differ (${name}): ${JSON.stringify(text.slice(0, 60))}`);
      }
    }
    differing += model + stage;
    console.log(`${name}: ${texts.length} texts, model reading differs on ${model}, entities on ${stage}`);
  }
} finally {
  rmSync(folder, { recursive: true, force: true });
}
console.log(differing === 0 ? `the name model and the entity stage read every text as on ${options.ref}` : `${differing} readings differ from ${options.ref}`);
process.exitCode = differing === 0 ? 0 : 1;
