/**
 * The name model's tables in memory: feature hashing (two 32-bit hashes fed unit by unit), the open-addressing
 * tables that hold a feature's check beside its weights, and the n-gram weights keyed by character codes and
 * pairs of codes. model-file.ts fills them while dict/name-model.txt is read and name-model.ts looks features up
 * in them for every character of a document; their layout is what keeps that look-up to one cache line.
 */
import { BIAS_TEMPLATE, CHAR_BIGRAMS, CHAR_UNIGRAMS, DENSE_TEMPLATES, TEMPLATES } from './name-features.js';

// Feature hashing: two 32-bit hashes over the UTF-16 units of `name=value`, fed unit by unit, so a feature's
// key is computed without building its string. The loader hashes the file's strings the same way.

export const SEED_1 = 0x811c9dc5 | 0;
export const SEED_2 = 0x2f693d1b | 0;

export function step1(hash: number, unit: number): number {
  return Math.imul(hash ^ unit, 16777619);
}

export function step2(hash: number, unit: number): number {
  return Math.imul(hash ^ unit, 0x5bd1e995) ^ (hash >>> 15);
}

/**
 * Open addressing: the first hash picks the slot, the second is kept to check it. Used while the model loads (to
 * number pairs of codes, see NgramPlacer) and to find a pair's number when a document is read. The table is kept
 * small (about twice the entries) because most look-ups miss: a pair rare in training never made the model.
 */
class HashTable {
  private readonly mask: number;
  private readonly slots: Int32Array;
  /** One bit per value of the second hash's low bits: most look-ups are of entries not held, and this says so from L1 cache. */
  private readonly present: Int32Array;
  private readonly presentMask: number;

  constructor(entries: number, spread = 1.6) {
    let size = 1024;
    while (size < entries * spread) size *= 2;
    this.mask = size - 1;
    // Every slot empty (row -1; the check of an empty slot is never read), by one fill rather than a loop.
    this.slots = new Int32Array(size * 2).fill(-1);
    const bits = size * 4;
    this.present = new Int32Array(bits >> 5);
    this.presentMask = bits - 1;
  }

  set(hash1: number, hash2: number, row: number): void {
    const bit = hash2 & this.presentMask;
    this.present[bit >> 5] |= 1 << (bit & 31);
    let slot = hash1 & this.mask;
    while (this.slots[slot * 2 + 1] !== -1 && this.slots[slot * 2] !== hash2) slot = (slot + 1) & this.mask;
    this.slots[slot * 2] = hash2;
    this.slots[slot * 2 + 1] = row;
  }

  /** Sets the entry unless it is held; whether it was not. */
  setIfAbsent(hash1: number, hash2: number, row: number): boolean {
    let slot = hash1 & this.mask;
    while (this.slots[slot * 2 + 1] !== -1) {
      if (this.slots[slot * 2] === hash2) return false;
      slot = (slot + 1) & this.mask;
    }
    const bit = hash2 & this.presentMask;
    this.present[bit >> 5] |= 1 << (bit & 31);
    this.slots[slot * 2] = hash2;
    this.slots[slot * 2 + 1] = row;
    return true;
  }

  get(hash1: number, hash2: number): number {
    const bit = hash2 & this.presentMask;
    if ((this.present[bit >> 5] & (1 << (bit & 31))) === 0) return -1;
    const slots = this.slots;
    let slot = hash1 & this.mask;
    for (;;) {
      const row = slots[slot * 2 + 1];
      if (row === -1 || slots[slot * 2] === hash2) return row;
      slot = (slot + 1) & this.mask;
    }
  }
}

/**
 * The weights of the features read by hash (contextFeatures: classes, statistics, words, flags), each beside
 * its check in one slot: a look-up reads one cache line where a table of rows and a separate array of weights
 * read two (after jieba's cut has pushed both out of the caches, each is a miss). Open addressing as HashTable:
 * the first hash picks the slot, the second checks it. A slot is `stride` 32-bit numbers: the check, 1 where the
 * slot is taken (0, as allocated, where empty), then the weights of the tags after O as 16-bit numbers; the stride
 * is a power of two (four numbers, 16 bytes, for one entity type) so a slot never straddles two lines. Built once
 * every row is read (see HashedRows), so it is sized by the rows it holds, not by the file's. A slot may hold
 * several rows of weights side by side, those of several features read together (see HashedRows, WORD_ROLES).
 */
