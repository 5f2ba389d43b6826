/**
 * Features of the person-name tagger (see name-model.ts): what the model may look at for each character of a
 * document. Only what exists at inference time goes in: the characters around it, surname, given-name and
 * transliteration statistics from dict/, the document's own jieba words and tags, and title, address,
 * follower and credit words next to it. The training script (tools/train-names.mjs) bundles this same file,
 * so training and inference read identical features.
 */
import { lazy, readDictRows, type PositionedWord } from '../nlp/index.js';
import { forEachWordStartingAt, givenNameChars, honorifics, indexWordStarts, mayStartWord, nameFollowers, surnames, titleHeads } from './lexicon.js';

/**
 * Receives the features of one character. A feature is its template's name and a value made of UTF-16
 * units; its text form is `name=value` (as written in dict/name-model.txt). Training builds the strings,
 * inference hashes the same units without building them.
 */
export interface FeatureSink {
  /** A feature whose value is up to three units; -1 marks an absent unit. */
  feature(template: number, a: number, b: number, c: number): void;
  /** A feature whose value is a string and up to two units after it; -1 marks an absent unit. */
  featureText(template: number, text: string, a: number, b: number): void;
}

const NONE = -1;

/** Template names, in the order the extractor uses them; the index is the template id. */
export const TEMPLATES = ['bias', 'u0', 'u-1', 'u1', 'b-1', 'b0', 'b-2', 'b1', 't', 's', 's0', 'g', 'sg', 'ssg', 'x', 'w', 'ww', 'pw', 'nw', 'l'] as const;

const T = Object.fromEntries(TEMPLATES.map((name, index) => [name, index])) as Record<(typeof TEMPLATES)[number], number>;

/** Templates whose values come from small alphabets (classes, digits, flags): few distinct features, met again and again. */
export const DENSE_TEMPLATES: ReadonlySet<number> = new Set(['bias', 't', 's', 's0', 'g', 'sg', 'ssg', 'x', 'l'].map((name) => T[name as keyof typeof T]));

// Outside the text: visible symbols that never occur in news text.
const BEFORE = 0x2402;
const AFTER = 0x2403;
const ZERO = 0x30;
const LATIN = 0x61;
const SPACE = 0x20;

// The middle dots pages write between the parts of a name.
const isDot = (code: number) => code === 0xb7 || code === 0x2022 || code === 0x30fb || code === 0xff65 || code === 0x2027 || code === 0x2219;
const MIDDLE_DOT = 0xb7;

/**
 * Digits read as 0, Latin letters as a, every white space as one space, every middle dot as · (pages write
 * •, ・ or ‧ where the training text has ·): the shape matters, not the letter.
 */
function normalised(code: number): number {
  if (code >= 0x30 && code <= 0x39) return ZERO;
  if (isDot(code)) return MIDDLE_DOT;
  if ((code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a)) return LATIN;
  if (code === 0x09 || code === 0x0a || code === 0x0d || code === 0x3000) return SPACE;
  return code;
}

// Character classes: Han, digit, Latin, space, middle dot, punctuation, other.
function classOf(code: number): number {
  if (code === ZERO) return 0x64; // d
  if (code === LATIN) return 0x61; // a
  if (code === SPACE) return 0x73; // s
  if (isDot(code)) return 0x2e; // .
  if ((code >= 0x3400 && code <= 0x4dbf) || (code >= 0x4e00 && code <= 0x9fff)) return 0x68; // h
  if (code < 0x80 || (code >= 0x2000 && code < 0x2070) || (code >= 0x3000 && code < 0x3040) || (code >= 0xff00 && code < 0xff70)) return 0x70; // p
  return 0x6f; // o
}

/** A count as one digit: 0 none, 1 under 10, 2 under 100, 3 under 1000, 4 more. */
function magnitude(count: number): number {
  return ZERO + (count <= 0 ? 0 : count < 10 ? 1 : count < 100 ? 2 : count < 1000 ? 3 : 4);
}

/** How often each character stands in transliterated foreign names (dict/translit-chars.txt). */
export const transliterationChars = lazy(() => {
  const counts = new Map<string, number>();
  for (const [ch, total] of readDictRows('translit-chars.txt')) counts.set(ch, Number(total));
  return counts;
});

