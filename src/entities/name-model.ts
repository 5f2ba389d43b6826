/**
 * The trained person-name tagger: reads dict/name-model.txt (an averaged perceptron over the features of
 * name-features.ts, trained by tools/train-names.mjs) and tags every character of a document B/M/E/S/O.
 * It proposes name candidates with a score from the document's existing jieba words; it never segments
 * again. The rules in this folder decide where they are sure; the model's candidates fill in elsewhere.
 */
import { DictRowCursor, lazy, readDictText, type PositionedWord } from '../nlp/index.js';
import type { Span } from '../types.js';
import {
  CHAR_BIGRAMS,
  CHAR_UNIGRAMS,
  CLASS_WINDOW_KEYS,
  DENSE_TEMPLATES,
  DIGIT_WINDOW_KEYS,
  GIVEN_NAME_KEYS,
  MAX_WORD_TAGS,
  SURNAME_BEFORE_GIVEN_KEYS,
  TEMPLATES,
  WORD_POSITIONS,
  WORD_TAG_KEYS,
  classWindowFeature,
  classWindowKey,
  codeAt,
  flagFeatures,
  givenNameFeatures,
  givenNameKey,
  isReadByNeighbours,
  mayBeInName,
  positionInWord,
  prepareDoc,
  readsOwnWord,
  readsWordAfter,
  readsWordBefore,
  surnameBeforeGivenFeature,
  surnameBeforeGivenKey,
  surnameWindowFeatures,
  surnameWindowKey,
  transliterationWindowFeature,
  transliterationWindowKey,
  wordTagFeatureAt,
  wordTagKey,
  type FeatureDoc,
  type FeatureSink,
} from './name-features.js';
import { HashedRows, NgramPlacer, NgramWeights, SEED_1, SEED_2, WORD_AFTER_ROLE, WORD_BEFORE_ROLE, WeightTable, WordRows, hashString, step1, step2 } from './model-tables.js';
import { KeyedSums, type SummingSink } from './keyed-sums.js';
import { spanIndexAt } from './spans.js';

/** A span the model reads as a name, with its score in (0, 1). */
export interface NameCandidate extends Span {
  /** The entity type of the span (`person`, or `place`/`organization` where the model has those tags). */
  type: string;
  /** How sure the model is: the logistic of the margin by which its best reading beats any other at the weakest character. */
  score: number;
}

/** Options of the name model. */
export interface NameModelOptions {
  /**
   * Candidates scoring below this are dropped. The default comes from the model file: the threshold chosen
   * on a held-out slice of the training data for precision first. Lower it for recall.
   */
  threshold?: number;
}

/** What the model read in one document: its candidates, and the score of any span asked about. */
export interface NameReading {
  candidates: NameCandidate[];
  /** The model's best reading of a name starting at `start`, whatever its score, if it reads one there. */
  startingAt(start: number): NameCandidate | undefined;
  /** The model's best reading of a name ending at `end`, whatever its score, if it reads one there. */
  endingAt(end: number): NameCandidate | undefined;
  /** The model's score for `[start, end)` being one whole name of `type`, whether or not it is a candidate. */
  spanScore(start: number, end: number, type?: string): number;
}

interface LoadedModel {
  tags: string[];
  /** Per tag: its part (B, M, E, S or O) and its entity type. */
  parts: string[];
  typeOfTag: string[];
  /** The tags that may come before (for Viterbi) and after (for the backward pass) each tag, flattened: see maxMarginals. */
  before: Int32Array;
  beforeAt: Int32Array;
  after: Int32Array;
  afterAt: Int32Array;
  /** The score of each transition of `before` (from it to the tag) and of `after` (from the tag to it). */
  beforeScore: Float64Array;
  afterScore: Float64Array;
  types: string[];
  /** Per type, the tag indexes of B, M, E, S. */
  tagsOf: Map<string, { b: number; m: number; e: number; s: number }>;
  transitions: Float64Array;
  starts: Float64Array;
  ends: Float64Array;
  /**
   * The features read by hash, with their weights of the tags after O as written in the file (divide by `scale`):
   * those of the dense templates (DENSE_TEMPLATES: a few hundred, met on every character) in a table of their own
   * small enough to stay in the caches, the others (the words' tags and lengths) apart.
   */
  denseTable: WeightTable;
  table: WeightTable;
  /**
   * The features of the words themselves (ww, pw, nw: thousands, each met now and then), keyed by the word alone,
   * a word's in one slot (see WordRows): a word is one look-up, one memory line, for all its characters.
   */
  wordTable: WeightTable;
  /** The bias and character n-gram features by code and by pair of codes (see NgramWeights). */
  ngrams: NgramWeights;
  scale: number;
  /** Margin units per logistic unit. */
  temperature: number;
  threshold: number;
  slotThreshold: number;
}

// ---------------------------------------------------------------------------------------------------------
// Each template's hashes after `name=`, so a feature starts from there.
const templatePrefixes = lazy(() => {
  const first = new Int32Array(TEMPLATES.length);
  const second = new Int32Array(TEMPLATES.length);
  TEMPLATES.forEach((name, index) => {
    [first[index], second[index]] = hashString(`${name}=`);
  });
  return { first, second };
});

// The cache of dense features' places: 1024 slots of (check, check, where in the dense table's weights or -1); a
// slot never filled has a first check of CACHE_EMPTY, which no feature's is (a template and a 16-bit unit make a
// number from 0 to 2^21).
const CACHE_MASK = 1023;
const CACHE_EMPTY = -2;
const denseTemplates = lazy(() => {
  const dense = new Uint8Array(TEMPLATES.length);
  for (const template of DENSE_TEMPLATES) dense[template] = 1;
  return dense;
});

/**
 * The arrays a read needs only while it runs (never kept in the reading it returns), kept from one document to
 * the next and grown when a longer one comes, so a short document allocates none of them. Every one is written
 * over the document's length before it is read.
 */
class ReadBuffers {
  /** The model's transitions padded for the passes (see threeAWay), worked out on the first read; null when they do not fit. */
  transitions: ThreeAWay | null | undefined = undefined;
  /** The per-character tables of the features (name-features.ts), lent to the next document's prepareDoc. */
  doc: FeatureDoc | undefined = undefined;
  sums = new Int32Array(0);
  may = new Uint8Array(0);
  ngramCodes = new Int32Array(0);
  ngramPairs = new Int32Array(0);
  /** Per word of the document, where its slot's weights start in the model's word table (-1: it has none). */
  wordSlots = new Int32Array(0);
  /** Per word of the document, the number of its tag (see TagNumbers). */
  wordTags = new Int32Array(0);
  path = new Int8Array(0);
}

/**
 * Adds each feature's weights to the emission scores of the current character. One sink serves every
 * document the model reads (one at a time: reading is synchronous), so its cache of dense features' places and
 * its context groups' sums by key, pure functions of the model, stay warm from one document to the next.
 */
