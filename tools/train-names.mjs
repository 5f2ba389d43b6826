#!/usr/bin/env node
// Trains the name tagger of src/entities/name-model.ts and writes dict/name-model.txt.
//
//   node tools/train-names.mjs [--epochs 12] [--types person] [--max-bytes 1000000] [--precision 0.93]
//                              [--limit N] [--out dict/name-model.txt] [--no-write]
//
// Data: ../shared/train-data/ner (People's Daily 6–31 Jan 1998 and MSRA train; see its SOURCE.md). No
// evaluation text is read here. One tenth of the documents (by a hash of the article id, so an article never
// sits on both sides) is held out: it picks the epoch, the temperature of the scores and the default threshold.
// The shipped weights are those learnt on the other nine tenths.
//
// Model: an averaged structured perceptron over B/M/E/S/O tags with first-order transitions, features from
// src/entities/name-features.ts (bundled, so training reads exactly what inference reads). jieba runs over the
// training text itself; the corpora's own segmentation is never a feature, only a place to insert spaces in the
// few copies made with spaces (names written 黄 蕾, bylines between spaces), which the corpora lack.
// Deterministic: fixed seeds, fixed order.
import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { calibrate, show } from './lib/name-calibration.mjs';
import { CALIBRATION_EXPORTS } from './lib/name-calibration-exports.mjs';
import { CORPORA, readCorpora } from './lib/name-corpora.mjs';
import { dictRows, loadSrc, repoRoot, seededRandom } from './lib/load-src.mjs';

const { values: args } = parseArgs({
  options: {
    epochs: { type: 'string', default: '12' },
    types: { type: 'string', default: 'person' },
    'max-bytes': { type: 'string', default: '1000000' },
    precision: { type: 'string', default: '0.93' },
    limit: { type: 'string' },
    out: { type: 'string', default: path.join(repoRoot, 'dict', 'name-model.txt') },
    'no-write': { type: 'boolean', default: false },
    'no-augment': { type: 'boolean', default: false },
    // Templates to leave out (comma list of names from name-features.ts), to measure what each is worth.
    drop: { type: 'string', default: '' },
    // Stop after training (no export, no calibration): for comparing settings on the held-out slice.
    'train-only': { type: 'boolean', default: false },
  },
});
const MAX_EPOCHS = Number(args.epochs);
const TYPES = args.types.split(',');
const SPAN_KEYS = { person: 'persons', place: 'places', organization: 'organizations' };
const TAGS = ['O', ...TYPES.flatMap((type) => ['B', 'M', 'E', 'S'].map((part) => `${part}-${type}`))];
const SIZE = TAGS.length;
const started = Date.now();
const log = (...parts) => console.log(`[${((Date.now() - started) / 1000).toFixed(0).padStart(4)} s]`, ...parts);

const lib = await loadSrc('train-names', {
  ...CALIBRATION_EXPORTS,
  'entities/name-features.ts': ['prepareDoc', 'characterFeatures', 'TEMPLATES'],
  'nlp/index.ts': ['tagWithOffsets'],
});

// ---------- corpora ----------
const random = seededRandom(20240601);

/**
 * Copies of a sentence with spaces, as scraped pages write them: a two-character name with a space inside
 * (黄 蕾), or spaces between some words. The corpus segmentation only says where a space may go.
 */
