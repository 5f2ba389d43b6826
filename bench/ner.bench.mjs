#!/usr/bin/env node
// Person-name and (name, title) accuracy of extractOfficials, scored with ../shared/tools/ner-score.mjs.
//
//   npm run build --silent && node bench/ner.bench.mjs [--json OUT] [--sets a,b] [--limit N]
//                                                       [--titles resolved|surface] [--errors N] [--pred-dir DIR]
//
// Sets (../shared/bench-data/ner/; a missing set or scorer → a message, exit 0):
//   officials-handmade  gold.jsonl               44 government-news sentences, names + titles (pairs)
//   cluener2020         dev.persons.jsonl        1,343 Sina news sentences (CLUENER 2020 dev), names + hand-reviewed pairs
//   pd1998-jan          PD980105.persons.jsonl   2,016 People's Daily paragraphs (1998-01-01…05), names only
//
// Each gold document's text goes through extractOfficials(text) on its own (the scorer is per sentence,
// so parseArticle's page machinery is not involved). Prediction per document:
//   persons = one record per mention of every `official` (titles = its titles) and every `people` entry
//             (no titles), offsets converted from UTF-16 to code points as the scorer wants.
//   titles  = OfficialTitle.resolved (organisation inherited: 北京市市长) by default; --titles surface uses
//             OfficialTitle.text (市长). Gold carries both forms where they differ, and ner-score's lenient
//             pair match accepts a suffix (市长 ~ 北京市市长, 副局长 ~ 公安部经济犯罪侦查局副局长).
// sentences/s = documents / time inside extractOfficials (one process, after a warm-up call).
// --errors N prints the scorer's first N false negatives / false positives per metric to stderr; each false
// positive says which recogniser found it and the model's score ([via score], from explain: true).

import fs from 'node:fs';
import { benchArgs, importDist, requireSharedData } from './lib/cli.mjs';
import { writeSection } from './lib/report.mjs';
import os from 'node:os';
import path from 'node:path';
import { spawnSync } from 'node:child_process';
import { fileURLToPath, pathToFileURL } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
const root = path.resolve(here, '..');
const shared = path.resolve(root, '..', 'shared');
const nerDir = path.join(shared, 'bench-data', 'ner');
const scorerPath = path.join(shared, 'tools', 'ner-score.mjs');

const SETS = [
  { set: 'officials-handmade', file: 'officials-handmade/gold.jsonl' },
  { set: 'cluener2020', file: 'cluener2020/dev.persons.jsonl', label: 'cluener2020 (dev)' },
  { set: 'pd1998-jan', file: 'pd1998-jan/PD980105.persons.jsonl', label: 'pd1998-jan (01-01…05)' },
];

const args = benchArgs(import.meta.url, { titles: { type: 'string', default: 'resolved' } });
if (!['resolved', 'surface'].includes(args.titles)) { console.error('--titles is resolved or surface'); process.exit(2); }
requireSharedData('ner', nerDir, scorerPath);
const { extractOfficials } = await importDist();

// UTF-16 offset → code-point offset (the scorer slices Python-style, by code point).
function cpIndex(text) {
  let astral = false;
  for (let i = 0; i < text.length; i++) { const c = text.charCodeAt(i); if (c >= 0xd800 && c <= 0xdbff) { astral = true; break; } }
  if (!astral) return (u) => u;
  const map = new Int32Array(text.length + 1);
  let cp = 0;
  for (let i = 0; i < text.length; i++) {
    map[i] = cp;
    const c = text.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length) { map[i + 1] = cp; i++; }
    cp++;
  }
  map[text.length] = cp;
  return (u) => map[u];
}

