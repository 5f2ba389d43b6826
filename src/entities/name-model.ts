/**
 * The trained person-name tagger: reads dict/name-model.txt (an averaged perceptron over the features of
 * name-features.ts, trained by tools/train-names.mjs) and tags every character of a document B/M/E/S/O.
 * It proposes name candidates with a score from the document's existing jieba words; it never segments
 * again. The rules in this folder decide where they are sure; the model's candidates fill in elsewhere.
 * This module holds the model's public surface and the emission scores (each character's features summed
 * from the model's tables, tag by tag); the file is read into those tables by model-file.ts, and the forward,
 * backward and best-path passes over the scores are in model-passes.ts.
 */
import { lazy, readDictText, type PositionedWord } from '../nlp/index.js';
import type { Span } from '../types.js';
import {
  CHAR_BIGRAMS,
  CHAR_UNIGRAMS,
  CLASS_WINDOW_KEYS,
  DENSE_TEMPLATES,
  DIGIT_WINDOW_KEYS,
  FLAG_KEYS,
  GIVEN_NAME_KEYS,
  MAX_WORD_TAGS,
  SURNAME_BEFORE_GIVEN_KEYS,
  TEMPLATES,
  WORD_TAG_KEYS,
  classWindowFeature,
  classWindowKey,
  classWindowKeyOf,
  codeAt,
  flagFeatures,
  givenNameFeatures,
  givenNameKey,
  givenNameKeyOf,
  isReadByNeighbours,
  mayBeInName,
  mayBeInNameOf,
  packedAt,
  positionInWord,
  prepareDoc,
  readsOwnWord,
  readsWordAfter,
  readsWordBefore,
  surnameBeforeGivenFeature,
  surnameBeforeGivenKey,
  surnameBeforeGivenKeyOf,
  surnameWindowFeatures,
  surnameWindowKey,
  surnameWindowKeyOf,
  transliterationWindowFeature,
  transliterationWindowKey,
  transliterationWindowKeyOf,
  wordTagFeatureAt,
  wordTagKey,
  wordTagKeyAt,
  wordTagKeyBase,
  type FeatureDoc,
} from './name-features.js';
import { WORD_AFTER_ROLE, WORD_BEFORE_ROLE, WeightTable, hashString, hashStringInto, step1, step2 } from './model-tables.js';
import { MODEL_FILE, TAB, parseModel, type LoadedModel } from './model-file.js';
import { maxMarginals, type ThreeAWay } from './model-passes.js';
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
  /** The model's transitions padded for the passes (see threeAWay, model-passes.ts), worked out on the first read; null when they do not fit. */
  transitions: ThreeAWay | null | undefined = undefined;
  /** Whether those are the shipped model's (see model-passes.ts), worked out on the first read. */
  shipped: boolean | undefined = undefined;
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
  /** Per word, for emissionsFourTags: where its own slot's weights start if its characters read it, else -1. */
  ownSlots = new Int32Array(0);
  /** Per word, for emissionsFourTags: where its slot's weights start if the characters next to it read it, else -1. */
  neighbourSlots = new Int32Array(0);
  /** Per word, for emissionsFourTags: the base of its characters' word-tag keys (wordTagKeyBase). */
  tagKeyBases = new Int32Array(0);
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
// Emission scores, and reading a document with them

// The emission of a name tag where no name can be (digits, Latin letters, punctuation): never chosen.
const NO_NAME = -1e9;

// Weights are whole numbers of at most 16 bits and a character has a few dozen features: their sums fit in 32 bits.
function emissionsOf(loaded: LoadedModel, sink: ScoringSink, view: string, words: readonly PositionedWord[], emissions: Float64Array): void {
  const size = loaded.tags.length;
  const { buffers } = sink;
  const doc = prepareDoc(view, words, buffers.doc);
  buffers.doc = doc;
  const unit = 1 / loaded.scale;
  const noName = NO_NAME * loaded.scale * unit;
  placeNgrams(loaded, doc, buffers);
  if (hasShippedShape(loaded) && doc.packedWhole && describeWords(loaded.wordTable, sink.tagNumbers, words, buffers)) {
    emissionsFourTags(loaded, sink, doc, emissions, unit, noName);
    // The tables are kept for the next document, its words are not.
    doc.words = [];
    return;
  }
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
  const { flagMask } = doc;
  // Each character's context features (name-features.ts contextFeatures): the context groups' by key, the words'
  // from their slots in the word table, found once per word.
  for (let i = 0; i < view.length; i++) {
    if (may[i] === 0) continue;
    sink.at = i * size;
    addCharacterContextFeatures(doc, i, wordTags, sink);
    addWordFeatures(loaded.wordTable, doc, i, wordSlots, sink);
    // The flag features by their group's key, which is 0 (no flag feature) for most characters.
    const flags = flagMask[i];
    if (flags !== 0) addRowOf(sink, sink.contextSums.rowOf(FLAGS, flags, flagFeatures, doc, i, sink));
  }
  doc.words = [];
  for (let i = 0; i < view.length; i++) {
    const at = i * size;
    if (may[i] === 1) for (let t = 0; t < size; t++) emissions[at + t] = sums[at + t] * unit;
    else for (let t = 1; t < size; t++) emissions[at + t] = noName;
  }
}