class ScoringSink implements SummingSink {
  /** Offset of the current character's scores in `sums`. */
  at = 0;
  /** The emission scores of the document being read, in the file's whole-number units (a buffer of `buffers`). */
  sums = new Int32Array(0);
  /** The arrays a read needs while it runs, kept for the next document. */
  readonly buffers = new ReadBuffers();
  /** The summed weights of each group of a character's context features by its key (name-features.ts, keyed-sums.ts). */
  readonly contextSums: KeyedSums;
  /** Numbers for the words' tags, for the key of the word-tag group. */
  readonly tagNumbers = new TagNumbers();
  private readonly width: number;
  /** The number of the model's tags, O's included: a character's scores in `sums`. */
  readonly size: number;

  private readonly dense: Uint8Array;
  private readonly cache: Int32Array;
  /** Per template, the last text of a text feature and the hashes through it. */
  private readonly textOf: Array<string | null> = TEMPLATES.map(() => null);
  private readonly textHash1 = new Int32Array(TEMPLATES.length);
  private readonly textHash2 = new Int32Array(TEMPLATES.length);

  constructor(
    private readonly model: LoadedModel,
    private readonly prefixes: { first: Int32Array; second: Int32Array },
  ) {
    this.width = model.tags.length - 1;
    const size = model.tags.length;
    this.size = size;
    this.contextSums = new KeyedSums(size, CONTEXT_GROUP_KEYS);
    this.dense = denseTemplates();
    this.cache = new Int32Array((CACHE_MASK + 1) * 3).fill(CACHE_EMPTY);
  }

  feature(template: number, a: number, b: number, c: number): void {
    // Dense features repeat on every few characters: remember where their weights are in a small cache that stays in L1.
    if (this.dense[template] === 1) {
      const check1 = (template << 16) | (a & 0xffff);
      const check2 = ((b & 0xffff) << 16) | (c & 0xffff);
      const slot = ((Math.imul(check1 ^ Math.imul(check2, 0x9e3779b1), 0x85ebca6b) >>> 21) & CACHE_MASK) * 3;
      const cache = this.cache;
      const { denseTable } = this.model;
      if (cache[slot] === check1 && cache[slot + 1] === check2) {
        this.add(denseTable, cache[slot + 2]);
        return;
      }
      const place = this.placeAfter(denseTable, this.prefixes.first[template], this.prefixes.second[template], a, b, c);
      cache[slot] = check1;
      cache[slot + 1] = check2;
      cache[slot + 2] = place;
      this.add(denseTable, place);
      return;
    }
    const { table } = this.model;
    this.add(table, this.placeAfter(table, this.prefixes.first[template], this.prefixes.second[template], a, b, c));
  }

  featureText(template: number, text: string, a: number, b: number): void {
    // The same text comes for several characters in a row (the word holding them): hash it once.
    if (this.textOf[template] !== text) {
      let hash1 = this.prefixes.first[template];
      let hash2 = this.prefixes.second[template];
      for (let i = 0; i < text.length; i++) {
        const unit = text.charCodeAt(i);
        hash1 = step1(hash1, unit);
        hash2 = step2(hash2, unit);
      }
      this.textOf[template] = text;
      this.textHash1[template] = hash1;
      this.textHash2[template] = hash2;
    }
    const table = this.dense[template] === 1 ? this.model.denseTable : this.model.table;
    this.add(table, this.placeAfter(table, this.textHash1[template], this.textHash2[template], a, b, -1));
  }

  /**
   * Where in `table` the weights of the feature whose hashes so far are `hash1`, `hash2`, with up to three units
   * more (-1: absent), are; -1 when it has none.
   */
  private placeAfter(table: WeightTable, hash1: number, hash2: number, a: number, b: number, c: number): number {
    if (a !== -1) {
      hash1 = step1(hash1, a);
      hash2 = step2(hash2, a);
    }
    if (b !== -1) {
      hash1 = step1(hash1, b);
      hash2 = step2(hash2, b);
    }
    if (c !== -1) {
      hash1 = step1(hash1, c);
      hash2 = step2(hash2, c);
    }
    return table.get(hash1, hash2);
  }

  /** Adds the weights of `table` at `place` (-1: none) to the current character's scores. */
  add(table: WeightTable, place: number): void {
    // Weights are stored relative to O (tag 0), whose emission therefore stays 0.
    if (place === -1) return;
    const { sums, width } = this;
    const weights = table.weights;
    const at = this.at + 1;
    // The shipped model's four tags after O, written out: a character adds some ten rows, and the loop over a
    // width the engine cannot see costs more than the adds.
    if (width === 4) {
      sums[at] += weights[place];
      sums[at + 1] += weights[place + 1];
      sums[at + 2] += weights[place + 2];
      sums[at + 3] += weights[place + 3];
    } else addRow(sums, at, weights, place, width);
  }
}

// ---------------------------------------------------------------------------------------------------------
// Loading

const MODEL_FILE = 'name-model.txt';

function parseNumbers(field: string | undefined): number[] {
  return (field ?? '').trim().split(/\s+/u).filter(Boolean).map(Number);
}

/** Which tag may follow which: a name goes on only with its own M or E, and starts again only after O, E or S. */
function allowedTransition(tags: readonly string[], from: number, to: number): boolean {
  const [fromPart, fromType] = tags[from].split('-');
  const [toPart, toType] = tags[to].split('-');
  const inside = fromPart === 'B' || fromPart === 'M';
  if (toPart === 'M' || toPart === 'E') return inside && fromType === toType;
  return !inside;
}

/**
 * A row's weights (space-separated integers from `text[from]` to the next tab or `to`, the row's end) written into
 * `weights` from `at`, read in place: the load's 35,000 rows would otherwise make a string and five short-lived
 * numbers' strings each. Gives the values a split gives (`Number` of each field, a missing or empty field 0,
 * clamped to 16 bits); false, with nothing promised about what was written, for any field that is not a plain
 * integer of up to 9 digits, which the caller then splits.
 */
function readIntegerWeights(text: string, from: number, to: number, weights: Int16Array, at: number, width: number): boolean {
  let position = from;
  for (let t = 0; t < width; t++) {
    let value = 0;
    let negative = false;
    let digits = 0;
    if (position < to && text.charCodeAt(position) === 0x2d) {
      negative = true;
      position++;
    }
    for (; position < to; position++) {
      const unit = text.charCodeAt(position);
      if (unit === 0x20) break;
      if (unit === TAB_UNIT) {
        to = position; // the column ends here
        break;
      }
      if (unit < 0x30 || unit > 0x39 || ++digits > 9) return false;
      value = value * 10 + (unit - 0x30);
    }
    if (negative && digits === 0) return false;
    weights[at + t] = Math.max(-32768, Math.min(32767, negative ? -value : value));
    position++; // past the space (or the end)
  }
  return true;
}

