/**
 * Part-of-speech tags by dictionary look-up, the way cppjieba's tagger gives them: a word the
 * segmenter's dictionary lists takes the dictionary's tag; any other word takes the unknown-word rule
 * (ASCII digits only → `m`, other ASCII → `eng`, none → `x`). With the same dictionary files this gives
 * nodejieba `tag`'s output token for token from `cut(text, true)`, which with the look-up costs about a
 * third less than `tag`.
 *
 * The dictionary (a jieba `word freq tag` file, about 5 MB and 350,000 lines) stays one Buffer; an
 * open-addressing table of line offsets, keyed by a hash of each word's UTF-8 bytes, finds a word without
 * making a string per entry (a Map of the whole dictionary costs about 27 MB of heap and a second to build;
 * this costs the file plus 2.5 MB of tables for a 350,000-line file, and one pass over the bytes).
 */
import { readFileSync } from 'node:fs';

const SPACE = 0x20;
const NEWLINE = 0x0a;
const CARRIAGE_RETURN = 0x0d;
const EMPTY = -1;
const FNV_OFFSET = 0x811c9dc5;
const FNV_PRIME = 16777619;
/** Longest word looked up, in UTF-8 bytes; longer words are in no jieba dictionary. */
const MAX_WORD_BYTES = 256;
/**
 * Slots of the table of two-unit words (half of a text's words, as many again of one unit): looked up by
 * their two UTF-16 units as one integer, without hashing a fresh string from the segmenter as a Map does.
 * Emptied when half full.
 */
const PAIR_SLOTS = 1 << 16;
/**
 * Slots of the table of recently looked-up longer words; news text repeats its words, so most look-ups end
 * here. Keyed by a hash of the units computed here: a Map would hash each fresh string from the segmenter
 * through a runtime call, which cost more than the whole dictionary probe it saves. Emptied when half full.
 */
const LONGER_SLOTS = 1 << 15;

/** A word with its tag, shared read-only by every occurrence of the word while it is in the cache. */
export interface SharedTaggedWord {
  readonly word: string;
  readonly tag: string;
}

/** cppjieba's rule for a word its dictionary does not tag (PosTagger's SpecialRule), code point by code point. */
export function unknownWordTag(word: string): string {
  const length = codePointLength(word);
  let ascii = 0;
  let digits = 0;
  // cppjieba stops counting once half the word (rounded down) is ASCII, so a lone digit counts nothing.
  for (let at = 0; at < word.length && ascii < length >> 1; at++) {
    const unit = word.charCodeAt(at);
    if (unit >= 0xd800 && unit < 0xdc00 && at + 1 < word.length) {
      at++;
      continue;
    }
    if (unit < 0x80) {
      ascii++;
      if (unit >= 0x30 && unit <= 0x39) digits++;
    }
  }
  if (ascii === 0) return 'x';
  return digits === ascii ? 'm' : 'eng';
}

function codePointLength(word: string): number {
  let length = 0;
  for (let at = 0; at < word.length; at++) {
    const unit = word.charCodeAt(at);
    if (unit >= 0xd800 && unit < 0xdc00 && at + 1 < word.length) at++;
    length++;
  }
  return length;
}

/** A jieba dictionary file, indexed for look-up by word. */
export class PosDictionary {
  private readonly bytes: Uint8Array;
  private readonly slots: Int32Array;
  /**
   * Per slot, the top 8 bits of its word's hash (the slot itself comes from the low bits): a probe compares
   * bytes only when these agree, one time in 256 for another word, so a byte a slot checks as well as four would.
   */
  private readonly checks: Uint8Array;
  private readonly mask: number;
  /** Words of the user dictionary, which cppjieba loads after the main one (a later entry wins). */
  private readonly overrides = new Map<string, string>();
  /** One-unit words by their unit, and two-unit words by both units: the common words, without a Map look-up. */
  private readonly singles: (SharedTaggedWord | undefined)[] = new Array<SharedTaggedWord | undefined>(65536).fill(undefined);
  private readonly pairKeys = new Int32Array(PAIR_SLOTS);
  private readonly pairEntries: (SharedTaggedWord | undefined)[] = new Array<SharedTaggedWord | undefined>(PAIR_SLOTS).fill(undefined);
  private pairCount = 0;
  private readonly longerKeys = new Int32Array(LONGER_SLOTS);
  private readonly longerEntries: (SharedTaggedWord | undefined)[] = new Array<SharedTaggedWord | undefined>(LONGER_SLOTS).fill(undefined);
  private longerCount = 0;
  private readonly scratch = new Uint8Array(MAX_WORD_BYTES + 4);

