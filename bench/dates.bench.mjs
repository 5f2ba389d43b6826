#!/usr/bin/env node
// Dates benchmark: bundles src/dates with esbuild, scores it with the shared scorer
// (../shared/tools/date-score.mjs) on all cases, the hand-written cases, and the range and
// relative tags, scores the dates of the news-gold page excerpts (detected, value-correct, false
// dates), and measures in this one process: cases per second; the cost per character of the
// date pass on running text (the PKU test text, one call per line) as a ratio to bare nodejieba
// cut on the same lines; and how the time per character grows from 50k- to 500k-character runs of
// hostile input (linear work means about 1×). Prints Markdown and writes BENCHMARKS.md.
// Usage: node bench/dates.bench.mjs [--rounds N] [--no-write] [--compare DIR]
//   --compare DIR  also times the dates engine of another checkout (DIR/src/dates) in the same rounds,
//                  e.g. a worktree of main, to show the cost before and after a change.
import fs from 'node:fs';
import { writeSection } from './lib/report.mjs';
import path from 'node:path';
import os from 'node:os';
import { pathToFileURL, fileURLToPath } from 'node:url';
import { createRequire } from 'node:module';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const scorerPath = path.resolve(root, '..', 'shared', 'tools', 'date-score.mjs');
const casesPath = path.resolve(root, '..', 'shared', 'bench-data', 'dates', 'cases.jsonl');
if (!fs.existsSync(scorerPath) || !fs.existsSync(casesPath)) {
  console.log(`dates bench skipped: ${fs.existsSync(scorerPath) ? casesPath : scorerPath} not found.`);
  process.exit(0);
}
const argRounds = process.argv.indexOf('--rounds');
const rounds = argRounds > 0 ? Number(process.argv[argRounds + 1]) : 40;

const outfile = path.join(root, '.bench-tmp', 'dates.mjs');
const esbuild = await import('esbuild');
const bundle = (from, to) => esbuild.build({ entryPoints: [path.join(from, 'src', 'dates', 'index.ts')], bundle: true, platform: 'node', format: 'esm', outfile: to, logLevel: 'warning' });
await bundle(root, outfile);
const compareAt = process.argv.indexOf('--compare');
const compareDir = compareAt > 0 ? path.resolve(process.argv[compareAt + 1]) : null;
let compared = null;
if (compareDir) {
  const compareFile = path.join(root, '.bench-tmp', 'dates-compare.mjs');
  await bundle(compareDir, compareFile);
  compared = await import(pathToFileURL(compareFile).href);
}
process.env.XINWEN_DATES_BUNDLE = outfile;
const adapter = await import(pathToFileURL(path.join(root, 'bench', 'dates-adapter.mjs')).href);
const { scoreCases } = await import(pathToFileURL(scorerPath).href);

const all = fs.readFileSync(casesPath, 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l));
const predict = (cases) => adapter.parseBatch(cases.map((c) => ({ text: c.text, ref: c.ref })));

const views = [
  ['all', all, null],
  ['--source hand', all.filter((c) => (c.source || '').startsWith('hand')), null],
  ['--tag range', all, 'range'],
  ['--tag relative', all, 'relative'],
];
const pct = (x) => (100 * x).toFixed(1);
const rows = [];
for (const [label, cases, tag] of views) {
  const r = scoreCases(cases, await predict(cases), { tag });
  const valueOk = (() => {
    if (!tag) {
      const t = Object.values(r.bySource).reduce((a, v) => ({ n: a.n + v.n, ok: a.ok + v.valueOK }), { n: 0, ok: 0 });
      return t.n ? t.ok / t.n : 0;
    }
    const t = r.byTag[tag];
    return t ? t.valueOK / t.n : 0;
  })();
  rows.push(`| ${label} | ${r.cases} | ${r.gold} | ${pct(r.endToEnd.overlapLenient.f1)} | ${pct(r.endToEnd.overlapStrict.f1)} | ${pct(r.endToEnd.exactStrict.f1)} | ${pct(r.spanExact.f1)} | ${pct(valueOk)} % |`);
}

// Throughput: warm up, then time whole passes over all cases in this process.
await predict(all);
const t0 = process.hrtime.bigint();
for (let i = 0; i < rounds; i++) await predict(all);
const secs = Number(process.hrtime.bigint() - t0) / 1e9;
const perSec = Math.round((rounds * all.length) / secs);

// Cost per character on running text, against bare nodejieba cut on the same lines, interleaved rounds.
const { extractDates } = await import(pathToFileURL(outfile).href);
const require = createRequire(import.meta.url);
const nodejieba = require('nodejieba');
const pku = path.resolve(root, '..', 'shared', 'bench-data', 'sighan2005', 'pku_test.utf8');
const lines = fs.existsSync(pku)
  ? fs.readFileSync(pku, 'utf8').split('\n').filter((line) => line.trim() !== '')
  : Array.from({ length: 50 }, () => fs.readFileSync(path.join(root, 'examples', 'sample-page.txt'), 'utf8').split('\n')).flat().filter(Boolean);