const TAB = '\t';
const TAB_UNIT = 0x09;
const SETTING_MARK = 0x40; // @

/** The end of a row's column starting at `from`: its next tab, or the row's end. */
function columnEnd(text: string, from: number, rowEnd: number): number {
  let at = from;
  while (at < rowEnd && text.charCodeAt(at) !== TAB_UNIT) at++;
  return at;
}

/**
 * The model file's settings (`@name<TAB>value` rows, which come first), read from `rows` up to the first feature
 * row, on which the cursor is left (false: the file has none).
 */
function readSettings(text: string, rows: DictRowCursor): { settings: Map<string, string>; featuresFollow: boolean } {
  const settings = new Map<string, string>();
  while (rows.next()) {
    const { start, end } = rows;
    if (text.charCodeAt(start) !== SETTING_MARK) return { settings, featuresFollow: true };
    const nameEnd = columnEnd(text, start, end);
    settings.set(text.slice(start + 1, nameEnd), nameEnd < end ? text.slice(nameEnd + 1, columnEnd(text, nameEnd + 1, end)) : '');
  }
  return { settings, featuresFollow: false };
}

/** The number of lines from `from` on: a bound on the rows there, that sizes the tables without a walk of its own. */
function linesFrom(text: string, from: number): number {
  let lines = 1;
  for (let at = text.indexOf('\n', from); at !== -1; at = text.indexOf('\n', at + 1)) lines++;
  return lines;
}


/** The tables a model's feature rows fill, sized from their number. */
interface FeatureTables {
  weights: Int16Array;
  ngrams: NgramPlacer;
  /** The rows of dense templates, and the other rows read by hash. */
  dense: HashedRows;
  other: HashedRows;
  /** The rows of the word features (ww, pw, nw), read by the word. */
  words: WordRows;
}

/**
 * The role (see WORD_ROLES) of the feature `text[start, end)` when it is a word feature (name-features.ts: ww with
 * the character's place last, pw, nw), else -1.
 */
function wordRoleOf(text: string, start: number, end: number): number {
  // Units compared one by one: on a cold start this runs for every row before the engine has optimised it.
  if (end - start < 3 || text.charCodeAt(start + 2) !== EQUALS_UNIT || text.charCodeAt(start + 1) !== W_UNIT) return -1;
  const first = text.charCodeAt(start);
  if (first === P_UNIT) return WORD_BEFORE_ROLE;
  if (first === N_UNIT) return WORD_AFTER_ROLE;
  return first === W_UNIT && end - start > 3 ? WORD_POSITIONS.indexOf(text.charCodeAt(end - 1)) : -1;
}
const EQUALS_UNIT = 0x3d;
const W_UNIT = 0x77;
const P_UNIT = 0x70;
const N_UNIT = 0x6e;

/**
 * The feature rows (`feature<TAB>weights`) from the cursor's row on, each read in place: its weights parsed into
 * `weights`, its n-gram place noted or else its feature hashed straight from the text into the dense or the other rows.
 */
function readFeatureRows(text: string, rows: DictRowCursor, width: number, tables: FeatureTables): void {
  const { weights, ngrams } = tables;
  let row = 0;
  do {
    const { start, end } = rows;
    if (text.charCodeAt(start) === SETTING_MARK) throw new Error(`${MODEL_FILE}: a setting row after the feature rows`);
    const featureEnd = columnEnd(text, start, end);
    // The bias and the n-grams (three rows in four) are read through NgramWeights, never looked up by hash
    // (contextFeatures writes none of them), so only the other rows go in the table.
    if (!ngrams.place(text, start, featureEnd, row)) {
      // A word feature is hashed by its word alone (the value after `ww=`, `pw=` or `nw=`, without ww's place), any
      // other whole: hashString's two hashes, fed straight from the text (step1 and step2 written out: on a cold
      // start this loop runs before the engine has optimised it, and calls cost most there).
      const role = wordRoleOf(text, start, featureEnd);
      const from = role === -1 ? start : start + 3;
      const to = role === -1 || role >= WORD_BEFORE_ROLE ? featureEnd : featureEnd - 1;
      let hash1 = SEED_1;
      let hash2 = SEED_2;
      for (let at = from; at < to; at++) {
        const unit = text.charCodeAt(at);
        hash1 = Math.imul(hash1 ^ unit, 16777619);
        hash2 = Math.imul(hash2 ^ unit, 0x5bd1e995) ^ (hash2 >>> 15);
      }
      if (role !== -1) tables.words.add(hash1, hash2, role, row);
      else (ngrams.wasDense ? tables.dense : tables.other).add(hash1, hash2, row);
    }
    const weightsStart = Math.min(featureEnd + 1, end);
    if (!readIntegerWeights(text, weightsStart, end, weights, row * width, width)) {
      const values = text.slice(weightsStart, columnEnd(text, weightsStart, end)).split(' ');
      for (let t = 0; t < width; t++) weights[row * width + t] = Math.max(-32768, Math.min(32767, Number(values[t] ?? 0)));
    }
    row++;
  } while (rows.next());
}

/**
 * The model from its file's text (dict/ rows: comments skipped, columns split on tabs), walked once: the settings,
 * then the feature rows into tables sized by the number of lines left.
 */