/** Credit labels (记者, 责任编辑 …) of dict/credit-roles.txt that stand before names. */
const creditLabels = lazy(() => readDictRows('credit-roles.txt').map((row) => row[0]));

// Per UTF-16 code of the text, everything the features read of the character, in two numbers side by side so
// a document is read with one memory line per character. At 2 × code: what the statistics say of its normalised
// code, bits 0–7 the surname digit, 8–15 the transliteration digit, 16–23 / 24–31 first and second given-name
// digits. At 2 × code + 1: bits 0–15 the normalised code, 16–23 its class, 24–30 its only-given-name digit,
// 31 set where it is the first character of a compound surname (欧 of 欧阳). A code's two numbers are written the
// first time a text holds it (the second is never 0 once written: every class is): a page holds a few hundred
// distinct codes, and describing all 65,536 up front was a good part of the first parse of a fresh process.
class CharTables {
  readonly byCode = new Uint32Array(0x20000);
  /** The compound surnames. */
  readonly compound = new Set<string>();
  /** Per normalised code, the statistics' number (see above), and its only-given-name digit and compound mark. */
  private readonly packed = new Uint32Array(0x10000);
  private readonly singleGiven = new Uint8Array(0x10000).fill(ZERO);
  private readonly compoundFirst = new Uint8Array(0x10000);

  constructor() {
    const noGiven = (ZERO << 24) | (ZERO << 16);
    this.packed.fill((noGiven | (ZERO << 8) | ZERO) >>> 0);
    for (const [name, tf] of surnames()) {
      if (name.length === 2) {
        this.compound.add(name);
        this.compoundFirst[name.charCodeAt(0)] = 1;
      } else this.setDigit(name.charCodeAt(0), 0, ZERO + (tf < 30 ? 1 : tf < 300 ? 2 : tf < 1500 ? 3 : 4));
    }
    for (const [ch, counts] of givenNameChars()) {
      const code = ch.charCodeAt(0);
      this.setDigit(code, 16, magnitude(counts.first));
      this.setDigit(code, 24, magnitude(counts.second));
      this.singleGiven[code] = magnitude(counts.single);
    }
    for (const [ch, count] of transliterationChars()) this.setDigit(ch.charCodeAt(0), 8, magnitude(count));
  }

  private setDigit(code: number, shift: number, digit: number): void {
    this.packed[code] = ((this.packed[code] & ~(0xff << shift)) | (digit << shift)) >>> 0;
  }

  /** Writes the two numbers of `raw` into byCode; returns the second. */
  describe(raw: number): number {
    const code = normalised(raw);
    const about = (code | (classOf(code) << 16) | (this.singleGiven[code] << 24) | (this.compoundFirst[code] << 31)) >>> 0;
    this.byCode[2 * raw] = this.packed[code];
    this.byCode[2 * raw + 1] = about;
    return about;
  }
}

const charTables = lazy(() => new CharTables());

/**
 * The compound surnames as the two UTF-16 units of each in one number (欧阳: 欧 << 16 | 阳): a character that may
 * begin one is checked against the next without a two-character string made.
 */
const compoundSurnameCodes = lazy(() => new Set([...charTables().compound].map((name) => (name.charCodeAt(0) << 16) | name.charCodeAt(1))));

// Bits of the word flags: a title head, form of address, follower word or credit label next to the character.
const HEAD_ENDS_HERE = 1;
const HEAD_STARTS_HERE = 2;
const ADDRESS_STARTS_HERE = 4;
const FOLLOWER_STARTS_HERE = 8;
const CREDIT_ENDS_HERE = 16;

// The words of the flags, indexed by how they start, each with the bits it sets where it starts and ends.
const flagWords = lazy(() => {
  const bits = new Map<string, { startBit: number; endBit: number }>();
  const add = (words: Iterable<string>, startBit: number, endBit: number) => {
    for (const word of words) {
      const known = bits.get(word);
      if (known) {
        known.startBit |= startBit;
        known.endBit |= endBit;
      } else bits.set(word, { startBit, endBit });
    }
  };
  add(titleHeads().ordered, HEAD_STARTS_HERE, HEAD_ENDS_HERE);
  add(honorifics(), ADDRESS_STARTS_HERE, 0);
  add(nameFollowers().words, FOLLOWER_STARTS_HERE, 0);
  add(creditLabels(), 0, CREDIT_ENDS_HERE);
  return { bits, starts: indexWordStarts(bits.keys()) };
});