function withSpaces(doc) {
  const spans = Object.fromEntries(TYPES.map((type) => [type, doc[SPAN_KEYS[type]] ?? []]));
  const cuts = new Set();
  const twoCharNames = (spans.person ?? []).filter(([s, e]) => e - s === 2);
  if (twoCharNames.length > 0 && random() < 0.5) {
    const [s] = twoCharNames[Math.floor(random() * twoCharNames.length)];
    cuts.add(s + 1);
  } else {
    let at = 0;
    const boundaries = [];
    for (const [word] of doc.words) {
      at += word.length;
      boundaries.push(at);
    }
    const inside = (offset) => Object.values(spans).some((list) => list.some(([s, e]) => s < offset && offset < e));
    for (const offset of boundaries) if (offset < doc.text.length && !inside(offset) && random() < 0.25) cuts.add(offset);
  }
  if (cuts.size === 0) return null;
  const sorted = [...cuts].sort((a, b) => a - b);
  const shift = (offset, isEnd) => offset + sorted.filter((cut) => (isEnd ? cut < offset : cut <= offset)).length;
  let text = '';
  let last = 0;
  for (const cut of sorted) {
    text += doc.text.slice(last, cut) + ' ';
    last = cut;
  }
  text += doc.text.slice(last);
  const moved = {};
  for (const type of TYPES) moved[SPAN_KEYS[type]] = spans[type].map(([s, e]) => [shift(s, false), shift(e, true)]);
  return { ...doc, text, ...moved, augmented: true };
}

const documents = await readCorpora(log);
let selected = args.limit ? documents.filter((_, index) => index % Math.ceil(documents.length / Number(args.limit)) === 0) : documents;
if (!args['no-augment']) {
  const copies = [];
  for (const doc of selected) {
    if (doc.heldOut || random() >= 0.08) continue;
    const copy = withSpaces(doc);
    if (copy) copies.push(copy);
  }
  selected = [...selected, ...copies];
  log(`${copies.length} copies with spaces added to the training side`);
}

// ---------- features ----------
const featureIds = new Map();
const featureNames = [];
const dropped = new Set(args.drop.split(',').filter(Boolean).map((name) => lib.TEMPLATES.indexOf(name)));
class CollectingSink {
  constructor() {
    this.ids = [];
  }
  feature(template, a, b, c) {
    this.collect(template, [a, b, c].filter((unit) => unit !== -1).map((unit) => String.fromCharCode(unit)).join(''));
  }
  featureText(template, text, a, b) {
    this.collect(template, text + [a, b].filter((unit) => unit !== -1).map((unit) => String.fromCharCode(unit)).join(''));
  }
  collect(template, value) {
    if (dropped.has(template)) return;
    const name = `${lib.TEMPLATES[template]}=${value}`;
    let id = featureIds.get(name);
    if (id === undefined) {
      id = featureNames.length;
      featureIds.set(name, id);
      featureNames.push(name);
    }
    this.ids.push(id);
  }
}

const sentences = [];
let featureData = new Int32Array(1 << 24);
let featureCount = 0;
const sink = new CollectingSink();
for (const doc of selected) {
  const view = lib.analysisView(doc.text);
  if (view.length === 0) continue;
  const words = lib.tagWithOffsets(view);
  const prepared = lib.prepareDoc(view, words);
  const gold = new Uint8Array(view.length);
  for (const type of TYPES) {
    const base = 1 + TYPES.indexOf(type) * 4;
    for (const [s, e] of doc[SPAN_KEYS[type]] ?? []) {
      if (e - s === 1) gold[s] = base + 3;
      else {
        gold[s] = base;
        for (let k = s + 1; k < e - 1; k++) gold[k] = base + 1;
        gold[e - 1] = base + 2;
      }
    }
  }
  const offsets = new Int32Array(view.length + 1);
  for (let i = 0; i < view.length; i++) {
    sink.ids.length = 0;
    lib.characterFeatures(prepared, i, sink);
    offsets[i] = featureCount;
    if (featureCount + sink.ids.length > featureData.length) {
      const grown = new Int32Array(featureData.length * 2);
      grown.set(featureData);
      featureData = grown;
    }
    featureData.set(sink.ids, featureCount);
    featureCount += sink.ids.length;
  }
  offsets[view.length] = featureCount;
  sentences.push({ view, gold, offsets, heldOut: doc.heldOut, augmented: doc.augmented === true });
}
const trainSet = sentences.filter((s) => !s.heldOut);
const heldOutSet = sentences.filter((s) => s.heldOut);
log(`${sentences.length} sentences (${trainSet.length} training, ${heldOutSet.length} held out), ${featureNames.length} features, ${featureCount} feature occurrences`);