export class WeightTable {
  private readonly mask: number;
  /** Per slot, in 32-bit numbers: the check, the taken mark, the weights (read through `weights`). */
  private readonly slots: Int32Array;
  /** The same memory as 16-bit numbers: a slot's weights start at `stride * 2 * slot + 4`. */
  readonly weights: Int16Array;
  private readonly stride: number;
  /** The weights of a row. */
  readonly width: number;
  /** One bit per value of the second hash's low bits: most look-ups miss, and this says so from L1 cache. */
  private readonly present: Int32Array;
  private readonly presentMask: number;

  /** `entries`: the slots taken; `width`: the weights of a row; `rows`: the rows of a slot. */
  constructor(entries: number, width: number, rows = 1) {
    let size = 1024;
    while (size < entries * 1.6) size *= 2;
    this.mask = size - 1;
    let stride = 4;
    while (stride < 2 + Math.ceil((rows * width) / 2)) stride *= 2;
    this.stride = stride;
    this.width = width;
    this.slots = new Int32Array(size * stride);
    this.weights = new Int16Array(this.slots.buffer);
    const bits = size * 4;
    this.present = new Int32Array(bits >> 5);
    this.presentMask = bits - 1;
  }

  /**
   * Sets the feature's weights (row `row` of its slot's) to `source[from …]`; a later feature with the same check in
   * the same run of slots replaces them.
   */
  set(hash1: number, hash2: number, source: Int16Array, from: number, row = 0): void {
    const bit = hash2 & this.presentMask;
    this.present[bit >> 5] |= 1 << (bit & 31);
    const { slots, stride } = this;
    let slot = hash1 & this.mask;
    while (slots[slot * stride + 1] !== 0 && slots[slot * stride] !== hash2) slot = (slot + 1) & this.mask;
    slots[slot * stride] = hash2;
    slots[slot * stride + 1] = 1;
    const to = slot * stride * 2 + 4 + row * this.width;
    for (let t = 0; t < this.width; t++) this.weights[to + t] = source[from + t];
  }

  /** Where the feature's weights (its slot's first row) start in `weights`, or -1 when the model has no such feature. */
  get(hash1: number, hash2: number): number {
    const bit = hash2 & this.presentMask;
    if ((this.present[bit >> 5] & (1 << (bit & 31))) === 0) return -1;
    const { slots, stride } = this;
    let slot = hash1 & this.mask;
    for (;;) {
      const at = slot * stride;
      if (slots[at + 1] === 0) return -1;
      if (slots[at] === hash2) return at * 2 + 4;
      slot = (slot + 1) & this.mask;
    }
  }
}

/**
 * The weights of the bias and the character n-gram features (name-features.ts, CHAR_UNIGRAMS and CHAR_BIGRAMS),
 * keyed by the character codes themselves, laid out so that reading a document touches little memory: each
 * code with unigrams has a number, under which the weights of all its unigram templates lie side by side;
 * each pair of codes with bigrams likewise. One look-up per code gives every unigram template, one per pair
 * every bigram template, where hashing each feature's name would take one look-up per template and position.
 * Number 0 holds zeros, so a code or pair the model has nothing for adds nothing. Built when the model loads,
 * by an NgramPlacer.
 */
export class NgramWeights {
  constructor(
    /** The weights of the bias feature (zeros if the model has none). */
    readonly bias: Int16Array,
    /** Per code, its number in `unigrams` (0: none). */
    readonly codeNumber: Uint16Array,
    /** Per code number, per unigram template (CHAR_UNIGRAMS order), the weights of the tags after O. */
    readonly unigrams: Int16Array,
    /** Pairs of codes to their number (from 1) in `bigrams`. */
    private readonly pairs: HashTable,
    /** Per pair number, per bigram template (CHAR_BIGRAMS order), the weights of the tags after O. */
    readonly bigrams: Int16Array,
  ) {}

  /** The number of the pair in `bigrams`, or 0 when the model has no bigram of it. */
  pairNumber(first: number, second: number): number {
    const check = pairCheck(first, second);
    const pair = this.pairs.get(pairSlot(check), check);
    return pair === -1 ? 0 : pair;
  }
}

/**
 * Builds NgramWeights while the model's rows stream by, one at a time: `place` numbers the row's code or pair
 * and notes where its weights go (in a typed array, one number a row); `build` copies the weights there once
 * every row has been seen, so the rows themselves are never kept.
 */
