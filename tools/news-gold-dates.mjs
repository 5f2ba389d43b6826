#!/usr/bin/env node
// Date precision on news-gold, which the shared scorer does not print: how many mentions extractDates
// predicts, how many overlap a gold date, and the ones that overlap none (false dates), listed with
// --list. Run after the build, from the repository root:
//   node tools/news-gold-dates.mjs [--list] [--cases FILE] [--dist DIR]   (--dist: another build, e.g. of main)
// Reads ../shared/bench-data/news-gold/cases.jsonl (evaluation only) and exits cleanly without it.
import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

const argv = process.argv.slice(2);
const casesAt = argv.indexOf('--cases');
const file = casesAt >= 0 ? argv[casesAt + 1] : path.resolve('..', 'shared', 'bench-data', 'news-gold', 'cases.jsonl');
if (!fs.existsSync(file)) {
  console.log(`news-gold dates skipped: ${file} not found.`);
  process.exit(0);
}
const distAt = argv.indexOf('--dist');
const dist = distAt >= 0 ? argv[distAt + 1] : path.resolve('dist');
const { extractDates } = await import(pathToFileURL(path.join(dist, 'index.js')).href);
const cases = fs.readFileSync(file, 'utf8').split('\n').filter(Boolean).map((line) => JSON.parse(line));
let predicted = 0;
let overlapping = 0;
let gold = 0;
const falseDates = [];
for (const item of cases) {
  const mentions = extractDates(item.text, { referenceDate: item.ref || undefined });
  predicted += mentions.length;
  gold += item.dates.length;
  for (const mention of mentions) {
    if (item.dates.some((date) => mention.start < date.end && date.start < mention.end)) overlapping++;
    else falseDates.push({ id: item.id, text: mention.text, value: mention.value, around: item.text.slice(Math.max(0, mention.start - 12), mention.end + 12).replace(/\n/g, '⏎') });
  }
}
console.log(`news-gold dates: gold ${gold}, predicted ${predicted}, overlapping a gold date ${overlapping}, false ${falseDates.length}, precision ${(100 * overlapping / predicted).toFixed(1)}%`);
if (argv.includes('--list')) for (const item of falseDates) console.log(JSON.stringify(item));