function markWords(view: string, flags: Uint8Array): void {
  const { bits, starts } = flagWords();
  let at = 0;
  const mark = (word: string) => {
    const { startBit, endBit } = bits.get(word) as { startBit: number; endBit: number };
    flags[at] |= startBit;
    flags[at + word.length] |= endBit;
  };
  for (; at < view.length; at++) if (mayStartWord(starts, view.charCodeAt(at))) forEachWordStartingAt(view, at, starts, mark);
}

/**
 * One document prepared for feature extraction: per-character tables built once. The arrays may be longer than
 * `length` (lent by an earlier document, see prepareDoc): what lies past it is not the document's.
 */
export interface FeatureDoc {
  length: number;
  codes: Uint16Array;
  classes: Uint8Array;
  surname: Uint8Array;
  given: Int32Array;
  transliteration: Uint8Array;
  /** Index of the jieba word covering each character, -1 where none does. */
  wordOf: Int32Array;
  /** Where each character stands in the word covering it (an index in WORD_POSITIONS; anything where none does). */
  wordPosition: Uint8Array;
  words: readonly PositionedWord[];
  flags: Uint8Array;
  /**
   * Per character, which flag features fire there (bit k: FLAG_FEATURES[k]), 0 for most: flagged words are few. It
   * is also the key of the flag group (FLAG_KEYS), whose features it tells whole.
   */
  flagMask: Uint16Array;
  /**
   * What the context groups' keys read of each character, packed in one number (see PACKED_SURNAME and the other shifts), at
   * `i + PACKED_BEFORE`: the entries before and after the text's are the outside's (classes BEFORE and AFTER, digits
   * 0), so the keys of every character are read from its neighbours' without a bound checked (classWindowKeyOf and the others).
   */
  packed: Int32Array;
  /** Whether every value packed is one the keys tell apart: else the keys are read by classWindowKey and the others. */
  packedWhole: boolean;
}

/**
 * Prepares `view` and its jieba words (offsets into `view`, in order) for `characterFeatures`. `reuse`, a
 * document prepared before and no longer read, lends its arrays when they are long enough (a reader that
 * prepares one document after another then allocates them once); every entry up to `length` is written over.
 */
export function prepareDoc(view: string, words: readonly PositionedWord[], reuse?: FeatureDoc): FeatureDoc {
  const tables = charTables();
  const { byCode } = tables;
  const compound = compoundSurnameCodes();
  const length = view.length;
  const doc = reuse !== undefined && reuse.codes.length >= length ? reuse : emptyDoc(length);
  doc.length = length;
  doc.words = words;
  const { codes, classes, surname: surnameOf, given: givenOf, transliteration: transliterationOf, wordOf, wordPosition, flags, packed } = doc;
  let unpackable = 0;
  for (let i = 0; i < length; i++) {
    const raw = view.charCodeAt(i);
    let about = byCode[2 * raw + 1];
    if (about === 0) about = tables.describe(raw);
    const stats = byCode[2 * raw];
    codes[i] = about & 0xffff;
    classes[i] = (about >>> 16) & 0xff;
    surnameOf[i] = stats & 0xff;
    transliterationOf[i] = (stats >>> 8) & 0xff;
    // Three digits packed in one number: first (C), second (D) and only (E) given-name character.
    givenOf[i] = (((stats >>> 16) & 0xff) << 16) | (((stats >>> 24) & 0xff) << 8) | ((about >>> 24) & 0x7f);
    // A compound surname (欧阳) marks its first character with 5.
    if (about >>> 31 === 1 && i + 1 < length && compound.has((raw << 16) | view.charCodeAt(i + 1))) surnameOf[i] = ZERO + 5;
    const classNumbered = classNumber(classes[i]);
    const surnameDigit = surnameOf[i] - ZERO;
    const transliterationDigit = transliterationOf[i] - ZERO;
    const first = ((stats >>> 16) & 0xff) - ZERO;
    const second = ((stats >>> 24) & 0xff) - ZERO;
    const only = ((about >>> 24) & 0x7f) - ZERO;
    // A class the keys have no number for (0), or a digit past 7, is never given by the character tables.
    unpackable |= (classNumbered === 0 ? 8 : 0) | surnameDigit | transliterationDigit | first | second | only;
    packed[i + PACKED_BEFORE] =
      classNumbered | (surnameDigit << PACKED_SURNAME) | (transliterationDigit << PACKED_TRANSLITERATION) | (first << PACKED_FIRST) | (second << PACKED_SECOND) | (only << PACKED_ONLY);
  }
  packed[0] = packed[1] = classNumber(BEFORE);
  packed[length + PACKED_BEFORE] = packed[length + PACKED_BEFORE + 1] = classNumber(AFTER);
  doc.packedWhole = (unpackable & ~7) === 0;
  wordOf.fill(-1, 0, length);
  for (let index = 0; index < words.length; index++) {
    const { start, end } = words[index];
    for (let at = start; at < end; at++) {
      wordOf[at] = index;
      wordPosition[at] = end - start === 1 ? 3 : at === start ? 0 : at === end - 1 ? 2 : 1;
    }
  }
  flags.fill(0, 0, length + 1);
  markWords(view, flags);
  markFlagFeatures(flags, length, doc.flagMask);
  return doc;
}

