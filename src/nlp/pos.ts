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
 * The recently looked-up words sit in flat tables, one array per table with a slot's fields side by side
 * (its key, the word, the tag): a look-up reads one stretch of memory. With an object per word it read the
 * key, then the object, then its word, and the segmenter's own work between two look-ups leaves little of
 * any of them in the processor's cache, so each read was a wait on memory.
 *
 * Two-unit words (half of a text's words, as many again of one unit) are keyed by their two units, without
 * hashing a fresh string from the segmenter as a Map does; longer words by a hash of their units computed
 * here (a Map would hash each fresh string through a runtime call). News text repeats its words, so most
 * look-ups end in a table; each is emptied when half full.
 */
const PAIR_SLOTS = 1 << 15;
const LONGER_SLOTS = 1 << 14;
/** Fields per slot: [key, key, word, tag]: a two-unit word's two units, a longer word's hash and length. */
const STRIDE = 4;
/** A 30-bit hash fits a small integer, which the array holds in place (a larger number would be a separate object). */
const SMALL_INTEGER = 0x3fffffff;

/** A word with its tag, as `PosDictionary.find` gives it. */
export interface FoundWord {
  word: string;
  tag: string;
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

/** One flat table of recently looked-up words (see STRIDE), a slot chosen by a hash of the word and probing on. */
class RecentWords {
  readonly table: (number | string | undefined)[];
  private readonly mask: number;
  private readonly shift: number;
  private count = 0;

  /** `slots`: a power of two. */
  constructor(private readonly slots: number) {
    this.table = new Array<number | string | undefined>(STRIDE * slots).fill(undefined);
    this.mask = STRIDE * slots - 1;
    this.shift = 32 - Math.log2(slots);
  }

  /** The slot (its first field) holding the word of these keys (also compared by its string unless the keys suffice), or the empty slot where it goes. */
  slotOf(hash: number, first: number, second: number, word: string, keysSuffice: boolean): number {
    const { table, mask } = this;
    let slot = (Math.imul(hash, 0x9e3779b1) >>> this.shift) * STRIDE;
    for (; table[slot + 2] !== undefined; slot = (slot + STRIDE) & mask) {
      if (table[slot] === first && table[slot + 1] === second && (keysSuffice || table[slot + 2] === word)) return slot;
    }
    return slot;
  }

  /** Puts the word in the empty `slot` (in a fresh table when this one is half full); its slot. */
  add(hash: number, slot: number, first: number, second: number, word: string, tag: string): number {
    if (this.count >= this.slots >> 1) {
      this.table.fill(undefined);
      this.count = 0;
      slot = (Math.imul(hash, 0x9e3779b1) >>> this.shift) * STRIDE;
    }
    this.count++;
    const { table } = this;
    table[slot] = first;
    table[slot + 1] = second;
    table[slot + 2] = word;
    table[slot + 3] = tag;
    return slot;
  }
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
  /** One-unit words by their unit ([word, tag] at twice the unit), two-unit and longer words by their keys (see STRIDE). */
  private readonly singles: (string | undefined)[] = new Array<string | undefined>(2 * 65536).fill(undefined);
  private readonly pairs = new RecentWords(PAIR_SLOTS);
  private readonly longer = new RecentWords(LONGER_SLOTS);
  /** What `find` gives back: one object, refilled by each call. */
  private readonly found: FoundWord = { word: '', tag: '' };
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
    return this.find(word).tag;
  }

  /** `word` with the tag cppjieba's tagger gives it, as a new object. */
  tagged(word: string): FoundWord {
    const { word: shared, tag } = this.find(word);
    return { word: shared, tag };
  }

  /**
   * `word` with the tag cppjieba's tagger gives it, in an object that the next call refills (read it at once):
   * no object per word. The word string given is the one first seen, so a long text's tokens share their
   * strings instead of each holding the segmenter's copy.
   */
  find(word: string): FoundWord {
    if (word.length === 1) return this.findSingle(word);
    if (word.length === 2) return this.findPair(word);
    return this.findLonger(word);
  }

  private findSingle(word: string): FoundWord {
    const { singles, found } = this;
    const at = 2 * word.charCodeAt(0);
    if (singles[at] === undefined) {
      singles[at] = word;
      singles[at + 1] = this.lookUp(word);
    }
    found.word = singles[at]!;
    found.tag = singles[at + 1]!;
    return found;
  }

  /** A two-unit word through the pair table, known by its two units. */
  private findPair(word: string): FoundWord {
    const first = word.charCodeAt(0);
    const second = word.charCodeAt(1);
    return this.findIn(this.pairs, (first << 16) | second, first, second, word, true);
  }

  /** A word of three units or more through the table of longer words, known by a hash of its units, its length and itself. */
  private findLonger(word: string): FoundWord {
    let hash = FNV_OFFSET;
    for (let at = 0; at < word.length; at++) hash = Math.imul(hash ^ word.charCodeAt(at), FNV_PRIME);
    return this.findIn(this.longer, hash, hash & SMALL_INTEGER, word.length, word, false);
  }

  /** `word` in `recent` (looked up in the dictionary and added when it is not there). */
  private findIn(recent: RecentWords, hash: number, first: number, second: number, word: string, keysSuffice: boolean): FoundWord {
    let slot = recent.slotOf(hash, first, second, word, keysSuffice);
    const { table } = recent;
    if (table[slot + 2] === undefined) slot = recent.add(hash, slot, first, second, word, this.lookUp(word));
    this.found.word = table[slot + 2] as string;
    this.found.tag = table[slot + 3] as string;
    return this.found;
  }

  /** The dictionary's (or the unknown-word rule's) tag for `word`. */
  private lookUp(word: string): string {
    const tag = this.overrides.get(word) ?? this.listedTag(word);
    return tag === '' ? unknownWordTag(word) : tag;
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