/** Whether the model has the shipped model's shape: one entity type (four tags after O), three unigram and four bigram templates. */
const hasShippedShape = (loaded: LoadedModel) => loaded.tags.length === 5 && CHAR_UNIGRAMS.length === 3 && CHAR_BIGRAMS.length === 4;

/**
 * emissionsOf for the shipped model's shape, on a document whose context keys are packed whole (FeatureDoc.packed)
 * and whose words' tags all have numbers (describeWords), in one pass: each character sums its n-gram rows, its
 * context groups' rows (their keys read from the packed values around it), its words' rows and its flags' row, tag
 * by tag in locals, and writes its emissions, where the general path adds each kind into a buffer of sums and
 * scales the buffer after. The sums are the same whole numbers (their order does not change them), scaled alike.
 */
function emissionsFourTags(loaded: LoadedModel, sink: ScoringSink, doc: FeatureDoc, emissions: Float64Array, unit: number, noName: number): void {
  const { bias, unigrams, bigrams } = loaded.ngrams;
  const bias0 = bias[0];
  const bias1 = bias[1];
  const bias2 = bias[2];
  const bias3 = bias[3];
  const { buffers } = sink;
  const codes = buffers.ngramCodes;
  const pairs = buffers.ngramPairs;
  const [u0, u1, u2] = UNIGRAM_AT;
  const [b0, b1, b2, b3] = BIGRAM_AT;
  const keyed = sink.contextSums;
  const { rows } = keyed;
  const { packed, wordOf, wordPosition, flagMask, length } = doc;
  const wordWeights = loaded.wordTable.weights;
  const { ownSlots, neighbourSlots, tagKeyBases } = buffers;
  const wordCount = doc.words.length;
  for (let i = 0; i < length; i++) {
    const at = i * 5;
    const p = packedAt(i);
    const here = packed[p];
    if (!mayBeInNameOf(here)) {
      emissions[at + 1] = noName;
      emissions[at + 2] = noName;
      emissions[at + 3] = noName;
      emissions[at + 4] = noName;
      continue;
    }
    // The n-grams: each template's row starts at its code's or pair's place plus its index times the four tags.
    const c0 = codes[i + u0];
    const c1 = codes[i + u1] + 4;
    const c2 = codes[i + u2] + 8;
    const p0 = pairs[i + b0];
    const p1 = pairs[i + b1] + 4;
    const p2 = pairs[i + b2] + 8;
    const p3 = pairs[i + b3] + 12;
    let sum0 = bias0 + unigrams[c0] + unigrams[c1] + unigrams[c2] + bigrams[p0] + bigrams[p1] + bigrams[p2] + bigrams[p3];
    let sum1 = bias1 + unigrams[c0 + 1] + unigrams[c1 + 1] + unigrams[c2 + 1] + bigrams[p0 + 1] + bigrams[p1 + 1] + bigrams[p2 + 1] + bigrams[p3 + 1];
    let sum2 = bias2 + unigrams[c0 + 2] + unigrams[c1 + 2] + unigrams[c2 + 2] + bigrams[p0 + 2] + bigrams[p1 + 2] + bigrams[p2 + 2] + bigrams[p3 + 2];
    let sum3 = bias3 + unigrams[c0 + 3] + unigrams[c1 + 3] + unigrams[c2 + 3] + bigrams[p0 + 3] + bigrams[p1 + 3] + bigrams[p2 + 3] + bigrams[p3 + 3];
    // The context groups, each a row of sums by its key.
    const twoBefore = packed[p - 2];
    const before = packed[p - 1];
    const after = packed[p + 1];
    const classes = keyed.rowOf(CLASS_WINDOW, classWindowKeyOf(before, here, after), classWindowFeature, doc, i, sink);
    const surnames = keyed.rowOf(SURNAME_WINDOW, surnameWindowKeyOf(before, here, after), surnameWindowFeatures, doc, i, sink);
    const givenNames = keyed.rowOf(GIVEN_NAME, givenNameKeyOf(before, here), givenNameFeatures, doc, i, sink);
    const surnameBefore = keyed.rowOf(SURNAME_BEFORE_GIVEN, i === 0 ? 0 : surnameBeforeGivenKeyOf(twoBefore, before, here), surnameBeforeGivenFeature, doc, i, sink);
    const transliterations = keyed.rowOf(TRANSLITERATION_WINDOW, transliterationWindowKeyOf(before, here, after), transliterationWindowFeature, doc, i, sink);
    // The words: the word-tag group's key, and the rows of the word itself and of the words either side (addWordFeatures).
    const word = wordOf[i];
    let wordTagKey = 0;
    if (word !== -1) {
      const position = wordPosition[i];
      wordTagKey = wordTagKeyAt(tagKeyBases[word], position);
      const own = ownSlots[word];
      if (own !== -1) {
        const from = own + position * 4;
        sum0 += wordWeights[from];
        sum1 += wordWeights[from + 1];
        sum2 += wordWeights[from + 2];
        sum3 += wordWeights[from + 3];
      }
      if (word > 0 && readsWordBefore(position)) {
        const slot = neighbourSlots[word - 1];
        if (slot !== -1) {
          const from = slot + WORD_BEFORE_ROLE * 4;
          sum0 += wordWeights[from];
          sum1 += wordWeights[from + 1];
          sum2 += wordWeights[from + 2];
          sum3 += wordWeights[from + 3];
        }
      }
      if (word + 1 < wordCount && readsWordAfter(position)) {
        const slot = neighbourSlots[word + 1];
        if (slot !== -1) {
          const from = slot + WORD_AFTER_ROLE * 4;
          sum0 += wordWeights[from];
          sum1 += wordWeights[from + 1];
          sum2 += wordWeights[from + 2];
          sum3 += wordWeights[from + 3];
        }
      }
    }
    const wordTag = keyed.rowOf(WORD_TAG, wordTagKey, wordTagFeatureAt, doc, i, sink);
    const flags = flagMask[i];
    if (flags !== 0) {
      const flagRow = keyed.rowOf(FLAGS, flags, flagFeatures, doc, i, sink);
      sum0 += rows[flagRow];
      sum1 += rows[flagRow + 1];
      sum2 += rows[flagRow + 2];
      sum3 += rows[flagRow + 3];
    }
    sum0 += rows[classes] + rows[surnames] + rows[givenNames] + rows[surnameBefore] + rows[transliterations] + rows[wordTag];
    sum1 += rows[classes + 1] + rows[surnames + 1] + rows[givenNames + 1] + rows[surnameBefore + 1] + rows[transliterations + 1] + rows[wordTag + 1];
    sum2 += rows[classes + 2] + rows[surnames + 2] + rows[givenNames + 2] + rows[surnameBefore + 2] + rows[transliterations + 2] + rows[wordTag + 2];
    sum3 += rows[classes + 3] + rows[surnames + 3] + rows[givenNames + 3] + rows[surnameBefore + 3] + rows[transliterations + 3] + rows[wordTag + 3];
    emissions[at + 1] = sum0 * unit;
    emissions[at + 2] = sum1 * unit;
    emissions[at + 3] = sum2 * unit;
    emissions[at + 4] = sum3 * unit;
  }
}

