#!/usr/bin/env node
// Speed of extraction without the language analysis: parseArticle(page, { analyze: false }) against the full
// parseArticle(page) and against a bare htmlparser2 pass over the same pages (the dependency the extraction
// stands on), measured in this one process with interleaved rounds (median of 7), so the ratios hold on a
// loaded machine where absolute times drift.
//
//   npm run build --silent && node bench/extract-only.bench.mjs [--rounds N] [--no-write]
//
// Data: the HTML pages listed in ../shared/bench-data/news-extraction/{gne-testpages-zh,cwced-zh}/gold.jsonl,
// read as raw bytes (xinwen decodes them itself). Missing data → a message and exit 0.
// The bare htmlparser2 pass is given the page decoded beforehand (UTF-8, else GB18030) and does nothing with
// what it reads. Before timing, every page is parsed once both ways (jieba's dictionary load, warm JIT).
// Before timing, each page's clean article is compared between the two ways (it must be the same).
// Memory: peak resident set of a fresh Node process that parses every page once, each way (a child process each).
// For comparison, Mozilla Readability on a linkedom document (devDependencies @mozilla/readability and linkedom,
// given the same decoded strings as htmlparser2) runs in the same interleaved rounds; without them installed its
// rows are left out with a note.

import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';
import { parseArgs } from 'node:util';
import { Parser } from 'htmlparser2';
import { importDist } from './lib/cli.mjs';
import { median, sharedDir, writeSection } from './lib/report.mjs';

const { values } = parseArgs({ options: { rounds: { type: 'string' }, 'no-write': { type: 'boolean' } }, strict: true });
const rounds = Number(values.rounds ?? 7);
const dataDir = path.join(sharedDir, 'bench-data', 'news-extraction');
const SETS = [['gne', 'gne-testpages-zh'], ['cwced', 'cwced-zh']];

function pagesOf(set) {
  const dir = path.join(dataDir, set);
  const gold = path.join(dir, 'gold.jsonl');
  if (!fs.existsSync(gold)) return null;
  return fs.readFileSync(gold, 'utf8').split('\n').filter((line) => line.trim()).map((line) => {
    return path.join(dir, JSON.parse(line).html);
  });
}

function readBytes(file) {
  const bytes = fs.readFileSync(file);
  return file.endsWith('.gz') ? zlib.gunzipSync(bytes) : bytes;
}

function decode(bytes) {
  try { return new TextDecoder('utf-8', { fatal: true }).decode(bytes); } catch { return new TextDecoder('gb18030').decode(bytes); }
}

const sets = SETS.map(([name, dir]) => ({ name, files: pagesOf(dir) })).filter((set) => set.files);
if (sets.length === 0) {
  console.log(`extract-only bench skipped: no gne or cwced pages under ${dataDir} (the shared bench data sits next to the repo as ../shared).`);
  process.exit(0);
}
const { parseArticle } = await importDist();

// The reference extractor, when its packages are installed (they are devDependencies, used only here).
let readability = null;
try {
  const [{ Readability }, { parseHTML }] = await Promise.all([import('@mozilla/readability'), import('linkedom')]);
  readability = { Readability, parseHTML };
} catch {
  readability = null;
}
const READABILITY = 'Readability + linkedom';
/** Readability's article from a linkedom document; a page it throws on counts as done (its time is spent). */
function readabilityParse(html) {
  try {
    const { document } = readability.parseHTML(html);
    return new readability.Readability(document).parse();
  } catch {
    return null;
  }
}

const RUNNERS = {
  'htmlparser2 parse alone': (set) => { for (const html of set.decoded) { const parser = new Parser({}, { decodeEntities: true }); parser.write(html); parser.end(); } },
  'parseArticle, analyze: false': (set) => { for (const page of set.pages) parseArticle(page, { analyze: false }); },
  'parseArticle (full)': (set) => { for (const page of set.pages) parseArticle(page); },
};
if (readability) RUNNERS[READABILITY] = (set) => { for (const html of set.decoded) readabilityParse(html); };

// What analyze: false must give exactly as the full parse does (captions compared without their date).
const EXTRACTED_FIELDS = ['title', 'publishedTime', 'siteName', 'source', 'sourceChannel', 'excerpt', 'lang', 'url', 'text', 'paragraphs', 'removed', 'warnings'];