function predict(doc, stats, nameThreshold) {
  const text = doc.text ?? '';
  const t0 = process.hrtime.bigint();
  let found;
  try { found = extractOfficials(text, { explain: true, nameThreshold }); } catch (e) { stats.crashed++; stats.crashes.push({ id: doc.id, error: `${e.code ?? ''} ${e.message}`.trim() }); found = { officials: [], people: [] }; }
  stats.ms += Number(process.hrtime.bigint() - t0) / 1e6;
  const cp = cpIndex(text);
  const persons = [];
  const emit = (name, mentions, titles) => {
    let spans = mentions ?? [];
    if (!spans.length) {
      // No mention span reported: place it at the first occurrence so the span metric stays defined.
      const at = text.indexOf(name);
      stats.noMentions++;
      if (at < 0) return;
      spans = [{ start: at, end: at + name.length }];
    }
    for (const m of spans) persons.push({ name, start: cp(m.start), end: cp(m.end), titles });
  };
  for (const o of found.officials) {
    const titles = [...new Set(o.titles.map((t) => (args.titles === 'surface' ? t.text : t.resolved || t.text)))];
    emit(o.name, o.mentions, titles);
  }
  // Why each name was found (for --errors): the recogniser and the model's score, by span and by name.
  for (const p of [...found.officials, ...found.people]) {
    const reason = `[${p.via ?? '?'} ${p.score ?? ''}]`;
    stats.reasons.set(`${doc.id} ${p.name}`, reason);
    for (const m of p.mentions ?? []) stats.reasons.set(`${doc.id} ${cp(m.start)}:${cp(m.end)}`, reason);
  }
  // A credited person's label as written (记者, 编辑) is the title the gold pairs it with.
  for (const p of found.people) emit(p.name, p.mentions, p.roleText ? [p.roleText] : []);
  return { id: doc.id, persons };
}

function readJsonl(file) {
  return fs.readFileSync(file, 'utf8').split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l));
}

// Warm-up (first call loads dictionaries).
extractOfficials('江苏省委副书记、省长韩文涛出席。');

const tmp = args.predDir ?? fs.mkdtempSync(path.join(os.tmpdir(), 'xinwen-ner-'));
fs.mkdirSync(tmp, { recursive: true });
const results = [];
for (const s of SETS) {
  if (args.sets && !args.sets.includes(s.set)) continue;
  const goldPath = path.join(nerDir, s.file);
  if (!fs.existsSync(goldPath)) { console.error(`(skipping ${s.set}: ${goldPath} not found)`); continue; }
  let gold = readJsonl(goldPath);
  let goldForScorer = goldPath;
  if (Number.isFinite(args.limit) && gold.length > args.limit) {
    gold = gold.slice(0, args.limit);
    goldForScorer = path.join(tmp, `${s.set}.gold.jsonl`); // a trimmed temporary copy, deleted below unless --pred-dir
    fs.writeFileSync(goldForScorer, gold.map((d) => JSON.stringify(d)).join('\n') + '\n');
  }
  const stats = { ms: 0, crashed: 0, crashes: [], noMentions: 0, reasons: new Map() };
  const preds = gold.map((d) => predict(d, stats));
  const predPath = path.join(tmp, `${s.set}.pred.jsonl`);
  fs.writeFileSync(predPath, preds.map((d) => JSON.stringify(d)).join('\n') + '\n');
  const run = spawnSync(process.execPath, [scorerPath, '--gold', goldForScorer, '--pred', predPath, '--json', '--label', s.set, '--errors', String(Math.max(args.errors, 400))], { encoding: 'utf8', maxBuffer: 64 << 20 });
  if (run.status !== 0) { console.error(`ner-score failed on ${s.set}:\n${run.stderr}`); process.exitCode = 1; continue; }
  const metrics = JSON.parse(run.stdout.trim().split('\n').pop());
  results.push({ set: s.set, label: s.label ?? s.set, sentences: gold.length, metrics, ms: stats.ms, sentencesPerSecond: gold.length / (stats.ms / 1000), crashed: stats.crashed, crashes: stats.crashes, mentionsWithoutSpan: stats.noMentions, errors: run.stderr, reasons: stats.reasons });
}
// The precision knob: the same sets with a stricter `nameThreshold` (the score a name needs when only the model
// vouches for it). Measured, not tuned: the default stays the one chosen on held-out training data.
const KNOB = [0.6, 0.7, 0.8];
const knobRows = [];
for (const s of SETS.filter((set) => set.set !== 'officials-handmade' && (!args.sets || args.sets.includes(set.set)))) {
  const goldPath = path.join(nerDir, s.file);
  if (!fs.existsSync(goldPath) || Number.isFinite(args.limit)) continue;
  const gold = readJsonl(goldPath);
  for (const threshold of KNOB) {
    const stats = { ms: 0, crashed: 0, crashes: [], noMentions: 0, reasons: new Map() };
    const predPath = path.join(tmp, `${s.set}.knob-${threshold}.pred.jsonl`);
    fs.writeFileSync(predPath, gold.map((d) => JSON.stringify(predict(d, stats, threshold))).join('\n') + '\n');
    const run = spawnSync(process.execPath, [scorerPath, '--gold', goldPath, '--pred', predPath, '--json', '--label', s.set], { encoding: 'utf8', maxBuffer: 64 * 2 ** 20 });
    if (run.status !== 0) continue;
    knobRows.push({ label: s.label ?? s.set, threshold, names: JSON.parse(run.stdout.trim().split('\n').pop()).names_span });
  }
}
if (!args.predDir) fs.rmSync(tmp, { recursive: true, force: true });
if (!results.length) { console.log('ner bench skipped: no NER set found'); process.exit(0); }