/**
 * For emissionsFourTags, per word of the document (in `buffers`): where its slot's weights start in the word table
 * for its own characters (ownSlots: only a word of a length they read, readsOwnWord) and for the characters next to it
 * (neighbourSlots: isReadByNeighbours), -1 where none is read; and the base of its characters' word-tag keys. False
 * when some word's tag has no number (TagNumbers): the general path then reads its tag feature by hash.
 */
function describeWords(wordTable: WeightTable, tagNumbers: TagNumbers, words: readonly PositionedWord[], buffers: ReadBuffers): boolean {
  if (buffers.ownSlots.length < words.length) {
    buffers.ownSlots = new Int32Array(words.length);
    buffers.neighbourSlots = new Int32Array(words.length);
    buffers.tagKeyBases = new Int32Array(words.length);
  }
  const { ownSlots, neighbourSlots, tagKeyBases } = buffers;
  for (let index = 0; index < words.length; index++) {
    const { word, tag, start, end } = words[index];
    const number = tagNumbers.numberOf(tag);
    if (number === -1) return false;
    tagKeyBases[index] = wordTagKeyBase(number, end - start);
    // A word no character reads (too long for either) is not looked up.
    const own = readsOwnWord(end - start);
    const byNeighbours = isReadByNeighbours(end - start);
    let slot = -1;
    if (own || byNeighbours) {
      hashStringInto(word, WORD_HASHES);
      slot = wordTable.get(WORD_HASHES[0], WORD_HASHES[1]);
    }
    ownSlots[index] = own ? slot : -1;
    neighbourSlots[index] = byNeighbours ? slot : -1;
  }
  return true;
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
  for (let t = 0; t < sink.size - 1; t++) {
    const around = rows[classes + t] + rows[surnames + t] + rows[givenNames + t] + rows[surnameBefore + t] + rows[transliterations + t];
    sums[at + 1 + t] += around + rows[wordTag + t];
  }
}