  /** `dictionary` is the file's bytes (`word freq tag` lines); `userDictionary` cppjieba's user file (`word [freq] [tag]`). */
  constructor(dictionary: Uint8Array, userDictionary = '') {
    this.bytes = dictionary;
    let lines = 0;
    for (let at = 0; at < dictionary.length; at++) if (dictionary[at] === NEWLINE) lines++;
    let size = 1024;
    while (size < (lines + 1) * 1.5) size *= 2;
    this.slots = new Int32Array(size).fill(EMPTY);
    this.checks = new Uint8Array(size);
    this.mask = size - 1;
    this.indexLines();
    for (const line of userDictionary.split('\n')) {
      const parts = line.trim().split(/ +/u);
      if (parts[0] === '') continue;
      // cppjieba: `word` has no tag, `word tag`, `word freq tag`.
      this.overrides.set(parts[0], parts.length === 2 ? parts[1] : parts.length === 3 ? parts[2] : '');
    }
  }

  /** Reads a dictionary file (and cppjieba's user dictionary file, when given). */
  static fromFiles(dictionaryFile: string, userDictionaryFile?: string): PosDictionary {
    return new PosDictionary(readFileSync(dictionaryFile), userDictionaryFile ? readFileSync(userDictionaryFile, 'utf8') : '');
  }

  /** The tag cppjieba's tagger gives `word`. */
  tagOf(word: string): string {
    return this.tagged(word).tag;
  }

  /**
   * `word` with the tag cppjieba's tagger gives it, as one frozen object per distinct word: a text's
   * repeated words (，的 在) then cost no object each, and the word string kept is the one first seen,
   * so a long text's tokens share their strings instead of each holding the segmenter's copy.
   */
  tagged(word: string): SharedTaggedWord {
    if (word.length === 1) return (this.singles[word.charCodeAt(0)] ??= this.lookUp(word));
    if (word.length === 2) return this.taggedPair(word);
    return this.taggedLonger(word);
  }

  /** A word of three units or more through the table of longer words: its slot by a hash of its units, probing on. */
  private taggedLonger(word: string): SharedTaggedWord {
    let key = FNV_OFFSET;
    for (let at = 0; at < word.length; at++) key = Math.imul(key ^ word.charCodeAt(at), FNV_PRIME);
    const { longerKeys, longerEntries } = this;
    let slot = Math.imul(key, 0x9e3779b1) >>> 17;
    for (let entry = longerEntries[slot]; entry !== undefined; entry = longerEntries[slot]) {
      if (longerKeys[slot] === key && entry.word === word) return entry;
      slot = (slot + 1) & (LONGER_SLOTS - 1);
    }
    const entry = this.lookUp(word);
    if (this.longerCount >= LONGER_SLOTS >> 1) {
      longerEntries.fill(undefined);
      this.longerCount = 0;
      slot = Math.imul(key, 0x9e3779b1) >>> 17;
    }
    longerKeys[slot] = key;
    longerEntries[slot] = entry;
    this.longerCount++;
    return entry;
  }

  /** A two-unit word through the pair table: its slot by a hash of the two units, probing on. */
  private taggedPair(word: string): SharedTaggedWord {
    const key = (word.charCodeAt(0) << 16) | word.charCodeAt(1);
    const { pairKeys, pairEntries } = this;
    let slot = Math.imul(key, 0x9e3779b1) >>> 16;
    for (; pairEntries[slot] !== undefined; slot = (slot + 1) & (PAIR_SLOTS - 1)) if (pairKeys[slot] === key) return pairEntries[slot]!;
    const entry = this.lookUp(word);
    if (this.pairCount >= PAIR_SLOTS >> 1) {
      pairEntries.fill(undefined);
      this.pairCount = 0;
      slot = Math.imul(key, 0x9e3779b1) >>> 16;
    }
    pairKeys[slot] = key;
    pairEntries[slot] = entry;
    this.pairCount++;
    return entry;
  }

  /** The dictionary's (or the unknown-word rule's) tag for `word`, as a new shared entry. */
  private lookUp(word: string): SharedTaggedWord {
    let tag = this.overrides.get(word) ?? this.listedTag(word);
    if (tag === '') tag = unknownWordTag(word);
    return Object.freeze({ word, tag });
  }

