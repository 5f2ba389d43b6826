#!/usr/bin/env node
// Dates benchmark: bundles src/dates with esbuild, scores it with the shared scorer
// (../shared/tools/date-score.mjs) on all cases, the hand-written cases, and the range and
// relative tags, and measures cases per second in this one process. Prints Markdown.
// Usage: node bench/dates.bench.mjs [--rounds N]
import fs from 'node:fs';
import { writeSection } from './lib/report.mjs';
import path from 'node:path';
import os from 'node:os';
import { pathToFileURL, fileURLToPath } from 'node:url';

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
await esbuild.build({
  entryPoints: [path.join(root, 'src', 'dates', 'index.ts')],
  bundle: true,
  platform: 'node',
  format: 'esm',
  outfile,
  logLevel: 'warning',
});
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

const markdown = [
  '| view | cases | gold | e2e F1 lenient | e2e F1 strict | exact span+strict F1 | span exact F1 | value-correct |',
  '|---|---:|---:|---:|---:|---:|---:|---:|',
  ...rows,
  '',
  `Throughput: **${perSec.toLocaleString('en-US')} cases/s** (${rounds} passes over ${all.length} cases, one process).`,
].join('\n');
console.log(markdown);
if (!process.argv.includes('--no-write')) writeSection('dates', 'Dates: extractDates on the 555-case benchmark', markdown);