const rows = [];
for (const set of sets) {
  set.pages = set.files.map(readBytes);
  set.decoded = set.pages.map(decode);
  RUNNERS['htmlparser2 parse alone'](set); // warm-up, with the check that both ways give the same clean article
  if (readability) set.readabilityEmpty = set.decoded.filter((html) => readabilityParse(html) === null).length;
  set.same = 0;
  set.creditsDiffer = 0;
  for (const page of set.pages) {
    const full = parseArticle(page);
    const extracted = parseArticle(page, { analyze: false });
    const captionsWithoutDates = full.captions.map((caption) => ({ ...caption, date: null }));
    if (EXTRACTED_FIELDS.every((field) => JSON.stringify(full[field]) === JSON.stringify(extracted[field])) && JSON.stringify(captionsWithoutDates) === JSON.stringify(extracted.captions)) set.same++;
    if (JSON.stringify(full.credits) !== JSON.stringify(extracted.credits)) set.creditsDiffer++;
  }
  const times = Object.fromEntries(Object.keys(RUNNERS).map((name) => [name, []]));
  for (let round = 0; round < rounds; round++) {
    // Interleaved, the order turned each round, so drift in the machine's load falls on every runner alike.
    const names = Object.keys(RUNNERS);
    if (round % 2) names.reverse();
    for (const name of names) {
      const start = process.hrtime.bigint();
      RUNNERS[name](set);
      times[name].push(Number(process.hrtime.bigint() - start) / 1e6);
    }
  }
  const ms = Object.fromEntries(Object.entries(times).map(([name, list]) => [name, median(list)]));
  for (const name of Object.keys(RUNNERS)) {
    const vsReadability = readability ? ms[READABILITY] / ms[name] : null;
    rows.push({ set: set.name, pages: set.pages.length, name, ms: ms[name], perSecond: set.pages.length / (ms[name] / 1000), vsParser: ms[name] / ms['htmlparser2 parse alone'], vsFull: ms[name] / ms['parseArticle (full)'], vsReadability });
  }
}

// A fresh process per mode, so the figure is what the mode itself costs (nodejieba's dictionary or not).
// On Linux the child reads its own high-water mark (VmHWM): getrusage's maxRSS of a child keeps the peak of
// the parent it was forked from (this bench, with Readability and linkedom loaded), which is not the child's.
function peakRss(options) {
  const files = sets.flatMap((set) => set.files);
  const script = `import { parseArticle } from ${JSON.stringify(new URL('../dist/index.js', import.meta.url).href)};
import { readFileSync } from 'node:fs'; import { gunzipSync } from 'node:zlib';
for (const file of ${JSON.stringify(files)}) { const bytes = readFileSync(file); parseArticle(file.endsWith('.gz') ? gunzipSync(bytes) : bytes, ${JSON.stringify(options)}); }
let peak = null;
try { peak = Number(/VmHWM:\\s+(\\d+) kB/.exec(readFileSync('/proc/self/status', 'utf8'))?.[1] ?? NaN); } catch { peak = null; }
console.log(Number.isFinite(peak) ? peak : process.resourceUsage().maxRSS);`;
  return Number(execFileSync(process.execPath, ['--input-type=module', '-e', script], { encoding: 'utf8' }).trim()) / 1024;
}
const memory = { extract: peakRss({ analyze: false }), full: peakRss({}) };

const out = [];
out.push(`Pages/s on the HTML pages of gne and cwced (bytes in, xinwen decodes), ${rounds} interleaved rounds, median; one process:`);
out.push('');
out.push('| set | pages | run | ms per pass | pages/s | cost vs htmlparser2 alone | cost vs full parseArticle | pages/s vs Readability + linkedom |');
out.push('|---|---:|---|---:|---:|---:|---:|---:|');
for (const row of rows) {
  const vsReadability = row.vsReadability === null ? '—' : `${row.vsReadability.toFixed(2)}×`;
  out.push(`| ${row.set} | ${row.pages} | ${row.name} | ${row.ms.toFixed(0)} | ${row.perSecond.toFixed(1)} | ${row.vsParser.toFixed(2)}× | ${row.vsFull.toFixed(2)}× | ${vsReadability} |`);
}
out.push('');
if (readability) {
  out.push('Targets (issue 11): extraction only ≥ 100 pages/s and ≥ 10× Readability + linkedom; the full parse ≥ 4× (gne) and ≥ 3× (cwced) Readability + linkedom. Readability is given the page already decoded (UTF-8, else GB18030); xinwen decodes the bytes itself.');
  for (const set of sets) if (set.readabilityEmpty) out.push(`${set.name}: Readability returned no article (or threw) on ${set.readabilityEmpty} of ${set.pages.length} pages; their time counts.`);
} else {
  out.push('Readability + linkedom left out: `@mozilla/readability` and `linkedom` (devDependencies) are not installed.');
}
out.push('');
for (const set of sets) {
  out.push(`${set.name}: the clean article (title, publish time, source, text, paragraphs, captions, removed lines, URL, warnings …) is the same both ways on ${set.same} of ${set.pages.length} pages; credits differ on ${set.creditsDiffer} (names only the entity engine reads inside a sentence).`);
}
out.push('');
out.push(`Peak resident memory of a fresh process parsing every page once: ${memory.extract.toFixed(0)} MB with \`analyze: false\`, ${memory.full.toFixed(0)} MB with the full parse.`);
out.push('');
out.push('`analyze: false` skips segmentation, entities and the body-text date pass; the publish time is still read from the page\'s metadata and bylines. nodejieba is never loaded on that path.');
// The machine may be shared: its load during the run says how far absolute times are inflated (ratios hold).
out.push('');
out.push(`Load average during the run: ${os.loadavg()[0].toFixed(1)} on ${os.cpus().length} cores${os.loadavg()[0] > os.cpus().length ? ' (a shared, busy machine: absolute ms and pages/s are inflated; the ratios, taken in the same interleaved rounds, are the figures to compare)' : ''}.`);
console.log(out.join('\n'));
if (!values['no-write']) writeSection('extract-only', 'Extraction without the language analysis: parseArticle(page, { analyze: false })', out.join('\n'));