const f1 = (m) => (m ? (m.f1 * 100).toFixed(1) : 'n/a');
const prf = (m) => (m ? `${(m.p * 100).toFixed(1)} / ${(m.r * 100).toFixed(1)} / ${(m.f1 * 100).toFixed(1)}` : 'n/a');
const out = [];
const limitNote = Number.isFinite(args.limit) ? ` (first ${args.limit} documents per set)` : '';
out.push(`### xinwen extractOfficials — person names and name→title pairs${limitNote}`);
out.push('');
out.push(`Names = exact span match (text = offset-free multiset F1). Pairs use \`${args.titles === 'surface' ? 'OfficialTitle.text' : 'OfficialTitle.resolved'}\`; lenient = ner-score's suffix match (市长 ~ 北京市市长, not 副市长).`);
out.push('');
out.push('| set | sentences | names P / R / F1 (span) | names F1 (text) | pairs lenient P / R / F1 | pairs strict F1 | sentences/s |');
out.push('|---|---:|---|---:|---|---:|---:|');
for (const r of results) {
  const m = r.metrics;
  out.push(`| ${r.label} | ${r.sentences} | ${prf(m.names_span)} | ${f1(m.names_text)} | ${m.pairs_lenient ? `${prf(m.pairs_lenient)} (gold ${m.pairs_lenient.gold})` : 'n/a (no title gold)'} | ${f1(m.pairs_strict)} | ${Math.round(r.sentencesPerSecond)} |`);
}
out.push('');
const crashed = results.reduce((n, r) => n + r.crashed, 0);
out.push(`Gold names: ${results.map((r) => `${r.set} ${r.metrics.names_text.gold}`).join(', ')}. Crashes: ${crashed}. Node ${process.version}, one process.`);
if (knobRows.length) {
  out.push('');
  out.push('The precision knob, `nameThreshold` (the score a name needs where only the name model vouches for it; the table above is the');
  out.push("default, the model's own, chosen for precision on held-out training data). Measured here, never used to choose the default:");
  out.push('');
  out.push(`| set | ${KNOB.map((threshold) => `names P / R / F1 at ${threshold}`).join(' | ')} |`);
  out.push(`|---|${KNOB.map(() => '---').join('|')}|`);
  for (const label of [...new Set(knobRows.map((row) => row.label))]) {
    out.push(`| ${label} | ${KNOB.map((threshold) => prf(knobRows.find((row) => row.label === label && row.threshold === threshold)?.names)).join(' | ')} |`);
  }
}
console.log(out.join('\n'));
if (args.write) writeSection('ner', 'Officials and names: extractOfficials on the NER sets', out.slice(2).join('\n'));

if (args.errors > 0) {
  for (const r of results) {
    console.error(`=== ${r.set}`);
    // the scorer's stderr: '--- metric: N errors, first M' headers then 'FN|FP id value | text'
    let shown = 0; let section = '';
    for (const line of r.errors.split('\n')) {
      if (line.startsWith('---')) { section = line; shown = 0; console.error(line.replace(/first \d+/, `first ${args.errors}`)); continue; }
      if (line && shown < args.errors) {
        // A spurious name or pair says which recogniser produced it and the model's score: FP id span|name(→title) | text.
        const fp = /^FP (\S+) (\S+?)(?:→\S*)? \|/u.exec(line);
        console.error(fp ? `${line.split(' | ')[0]} ${r.reasons.get(`${fp[1]} ${fp[2]}`) ?? ''} | ${line.split(' | ').slice(1).join(' | ')}` : line);
        shown++;
      }
    }
    for (const c of r.crashes) console.error(`CRASH ${c.id}: ${c.error}`);
  }
}

if (args.json) {
  fs.mkdirSync(path.dirname(path.resolve(args.json)), { recursive: true });
  fs.writeFileSync(args.json, JSON.stringify({ node: process.version, titles: args.titles, limit: Number.isFinite(args.limit) ? args.limit : null, results: results.map(({ reasons: _reasons, ...result }) => result) }, null, 1));
}