/** A document's arrays for `length` characters, to be filled by prepareDoc. */
function emptyDoc(length: number): FeatureDoc {
  return {
    length,
    codes: new Uint16Array(length),
    classes: new Uint8Array(length),
    surname: new Uint8Array(length),
    given: new Int32Array(length),
    transliteration: new Uint8Array(length),
    wordOf: new Int32Array(length),
    wordPosition: new Uint8Array(length),
    words: [],
    flags: new Uint8Array(length + 1),
    flagMask: new Uint16Array(length),
    packed: new Int32Array(length + 2 * PACKED_BEFORE),
    packedWhole: true,
  };
}

/**
 * Marks each character with the flag features that fire there (FLAG_FEATURES: a flag of bit `bit` at `offset` from
 * the character), from each flagged word's place: flagged words are few, so this is one read a character where
 * asking at every character read ten.
 */
function markFlagFeatures(flags: Uint8Array, length: number, mask: Uint16Array): void {
  mask.fill(0, 0, length);
  // flags has length + 1 entries (a word may end at the text's end); character i reads the flags at i + offset.
  for (let at = 0; at <= length; at++) {
    const flag = flags[at];
    if (flag === 0) continue;
    for (let k = 0; k < FLAG_COUNT; k++) {
      const i = at - FLAG_OFFSETS[k];
      if ((flag & FLAG_BITS[k]) !== 0 && i >= 0 && i < length) mask[i] |= 1 << k;
    }
  }
}

/**
 * Whether character `i` can be part of a person's name at all: digits, Latin letters and punctuation other
 * than the middle dot and the space are not (Latin-script names are read elsewhere), so their features are
 * never computed.
 */
export function mayBeInName(doc: FeatureDoc, i: number): boolean {
  const kind = doc.classes[i];
  return kind !== 0x64 && kind !== 0x61 && kind !== 0x70;
}

/** The normalised code at `i`, or a symbol for before or after the text. */
export const codeAt = (doc: FeatureDoc, i: number) => (i < 0 ? BEFORE : i >= doc.length ? AFTER : doc.codes[i]);
const classAt = (doc: FeatureDoc, i: number) => (i < 0 ? BEFORE : i >= doc.length ? AFTER : doc.classes[i]);
const surnameAt = (doc: FeatureDoc, i: number) => (i < 0 || i >= doc.length ? ZERO : doc.surname[i]);
const transliterationAt = (doc: FeatureDoc, i: number) => (i < 0 || i >= doc.length ? ZERO : doc.transliteration[i]);

function givenFeature(sink: FeatureSink, template: number, doc: FeatureDoc, i: number): void {
  if (i < 0 || i >= doc.length) return;
  const packed = doc.given[i];
  sink.feature(template, packed >> 16, (packed >> 8) & 0xff, packed & 0xff);
}

