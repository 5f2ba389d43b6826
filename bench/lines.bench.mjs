#!/usr/bin/env node
// Speed of the boilerplate stage: the line classifier (stripBoilerplate: rules, features, line model, context
// pass) against the line patterns it replaced (bench/baseline/line-patterns.mjs, frozen from commit f00d2a9),
// on the same page texts, in the same process.
//
//   npm run build --silent && node bench/lines.bench.mjs [--rounds N] [--no-write]
//
// Pages: the 60 texts of ../shared/bench-data/news-gold, and the visible text (one line per block) of the
// HTML pages of gne-testpages-zh and cwced-zh. Each round times both on every page, interleaved; the table
// gives the median round, and one pass of parseArticle on the same texts gives the scale. Missing data → a
// message and exit 0.
import os from 'node:os';
import { benchArgs, importDist, requireSharedData } from './lib/cli.mjs';
import { extractionSets, linePages, newsGoldCases } from './lib/line-pages.mjs';
import { median, writeSection } from './lib/report.mjs';
import { stripWithLinePatterns } from './baseline/line-patterns.mjs';

const args = benchArgs(import.meta.url, { rounds: { type: 'string' } });
const rounds = Number(args.rounds ?? 7);
requireSharedData('lines', newsGoldCases, extractionSets);
const { parseArticle, stripBoilerplate } = await importDist();

const pages = linePages();
const lineCount = pages.reduce((sum, text) => sum + text.split('\n').length, 0);

// Warm-up: dictionaries, the model's weights and the Simplified converter load on first use.
for (const text of pages.slice(0, 5)) {
  stripBoilerplate(text);
  stripWithLinePatterns(text);
}

// Wall-clock ms of one pass; `cpu` (when given) gets the process's CPU ms of the pass, which a busy shared machine
// inflates less than the wall clock.
const timeAll = (strip, cpu) => {
  const started = process.hrtime.bigint();
  const used = process.cpuUsage();
  for (const text of pages) strip(text);
  const spent = process.cpuUsage(used);
  cpu?.push((spent.user + spent.system) / 1000);
  return Number(process.hrtime.bigint() - started) / 1e6;
};
const classifier = [];
const patterns = [];
const classifierCpu = [];
const patternsCpu = [];
for (let round = 0; round < rounds; round++) {
  patterns.push(timeAll(stripWithLinePatterns, patternsCpu));
  classifier.push(timeAll(stripBoilerplate, classifierCpu));
}
// For scale: the whole pipeline on the same page texts, once.
const pipeline = timeAll((text) => parseArticle(text, { format: 'text' }));
const old = median(patterns);
const now = median(classifier);
const out = [];
out.push(`${pages.length} pages (news-gold texts, gne-testpages-zh and cwced-zh page text), ${lineCount} lines; ${rounds} interleaved rounds, median:`);
out.push('');
const oldCpu = median(patternsCpu);
const nowCpu = median(classifierCpu);
out.push('| boilerplate stage | ms per pass | lines/s | cost vs the line patterns | CPU ms per pass | CPU cost vs the line patterns |');
out.push('|---|---:|---:|---:|---:|---:|');
out.push(`| line patterns (before, frozen in bench/baseline) | ${old.toFixed(1)} | ${Math.round((lineCount / old) * 1000).toLocaleString('en')} | 1.00× | ${oldCpu.toFixed(1)} | 1.00× |`);
out.push(`| line classifier (stripBoilerplate) | ${now.toFixed(1)} | ${Math.round((lineCount / now) * 1000).toLocaleString('en')} | ${(now / old).toFixed(2)}× | ${nowCpu.toFixed(1)} | ${(nowCpu / oldCpu).toFixed(2)}× |`);
out.push('');
out.push(`For scale, parseArticle on the same page texts (format 'text', one pass): ${pipeline.toFixed(0)} ms, so the line classifier is ${((now / pipeline) * 100).toFixed(0)} % of the pipeline on whole-page text (the line patterns were ${((old / pipeline) * 100).toFixed(0)} %). The classifier makes one Simplified view of the page (one conversion call, sliced per line), which parseArticle then reuses for its engines instead of converting the article again; the line patterns read no view at all. On HTML input the classifier sees only the content the input stage chose.`);
// The machine may be shared: its load during the run says how far absolute times are inflated (ratios hold).
out.push('');
out.push(`Load average during the run: ${os.loadavg()[0].toFixed(1)} on ${os.cpus().length} cores${os.loadavg()[0] > os.cpus().length ? ' (a shared, busy machine: absolute ms and pages/s are inflated; the ratios, taken in the same interleaved rounds, are the figures to compare)' : ''}.`);
console.log(out.join('\n'));
if (args.write) writeSection('lines', 'Boilerplate stage: the line classifier against the line patterns it replaced', out.join('\n'));