  /** One pass over the file: each line's offset goes in the slot of its word's hash (a repeated word: the later line). */
  private indexLines(): void {
    const { bytes, slots, checks, mask } = this;
    const length = bytes.length;
    let start = 0;
    while (start < length) {
      let hash = FNV_OFFSET;
      let at = start;
      let byte = bytes[at];
      while (at < length && byte !== SPACE && byte !== NEWLINE && byte !== CARRIAGE_RETURN) {
        hash = Math.imul(hash ^ byte, FNV_PRIME);
        byte = bytes[++at];
      }
      if (at > start && at - start <= MAX_WORD_BYTES) {
        const key = hash >>> 0;
        const check = key >>> 24;
        let slot = key & mask;
        // Equal checks are compared byte by byte only then: a full table probes a few slots per word.
        while (slots[slot] !== EMPTY && !(checks[slot] === check && this.sameWord(slots[slot], start, at - start))) slot = (slot + 1) & mask;
        slots[slot] = start;
        checks[slot] = check;
      }
      while (at < length && bytes[at] !== NEWLINE) at++;
      start = at + 1;
    }
  }

  private endsWord(at: number): boolean {
    const byte = this.bytes[at];
    return at >= this.bytes.length || byte === SPACE || byte === NEWLINE || byte === CARRIAGE_RETURN;
  }

  /** Whether the line at `other` has the `length`-byte word at `start` as its word. */
  private sameWord(other: number, start: number, length: number): boolean {
    const bytes = this.bytes;
    for (let i = 0; i < length; i++) if (bytes[other + i] !== bytes[start + i]) return false;
    return this.endsWord(other + length);
  }

  /** The dictionary's tag for `word`, or '' when it is not listed (or listed without a tag). */
  private listedTag(word: string): string {
    const length = this.encode(word);
    if (length === 0 || length > MAX_WORD_BYTES) return '';
    const { bytes, scratch } = this;
    let hash = FNV_OFFSET;
    for (let i = 0; i < length; i++) hash = Math.imul(hash ^ scratch[i], FNV_PRIME);
    const key = hash >>> 0;
    const check = key >>> 24;
    for (let slot = key & this.mask; this.slots[slot] !== EMPTY; slot = (slot + 1) & this.mask) {
      if (this.checks[slot] !== check) continue;
      const start = this.slots[slot];
      let i = 0;
      while (i < length && bytes[start + i] === scratch[i]) i++;
      if (i === length && this.endsWord(start + length)) return this.tagOnLine(start + length);
    }
    return '';
  }

  /** The third column of the line whose word ends at `at` ('' when the line has none). */
  private tagOnLine(at: number): string {
    const bytes = this.bytes;
    const columns: number[] = [];
    let end = at;
    while (end < bytes.length && bytes[end] !== NEWLINE && bytes[end] !== CARRIAGE_RETURN) {
      if (bytes[end] === SPACE) columns.push(end + 1);
      end++;
    }
    if (columns.length < 2) return '';
    return Buffer.from(bytes.buffer, bytes.byteOffset + columns[1], end - columns[1]).toString('latin1').trim();
  }

  /** `word` as UTF-8 in the scratch buffer; its byte length (more than MAX_WORD_BYTES when too long). */
  private encode(word: string): number {
    const out = this.scratch;
    let length = 0;
    for (let at = 0; at < word.length; at++) {
      if (length > MAX_WORD_BYTES) return length;
      let code = word.charCodeAt(at);
      if (code >= 0xd800 && code < 0xdc00 && at + 1 < word.length) code = 0x10000 + ((code - 0xd800) << 10) + (word.charCodeAt(++at) - 0xdc00);
      if (code < 0x80) out[length++] = code;
      else if (code < 0x800) {
        out[length++] = 0xc0 | (code >> 6);
        out[length++] = 0x80 | (code & 0x3f);
      } else if (code < 0x10000) {
        out[length++] = 0xe0 | (code >> 12);
        out[length++] = 0x80 | ((code >> 6) & 0x3f);
        out[length++] = 0x80 | (code & 0x3f);
      } else {
        out[length++] = 0xf0 | (code >> 18);
        out[length++] = 0x80 | ((code >> 12) & 0x3f);
        out[length++] = 0x80 | ((code >> 6) & 0x3f);
        out[length++] = 0x80 | (code & 0x3f);
      }
    }
    return length;
  }
}