// Where the character stands in its jieba word: Begin, Middle, End or Single.
const WORD_B = 0x42;
const WORD_M = 0x4d;
const WORD_E = 0x45;
const WORD_S = 0x53;
/** The four places a character can have in its word, as the word features write them; a place is named by its index here. */
export const WORD_POSITIONS: readonly number[] = [WORD_B, WORD_M, WORD_E, WORD_S];
const MAX_WORD_FEATURE = 4;

/** The place (an index in WORD_POSITIONS) of character `i` in `word`, which holds it. */
export function positionInWord(word: PositionedWord, i: number): number {
  return word.end - word.start === 1 ? 3 : i === word.start ? 0 : i === word.end - 1 ? 2 : 1;
}

/** Whether a character at `position` reads the word before its own (pw): at its word's start. */
export const readsWordBefore = (position: number) => position === 0 || position === 3;
/** Whether a character at `position` reads the word after its own (nw): at its word's end. */
export const readsWordAfter = (position: number) => position === 2 || position === 3;
/** Whether the characters of a word of `length` units read the word itself (ww). */
export const readsOwnWord = (length: number) => length >= 2 && length <= MAX_WORD_FEATURE;
/** Whether a word of `length` units is read by the characters next to it (pw, nw). */
export const isReadByNeighbours = (length: number) => length <= MAX_WORD_FEATURE;

/** The feature of a character at `position` of `word` made of the word's tag and length (w). */
export function wordTagFeature(sink: FeatureSink, word: PositionedWord, position: number): void {
  // jieba tags punctuation and unknown words alike as x: the class tells them apart.
  sink.featureText(T.w, word.tag, WORD_POSITIONS[position], ZERO + Math.min(word.end - word.start, 5));
}

/** w at character `i`: its word's tag feature (none where no word holds it). */
export function wordTagFeatureAt(doc: FeatureDoc, i: number, sink: FeatureSink): void {
  const index = doc.wordOf[i];
  if (index === -1) return;
  const word = doc.words[index];
  wordTagFeature(sink, word, positionInWord(word, i));
}

/** The most word tags wordTagKey tells apart (jieba's tag set has some sixty). */
export const MAX_WORD_TAGS = 256;
/** The number of wordTagKey's keys: 0, then per tag number, place in the word and length up to 5. */
export const WORD_TAG_KEYS = 1 + MAX_WORD_TAGS * WORD_POSITIONS.length * 6;
/**
 * What wordTagFeatureAt reads at character `i`, a key as those of the context groups below: the number of its
 * word's tag (`tagNumbers`, per word of the document: one number per tag, below MAX_WORD_TAGS, or -1 for none),
 * its place in the word and the word's length up to 5; 0 where no word holds the character.
 */
export function wordTagKey(doc: FeatureDoc, i: number, tagNumbers: Int32Array): number {
  const index = doc.wordOf[i];
  if (index === -1) return 0;
  const tag = tagNumbers[index];
  if (tag === -1) return -1;
  const word = doc.words[index];
  return wordTagKeyAt(wordTagKeyBase(tag, word.end - word.start), positionInWord(word, i));
}

/**
 * The part of wordTagKey a word's characters share: from the number of its tag (not -1) and its length (at least
 * one unit: a word that holds a character).
 */
export const wordTagKeyBase = (tag: number, length: number) => 1 + tag * WORD_POSITIONS.length * 6 + Math.min(length, 5);
/** wordTagKey of the character at `position` of a word whose key base (wordTagKeyBase) is `base`. */
export const wordTagKeyAt = (base: number, position: number) => base + position * 6;

function wordFeatures(sink: FeatureSink, doc: FeatureDoc, i: number): void {
  const index = doc.wordOf[i];
  if (index === -1) return;
  const word = doc.words[index];
  const position = positionInWord(word, i);
  wordTagFeature(sink, word, position);
  const previous = doc.words[index - 1];
  const next = doc.words[index + 1];
  if (readsOwnWord(word.end - word.start)) sink.featureText(T.ww, word.word, WORD_POSITIONS[position], NONE);
  if (previous && readsWordBefore(position) && isReadByNeighbours(previous.end - previous.start)) {
    sink.featureText(T.pw, previous.word, NONE, NONE);
  }
  if (next && readsWordAfter(position) && isReadByNeighbours(next.end - next.start)) {
    sink.featureText(T.nw, next.word, NONE, NONE);
  }
}