function parseModel(text: string): LoadedModel {
  const rows = new DictRowCursor(text);
  const { settings, featuresFollow } = readSettings(text, rows);
  const tags = (settings.get('tags') ?? '').split(' ');
  if (tags[0] !== 'O' || tags.length < 2) throw new Error(`${MODEL_FILE}: no @tags line`);
  const scale = Number(settings.get('scale') ?? '1');
  const width = tags.length - 1;
  const size = tags.length;
  const transitions = new Float64Array(size * size).fill(-Infinity);
  const given = parseNumbers(settings.get('transitions'));
  for (let from = 0; from < size; from++) {
    for (let to = 0; to < size; to++) if (allowedTransition(tags, from, to)) transitions[from * size + to] = (given[from * size + to] ?? 0) / scale;
  }
  const starts = new Float64Array(size);
  const ends = new Float64Array(size);
  const givenStarts = parseNumbers(settings.get('starts'));
  const givenEnds = parseNumbers(settings.get('ends'));
  for (let t = 0; t < size; t++) {
    const part = tags[t][0];
    starts[t] = part === 'M' || part === 'E' ? -Infinity : (givenStarts[t] ?? 0) / scale;
    ends[t] = part === 'B' || part === 'M' ? -Infinity : (givenEnds[t] ?? 0) / scale;
  }
  const rowBound = featuresFollow ? linesFrom(text, rows.start) : 0;
  const features: FeatureTables = {
    weights: new Int16Array(rowBound * width), ngrams: new NgramPlacer(rowBound),
    dense: new HashedRows(rowBound), other: new HashedRows(rowBound), words: new WordRows(rowBound),
  };
  if (featuresFollow) readFeatureRows(text, rows, width, features);
  const { weights, ngrams } = features;
  const denseTable = features.dense.build(weights, width);
  const table = features.other.build(weights, width);
  const wordTable = features.words.build(weights, width);
  const types = [...new Set(tags.slice(1).map((tag) => tag.split('-')[1]))];
  const tagsOf = new Map(types.map((type) => [type, { b: tags.indexOf(`B-${type}`), m: tags.indexOf(`M-${type}`), e: tags.indexOf(`E-${type}`), s: tags.indexOf(`S-${type}`) }]));
  const flatten = (lists: number[][]) => {
    const at = new Int32Array(lists.length + 1);
    lists.forEach((list, index) => (at[index + 1] = at[index] + list.length));
    return { flat: Int32Array.from(lists.flat()), at };
  };
  const indexes = tags.map((_, index) => index);
  const before = flatten(indexes.map((to) => indexes.filter((from) => allowedTransition(tags, from, to))));
  const after = flatten(indexes.map((from) => indexes.filter((to) => allowedTransition(tags, from, to))));
  return {
    tags, parts: tags.map((tag) => tag[0]), typeOfTag: tags.map((tag) => tag.split('-')[1] ?? ''),
    before: before.flat, beforeAt: before.at, after: after.flat, afterAt: after.at,
    beforeScore: Float64Array.from(before.flat, (from, k) => transitions[from * size + tagAt(before.at, k)]),
    afterScore: Float64Array.from(after.flat, (to, k) => transitions[tagAt(after.at, k) * size + to]),
    types, tagsOf, transitions, starts, ends, denseTable, table, wordTable, scale, ngrams: ngrams.build(weights, width),
    temperature: Number(settings.get('temperature') ?? '1'),
    threshold: Number(settings.get('threshold') ?? '0.5'),
    slotThreshold: Number(settings.get('slot-threshold') ?? '0.5'),
  };
}

/** The tag whose list, in a flattened list of lists with starts `at`, holds entry `k`. */
function tagAt(at: Int32Array, k: number): number {
  let tag = 0;
  while (at[tag + 1] <= k) tag++;
  return tag;
}

/** A loaded name model. */
export interface NameModel {
  /** Reads one document: see `readNames`. */
  read(view: string, words: readonly PositionedWord[], options?: NameModelOptions): NameReading;
  /** The entity types the model tags (`person`, and `place`/`organization` where trained for them). */
  types: readonly string[];
  /** The threshold used when none is given: chosen on held-out training data, precision first. */
  defaultThreshold: number;
  /**
   * The score a span needs in a slot the grammar fixed (right after a title): chosen on held-out training data
   * as the score below which the best span after a title is more often wrong than right.
   */
  slotThreshold: number;
}

/**
 * A model from a model file: its text (the shipped model), or its rows split as dict/ files are (the training
 * script checks the model it exports this way, before writing it), which are joined back into the text they
 * were split from.
 */
export function nameModelFrom(model: string | readonly string[][]): NameModel {
  const loaded = parseModel(typeof model === 'string' ? model : model.map((row) => row.join(TAB)).join('\n'));
  const sink = new ScoringSink(loaded, templatePrefixes());
  return {
    read: (view, words, options) => readWith(loaded, sink, view, words, options),
    types: loaded.types,
    defaultThreshold: loaded.threshold,
    slotThreshold: loaded.slotThreshold,
  };
}

/** The shipped model, dict/name-model.txt, loaded on first use. */
export const shippedNameModel = lazy(() => nameModelFrom(readDictText(MODEL_FILE)));

// ---------------------------------------------------------------------------------------------------------
// Decoding

// The emission of a name tag where no name can be (digits, Latin letters, punctuation): never chosen.
const NO_NAME = -1e9;

// Weights are whole numbers of at most 16 bits and a character has a few dozen features: their sums fit in 32 bits.
function emissionsOf(loaded: LoadedModel, sink: ScoringSink, view: string, words: readonly PositionedWord[]): Float64Array {
  const size = loaded.tags.length;
  const { buffers } = sink;
  const doc = prepareDoc(view, words, buffers.doc);
  buffers.doc = doc;
  if (buffers.may.length < view.length) buffers.may = new Uint8Array(view.length);
  const may = buffers.may;
  for (let i = 0; i < view.length; i++) may[i] = mayBeInName(doc, i) ? 1 : 0;
  // The weights are summed as the file writes them, in whole numbers (so the order of the sums does not matter),
  // in one buffer the sink keeps from document to document; then scaled once.
  if (buffers.sums.length < view.length * size) buffers.sums = new Int32Array(view.length * size);
  const sums = buffers.sums;
  sink.sums = sums;
  sums.fill(0, 0, view.length * size);
  addNgrams(loaded, doc, may, sums, buffers);
  const wordSlots = findWordSlots(loaded.wordTable, words, buffers);
  const wordTags = numberWordTags(sink.tagNumbers, words, buffers);
  // Each character's context features (name-features.ts contextFeatures): the context groups' by key, the words'
  // from their slots in the word table, found once per word.
  for (let i = 0; i < view.length; i++) {
    if (may[i] === 0) continue;
    sink.at = i * size;
    addCharacterContextFeatures(doc, i, wordTags, sink);
    addWordFeatures(loaded.wordTable, doc, i, wordSlots, sink);
    flagFeatures(doc, i, sink);
  }
  // The tables are kept for the next document, its words are not.
  doc.words = [];
  const unit = 1 / loaded.scale;
  const noName = NO_NAME * loaded.scale * unit;
  const emissions = new Float64Array(view.length * size);
  for (let i = 0; i < view.length; i++) {
    const at = i * size;
    if (may[i] === 1) for (let t = 0; t < size; t++) emissions[at + t] = sums[at + t] * unit;
    else for (let t = 1; t < size; t++) emissions[at + t] = noName;
  }
  return emissions;
}

/**
 * Adds the features of character `i` of `doc` read from the characters around it (name-features.ts
 * characterContextFeatures) and its word's tag feature (wordTagFeatureAt, by the numbers of the words' tags in
 * `wordTags`) to the sink's current scores, each group's from its sums by key.
 */
