#!/usr/bin/env node
// Names, title pairs, credits, dates and boilerplate on the 60 real page excerpts of ../shared/bench-data/news-gold,
// scored by ../shared/tools/news-gold-score.mjs (its own scoring functions, imported), for all cases and for the
// Simplified and Traditional ones apart. With --errors N, each spurious name and each predicted pair is shown
// with the recogniser that produced it and its score (`explain: true`).
//
//   npm run build --silent && node bench/news-gold.bench.mjs [--errors N] [--no-write]
import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { benchArgs, importDist, requireSharedData } from './lib/cli.mjs';
import { repoRoot, sharedDir, writeSection } from './lib/report.mjs';

const scorerPath = path.join(sharedDir, 'tools', 'news-gold-score.mjs');
const casesPath = path.join(sharedDir, 'bench-data', 'news-gold', 'cases.jsonl');
const args = benchArgs(import.meta.url);
requireSharedData('news-gold', scorerPath, casesPath);
const scorer = await import(pathToFileURL(scorerPath).href);
const lib = await importDist();

const cases = fs.readFileSync(casesPath, 'utf8').split('\n').filter(Boolean).map((line) => JSON.parse(line));
const traditional = scorer.scriptFilter('hant', repoRoot);
const sets = [
  ['all 60 cases', cases],
  ['Simplified cases (--script hans)', cases.filter((c) => !traditional(c))],
  ['Traditional cases (--script hant)', cases.filter((c) => traditional(c))],
];

const pct = (value) => (100 * value).toFixed(1);
const rows = [];
let allErrors = null;
for (const [label, subset] of sets) {
  const { figures, errors } = await scorer.scoreCases(subset, lib);
  allErrors ??= errors;
  rows.push(`| ${label} | ${subset.length} | ${pct(figures.names.p)} / ${pct(figures.names.r)} / **${pct(figures.names.f)}** | ${pct(figures.pairs.p)} / ${pct(figures.pairs.r)} / **${pct(figures.pairs.f)}** | ${pct(figures.credits.f)} | ${pct(figures.dates.endToEnd)} % | ${pct(figures.boilerplate.removed)} % |`);
}
const markdown = `
Scored by \`../shared/tools/news-gold-score.mjs\` (names: \`extractOfficials\`, officials and people; pairs: lenient title match; credits,
boilerplate: \`parseArticle\`). news-gold is an evaluation set: nothing was trained or tuned on it.

| cases | n | names P / R / F1 | title pairs P / R / F1 | credits F1 | dates value-correct | boilerplate removed |
|---|---:|---|---|---:|---:|---:|
${rows.join('\n')}
`;
console.log(markdown);
if (args.write) writeSection('news-gold', 'Real page excerpts: news-gold', markdown);

if (args.errors > 0) {
  // The reasons behind each error: which recogniser found a spurious name or gave a title, and its score.
  const byId = new Map(cases.map((c) => [c.id, c]));
  const reasons = (id) => {
    const c = byId.get(id);
    const found = lib.extractOfficials(c.text, { referenceDate: c.ref ?? undefined, explain: true });
    const people = new Map([...found.officials, ...found.people].map((person) => [person.name, person]));
    return { people };
  };
  console.error('--- names (spurious with via/score)');
  for (const error of allErrors.names.filter((e) => e.missed?.length || e.spurious?.length).slice(0, args.errors)) {
    const { people } = reasons(error.id);
    const spurious = (error.spurious ?? []).map((name) => `${name} [${people.get(name)?.via ?? '?'} ${people.get(name)?.score ?? ''}]`);
    console.error(JSON.stringify({ id: error.id, missed: error.missed, spurious }));
  }
  console.error('--- pairs (predicted titles with via)');
  for (const error of allErrors.pairs.filter((e) => e.missed?.length).slice(0, args.errors)) {
    const { people } = reasons(error.id);
    const predicted = [...people.values()].flatMap((person) => (person.titles ?? []).map((title) => `${person.name}:${title.text} [${title.via}${title.status ? ` ${title.status}` : ''}]`));
    console.error(JSON.stringify({ id: error.id, missed: error.missed, predicted }));
  }
}