// ---------- averaged perceptron ----------
const allowed = (from, to) => {
  const [fromPart, fromType] = TAGS[from].split('-');
  const [toPart, toType] = TAGS[to].split('-');
  const inside = fromPart === 'B' || fromPart === 'M';
  if (toPart === 'M' || toPart === 'E') return inside && fromType === toType;
  return !inside;
};
const startAllowed = (t) => !['M', 'E'].includes(TAGS[t][0]);
const endAllowed = (t) => !['B', 'M'].includes(TAGS[t][0]);

const F = featureNames.length;
// Feature weights, then transitions, starts and ends, in one array; U sums (step × change) for averaging.
const TRANS = F * SIZE;
const W = new Float64Array(TRANS + SIZE * SIZE + 2 * SIZE);
const U = new Float64Array(W.length);
const STARTS = TRANS + SIZE * SIZE;
const ENDS = STARTS + SIZE;
let step = 1;

function emissions(sentence, w) {
  const n = sentence.view.length;
  const scores = new Float64Array(n * SIZE);
  for (let i = 0; i < n; i++) {
    for (let k = sentence.offsets[i]; k < sentence.offsets[i + 1]; k++) {
      const base = featureData[k] * SIZE;
      for (let t = 0; t < SIZE; t++) scores[i * SIZE + t] += w[base + t];
    }
  }
  return scores;
}

function viterbi(scores, n, w, bias = 0) {
  const forward = new Float64Array(n * SIZE);
  const from = new Int8Array(n * SIZE);
  const trans = (p, t) => (allowed(p, t) ? w[TRANS + p * SIZE + t] : -Infinity);
  for (let t = 0; t < SIZE; t++) forward[t] = (startAllowed(t) ? w[STARTS + t] : -Infinity) + scores[t] + (t === 0 ? bias : 0);
  for (let i = 1; i < n; i++) {
    for (let t = 0; t < SIZE; t++) {
      let best = -Infinity;
      let arg = 0;
      for (let p = 0; p < SIZE; p++) {
        const score = forward[(i - 1) * SIZE + p] + trans(p, t);
        if (score > best) {
          best = score;
          arg = p;
        }
      }
      forward[i * SIZE + t] = best + scores[i * SIZE + t] + (t === 0 ? bias : 0);
      from[i * SIZE + t] = arg;
    }
  }
  const path = new Uint8Array(n);
  let best = -Infinity;
  for (let t = 0; t < SIZE; t++) {
    const score = forward[(n - 1) * SIZE + t] + (endAllowed(t) ? w[ENDS + t] : -Infinity);
    if (score > best) {
      best = score;
      path[n - 1] = t;
    }
  }
  for (let i = n - 1; i > 0; i--) path[i - 1] = from[i * SIZE + path[i]];
  return path;
}

function update(index, delta) {
  W[index] += delta;
  U[index] += step * delta;
}

function train(sentence) {
  const n = sentence.view.length;
  const predicted = viterbi(emissions(sentence, W), n, W);
  const { gold } = sentence;
  let same = true;
  for (let i = 0; i < n; i++) if (predicted[i] !== gold[i]) same = false;
  if (!same) {
    for (let i = 0; i < n; i++) {
      if (predicted[i] === gold[i]) continue;
      for (let k = sentence.offsets[i]; k < sentence.offsets[i + 1]; k++) {
        const base = featureData[k] * SIZE;
        update(base + gold[i], 1);
        update(base + predicted[i], -1);
      }
    }
    update(STARTS + gold[0], 1);
    update(STARTS + predicted[0], -1);
    update(ENDS + gold[n - 1], 1);
    update(ENDS + predicted[n - 1], -1);
    for (let i = 1; i < n; i++) {
      update(TRANS + gold[i - 1] * SIZE + gold[i], 1);
      update(TRANS + predicted[i - 1] * SIZE + predicted[i], -1);
    }
  }
  step++;
}

const averaged = () => {
  const out = new Float64Array(W.length);
  for (let i = 0; i < W.length; i++) out[i] = W[i] - U[i] / step;
  return out;
};

