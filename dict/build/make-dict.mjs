#!/usr/bin/env node
// Regenerates the gazetteer files in dict/ from the public lexicons in ../shared/bench-data/ner.
// Only public facts go in: surnames, given-name characters, administrative division names.
// Person-name lists are deliberately NOT copied: names must be found from context.
// Usage: node dict/build/make-dict.mjs [path/to/shared/bench-data/ner]
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
const dictDir = path.resolve(here, '..');
const ner = path.resolve(process.argv[2] ?? path.join(dictDir, '..', '..', 'shared', 'bench-data', 'ner'));

const read = (rel) => fs.readFileSync(path.join(ner, rel), 'utf8');
const csvRows = (rel) =>
  read(rel).trim().split('\n').slice(1).map((line) => line.split(',').map((cell) => cell.replace(/^"|"$/g, '')));
const write = (name, header, lines) =>
  fs.writeFileSync(path.join(dictDir, name), header.map((h) => `# ${h}`).join('\n') + '\n' + lines.join('\n') + '\n');

// Surnames: the source marks a few misspellings as noise.
const surnameNoise = new Set(['冷狐', '殴阳', '夏候', '刘付', '刘傅']);
const surnames = read('lexicon-surnames/surnames.tsv').trim().split('\n').slice(1)
  .map((line) => line.split('\t'))
  .filter(([name]) => name && !surnameNoise.has(name));
write('surnames.txt', [
  'Chinese surnames (single and compound) with their frequency in a large name corpus, most frequent first.',
  'Format: surname<TAB>frequency',
  'Source: wainshine/Chinese-Names-Corpus, Chinese_Family_Name(1k), Apache-2.0; five noisy variants removed.',
], surnames.map(([name, tf]) => `${name}\t${tf}`));

// Given-name characters: HanLP role counts C (first char of a two-char given name),
// D (second char) and E (single-char given name). Only characters, never whole names.
const given = [];
for (const line of read('lexicon-hanlp-person/nr.txt').split('\n')) {
  const parts = line.trim().split(/\s+/);
  const ch = parts[0];
  if (!ch || [...ch].length !== 1 || !/\p{Script=Han}/u.test(ch)) continue;
  const counts = { C: 0, D: 0, E: 0 };
  for (let i = 1; i + 1 < parts.length; i += 2) if (parts[i] in counts) counts[parts[i]] = Number(parts[i + 1]);
  const total = counts.C + counts.D + counts.E;
  if (total >= 3) given.push([ch, counts.C, counts.D, counts.E]);
}
given.sort((a, b) => b[1] + b[2] + b[3] - (a[1] + a[2] + a[3]));
write('given-name-chars.txt', [
  'Characters used in Chinese given names, with how often each stands as first (C), second (D) or only (E) given-name character.',
  'Format: char<TAB>C<TAB>D<TAB>E',
  'Source: HanLP 1.x data/dictionary/person/nr.txt role counts (commit dadd5c76), Apache-2.0, https://github.com/hankcs/HanLP',
], given.map((row) => row.join('\t')));

// Transliteration characters: how often each character stands in HanLP's list of transliterated foreign
// names (nrf.txt). Only per-character counts, never the names themselves.
const transliterated = new Map();
for (const line of read('lexicon-hanlp-person/nrf.txt').split('\n')) {
  for (const ch of line.trim()) if (/\p{Script=Han}/u.test(ch)) transliterated.set(ch, (transliterated.get(ch) ?? 0) + 1);
}
const translit = [...transliterated].filter(([, count]) => count >= 3).sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
write('translit-chars.txt', [
  'Characters of transliterated foreign names (安德森, 彼得罗夫), with how often each occurs in 14,677 such names.',
  'Format: char<TAB>count. Used as a feature of the name model (dict/name-model.txt).',
  'Source: HanLP 1.x data/dictionary/person/nrf.txt (commit dadd5c76), Apache-2.0, https://github.com/hankcs/HanLP',
], translit.map((row) => row.join('\t')));

// Administrative divisions (2023): provinces, prefecture-level and county-level units.
const placeholder = /^(市辖区|县|省直辖县级行政区划|自治区直辖县级行政区划)$/;
const places = [];
for (const [, name] of csvRows('lexicon-admin-divisions/provinces.csv')) places.push([name, 'province']);
for (const [, name] of csvRows('lexicon-admin-divisions/cities.csv')) if (!placeholder.test(name)) places.push([name, 'city']);
for (const [, name] of csvRows('lexicon-admin-divisions/areas.csv')) if (!placeholder.test(name)) places.push([name, 'county']);
const hkMoTw = JSON.parse(read('lexicon-admin-divisions/HK-MO-TW.json'));
for (const name of Object.keys(hkMoTw)) places.push([name, 'province']);
// Taiwan's cities and counties (台北市, 花莲县): the places its 市长, 县长 and 县议会 titles name.
for (const name of Object.keys(hkMoTw['台湾省'] ?? {})) places.push([name, 'city']);
const seen = new Set();
write('places.txt', [
  'Chinese administrative divisions: provinces, prefecture-level and county-level units (2023 edition).',
  'Format: name<TAB>level (province | city | county)',
  'Source: National Bureau of Statistics 统计用区划代码 2023, compiled by modood/Administrative-divisions-of-China (WTFPL).',
], places.filter(([name, level]) => !seen.has(name + level) && seen.add(name + level)).map((row) => row.join('\t')));
console.log(`surnames ${surnames.length}, given-name chars ${given.length}, transliteration chars ${translit.length}, places ${places.length}`);