function addCharacterContextFeatures(doc: FeatureDoc, i: number, wordTags: Int32Array, sink: ScoringSink): void {
  const keyed = sink.contextSums;
  const classes = keyed.rowOf(CLASS_WINDOW, classWindowKey(doc, i), classWindowFeature, doc, i, sink);
  const surnames = keyed.rowOf(SURNAME_WINDOW, surnameWindowKey(doc, i), surnameWindowFeatures, doc, i, sink);
  const givenNames = keyed.rowOf(GIVEN_NAME, givenNameKey(doc, i), givenNameFeatures, doc, i, sink);
  const surnameBefore = keyed.rowOf(SURNAME_BEFORE_GIVEN, surnameBeforeGivenKey(doc, i), surnameBeforeGivenFeature, doc, i, sink);
  const transliterations = keyed.rowOf(TRANSLITERATION_WINDOW, transliterationWindowKey(doc, i), transliterationWindowFeature, doc, i, sink);
  const wordTag = keyed.rowOf(WORD_TAG, wordTagKey(doc, i, wordTags), wordTagFeatureAt, doc, i, sink);
  // The rows added together, tag by tag: one add to the character's scores where six would each read and write them.
  const { rows } = keyed;
  const { sums, at } = sink;
  for (let t = 1; t < sink.size; t++) {
    const around = rows[classes + t] + rows[surnames + t] + rows[givenNames + t] + rows[surnameBefore + t] + rows[transliterations + t];
    sums[at + t] += around + rows[wordTag + t];
  }
}

// The groups of contextSums, and their number of keys (name-features.ts).
const CLASS_WINDOW = 0;
const SURNAME_WINDOW = 1;
const GIVEN_NAME = 2;
const SURNAME_BEFORE_GIVEN = 3;
const TRANSLITERATION_WINDOW = 4;
const WORD_TAG = 5;
const CONTEXT_GROUP_KEYS = [CLASS_WINDOW_KEYS, DIGIT_WINDOW_KEYS, GIVEN_NAME_KEYS, SURNAME_BEFORE_GIVEN_KEYS, DIGIT_WINDOW_KEYS, WORD_TAG_KEYS];

/**
 * Numbers for the tags of words, one per tag from 0, kept for the model's life: at most MAX_WORD_TAGS (jieba's tag
 * set has some sixty); a tag past them has none (-1), and its words' tag feature is read by hash.
 */
class TagNumbers {
  private readonly numbers = new Map<string, number>();

  numberOf(tag: string): number {
    let number = this.numbers.get(tag);
    if (number === undefined) {
      if (this.numbers.size >= MAX_WORD_TAGS) return -1;
      number = this.numbers.size;
      this.numbers.set(tag, number);
    }
    return number;
  }
}

/** The number of each word's tag, in a buffer of `buffers`. */
function numberWordTags(tagNumbers: TagNumbers, words: readonly PositionedWord[], buffers: ReadBuffers): Int32Array {
  if (buffers.wordTags.length < words.length) buffers.wordTags = new Int32Array(words.length);
  const numbers = buffers.wordTags;
  for (let index = 0; index < words.length; index++) numbers[index] = tagNumbers.numberOf(words[index].tag);
  return numbers;
}

/** Where each word's slot starts in the word table's weights (-1: the model has no feature of the word), in a buffer of `buffers`. */
function findWordSlots(wordTable: WeightTable, words: readonly PositionedWord[], buffers: ReadBuffers): Int32Array {
  if (buffers.wordSlots.length < words.length) buffers.wordSlots = new Int32Array(words.length);
  const slots = buffers.wordSlots;
  for (let index = 0; index < words.length; index++) {
    const text = words[index].word;
    // hashString's two hashes, written out (no pair made per word).
    let hash1 = SEED_1;
    let hash2 = SEED_2;
    for (let at = 0; at < text.length; at++) {
      const unit = text.charCodeAt(at);
      hash1 = step1(hash1, unit);
      hash2 = step2(hash2, unit);
    }
    slots[index] = wordTable.get(hash1, hash2);
  }
  return slots;
}

/**
 * Adds the word features of character `i` of `doc` (name-features.ts wordFeatures) but its word's tag (a context
 * group: addCharacterContextFeatures) to the sink's current scores, from the words' slots in the word table
 * (`slots`, per word).
 */
function addWordFeatures(wordTable: WeightTable, doc: FeatureDoc, i: number, slots: Int32Array, sink: ScoringSink): void {
  const index = doc.wordOf[i];
  if (index === -1) return;
  const { words } = doc;
  const word = words[index];
  const position = positionInWord(word, i);
  const width = wordTable.width;
  if (readsOwnWord(word.end - word.start) && slots[index] !== -1) sink.add(wordTable, slots[index] + position * width);
  if (index > 0 && readsWordBefore(position) && slots[index - 1] !== -1) {
    const previous = words[index - 1];
    if (isReadByNeighbours(previous.end - previous.start)) sink.add(wordTable, slots[index - 1] + WORD_BEFORE_ROLE * width);
  }
  if (index + 1 < words.length && readsWordAfter(position) && slots[index + 1] !== -1) {
    const next = words[index + 1];
    if (isReadByNeighbours(next.end - next.start)) sink.add(wordTable, slots[index + 1] + WORD_AFTER_ROLE * width);
  }
}

/**
 * Adds the bias and the character n-gram features of every character that may be in a name: each code and
 * each pair of codes is looked up once (its weights for every template lie together), then each character
 * sums, tag by tag, the weights of the codes and pairs at its templates' offsets and adds the sum once.
 */
function addNgrams(loaded: LoadedModel, doc: FeatureDoc, may: Uint8Array, sums: Int32Array, buffers: ReadBuffers): void {
  const { ngrams } = loaded;
  const size = loaded.tags.length;
  const width = size - 1;
  const length = doc.length;
  const { bias, codeNumber, unigrams, bigrams } = ngrams;
  const unigramCount = CHAR_UNIGRAMS.length;
  const bigramCount = CHAR_BIGRAMS.length;
  // Where the weights of the code at j and of the pair starting at j begin (their first template), at [j + NGRAM_BEFORE].
  if (buffers.ngramCodes.length < length + 2 * NGRAM_BEFORE + 1) {
    buffers.ngramCodes = new Int32Array(length + 2 * NGRAM_BEFORE + 1);
    buffers.ngramPairs = new Int32Array(length + 2 * NGRAM_BEFORE + 1);
  }
  const codes = buffers.ngramCodes;
  const pairs = buffers.ngramPairs;
  for (let j = -NGRAM_BEFORE; j <= length + NGRAM_BEFORE - 1; j++) {
    codes[j + NGRAM_BEFORE] = codeNumber[codeAt(doc, j)] * unigramCount * width;
    pairs[j + NGRAM_BEFORE] = ngrams.pairNumber(codeAt(doc, j), codeAt(doc, j + 1)) * bigramCount * width;
  }
  if (width === 4 && unigramCount === 3 && bigramCount === 4) {
    sumNgramsFourTags(ngrams, codes, pairs, may, sums, length, size);
    return;
  }
  const unigramAt = UNIGRAM_AT;
  const bigramAt = BIGRAM_AT;
  for (let i = 0; i < length; i++) {
    if (may[i] === 0) continue;
    const at = i * size + 1;
    for (let t = 0; t < width; t++) {
      let sum = bias[t];
      for (let u = 0; u < unigramCount; u++) sum += unigrams[codes[i + unigramAt[u]] + u * width + t];
      for (let b = 0; b < bigramCount; b++) sum += bigrams[pairs[i + bigramAt[b]] + b * width + t];
      sums[at + t] += sum;
    }
  }
}