function spansOf(tags) {
  const spans = [];
  for (let i = 0; i < tags.length; i++) {
    const tag = TAGS[tags[i]];
    if (tag[0] === 'S') spans.push(`${i}:${i + 1}:${tag.slice(2)}`);
    if (tag[0] === 'B') {
      let end = i + 1;
      while (end < tags.length && TAGS[tags[end]][0] === 'M') end++;
      spans.push(`${i}:${end + 1}:${tag.slice(2)}`);
      i = end;
    }
  }
  return spans;
}

function scoreSet(set, w, bias = 0) {
  const counts = Object.fromEntries(TYPES.map((type) => [type, { tp: 0, predicted: 0, gold: 0 }]));
  for (const sentence of set) {
    const predicted = spansOf(viterbi(emissions(sentence, w), sentence.view.length, w, bias));
    const gold = new Set(spansOf(sentence.gold));
    for (const span of predicted) {
      const type = span.split(':')[2];
      counts[type].predicted++;
      if (gold.has(span)) counts[type].tp++;
    }
    for (const span of gold) counts[span.split(':')[2]].gold++;
  }
  return Object.fromEntries(Object.entries(counts).map(([type, c]) => [type, prf(c.tp, c.predicted, c.gold)]));
}

function prf(tp, predicted, gold) {
  const p = predicted ? tp / predicted : 0;
  const r = gold ? tp / gold : 0;
  return { p, r, f: p + r ? (2 * p * r) / (p + r) : 0, tp, predicted, gold };
}

const order = trainSet.map((_, index) => index);
let bestEpoch = 0;
let bestF = -1;
let bestWeights = null;
const history = [];
for (let epoch = 1; epoch <= MAX_EPOCHS; epoch++) {
  // A fixed shuffle per epoch (Fisher–Yates with the seeded generator).
  for (let i = order.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [order[i], order[j]] = [order[j], order[i]];
  }
  for (const index of order) train(trainSet[index]);
  const avg = averaged();
  const scores = scoreSet(heldOutSet, avg);
  const f = TYPES.reduce((sum, type) => sum + scores[type].f, 0) / TYPES.length;
  history.push({ epoch, scores });
  log(`epoch ${epoch}: held out ${TYPES.map((type) => `${type} ${show(scores[type])}`).join('; ')}`);
  if (f > bestF) {
    bestF = f;
    bestEpoch = epoch;
    bestWeights = avg;
  } else if (epoch - bestEpoch >= 3) break;
}
log(`best epoch ${bestEpoch}`);
if (args['train-only']) process.exit(0);

// ---------- export: weights relative to O, quantised, pruned ----------
const SCALE = 100;
const WIDTH = SIZE - 1;
const rows = [];
for (let f = 0; f < F; f++) {
  const o = bestWeights[f * SIZE];
  const values = [];
  let strength = 0;
  for (let t = 1; t < SIZE; t++) {
    const value = Math.round((bestWeights[f * SIZE + t] - o) * SCALE);
    values.push(value);
    strength = Math.max(strength, Math.abs(value));
  }
  // A feature holding a line break or tab (a jieba word of white space) cannot be a line of the file; it is dropped.
  if (strength > 0 && !/[\t\n\r]/u.test(featureNames[f])) rows.push({ name: featureNames[f], values, strength });
}
rows.sort((a, b) => b.strength - a.strength || (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
const lineOf = (row) => `${row.name}\t${row.values.join(' ')}`;
const budget = Number(args['max-bytes']) - 6000; // room for the header
let kept = 0;
let bytes = 0;
for (const row of rows) {
  const size = Buffer.byteLength(lineOf(row)) + 1;
  if (bytes + size > budget) break;
  bytes += size;
  kept++;
}
const keptRows = rows.slice(0, kept);
const minStrength = keptRows.length ? keptRows[keptRows.length - 1].strength : 0;
log(`${rows.length} features with weight, ${kept} kept (|weight| ≥ ${(minStrength / SCALE).toFixed(2)}), ${bytes} bytes`);
const fixed = (start, count) => Array.from({ length: count }, (_, i) => {
  const value = bestWeights[start + i];
  return Number.isFinite(value) ? Math.round(value * SCALE) : 0;
});

/** The model file's text, with the settings and scores in its header. */
function modelText(settings, header) {
  return [
    ...header.map((line) => `# ${line}`),
    `@tags\t${TAGS.join(' ')}`,
    `@scale\t${SCALE}`,
    `@transitions\t${fixed(TRANS, SIZE * SIZE).join(' ')}`,
    `@starts\t${fixed(STARTS, SIZE).join(' ')}`,
    `@ends\t${fixed(ENDS, SIZE).join(' ')}`,
    `@temperature\t${settings.temperature}`,
    `@threshold\t${settings.threshold}`,
    `@slot-threshold\t${settings.slotThreshold}`,
    ...keptRows.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0)).map(lineOf),
    '',
  ].join('\n');
}