// The groups of contextSums, and their number of keys (name-features.ts).
const CLASS_WINDOW = 0;
const SURNAME_WINDOW = 1;
const GIVEN_NAME = 2;
const SURNAME_BEFORE_GIVEN = 3;
const TRANSLITERATION_WINDOW = 4;
const WORD_TAG = 5;
const FLAGS = 6;
const CONTEXT_GROUP_KEYS = [CLASS_WINDOW_KEYS, DIGIT_WINDOW_KEYS, GIVEN_NAME_KEYS, SURNAME_BEFORE_GIVEN_KEYS, DIGIT_WINDOW_KEYS, WORD_TAG_KEYS, FLAG_KEYS];

/** Adds the row of contextSums at `row` (see KeyedSums.rowOf) to the sink's current scores. */
function addRowOf(sink: ScoringSink, row: number): void {
  const { rows } = sink.contextSums;
  const { sums, at } = sink;
  for (let t = 0; t < sink.size - 1; t++) sums[at + 1 + t] += rows[row + t];
}

/**
 * Numbers for the tags of words, one per tag from 0, kept for the model's life: at most MAX_WORD_TAGS (jieba's tag
 * set has some sixty); a tag past them has none (-1), and its words' tag feature is read by hash. jieba's tags are
 * one to four ASCII letters: such a tag is found by its units packed in one number, in a small table of its own,
 * where a map of strings hashes each tag (a new string for every word) and compares it.
 */
class TagNumbers {
  private readonly numbers = new Map<string, number>();
  /** Open addressing by packed units: per slot, the units (0: empty) and the tag's number. */
  private readonly packed = new Int32Array(PACKED_TAG_SLOTS * 2);
  /** The slots of `packed` taken. */
  private filled = 0;

  numberOf(tag: string): number {
    const units = packedTag(tag);
    if (units === 0) return this.numberByMap(tag);
    const { packed } = this;
    let slot = Math.imul(units, 0x9e3779b1) >>> (32 - PACKED_TAG_BITS);
    for (;;) {
      const held = packed[slot * 2];
      if (held === units) return packed[slot * 2 + 1];
      if (held === 0) break;
      slot = (slot + 1) & (PACKED_TAG_SLOTS - 1);
    }
    const number = this.numberByMap(tag);
    // A tag past MAX_WORD_TAGS is kept too (as -1): the table never holds more than the map's tags and those.
    if (this.filled < PACKED_TAG_SLOTS / 2) {
      packed[slot * 2] = units;
      packed[slot * 2 + 1] = number;
      this.filled++;
    }
    return number;
  }

  private numberByMap(tag: string): number {
    let number = this.numbers.get(tag);
    if (number === undefined) {
      if (this.numbers.size >= MAX_WORD_TAGS) return -1;
      number = this.numbers.size;
      this.numbers.set(tag, number);
    }
    return number;
  }
}

// The packed tags' table: twice MAX_WORD_TAGS' slots at least, so it is never more than half full.
const PACKED_TAG_BITS = 10;
const PACKED_TAG_SLOTS = 1 << PACKED_TAG_BITS;

/** The units of `tag` in one number, seven bits each, when it is one to four ASCII units but NUL; otherwise 0. */
function packedTag(tag: string): number {
  const length = tag.length;
  if (length === 0 || length > 4) return 0;
  let units = 0;
  for (let k = 0; k < length; k++) {
    const unit = tag.charCodeAt(k);
    if (unit === 0 || unit > 0x7f) return 0;
    units |= unit << (7 * k);
  }
  return units;
}

/** The number of each word's tag, in a buffer of `buffers`. */
function numberWordTags(tagNumbers: TagNumbers, words: readonly PositionedWord[], buffers: ReadBuffers): Int32Array {
  if (buffers.wordTags.length < words.length) buffers.wordTags = new Int32Array(words.length);
  const numbers = buffers.wordTags;
  for (let index = 0; index < words.length; index++) numbers[index] = tagNumbers.numberOf(words[index].tag);
  return numbers;
}

