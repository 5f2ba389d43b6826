#!/usr/bin/env node
// The segmenter backends: (1) whether xinwen's tags (cut(s, true) plus a dictionary look-up) are nodejieba
// tag's, word for word, on the SIGHAN 2005 PKU/MSR test text and the news-gold excerpts; (2) speed in the
// same process, interleaved rounds, median, as ratios to bare nodejieba cut(s, true); (3) accuracy with
// each backend: SIGHAN 2005 (shared/tools/seg-score.mjs) and news-gold (shared/tools/news-gold-score.mjs).
// @node-rs/jieba's dictionary is its own, so its figures are recorded as they are, not tuned.
//
//   npm run build --silent && node bench/segmenters.bench.mjs [--no-write]
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { benchArgs, importDist, requireSharedData } from './lib/cli.mjs';
import { median, repoRoot, sharedDir, writeSection } from './lib/report.mjs';

const args = benchArgs(import.meta.url);
const sighan = join(sharedDir, 'bench-data', 'sighan2005');
const segScorer = join(sharedDir, 'tools', 'seg-score.mjs');
const goldScorer = join(sharedDir, 'tools', 'news-gold-score.mjs');
const goldCases = join(sharedDir, 'bench-data', 'news-gold', 'cases.jsonl');
requireSharedData('segmenters', join(sighan, 'pku_test.utf8'), segScorer, goldScorer, goldCases);
const lib = await importDist();
const require = createRequire(import.meta.url);
const nodejieba = require('nodejieba');
const { Jieba } = require('@node-rs/jieba');
const rsJieba = Jieba.withDict(readFileSync(join(repoRoot, 'node_modules', '@node-rs', 'jieba', 'dict.txt')));

const lines = (corpus) => readFileSync(join(sighan, `${corpus}_test.utf8`), 'utf8').split('\n').filter((line) => line.trim() !== '');
const cases = readFileSync(goldCases, 'utf8').split('\n').filter(Boolean).map((line) => JSON.parse(line));
const texts = [...lines('pku'), ...lines('msr'), ...cases.map((c) => c.text)];

// (1) Identity. Through the public API: the fine granularity's tokens are jieba's words with their tags, except
// the units segment keeps whole and tags itself (URLs, e-mail addresses, numbers: \`m\`) and joined news words;
// every other token whose span is one of nodejieba tag's words must carry its tag.
// segment cuts the text's view (Simplified, half-width, as long as the text): nodejieba tags the same view,
// made here the way src/normalize makes it; a text whose view this does not rebuild exactly is left out.
const segmentsOwnUnit = (token) => token.tag === 'url' || token.tag === 'email' || (token.tag === 'm' && /[0-9０-９]/u.test(token.word));
const OpenCC = require('opencc-js');
const toSimplified = OpenCC.ConverterFactory(OpenCC.Locale.from.tw, OpenCC.Locale.from.hk, OpenCC.Locale.to.cn);
const viewOf = (text) => {
  const simplified = toSimplified(text);
  const sameLength = simplified.length === text.length ? simplified : text;
  return sameLength.replace(/[\uff01-\uff5e\u3000]/gu, (ch) => (ch === '\u3000' ? ' ' : String.fromCharCode(ch.charCodeAt(0) - 0xfee0)));
};
// xinwen uses nodejieba's own tag for the first 150,000 characters of a process (src/nlp/segmenter.ts): one pass
// over the PKU text first, so every comparison below is of the look-up.
for (const line of lines('pku')) lib.segment(line, { granularity: 'fine' });
let compared = 0;
let differing = 0;
let wordsOfTag = 0;
let textsCompared = 0;
const examples = [];
for (const text of texts) {
  const view = viewOf(text);
  if (view.length !== text.length) continue;
  textsCompared++;
  const tagged = nodejieba.tag(view);
  wordsOfTag += tagged.length;
  const byStart = new Map();
  let at = 0;
  for (const { word, tag } of tagged) {
    const start = view.indexOf(word, at);
    if (start === -1) break;
    byStart.set(start, { end: start + word.length, tag });
    at = start + word.length;
  }
  for (const token of lib.segment(text, { granularity: 'fine' })) {
    const expected = byStart.get(token.start);
    if (!expected || expected.end !== token.end || segmentsOwnUnit(token)) continue;
    compared++;
    if (expected.tag !== token.tag) {
      differing++;
      if (examples.length < 5) examples.push(`${token.word}: ${expected.tag} ≠ ${token.tag}`);
    }
  }
}

