/**
 * Reading the name model's file (dict/name-model.txt, written by tools/train-names.mjs) into the tables of a
 * LoadedModel: the settings rows (`@tags`, `@scale`, the transitions, starts and ends, the temperature and thresholds), then the
 * feature rows, each read in place into the n-gram weights or hashed into the tables of model-tables.ts. The
 * tagger that reads documents with the result is name-model.ts.
 */
import { DictRowCursor } from '../nlp/index.js';
import { WORD_POSITIONS } from './name-features.js';
import { HashedRows, NgramPlacer, SEED_1, SEED_2, WORD_AFTER_ROLE, WORD_BEFORE_ROLE, WORD_ROLES, type NgramWeights, type WeightTable } from './model-tables.js';

/** The model as its file gives it, ready for reading documents. */
export interface LoadedModel {
  tags: string[];
  /** Per tag: its part (B, M, E, S or O) and its entity type. */
  parts: string[];
  typeOfTag: string[];
  /** The tags that may come before (for Viterbi) and after (for the backward pass) each tag, flattened: see maxMarginals (model-passes.ts). */
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
   * a word's in one slot (see HashedRows): a word is one look-up, one memory line, for all its characters.
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

export const MODEL_FILE = 'name-model.txt';

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

export const TAB = '\t';
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
  words: HashedRows;
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
      if (role !== -1) tables.words.add(hash1, hash2, row, role);
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
export function parseModel(text: string): LoadedModel {
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
    dense: new HashedRows(rowBound), other: new HashedRows(rowBound), words: new HashedRows(rowBound),
  };
  if (featuresFollow) readFeatureRows(text, rows, width, features);
  const { weights, ngrams } = features;
  const denseTable = features.dense.build(weights, width);
  const table = features.other.build(weights, width);
  const wordTable = features.words.build(weights, width, WORD_ROLES);
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