/**
 * addNgrams' sums for the shipped model's shape (one entity type: four tags after O; three unigram and four bigram
 * templates), written out: each character reads where its seven rows start once and sums each tag in a local,
 * where the general loop reads them again for every tag (about a fifth of the model's time on a warm document).
 * The sums are of whole numbers, so their order does not change them.
 */
function sumNgramsFourTags(ngrams: NgramWeights, codes: Int32Array, pairs: Int32Array, may: Uint8Array, sums: Int32Array, length: number, size: number): void {
  const { bias, unigrams, bigrams } = ngrams;
  const [u0, u1, u2] = UNIGRAM_AT;
  const [b0, b1, b2, b3] = BIGRAM_AT;
  for (let i = 0; i < length; i++) {
    if (may[i] === 0) continue;
    // Each template's row starts at its code's or pair's place plus its index times the four tags.
    const c0 = codes[i + u0];
    const c1 = codes[i + u1] + 4;
    const c2 = codes[i + u2] + 8;
    const p0 = pairs[i + b0];
    const p1 = pairs[i + b1] + 4;
    const p2 = pairs[i + b2] + 8;
    const p3 = pairs[i + b3] + 12;
    const at = i * size + 1;
    for (let t = 0; t < 4; t++) {
      sums[at + t] += bias[t] + unigrams[c0 + t] + unigrams[c1 + t] + unigrams[c2 + t] + bigrams[p0 + t] + bigrams[p1 + t] + bigrams[p2 + t] + bigrams[p3 + t];
    }
  }
}

// The n-gram farthest from its character reaches this many characters before or after it.
const NGRAM_BEFORE = [...CHAR_UNIGRAMS, ...CHAR_BIGRAMS].reduce((most, { offset }) => Math.max(most, Math.abs(offset) + 1), 0);
// Per unigram and bigram template, where its code or pair sits from the character, in addNgrams' buffers.
const UNIGRAM_AT = Int32Array.from(CHAR_UNIGRAMS, ({ offset }) => offset + NGRAM_BEFORE);
const BIGRAM_AT = Int32Array.from(CHAR_BIGRAMS, ({ offset }) => offset + NGRAM_BEFORE);

/** Adds the `width` weights from `from` to the sums from `at`. */
function addRow(sums: Int32Array, at: number, weights: Int16Array, from: number, width: number): void {
  for (let t = 0; t < width; t++) sums[at + t] += weights[from + t];
}

/** Best path scores ending (forward) and starting (backward) at each character and tag, with the best path. */
function maxMarginals(loaded: LoadedModel, emissions: Float64Array, length: number, buffers: ReadBuffers) {
  const padded = (buffers.transitions ??= threeAWay(loaded));
  const fiveTags = padded !== null && loaded.tags.length === 5;
  const forward = fiveTags ? forwardScoresFiveTags(loaded, padded, emissions, length) : padded ? forwardScoresThreeAWay(loaded, padded, emissions, length) : forwardScores(loaded, emissions, length);
  const backward = fiveTags ? backwardScoresFiveTags(loaded, padded, emissions, length) : padded ? backwardScoresThreeAWay(loaded, padded, emissions, length) : backwardScores(loaded, emissions, length);
  const { path, best } = bestPath(loaded, forward, length, buffers);
  return { forward, backward, path, best };
}

// The allowed transitions are flat lists: for tag t, its predecessors are before[beforeAt[t] … beforeAt[t + 1]),
// the score of each in beforeScore (likewise its successors in after and afterScore). Each pass keeps, for
// every character and tag, the greatest of the scores through the allowed neighbours, compared in list order
// with `>` (so of equal scores the first stays, to the sign of a zero).

/**
 * The transitions padded to exactly three per tag, where no tag has more (a model of one entity type: O, B,
 * M, E, S): a missing one scores -Infinity and so never wins a comparison, and the passes compare three
 * scores without a loop over a list. Null for a model with more, which takes the general passes.
 */
interface ThreeAWay {
  before: Int32Array;
  beforeScore: Float64Array;
  after: Int32Array;
  afterScore: Float64Array;
}

function threeAWay(loaded: LoadedModel): ThreeAWay | null {
  const size = loaded.tags.length;
  const pad = (list: Int32Array, at: Int32Array, scores: Float64Array) => {
    const tags = new Int32Array(size * 3);
    const padScores = new Float64Array(size * 3).fill(-Infinity);
    for (let t = 0; t < size; t++) {
      if (at[t + 1] - at[t] > 3 || at[t + 1] === at[t]) return null;
      for (let j = 0; j < 3; j++) {
        const k = at[t] + j;
        tags[t * 3 + j] = k < at[t + 1] ? list[k] : list[at[t]];
        if (k < at[t + 1]) padScores[t * 3 + j] = scores[k];
      }
    }
    return { tags, scores: padScores };
  };
  const before = pad(loaded.before, loaded.beforeAt, loaded.beforeScore);
  const after = pad(loaded.after, loaded.afterAt, loaded.afterScore);
  return before && after ? { before: before.tags, beforeScore: before.scores, after: after.tags, afterScore: after.scores } : null;
}

/** The best score of any path ending at each character with each tag. */
function forwardScores(loaded: LoadedModel, emissions: Float64Array, length: number): Float64Array {
  const size = loaded.tags.length;
  const { starts, before, beforeAt, beforeScore } = loaded;
  const forward = new Float64Array(length * size);
  for (let t = 0; t < size; t++) forward[t] = starts[t] + emissions[t];
  for (let i = 1; i < length; i++) {
    const previous = (i - 1) * size;
    const here = i * size;
    for (let t = 0; t < size; t++) {
      let best = -Infinity;
      for (let k = beforeAt[t]; k < beforeAt[t + 1]; k++) {
        const score = forward[previous + before[k]] + beforeScore[k];
        if (score > best) best = score;
      }
      forward[here + t] = best + emissions[here + t];
    }
  }
  return forward;
}

/** forwardScores, three predecessors a tag. */
function forwardScoresThreeAWay(loaded: LoadedModel, padded: ThreeAWay, emissions: Float64Array, length: number): Float64Array {
  const size = loaded.tags.length;
  const { before, beforeScore } = padded;
  const forward = new Float64Array(length * size);
  for (let t = 0; t < size; t++) forward[t] = loaded.starts[t] + emissions[t];
  for (let i = 1; i < length; i++) {
    const previous = (i - 1) * size;
    const here = i * size;
    for (let t = 0; t < size; t++) {
      const k = t * 3;
      let best = forward[previous + before[k]] + beforeScore[k];
      const second = forward[previous + before[k + 1]] + beforeScore[k + 1];
      if (second > best) best = second;
      const third = forward[previous + before[k + 2]] + beforeScore[k + 2];
      if (third > best) best = third;
      forward[here + t] = best + emissions[here + t];
    }
  }
  return forward;
}

