#!/usr/bin/env node
// Places and organisations: today's lexicon and suffix rules (findPlaces, findOrganisations and the organs the
// title grammar reads, as extractEntitiesFromView returns them) against a name model trained with place and
// organisation tags (tools/train-names.mjs --types person,place,organization), on evaluation text only:
//   PD980105 (People's Daily 1998-01-01…05, ns / nt tags of PD980105.pku.txt, bracketed compounds as one span)
//   CLUENER 2020 dev (address → place; organization, government, company → organisation)
// Exact spans; precision, recall, F1 per type. Nothing is tuned on these sets.
//
//   node tools/eval-places.mjs --model /path/to/joint-model.txt [--limit N]
import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { dictRows, loadSrc, sharedDir } from './lib/load-src.mjs';

const { values: args } = parseArgs({ options: { model: { type: 'string' }, limit: { type: 'string' } } });
const lib = await loadSrc('eval-places', {
  'entities/name-model.ts': ['nameModelFrom'],
  'entities/index.ts': ['extractEntitiesFromView'],
  'nlp/index.ts': ['tagWithOffsets'],
  'normalize/index.ts': ['analysisView'],
});
const model = args.model ? lib.nameModelFrom(dictRows(fs.readFileSync(args.model, 'utf8'))) : null;
const nerDir = path.join(sharedDir, 'bench-data', 'ner');

/** PD980105.pku.txt → [{ text, place: Set('s:e'), organization: Set('s:e') }]. */
function readPku(file) {
  const docs = [];
  for (const line of fs.readFileSync(file, 'utf8').split('\n')) {
    const tokens = line.trim().split(/\s+/u).filter(Boolean).slice(1);
    if (tokens.length === 0) continue;
    let text = '';
    const gold = { place: new Set(), organization: new Set() };
    let bracketStart = -1;
    const typeOf = (tag) => (tag === 'ns' ? 'place' : tag === 'nt' ? 'organization' : null);
    for (let token of tokens) {
      if (token.startsWith('[') && token.length > 1) {
        bracketStart = text.length;
        token = token.slice(1);
      }
      const close = /\]([a-z]+)$/u.exec(token);
      if (close) token = token.slice(0, close.index);
      const slash = token.lastIndexOf('/');
      const word = token.slice(0, slash);
      const start = text.length;
      text += word;
      const type = typeOf(token.slice(slash + 1));
      if (type && bracketStart === -1) gold[type].add(`${start}:${text.length}`);
      if (close) {
        const bracketType = typeOf(close[1]);
        if (bracketType) gold[bracketType].add(`${bracketStart}:${text.length}`);
        bracketStart = -1;
      }
    }
    docs.push({ text, gold });
  }
  return docs;
}

/** CLUENER dev (inclusive code-point ends; the texts have no astral characters) → the same shape. */
function readCluener(file) {
  const map = { address: 'place', organization: 'organization', government: 'organization', company: 'organization' };
  return fs.readFileSync(file, 'utf8').split('\n').filter(Boolean).map((line) => {
    const doc = JSON.parse(line);
    const gold = { place: new Set(), organization: new Set() };
    for (const [label, entries] of Object.entries(doc.label ?? {})) {
      const type = map[label];
      if (!type) continue;
      for (const spans of Object.values(entries)) for (const [s, e] of spans) gold[type].add(`${s}:${e + 1}`);
    }
    return { text: doc.text, gold };
  });
}

const SETS = [
  { name: 'PD980105', docs: () => readPku(path.join(nerDir, 'pd1998-jan', 'PD980105.pku.txt')) },
  { name: 'CLUENER dev', docs: () => readCluener(path.join(nerDir, 'cluener2020', 'dev.jsonl')) },
];

const ORGANISATION_TYPES = new Set(['government', 'party', 'company', 'school', 'hospital', 'institute', 'outlet', 'organization']);
const prf = (c) => {
  const p = c.predicted ? c.tp / c.predicted : 0;
  const r = c.gold ? c.tp / c.gold : 0;
  return `P ${(100 * p).toFixed(1)} R ${(100 * r).toFixed(1)} F1 ${(100 * (p + r ? (2 * p * r) / (p + r) : 0)).toFixed(1)} (gold ${c.gold})`;
};

for (const set of SETS) {
  let docs = set.docs();
  if (args.limit) docs = docs.slice(0, Number(args.limit));
  const counts = {};
  const count = (system, type, predicted, gold) => {
    const c = (counts[`${system} ${type}`] ??= { tp: 0, predicted: 0, gold: 0 });
    c.predicted += predicted.size;
    c.gold += gold.size;
    for (const span of predicted) if (gold.has(span)) c.tp++;
  };
  for (const doc of docs) {
    const view = lib.analysisView(doc.text);
    const found = lib.extractEntitiesFromView(view);
    const rules = { place: new Set(), organization: new Set() };
    for (const entity of found.places) for (const m of entity.mentions) rules.place.add(`${m.start}:${m.end}`);
    for (const entity of found.organizations) {
      if (!ORGANISATION_TYPES.has(entity.type)) continue;
      for (const m of entity.mentions) rules.organization.add(`${m.start}:${m.end}`);
    }
    for (const type of ['place', 'organization']) count('rules', type, rules[type], doc.gold[type]);
    if (model) {
      const reading = model.read(view, lib.tagWithOffsets(view));
      for (const type of ['place', 'organization']) {
        const spans = new Set(reading.candidates.filter((c) => c.type === type).map((c) => `${c.start}:${c.end}`));
        count('model', type, spans, doc.gold[type]);
      }
    }
  }
  for (const [key, c] of Object.entries(counts)) console.log(`${set.name.padEnd(12)} ${key.padEnd(20)} ${prf(c)}`);
}
