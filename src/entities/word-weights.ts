/**
 * The name model's word features (name-features.ts: w, ww, pw and nw), summed once per word and kept from one
 * document to the next. A character's word features depend only on its jieba word (its text, tag and length),
 * where the character stands in it and the words on either side; news text repeats its words (的, 在, 表示 …), so
 * the weights of a word's features, summed per place in the word, are read from one small entry where each
 * character looked up to four features in the model's large table. The weights are whole numbers summed in whole
 * numbers, so the sums are exactly those of the features added one by one.
 */
import type { PositionedWord } from '../nlp/index.js';
import {
  WORD_POSITIONS,
  ownWordFeatures,
  positionInWord,
  readsWordAfter,
  readsWordBefore,
  wordAfterFeature,
  wordBeforeFeature,
  type FeatureDoc,
  type FeatureSink,
} from './name-features.js';

/** A sink that adds the weights of the features it is given to `sums`, the tags after O from `at + 1` on. */
export interface SummingSink extends FeatureSink {
  sums: Int32Array;
  at: number;
}

// The rows of an entry, each the size of a character's scores (O's column stays 0): the word's own features at
// each place in it (in WORD_POSITIONS order), then what it gives the first character of the word after it (pw)
// and the last character of the word before it (nw).
const OWN_ROWS = WORD_POSITIONS.length;
const AS_WORD_BEFORE = OWN_ROWS;
const AS_WORD_AFTER = OWN_ROWS + 1;
const ROWS = OWN_ROWS + 2;

/**
 * Entries kept at most (besides those of a document with more words): when a document's words might not fit,
 * every entry is dropped before it is read. News-gold's 60 excerpts hold about 4,000 distinct words.
 */
const CAPACITY = 8192;

export class WordWeights {
  /** Each word's text to its latest entry (a word may come with another tag or length: then it has another entry). */
  private readonly entryOfText = new Map<string, number>();
  /** Per entry, the tag and length it was summed for. */
  private readonly tagOf: string[] = [];
  private lengthOf = new Int32Array(0);
  /** Per entry, its rows (see ROWS). */
  private sums = new Int32Array(0);
  private count = 0;
  private readonly stride: number;

  /** `size`: the number of the model's tags, O's included. */
  constructor(private readonly size: number) {
    this.stride = ROWS * size;
  }

  /**
   * Adds the word features of each character of `doc` that may be in a name (`may`) to its scores in `target`
   * (a character's from `i × size`, the tags after O from the second on), its word's entries summed through
   * `sink` where they are not yet. Word by word: a word's entry and its neighbours' are found once for all its
   * characters.
   */
  addTo(doc: FeatureDoc, may: Uint8Array, target: Int32Array, sink: SummingSink): void {
    const { words, wordOf } = doc;
    // Dropped between documents only: a document's entries must stay put while it is read.
    if (this.count + words.length > CAPACITY) this.clear();
    this.reserve(this.count + words.length);
    const { size } = this;
    let before = -1;
    let here = words.length > 0 ? this.entryOf(words[0], sink) : -1;
    for (let index = 0; index < words.length; index++) {
      const after = index + 1 < words.length ? this.entryOf(words[index + 1], sink) : -1;
      const word = words[index];
      const end = Math.min(word.end, doc.length);
      for (let i = Math.max(word.start, 0); i < end; i++) {
        // A character reads the word that wordOf gives it (the last of any words that overlap there).
        if (may[i] === 0 || wordOf[i] !== index) continue;
        const position = positionInWord(word, i);
        const at = i * size;
        this.addRow(target, at, here + position * size);
        if (before !== -1 && readsWordBefore(position)) this.addRow(target, at, before + AS_WORD_BEFORE * size);
        if (after !== -1 && readsWordAfter(position)) this.addRow(target, at, after + AS_WORD_AFTER * size);
      }
      before = here;
      here = after;
    }
  }

  private addRow(target: Int32Array, at: number, from: number): void {
    const { sums, size } = this;
    // The shipped model's four tags after O, written out (see ScoringSink.add).
    if (size === 5) {
      target[at + 1] += sums[from + 1];
      target[at + 2] += sums[from + 2];
      target[at + 3] += sums[from + 3];
      target[at + 4] += sums[from + 4];
    } else for (let t = 1; t < size; t++) target[at + t] += sums[from + t];
  }

  /** Where the entry of `word` starts in `sums`: summed through `sink` when there is none yet. */
  private entryOf(word: PositionedWord, sink: SummingSink): number {
    const length = word.end - word.start;
    const known = this.entryOfText.get(word.word);
    if (known !== undefined && this.tagOf[known] === word.tag && this.lengthOf[known] === length) return known * this.stride;
    const entry = this.count++;
    this.tagOf[entry] = word.tag;
    this.lengthOf[entry] = length;
    this.entryOfText.set(word.word, entry);
    const start = entry * this.stride;
    this.sums.fill(0, start, start + this.stride);
    const { sums, at } = sink;
    sink.sums = this.sums;
    for (let position = 0; position < OWN_ROWS; position++) {
      sink.at = start + position * this.size;
      ownWordFeatures(sink, word, position);
    }
    sink.at = start + AS_WORD_BEFORE * this.size;
    wordBeforeFeature(sink, word);
    sink.at = start + AS_WORD_AFTER * this.size;
    wordAfterFeature(sink, word);
    sink.sums = sums;
    sink.at = at;
    return start;
  }

  /** Room for `entries` entries, the ones kept copied over. */
  private reserve(entries: number): void {
    if (this.lengthOf.length >= entries) return;
    const room = Math.max(entries, Math.min(CAPACITY, 2 * this.lengthOf.length), 256);
    const lengthOf = new Int32Array(room);
    lengthOf.set(this.lengthOf.subarray(0, this.count));
    const sums = new Int32Array(room * this.stride);
    sums.set(this.sums.subarray(0, this.count * this.stride));
    this.lengthOf = lengthOf;
    this.sums = sums;
  }

  private clear(): void {
    this.entryOfText.clear();
    this.tagOf.length = 0;
    this.count = 0;
  }
}