// The word flags as the 'l' template reports them: which word is where relative to the character.
const FLAG_FEATURES: ReadonlyArray<[offset: number, bit: number, code: number]> = [
  [0, HEAD_ENDS_HERE, 0x41], // a title head ends right before the character (书记|王)
  [-1, HEAD_ENDS_HERE, 0x42], // … one character earlier (书记王|明)
  [-2, HEAD_ENDS_HERE, 0x43],
  [1, HEAD_STARTS_HERE, 0x44], // a title head starts right after the character (王|书记)
  [2, HEAD_STARTS_HERE, 0x45],
  [3, HEAD_STARTS_HERE, 0x46],
  [1, ADDRESS_STARTS_HERE, 0x47], // a form of address right after (李|总)
  [1, FOLLOWER_STARTS_HERE, 0x48], // a word that follows names (王明|表示)
  [0, CREDIT_ENDS_HERE, 0x49], // a credit label right before (记者|王明)
  [-1, CREDIT_ENDS_HERE, 0x4a],
];

/**
 * The character n-grams: each template with the offsets, from the character being tagged, of the characters
 * whose codes make its value (u-1 is the character before, b0 the character and the next). The bias feature
 * and these depend on the characters alone, so the model may read them per character code and per pair of
 * codes (name-model.ts) rather than per position; `characterFeatures` writes them per position for training.
 */
export const BIAS_TEMPLATE = T.bias;
export const CHAR_UNIGRAMS: ReadonlyArray<{ template: number; offset: number }> = [
  { template: T.u0, offset: 0 },
  { template: T['u-1'], offset: -1 },
  { template: T.u1, offset: 1 },
];
/** Character bigrams: the codes at `offset` and `offset + 1`. */
export const CHAR_BIGRAMS: ReadonlyArray<{ template: number; offset: number }> = [
  { template: T['b-1'], offset: -1 },
  { template: T.b0, offset: 0 },
  { template: T['b-2'], offset: -2 },
  { template: T.b1, offset: 1 },
];

// The flag features in three flat arrays, read in that order for every character with a flagged word near.
const FLAG_COUNT = FLAG_FEATURES.length;
const FLAG_OFFSETS = Int32Array.from(FLAG_FEATURES, ([offset]) => offset);
const FLAG_BITS = Int32Array.from(FLAG_FEATURES, ([, bit]) => bit);
const FLAG_CODES = Int32Array.from(FLAG_FEATURES, ([, , code]) => code);

/** The number of the flag group's keys (FeatureDoc.flagMask: one bit per flag feature). */
export const FLAG_KEYS = 1 << FLAG_COUNT;

/** Writes the features of character `i` of `doc` into `sink`. */
export function characterFeatures(doc: FeatureDoc, i: number, sink: FeatureSink): void {
  sink.feature(BIAS_TEMPLATE, NONE, NONE, NONE);
  for (const { template, offset } of CHAR_UNIGRAMS) sink.feature(template, codeAt(doc, i + offset), NONE, NONE);
  for (const { template, offset } of CHAR_BIGRAMS) sink.feature(template, codeAt(doc, i + offset), codeAt(doc, i + offset + 1), NONE);
  contextFeatures(doc, i, sink);
}

/** The features of character `i` other than the bias and the character n-grams: classes, statistics, words, flags. */
export function contextFeatures(doc: FeatureDoc, i: number, sink: FeatureSink): void {
  characterContextFeatures(doc, i, sink);
  wordFeatures(sink, doc, i);
  flagFeatures(doc, i, sink);
}

/** The features of character `i` read from the characters around it: classes and name statistics. */
export function characterContextFeatures(doc: FeatureDoc, i: number, sink: FeatureSink): void {
  classWindowFeature(doc, i, sink);
  surnameWindowFeatures(doc, i, sink);
  givenNameFeatures(doc, i, sink);
  surnameBeforeGivenFeature(doc, i, sink);
  transliterationWindowFeature(doc, i, sink);
}