// (2) Speed on the PKU text, one call per line.
const pku = lines('pku');
const characters = pku.reduce((sum, line) => sum + line.length, 0);
const tasks = {
  'nodejieba cut(s, true)': () => { for (const line of pku) nodejieba.cut(line, true); },
  'nodejieba tag(s)': () => { for (const line of pku) nodejieba.tag(line); },
  '@node-rs/jieba cut(s, true)': () => { for (const line of pku) rsJieba.cut(line, true); },
  'segment fine, nodejieba': () => { for (const line of pku) lib.segment(line, { granularity: 'fine' }); },
  'segment fine, node-rs-jieba': () => { for (const line of pku) lib.segment(line, { granularity: 'fine', segmenter: 'node-rs-jieba' }); },
  'segment default, nodejieba': () => { for (const line of pku) lib.segment(line); },
  'segment default, node-rs-jieba': () => { for (const line of pku) lib.segment(line, { segmenter: 'node-rs-jieba' }); },
};
for (const run of Object.values(tasks)) run();
const ROUNDS = 7;
const times = Object.fromEntries(Object.keys(tasks).map((name) => [name, []]));
const names = Object.keys(tasks);
for (let round = 0; round < ROUNDS; round++) {
  for (let i = 0; i < names.length; i++) {
    const name = names[(i + round) % names.length];
    const started = performance.now();
    tasks[name]();
    times[name].push(performance.now() - started);
  }
}
const base = median(times['nodejieba cut(s, true)']);
const speedRows = names.map((name) => `| ${name} | ${median(times[name]).toFixed(0)} | ${(median(times[name]) / base).toFixed(2)}× |`);

// (3) Accuracy with each backend.
const tmp = join(repoRoot, '.bench-tmp');
mkdirSync(tmp, { recursive: true });
const fmt = (value) => value.toFixed(3);
const segRows = [];
for (const segmenter of ['nodejieba', 'node-rs-jieba']) {
  for (const corpus of ['pku', 'msr']) {
    for (const granularity of ['default', 'fine']) {
      const test = readFileSync(join(sighan, `${corpus}_test.utf8`), 'utf8').split('\n');
      const file = join(tmp, `${corpus}-${granularity}-${segmenter}.txt`);
      writeFileSync(file, test.map((line) => lib.segment(line, { granularity, segmenter }).map((token) => token.word).join(' ')).join('\n'));
      const json = JSON.parse(execFileSync('node', [segScorer, '--pred', file, '--corpus', corpus, '--data', sighan, '--json'], { encoding: 'utf8' }));
      const scored = json[corpus] ?? json.results?.[0] ?? json;
      segRows.push(`| ${segmenter} | ${corpus.toUpperCase()} | ${granularity} | ${fmt(scored.P ?? scored.precision)} | ${fmt(scored.R ?? scored.recall)} | ${fmt(scored.F1 ?? scored.f1 ?? scored.F)} |`);
    }
  }
}
const scorer = await import(pathToFileURL(goldScorer).href);
const pct = (value) => (100 * value).toFixed(1);
const goldRows = [];
for (const segmenter of ['nodejieba', 'node-rs-jieba']) {
  const withBackend = {
    ...lib,
    extractOfficials: (text, options) => lib.extractOfficials(text, { ...options, segmenter }),
    parseArticle: (input, options) => lib.parseArticle(input, { ...options, segmenter }),
  };
  const { figures } = await scorer.scoreCases(cases, withBackend);
  goldRows.push(`| ${segmenter} | ${pct(figures.names.p)} / ${pct(figures.names.r)} / **${pct(figures.names.f)}** | ${pct(figures.pairs.p)} / ${pct(figures.pairs.r)} / **${pct(figures.pairs.f)}** | ${pct(figures.credits.f)} | ${pct(figures.dates.endToEnd)} % | ${pct(figures.boilerplate.removed)} % |`);
}

const markdown = `
**Tags.** nodejieba's \`tag\` is its mixed cut plus a dictionary look-up, so xinwen cuts with \`cut(s, true)\` and looks the tags up
itself (src/nlp/pos.ts, over the same dictionary files). On the PKU and MSR test text and the 60 news-gold excerpts
(${textsCompared} of ${texts.length} texts, each tagged in its Simplified, half-width view as segment reads it; ${wordsOfTag.toLocaleString('en')} words of \`tag\`), ${compared.toLocaleString('en')} tokens of \`segment(text, { granularity: 'fine' })\` have the span of one of \`tag\`'s
words and are not one of the units segment tags itself (numbers, URLs, e-mail addresses): **${differing} carry another tag**${examples.length ? ` (${examples.join('; ')})` : ''}. test/segmenter.test.ts checks the raw words and tags are \`tag\`'s exactly on sentences of our own.

Speed on the PKU test text (${pku.length} lines, ${characters.toLocaleString('en')} characters), one call per line, ${ROUNDS} interleaved rounds, median:

| run | ms per pass | cost vs bare nodejieba cut(s, true) |
|---|---:|---:|
${speedRows.join('\n')}

Accuracy, SIGHAN 2005 test sets (shared/tools/seg-score.mjs):

| segmenter | corpus | granularity | P | R | F1 |
|---|---|---|---:|---:|---:|
${segRows.join('\n')}

news-gold, 60 excerpts (shared/tools/news-gold-score.mjs's own scoring, each call given the segmenter):

| segmenter | names P / R / F1 | title pairs P / R / F1 | credits F1 | dates value-correct | boilerplate removed |
|---|---|---|---:|---:|---:|
${goldRows.join('\n')}

@node-rs/jieba segments with its own dictionary (jieba-rs's), which differs from nodejieba's in a few hundred entries; its
figures are recorded as measured, nothing was tuned for it.
`;
console.log(markdown);
if (args.write) writeSection('segmenters', 'Segmenter backends: nodejieba and @node-rs/jieba', markdown);