// The two hashes of the word being looked up, reused from word to word.
const WORD_HASHES = new Int32Array(2);

/** Where each word's slot starts in the word table's weights (-1: the model has no feature of the word), in a buffer of `buffers`. */
function findWordSlots(wordTable: WeightTable, words: readonly PositionedWord[], buffers: ReadBuffers): Int32Array {
  if (buffers.wordSlots.length < words.length) buffers.wordSlots = new Int32Array(words.length);
  const slots = buffers.wordSlots;
  for (let index = 0; index < words.length; index++) {
    hashStringInto(words[index].word, WORD_HASHES);
    slots[index] = wordTable.get(WORD_HASHES[0], WORD_HASHES[1]);
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
 * Where the weights of each code and each pair of codes of `doc` begin (their first template) in the n-gram weights,
 * into `buffers` (ngramCodes, ngramPairs: the code at j and the pair starting at j at [j + NGRAM_BEFORE]): each code
 * and each pair of codes is looked up once, its weights for every template lying together.
 */
function placeNgrams(loaded: LoadedModel, doc: FeatureDoc, buffers: ReadBuffers): void {
  const { ngrams } = loaded;
  const width = loaded.tags.length - 1;
  const length = doc.length;
  const { codeNumber } = ngrams;
  const unigramCount = CHAR_UNIGRAMS.length;
  const bigramCount = CHAR_BIGRAMS.length;
  if (buffers.ngramCodes.length < length + 2 * NGRAM_BEFORE + 1) {
    buffers.ngramCodes = new Int32Array(length + 2 * NGRAM_BEFORE + 1);
    buffers.ngramPairs = new Int32Array(length + 2 * NGRAM_BEFORE + 1);
  }
  const codes = buffers.ngramCodes;
  const pairs = buffers.ngramPairs;
  // The code at j + 1 is the next j's code.
  let code = codeAt(doc, -NGRAM_BEFORE);
  for (let j = -NGRAM_BEFORE; j <= length + NGRAM_BEFORE - 1; j++) {
    const following = codeAt(doc, j + 1);
    codes[j + NGRAM_BEFORE] = codeNumber[code] * unigramCount * width;
    pairs[j + NGRAM_BEFORE] = ngrams.pairNumber(code, following) * bigramCount * width;
    code = following;
  }
}

/**
 * Adds the bias and the character n-gram features of every character that may be in a name: each character sums,
 * tag by tag, the weights of the codes and pairs placed by placeNgrams at its templates' offsets and adds the sum once.
 */
function addNgrams(loaded: LoadedModel, doc: FeatureDoc, may: Uint8Array, sums: Int32Array, buffers: ReadBuffers): void {
  const { ngrams } = loaded;
  const size = loaded.tags.length;
  const width = size - 1;
  const length = doc.length;
  const { bias, unigrams, bigrams } = ngrams;
  const unigramCount = CHAR_UNIGRAMS.length;
  const bigramCount = CHAR_BIGRAMS.length;
  const codes = buffers.ngramCodes;
  const pairs = buffers.ngramPairs;
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

// The n-gram farthest from its character reaches this many characters before or after it.
const NGRAM_BEFORE = [...CHAR_UNIGRAMS, ...CHAR_BIGRAMS].reduce((most, { offset }) => Math.max(most, Math.abs(offset) + 1), 0);
// Per unigram and bigram template, where its code or pair sits from the character, in addNgrams' buffers.
const UNIGRAM_AT = Int32Array.from(CHAR_UNIGRAMS, ({ offset }) => offset + NGRAM_BEFORE);
const BIGRAM_AT = Int32Array.from(CHAR_BIGRAMS, ({ offset }) => offset + NGRAM_BEFORE);

/** Adds the `width` weights from `from` to the sums from `at`. */
function addRow(sums: Int32Array, at: number, weights: Int16Array, from: number, width: number): void {
  for (let t = 0; t < width; t++) sums[at + t] += weights[from + t];
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
  // The reading keeps the emissions and both passes' scores: one allocation holds the three.
  const cells = view.length * size;
  const scores = new Float64Array(3 * cells);
  const emissions = scores.subarray(0, cells);
  const forward = scores.subarray(cells, 2 * cells);
  const backward = scores.subarray(2 * cells);
  emissionsOf(loaded, sink, view, words, emissions);
  const { path, best } = maxMarginals(loaded, emissions, view.length, sink.buffers, forward, backward);
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