const chars = lines.reduce((sum, line) => sum + line.length, 0);
const textName = fs.existsSync(pku) ? `the PKU test text (${lines.length} lines, ${chars} characters)` : `the example page ×50 (${chars} characters)`;
nodejieba.cut('预热', true);
const passes = {
  'nodejieba cut(s, true)': () => { for (const line of lines) nodejieba.cut(line, true); },
  'extractDates': () => { for (const line of lines) extractDates(line); },
};
if (compared) passes[`extractDates of ${path.basename(compareDir)} (--compare)`] = () => { for (const line of lines) compared.extractDates(line); };
const timings = Object.fromEntries(Object.keys(passes).map((name) => [name, []]));
const names = Object.keys(passes);
for (let round = 0; round < 15; round++) {
  for (let k = 0; k < names.length; k++) {
    const name = names[(k + round) % names.length];
    const t = process.hrtime.bigint();
    passes[name]();
    timings[name].push(Number(process.hrtime.bigint() - t) / 1e6);
  }
}
const median = (values) => { const sorted = [...values].sort((a, b) => a - b); return sorted[sorted.length >> 1]; };
const cutMs = median(timings['nodejieba cut(s, true)']);
const speedRows = names.map((name) => {
  const ms = median(timings[name]);
  return `| ${name} | ${ms.toFixed(0)} | ${Math.round(chars / (ms / 1000)).toLocaleString('en-US')} | ${(ms / cutMs).toFixed(2)}× |`;
});

// Growth of the time per character from 50k to 500k characters of hostile runs.
const time = (text) => { const t = process.hrtime.bigint(); extractDates(text, { referenceDate: '2023-07-23' }); return Number(process.hrtime.bigint() - t) / 1e6; };
const growthRows = ['年', '7', '7月21日至', '上', '二十', '1-', '2023年的', '初一', '今(8)日', '5及', '周一至'].map((unit) => {
  const small = unit.repeat(Math.ceil(50_000 / unit.length));
  const big = unit.repeat(Math.ceil(500_000 / unit.length));
  time(small);
  const perCharSmall = Math.min(time(small), time(small)) / small.length;
  const perCharBig = Math.min(time(big), time(big)) / big.length;
  return `| \`${unit}\` | ${(perCharSmall * 1e6).toFixed(0)} | ${(perCharBig * 1e6).toFixed(0)} | ${(perCharBig / perCharSmall).toFixed(2)}× |`;
});

// Dates on real page excerpts (news-gold): detected, value-correct and false dates, scored with the
// shared news-gold scorer's value comparison.
let newsGold = '_news-gold not present: not measured._';
const newsGoldCases = path.resolve(root, '..', 'shared', 'bench-data', 'news-gold', 'cases.jsonl');
const newsGoldScorer = path.resolve(root, '..', 'shared', 'tools', 'news-gold-score.mjs');
if (fs.existsSync(newsGoldCases) && fs.existsSync(newsGoldScorer)) {
  const { valueMatches } = await import(pathToFileURL(newsGoldScorer).href);
  let gold = 0, detected = 0, correct = 0, predicted = 0, overlapping = 0;
  for (const item of fs.readFileSync(newsGoldCases, 'utf8').split('\n').filter(Boolean).map((line) => JSON.parse(line))) {
    const mentions = extractDates(item.text, { referenceDate: item.ref || undefined });
    predicted += mentions.length;
    overlapping += mentions.filter((m) => item.dates.some((d) => m.start < d.end && d.start < m.end)).length;
    for (const date of item.dates) {
      gold++;
      const hit = mentions.find((m) => m.start < date.end && date.start < m.end);
      if (!hit) continue;
      detected++;
      if (valueMatches(date.value, hit.value) || (date.alt_value != null && valueMatches(date.alt_value, hit.value))) correct++;
    }
  }
  newsGold = `Real page excerpts (news-gold, ${gold} dates): detected ${pct(detected / gold)} %, value-correct ${pct(correct / gold)} %; ${predicted} dates predicted, ${predicted - overlapping} of them overlap no gold date (precision ${pct(overlapping / predicted)} %).`;
}

const markdown = [
  '| view | cases | gold | e2e F1 lenient | e2e F1 strict | exact span+strict F1 | span exact F1 | value-correct |',
  '|---|---:|---:|---:|---:|---:|---:|---:|',
  ...rows,
  '',
  `Throughput: **${perSec.toLocaleString('en-US')} cases/s** (${rounds} passes over ${all.length} cases, one process).`,
  '',
  newsGold,
  '',
  `Cost per character on ${textName}, one call per line, 15 interleaved rounds, median:`,
  '',
  '| pass | ms per pass | characters/s | cost vs bare nodejieba cut |',
  '|---|---:|---:|---:|',
  ...speedRows,
  '',
  'Linear work on hostile input: nanoseconds per character on a 50k- and a 500k-character run of each unit (best of two):',
  '',
  '| unit | ns/char at 50k | ns/char at 500k | growth |',
  '|---|---:|---:|---:|',
  ...growthRows,
].join('\n');
console.log(markdown);
if (!process.argv.includes('--no-write')) writeSection('dates', 'Dates: extractDates on the 555-case benchmark', markdown);