/** The greatest of three scores, compared in order with `>` (of equal scores the first stays), as the passes compare. */
function bestOfThree(first: number, second: number, third: number): number {
  let best = first;
  if (second > best) best = second;
  if (third > best) best = third;
  return best;
}

/**
 * forwardScoresThreeAWay for the shipped model's five tags (one entity type), written out: each tag's three
 * predecessors and their transitions' scores are held in locals for the whole document, where the general pass
 * reads them from their arrays at every character. The locals are named after the shipped model's tags in the
 * file's order (O, B, M, E, S); the code holds for any order.
 */
function forwardScoresFiveTags(loaded: LoadedModel, padded: ThreeAWay, emissions: Float64Array, length: number): Float64Array {
  const { before, beforeScore } = padded;
  const [o0, o1, o2, b0, b1, b2, m0, m1, m2, e0, e1, e2, s0, s1, s2] = Array.from(before);
  const [oScore0, oScore1, oScore2, bScore0, bScore1, bScore2, mScore0, mScore1, mScore2, eScore0, eScore1, eScore2, sScore0, sScore1, sScore2] = Array.from(beforeScore);
  const forward = new Float64Array(length * 5);
  for (let t = 0; t < 5; t++) forward[t] = loaded.starts[t] + emissions[t];
  for (let i = 1; i < length; i++) {
    const previous = (i - 1) * 5;
    const here = i * 5;
    forward[here] = bestOfThree(forward[previous + o0] + oScore0, forward[previous + o1] + oScore1, forward[previous + o2] + oScore2) + emissions[here];
    forward[here + 1] = bestOfThree(forward[previous + b0] + bScore0, forward[previous + b1] + bScore1, forward[previous + b2] + bScore2) + emissions[here + 1];
    forward[here + 2] = bestOfThree(forward[previous + m0] + mScore0, forward[previous + m1] + mScore1, forward[previous + m2] + mScore2) + emissions[here + 2];
    forward[here + 3] = bestOfThree(forward[previous + e0] + eScore0, forward[previous + e1] + eScore1, forward[previous + e2] + eScore2) + emissions[here + 3];
    forward[here + 4] = bestOfThree(forward[previous + s0] + sScore0, forward[previous + s1] + sScore1, forward[previous + s2] + sScore2) + emissions[here + 4];
  }
  return forward;
}

/** backwardScoresThreeAWay for five tags, written out as forwardScoresFiveTags is. */
function backwardScoresFiveTags(loaded: LoadedModel, padded: ThreeAWay, emissions: Float64Array, length: number): Float64Array {
  const { after, afterScore } = padded;
  const [o0, o1, o2, b0, b1, b2, m0, m1, m2, e0, e1, e2, s0, s1, s2] = Array.from(after);
  const [oScore0, oScore1, oScore2, bScore0, bScore1, bScore2, mScore0, mScore1, mScore2, eScore0, eScore1, eScore2, sScore0, sScore1, sScore2] = Array.from(afterScore);
  const backward = new Float64Array(length * 5);
  for (let t = 0; t < 5; t++) backward[(length - 1) * 5 + t] = loaded.ends[t];
  for (let i = length - 2; i >= 0; i--) {
    const next = (i + 1) * 5;
    const here = i * 5;
    // A successor's score: its transition's, then its emission, then the best from it on (the general pass's order).
    backward[here] = bestOfThree(oScore0 + emissions[next + o0] + backward[next + o0], oScore1 + emissions[next + o1] + backward[next + o1], oScore2 + emissions[next + o2] + backward[next + o2]);
    backward[here + 1] = bestOfThree(bScore0 + emissions[next + b0] + backward[next + b0], bScore1 + emissions[next + b1] + backward[next + b1], bScore2 + emissions[next + b2] + backward[next + b2]);
    backward[here + 2] = bestOfThree(mScore0 + emissions[next + m0] + backward[next + m0], mScore1 + emissions[next + m1] + backward[next + m1], mScore2 + emissions[next + m2] + backward[next + m2]);
    backward[here + 3] = bestOfThree(eScore0 + emissions[next + e0] + backward[next + e0], eScore1 + emissions[next + e1] + backward[next + e1], eScore2 + emissions[next + e2] + backward[next + e2]);
    backward[here + 4] = bestOfThree(sScore0 + emissions[next + s0] + backward[next + s0], sScore1 + emissions[next + s1] + backward[next + s1], sScore2 + emissions[next + s2] + backward[next + s2]);
  }
  return backward;
}

/** The best score of any path going on from each character with each tag, not counting that character's emission. */
function backwardScores(loaded: LoadedModel, emissions: Float64Array, length: number): Float64Array {
  const size = loaded.tags.length;
  const { ends, after, afterAt, afterScore } = loaded;
  const backward = new Float64Array(length * size);
  for (let t = 0; t < size; t++) backward[(length - 1) * size + t] = ends[t];
  for (let i = length - 2; i >= 0; i--) {
    const next = (i + 1) * size;
    const here = i * size;
    for (let t = 0; t < size; t++) {
      let best = -Infinity;
      for (let k = afterAt[t]; k < afterAt[t + 1]; k++) {
        const n = after[k];
        const score = afterScore[k] + emissions[next + n] + backward[next + n];
        if (score > best) best = score;
      }
      backward[here + t] = best;
    }
  }
  return backward;
}

/** backwardScores, three successors a tag. */
function backwardScoresThreeAWay(loaded: LoadedModel, padded: ThreeAWay, emissions: Float64Array, length: number): Float64Array {
  const size = loaded.tags.length;
  const { after, afterScore } = padded;
  const backward = new Float64Array(length * size);
  for (let t = 0; t < size; t++) backward[(length - 1) * size + t] = loaded.ends[t];
  for (let i = length - 2; i >= 0; i--) {
    const next = (i + 1) * size;
    const here = i * size;
    for (let t = 0; t < size; t++) {
      const k = t * 3;
      let best = afterScore[k] + emissions[next + after[k]] + backward[next + after[k]];
      const second = afterScore[k + 1] + emissions[next + after[k + 1]] + backward[next + after[k + 1]];
      if (second > best) best = second;
      const third = afterScore[k + 2] + emissions[next + after[k + 2]] + backward[next + after[k + 2]];
      if (third > best) best = third;
      backward[here + t] = best;
    }
  }
  return backward;
}

/**
 * The best path (Viterbi), traced back from its best last tag: the predecessor of each tag is found again
 * only for the one tag the path takes (the first of the best, in the order of `before`), so the forward pass
 * keeps no back-pointers.
 */