export class NgramPlacer {
  /** The row of the bias feature, -1 if none. */
  private bias = -1;
  private readonly codeNumber = new Uint16Array(0x10000);
  private codes = 0;
  // Pairs are numbered in a table sized for every row first (their number is known only at the end), so the
  // table that serves reading is sized by their number; pairChecks[n] is the check of pair n, in order.
  private readonly pairNumbers: HashTable;
  private readonly pairChecks: Int32Array;
  private pairs = 0;
  /** Per row: where its weights go, as slot × 2 + (0: unigrams, 1: bigrams), or -1 when it is no n-gram. */
  private readonly placeOfRow: Int32Array;
  /** What each template name is: the bias (-1), a unigram (its index) or a bigram (UNIGRAMS + its index). */
  private readonly roles = new Map<string, number>([[TEMPLATES[BIAS_TEMPLATE], -1]]);
  /** The template name of the last row placed, its role, and whether it is a dense template (DENSE_TEMPLATES). */
  private lastTemplate = '';
  private lastRole: number | undefined;
  /** Whether the last row given to `place` is of a dense template (false where it had no template). */
  private lastDense = false;
  /** Whether the template named `lastTemplate` is dense. */
  private dense = false;
  private readonly denseNames = new Set([...DENSE_TEMPLATES].map((template) => TEMPLATES[template] as string));

  constructor(rowCount: number) {
    this.placeOfRow = new Int32Array(rowCount).fill(-1);
    this.pairNumbers = new HashTable(rowCount);
    this.pairChecks = new Int32Array(rowCount + 1);
    CHAR_UNIGRAMS.forEach(({ template }, index) => this.roles.set(TEMPLATES[template], index));
    CHAR_BIGRAMS.forEach(({ template }, index) => this.roles.set(TEMPLATES[template], CHAR_UNIGRAMS.length + index));
  }

  /**
   * Notes where the weights of the feature `text[start, end)` (`template=value`), row `row` of the file, go, if it
   * is the bias or an n-gram; whether it is. Read in place: the file's rows come grouped by template, so the last
   * template's role is checked first and its name never sliced again.
   */
  place(text: string, start: number, end: number, row: number): boolean {
    const equals = text.indexOf('=', start);
    this.lastDense = false;
    if (equals === -1 || equals >= end) return false;
    const role = this.roleOf(text, start, equals);
    if (role === undefined) return false;
    const valueLength = end - equals - 1;
    const first = text.charCodeAt(equals + 1);
    if (role === -1 && valueLength === 0) this.bias = row;
    else if (role >= 0 && role < CHAR_UNIGRAMS.length && valueLength === 1) {
      if (this.codeNumber[first] === 0) this.codeNumber[first] = ++this.codes;
      this.placeOfRow[row] = (this.codeNumber[first] * CHAR_UNIGRAMS.length + role) * 2;
    } else if (role >= CHAR_UNIGRAMS.length && valueLength === 2) {
      const check = pairCheck(first, text.charCodeAt(equals + 2));
      let pair = this.pairNumbers.get(pairSlot(check), check);
      if (pair === -1) {
        pair = ++this.pairs;
        this.pairNumbers.set(pairSlot(check), check, pair);
        this.pairChecks[pair] = check;
      }
      this.placeOfRow[row] = (pair * CHAR_BIGRAMS.length + role - CHAR_UNIGRAMS.length) * 2 + 1;
    } else return false;
    return true;
  }

  /** The role of the template named `text[start, equals)`. */
  private roleOf(text: string, start: number, equals: number): number | undefined {
    if (equals - start !== this.lastTemplate.length || !text.startsWith(this.lastTemplate, start)) {
      this.lastTemplate = text.slice(start, equals);
      this.lastRole = this.roles.get(this.lastTemplate);
      this.dense = this.denseNames.has(this.lastTemplate);
    }
    this.lastDense = this.dense;
    return this.lastRole;
  }

  /** Whether the row last given to `place` (and not placed) is of a dense template. */
  get wasDense(): boolean {
    return this.lastDense;
  }

  /** The n-gram weights, copied from the rows' `weights` (`width` a row) to the places noted. */
  build(weights: Int16Array, width: number): NgramWeights {
    // The pair checks are one-to-one (pairCheck), so the table answers exactly whatever its size.
    const pairs = new HashTable(this.pairs, PAIR_SPREAD);
    for (let pair = 1; pair <= this.pairs; pair++) pairs.set(pairSlot(this.pairChecks[pair]), this.pairChecks[pair], pair);
    const unigrams = new Int16Array((this.codes + 1) * CHAR_UNIGRAMS.length * width);
    const bigrams = new Int16Array((this.pairs + 1) * CHAR_BIGRAMS.length * width);
    const { placeOfRow } = this;
    // A plain copy per row: a subarray per row would make 35,000 short-lived views on a cold start.
    for (let row = 0; row < placeOfRow.length; row++) {
      const place = placeOfRow[row];
      if (place === -1) continue;
      const target = (place & 1) === 0 ? unigrams : bigrams;
      const to = (place >> 1) * width;
      for (let t = 0; t < width; t++) target[to + t] = weights[row * width + t];
    }
    const bias = new Int16Array(width);
    if (this.bias !== -1) bias.set(weights.subarray(this.bias * width, (this.bias + 1) * width));
    return new NgramWeights(bias, this.codeNumber, unigrams, pairs, bigrams);
  }
}