// characterContextFeatures in groups, each with a key: a whole number from 0 that packs everything the group's
// features read at the character, so that two characters with the same key have the same features (the model
// keeps each group's summed weights by key: name-model.ts). The values come from small alphabets: the classes of
// classOf with the symbols before and after the text, and digits from ZERO (the statistics' run to 5). A key is -1
// where a value falls outside them (which the character tables never give): the group is then read feature by
// feature.

/** t: the classes of the characters before, at and after the character. */
export function classWindowFeature(doc: FeatureDoc, i: number, sink: FeatureSink): void {
  sink.feature(T.t, classAt(doc, i - 1), classAt(doc, i), classAt(doc, i + 1));
}

/** s and s0: the surname digits of the characters before, at and after the character. */
export function surnameWindowFeatures(doc: FeatureDoc, i: number, sink: FeatureSink): void {
  sink.feature(T.s, surnameAt(doc, i - 1), surnameAt(doc, i), surnameAt(doc, i + 1));
  sink.feature(T.s0, surnameAt(doc, i), NONE, NONE);
}

/** g and sg: the character's given-name digits, and the surname digit before it with two of them. */
export function givenNameFeatures(doc: FeatureDoc, i: number, sink: FeatureSink): void {
  givenFeature(sink, T.g, doc, i);
  // A surname right before, with this character's first-given-name and only-given-name weight.
  const given = doc.given[i];
  sink.feature(T.sg, surnameAt(doc, i - 1), given >> 16, given & 0xff);
}

/** ssg: a surname two characters before, the first-given-name digit of the one before and the second of this one. */
export function surnameBeforeGivenFeature(doc: FeatureDoc, i: number, sink: FeatureSink): void {
  if (i > 0) sink.feature(T.ssg, surnameAt(doc, i - 2), doc.given[i - 1] >> 16, (doc.given[i] >> 8) & 0xff);
}

/** x: the transliteration digits of the characters before, at and after the character. */
export function transliterationWindowFeature(doc: FeatureDoc, i: number, sink: FeatureSink): void {
  sink.feature(T.x, transliterationAt(doc, i - 1), transliterationAt(doc, i), transliterationAt(doc, i + 1));
}

/** The class codes of classOf, then BEFORE and AFTER, numbered from 1 (0: none of them). */
const CLASS_NUMBER = (() => {
  const numbers = new Uint8Array(128);
  [0x64, 0x61, 0x73, 0x2e, 0x68, 0x70, 0x6f].forEach((code, index) => (numbers[code] = index + 1));
  return numbers;
})();
const classNumber = (code: number) => (code === BEFORE ? 8 : code === AFTER ? 9 : code < 0x80 ? CLASS_NUMBER[code] : 0);
/** Three digits (ZERO to ZERO + 7) in nine bits, the first lowest; -1 if one of them is no such digit. */
function threeDigits(first: number, second: number, third: number): number {
  const a = first - ZERO;
  const b = second - ZERO;
  const c = third - ZERO;
  return ((a | b | c) & ~7) !== 0 ? -1 : a | (b << 3) | (c << 6);
}

/** The number of classWindowKey's keys: three class numbers, each below 10. */
export const CLASS_WINDOW_KEYS = 1000;
export function classWindowKey(doc: FeatureDoc, i: number): number {
  const before = classNumber(classAt(doc, i - 1));
  const here = classNumber(classAt(doc, i));
  const after = classNumber(classAt(doc, i + 1));
  return before === 0 || here === 0 || after === 0 ? -1 : before + 10 * here + 100 * after;
}

/** The number of surnameWindowKey's and transliterationWindowKey's keys. */
export const DIGIT_WINDOW_KEYS = 1 << 9;
export function surnameWindowKey(doc: FeatureDoc, i: number): number {
  return threeDigits(surnameAt(doc, i - 1), surnameAt(doc, i), surnameAt(doc, i + 1));
}
export function transliterationWindowKey(doc: FeatureDoc, i: number): number {
  return threeDigits(transliterationAt(doc, i - 1), transliterationAt(doc, i), transliterationAt(doc, i + 1));
}