// ---------- calibration on the held-out slice, through the shipped inference code ----------
const heldOutDocs = documents.filter((doc) => doc.heldOut && (!args.limit || selected.includes(doc)));
const calibration = calibrate(lib, dictRows(modelText({ temperature: 1, threshold: 0.5, slotThreshold: 0.5 }, [])), heldOutDocs, { precision: Number(args.precision) });
for (const line of calibration.lines) log(line);

const epochScores = history.find((h) => h.epoch === bestEpoch).scores;
const header = [
  'Person-name tagger of xinwen (src/entities/name-model.ts): an averaged structured perceptron over characters,',
  `tags ${TAGS.join(' ')} with first-order transitions. Written by tools/train-names.mjs; do not edit by hand.`,
  '',
  'Training data (../shared/train-data/ner, research corpora: only learned weights are shipped, never sentences):',
  ...CORPORA.map((corpus) => `  - ${corpus.name}: ${corpus.file}`),
  `  ${trainSet.length} training sentences (${trainSet.filter((s) => s.augmented).length} of them copies with spaces added), ${heldOutSet.length} held out`,
  '  (every tenth article by a hash of its id). No evaluation text (PD980105, CLUENER dev, news-gold, officials-handmade)',
  '  was used for training, tuning or threshold choice.',
  `Features (src/entities/name-features.ts, templates ${lib.TEMPLATES.filter((_, index) => !dropped.has(index)).join(' ')}): the character and`,
  '  its neighbours, character bigrams around it, character classes; surname frequency (dict/surnames.txt); given-name',
  '  role counts (dict/given-name-chars.txt, from HanLP nr.txt, Apache-2.0); transliteration character counts',
  '  (dict/translit-chars.txt, from HanLP nrf.txt, Apache-2.0); the document\'s own nodejieba words and tags (tag,',
  '  position and length of the word holding the character, the word itself, the words either side); title heads,',
  '  forms of address, follower words and credit labels next to the character (dict/title-heads.txt, honorifics.txt,',
  '  name-followers.txt, credit-roles.txt). The corpora\'s own segmentation is never a feature.',
  `Settings: up to ${MAX_EPOCHS} epochs with early stopping on the held-out slice (best: epoch ${bestEpoch}); seed 20240601;`,
  `  weights relative to O, times ${SCALE}, rounded; the ${kept} strongest of ${rows.length} non-zero features kept (|weight| ≥ ${(minStrength / SCALE).toFixed(2)}).`,
  `Scores on the held-out slice (exact spans, full Viterbi path, before pruning): ${TYPES.map((type) => `${type} ${show(epochScores[type])}`).join('; ')}.`,
  'Score of a candidate: logistic(margin / temperature), margin = how far the best path beats any other tag at the',
  '  weakest character of the span (a span off the best path: how far its best path falls short of the best).',
  ...calibration.lines.map((line) => `calibration: ${line}`),
  'Format: @setting<TAB>value lines, then feature<TAB>weights of the tags after O (divide by @scale).',
];
const text = modelText(calibration, header);
if (!args['no-write']) {
  fs.writeFileSync(args.out, text);
  log(`wrote ${args.out} (${Buffer.byteLength(text)} bytes)`);
}