// Slots per pair in the pair table (at least; a power of two): 1.2 where the other tables take 1.6. Every position
// of a document looks a pair up, and a table half the size stays in the nearer caches; a hit's run of slots then
// grows by about one slot, which lies on the same cache line (eight slots a line).
const PAIR_SPREAD = 1.2;

/**
 * The check hash of a pair of codes: the pair's 32 bits mixed by murmur3's finaliser, one-to-one (each step is), so
 * two pairs never share it, and every bit of it depends on both codes. Its low bits say whether the pair may be held
 * (HashTable's `present`): most pairs of a document are not, and the pair times an odd number, the check before,
 * had low bits made of the second code alone, which told almost none of them apart (nine in ten got past).
 */
function pairCheck(first: number, second: number): number {
  let hash = (first << 16) | second;
  hash = Math.imul(hash ^ (hash >>> 16), 0x85ebca6b);
  hash = Math.imul(hash ^ (hash >>> 13), 0xc2b2ae35);
  return hash ^ (hash >>> 16);
}
/** The hash that picks a pair's slot: its check's high bits, apart from the low ones that `present` reads. */
const pairSlot = (check: number) => (check >>> 16) | (check << 16);

/** The two hashes of `text`, into `out[0]` and `out[1]`: no pair is made, as the model hashes every word it reads. */
export function hashStringInto(text: string, out: Int32Array): void {
  let hash1 = SEED_1;
  let hash2 = SEED_2;
  for (let i = 0; i < text.length; i++) {
    const unit = text.charCodeAt(i);
    hash1 = step1(hash1, unit);
    hash2 = step2(hash2, unit);
  }
  out[0] = hash1;
  out[1] = hash2;
}

/** The two hashes of `text`, as a pair. */
export function hashString(text: string): [number, number] {
  const out = new Int32Array(2);
  hashStringInto(text, out);
  return [out[0], out[1]];
}

/**
 * The rows read by hash, as the file gives them: their two hashes, row numbers and, for the word features, the
 * role each row plays in its word's slot (see WORD_ROLES), from which a WeightTable sized by their number (or by
 * their keys, when a slot holds several rows) is built once every row is read.
 */
export class HashedRows {
  private readonly hash1: Int32Array;
  private readonly hash2: Int32Array;
  private readonly roles: Int32Array;
  private readonly rows: Int32Array;
  private count = 0;

  constructor(bound: number) {
    this.hash1 = new Int32Array(bound);
    this.hash2 = new Int32Array(bound);
    this.roles = new Int32Array(bound);
    this.rows = new Int32Array(bound);
  }

  /** A row keyed by hashes (see hashString) `hash1`, `hash2`, at row `row` of the file, in role `role` of its slot. */
  add(hash1: number, hash2: number, row: number, role = 0): void {
    this.hash1[this.count] = hash1;
    this.hash2[this.count] = hash2;
    this.roles[this.count] = role;
    this.rows[this.count++] = row;
  }

  /**
   * The table of these rows' weights (`width` a row in `weights`), `roles` rows a slot, set in file order as the
   * rows were read. The word features keep a word's rows in one slot (WORD_ROLES): one look-up, one memory line, for
   * a word; such a table is sized by the words, not their rows (a word has two of them on average).
   */
  build(weights: Int16Array, width: number, roles = 1): WeightTable {
    let entries = this.count;
    if (roles > 1) {
      const keys = new HashTable(this.count);
      entries = 0;
      for (let k = 0; k < this.count; k++) if (keys.setIfAbsent(this.hash1[k], this.hash2[k], entries)) entries++;
    }
    const table = new WeightTable(entries, width, roles);
    for (let k = 0; k < this.count; k++) table.set(this.hash1[k], this.hash2[k], weights, this.rows[k] * width, this.roles[k]);
    return table;
  }
}

/**
 * The rows of a word's slot: its own word feature (ww) with the character at each place in it (WORD_POSITIONS
 * order), then what it gives the first character of the word after it (pw) and the last character of the word
 * before it (nw).
 */
export const WORD_ROLES = 6;
export const WORD_BEFORE_ROLE = 4;
export const WORD_AFTER_ROLE = 5;