/** The number of givenNameKey's keys: the three given-name digits, then the surname digit before. */
export const GIVEN_NAME_KEYS = 1 << 12;
export function givenNameKey(doc: FeatureDoc, i: number): number {
  const given = doc.given[i];
  const digits = threeDigits(given >> 16, (given >> 8) & 0xff, given & 0xff);
  const surnameBefore = surnameAt(doc, i - 1) - ZERO;
  return digits === -1 || (surnameBefore & ~7) !== 0 ? -1 : digits | (surnameBefore << 9);
}

/** The number of surnameBeforeGivenKey's keys: 0 for the first character (which has no ssg), the digits' from 1. */
export const SURNAME_BEFORE_GIVEN_KEYS = (1 << 9) + 1;
export function surnameBeforeGivenKey(doc: FeatureDoc, i: number): number {
  if (i === 0) return 0;
  const digits = threeDigits(surnameAt(doc, i - 2), doc.given[i - 1] >> 16, (doc.given[i] >> 8) & 0xff);
  return digits === -1 ? -1 : 1 + digits;
}

// The packed values of a character (FeatureDoc.packed): its class number (classNumber, 1 to 9), then 3-bit digits from
// ZERO: surname, transliteration, first, second and only given-name character.
const PACKED_BEFORE = 2;
const PACKED_SURNAME = 4;
const PACKED_TRANSLITERATION = 7;
const PACKED_FIRST = 10;
const PACKED_SECOND = 13;
const PACKED_ONLY = 16;

// The keys of the context groups at a character of a document whose values are all packed whole (packedWhole), from
// the packed values of it (`here`) and its neighbours: the numbers classWindowKey, surnameWindowKey, givenNameKey,
// surnameBeforeGivenKey and transliterationWindowKey give (test/name-model.test.ts checks them against those). The
// packed values of character i are FeatureDoc.packed[packedAt(i)].

/** Where the packed values of character `i` are in FeatureDoc.packed. */
export const packedAt = (i: number) => i + PACKED_BEFORE;
// The classes of the characters that are never in a name (mayBeInName: digits, Latin letters, punctuation), one bit each.
const NO_NAME_CLASSES = (1 << classNumber(0x64)) | (1 << classNumber(0x61)) | (1 << classNumber(0x70));
/** mayBeInName of the character whose packed values are `here`. */
export const mayBeInNameOf = (here: number) => (NO_NAME_CLASSES & (1 << (here & 15))) === 0;
export const classWindowKeyOf = (before: number, here: number, after: number) => (before & 15) + 10 * (here & 15) + 100 * (after & 15);
const surnameDigitOf = (packed: number) => (packed >> PACKED_SURNAME) & 7;
export const surnameWindowKeyOf = (before: number, here: number, after: number) => surnameDigitOf(before) | (surnameDigitOf(here) << 3) | (surnameDigitOf(after) << 6);
export const givenNameKeyOf = (before: number, here: number) => ((here >> PACKED_FIRST) & 0x1ff) | (surnameDigitOf(before) << 9);
/** surnameBeforeGivenKey, but for the first character (whose key is 0). */
export const surnameBeforeGivenKeyOf = (twoBefore: number, before: number, here: number) =>
  1 + (surnameDigitOf(twoBefore) | (((before >> PACKED_FIRST) & 7) << 3) | (((here >> PACKED_SECOND) & 7) << 6));
export const transliterationWindowKeyOf = (before: number, here: number, after: number) =>
  ((before >> PACKED_TRANSLITERATION) & 7) | (((here >> PACKED_TRANSLITERATION) & 7) << 3) | (((after >> PACKED_TRANSLITERATION) & 7) << 6);

/** The features of character `i` telling which title, address, follower or credit words lie next to it. */
export function flagFeatures(doc: FeatureDoc, i: number, sink: FeatureSink): void {
  const mask = doc.flagMask[i];
  // Most characters have no flagged word near them: then no flag feature fires.
  if (mask === 0) return;
  for (let k = 0; k < FLAG_COUNT; k++) if ((mask & (1 << k)) !== 0) sink.feature(T.l, FLAG_CODES[k], NONE, NONE);
}