function bestPath(loaded: LoadedModel, forward: Float64Array, length: number, buffers: ReadBuffers): { path: Int8Array; best: number } {
  const size = loaded.tags.length;
  const { ends, before, beforeAt, beforeScore } = loaded;
  if (buffers.path.length < length) buffers.path = new Int8Array(length);
  const path = buffers.path;
  let best = -Infinity;
  for (let t = 0; t < size; t++) {
    const score = forward[(length - 1) * size + t] + ends[t];
    if (score > best) {
      best = score;
      path[length - 1] = t;
    }
  }
  for (let i = length - 1; i > 0; i--) {
    const previous = (i - 1) * size;
    const tag = path[i];
    let bestBefore = -Infinity;
    let arg = 0;
    for (let k = beforeAt[tag]; k < beforeAt[tag + 1]; k++) {
      const score = forward[previous + before[k]] + beforeScore[k];
      if (score > bestBefore) {
        bestBefore = score;
        arg = before[k];
      }
    }
    path[i - 1] = arg;
  }
  return { path, best };
}

const logistic = (x: number) => 1 / (1 + Math.exp(-x));

/**
 * Reads `view` (the Simplified view of a document) with its jieba words (offsets into `view`, in order, as
 * the document's one jieba pass returned them) and proposes the spans the shipped model tags as names.
 */
export function readNames(view: string, words: readonly PositionedWord[], options: NameModelOptions = {}): NameReading {
  return shippedNameModel().read(view, words, options);
}

// A long text is read in pieces of at most this many characters, cut at line breaks (a name never spans one),
// so the per-character tables stay small however long the page.
const MAX_PIECE = 20_000;

/** Where to cut `view` into pieces: at the last line break before each limit, or at the limit when a line is longer. */
function pieceBounds(view: string): Array<[number, number]> {
  const bounds: Array<[number, number]> = [];
  for (let start = 0; start < view.length; ) {
    let end = Math.min(view.length, start + MAX_PIECE);
    if (end < view.length) {
      const lineBreak = view.lastIndexOf('\n', end);
      if (lineBreak > start) end = lineBreak + 1;
    }
    bounds.push([start, end]);
    start = end;
  }
  return bounds;
}

function readWith(loaded: LoadedModel, sink: ScoringSink, view: string, words: readonly PositionedWord[], options: NameModelOptions = {}): NameReading {
  if (view.length <= MAX_PIECE) return readPiece(loaded, sink, view, words, options);
  // The words are in text order: one walk hands each piece its own, shifted to the piece's offsets.
  let next = 0;
  const pieces = pieceBounds(view).map(([start, end]) => {
    const pieceWords: PositionedWord[] = [];
    while (next < words.length && words[next].start < end) {
      const word = words[next++];
      if (word.start >= start && word.end <= end) pieceWords.push({ ...word, start: word.start - start, end: word.end - start });
    }
    return { start, end, reading: readPiece(loaded, sink, view.slice(start, end), pieceWords, options) };
  });
  const pieceAt = (at: number) => pieces[spanIndexAt(pieces, at)] as (typeof pieces)[number] | undefined;
  const shift = (candidate: NameCandidate | undefined, by: number) => (candidate ? { ...candidate, start: candidate.start + by, end: candidate.end + by } : undefined);
  return {
    candidates: pieces.flatMap((piece) => piece.reading.candidates.map((candidate) => shift(candidate, piece.start) as NameCandidate)),
    startingAt: (at) => {
      const piece = pieceAt(at);
      return piece ? shift(piece.reading.startingAt(at - piece.start), piece.start) : undefined;
    },
    endingAt: (at) => {
      const piece = pieceAt(at - 1);
      return piece ? shift(piece.reading.endingAt(at - piece.start), piece.start) : undefined;
    },
    spanScore: (start, end, type) => {
      const piece = pieceAt(start);
      return piece && end <= piece.end ? piece.reading.spanScore(start - piece.start, end - piece.start, type) : 0;
    },
  };
}

function readPiece(loaded: LoadedModel, sink: ScoringSink, view: string, words: readonly PositionedWord[], options: NameModelOptions = {}): NameReading {
  const threshold = options.threshold ?? loaded.threshold;
  if (view.length === 0) return { candidates: [], startingAt: () => undefined, endingAt: () => undefined, spanScore: () => 0 };
  const size = loaded.tags.length;
  const emissions = emissionsOf(loaded, sink, view, words);
  const { forward, backward, path, best } = maxMarginals(loaded, emissions, view.length, sink.buffers);
  const marginal = (i: number, t: number) => forward[i * size + t] + backward[i * size + t];
  // How far the best path's tag at i beats every other tag there.
  const marginAt = (i: number) => {
    const chosen = path[i];
    let rival = -Infinity;
    for (let t = 0; t < size; t++) if (t !== chosen) rival = Math.max(rival, marginal(i, t));
    return best - rival;
  };
  const onPath: NameCandidate[] = [];
  const { parts, typeOfTag } = loaded;
  for (let i = 0; i < view.length; i++) {
    const part = parts[path[i]];
    if (part !== 'B' && part !== 'S') continue;
    const type = typeOfTag[path[i]];
    let end = i + 1;
    while (end < view.length && parts[path[end]] !== 'E' && part === 'B') end++;
    if (part === 'B') end++;
    let margin = Infinity;
    for (let k = i; k < end; k++) margin = Math.min(margin, marginAt(k));
    onPath.push({ start: i, end, type, score: logistic(margin / loaded.temperature) });
    i = end - 1;
  }
  const candidates = onPath.filter((candidate) => candidate.score >= threshold);
  const byStart = new Map(onPath.map((candidate) => [candidate.start, candidate]));
  const byEnd = new Map(onPath.map((candidate) => [candidate.end, candidate]));
  const spanScore = (start: number, end: number, type = 'person') => {
    const ids = loaded.tagsOf.get(type);
    if (!ids || start < 0 || end > view.length || end <= start) return 0;
    const read = byStart.get(start);
    if (read && read.end === end && read.type === type) return read.score;
    // The best path that reads exactly [start, end) as one name, against the best path of all.
    let score: number;
    if (end - start === 1) score = marginal(start, ids.s);
    else {
      score = forward[start * size + ids.b];
      let previous = ids.b;
      for (let k = start + 1; k < end; k++) {
        const tag = k === end - 1 ? ids.e : ids.m;
        score += loaded.transitions[previous * size + tag] + emissions[k * size + tag];
        previous = tag;
      }
      score += backward[(end - 1) * size + ids.e];
    }
    return logistic((score - best) / loaded.temperature);
  };
  return { candidates, startingAt: (start) => byStart.get(start), endingAt: (end) => byEnd.get(end), spanScore };
}
