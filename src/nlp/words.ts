/**
 * Words with part-of-speech tags: the segmenter surface every stage uses (segment, entities).
 *
 * `tagWords` is the one place a text is cut into words: the chosen segmenter (nlp/segmenter.ts:
 * nodejieba, @node-rs/jieba or the caller's function) with dictionary tags, then the news words of
 * dict/news-words.txt that the segmenter cut apart joined again.
 */
import { lazy, readDictRows } from './dict.js';
import type { PosDictionary } from './pos.js';
import { cutForTagging, taggedOf, type CutWords, type TaggedWord } from './segmenter.js';

export type { TaggedWord } from './segmenter.js';

/** A word with its tag and its offsets in the text it was cut from. */
export interface PositionedWord extends TaggedWord {
  start: number;
  end: number;
}

/**
 * dict/news-words.txt by the UTF-16 unit it begins with, longest first within a unit (keyed by the number:
 * every word of a text is looked up, and `word[0]` of a Chinese word would make a new string each time), and
 * a table of those units: most words begin with none, and a table read costs less than a Map look-up.
 */
const newsWords = lazy(() => {
  const byFirstUnit = new Map<number, TaggedWord[]>();
  for (const [word, tag] of readDictRows('news-words.txt')) {
    const group = byFirstUnit.get(word.charCodeAt(0)) ?? [];
    group.push({ word, tag });
    byFirstUnit.set(word.charCodeAt(0), group);
  }
  for (const group of byFirstUnit.values()) group.sort((a, b) => b.word.length - a.word.length);
  const beginsOne = new Uint8Array(65536);
  for (const unit of byFirstUnit.keys()) beginsOne[unit] = 1;
  // Any of the words in a text (one linear scan): a text that holds none has none to join, and most hold none.
  const escaped = [...byFirstUnit.values()].flat().map(({ word }) => word.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&'));
  const anyWord = escaped.length > 0 ? new RegExp(escaped.join('|'), 'u') : null;
  return { byFirstUnit, beginsOne, anyWord };
});

/**
 * The news word among `candidates` (those beginning with the first unit of `words[index]`) that the words from
 * `index` on spell exactly (乡村|振兴 → 乡村振兴), and how many words it takes. Each next word is compared in
 * place against the candidate, with no string built.
 */
function newsWordAt(words: readonly TaggedWord[], index: number, candidates: readonly TaggedWord[]): { word: TaggedWord; count: number } | null {
  const first = words[index].word;
  for (const candidate of candidates) {
    const target = candidate.word;
    if (target.length <= first.length || !target.startsWith(first)) continue;
    let spelled = first.length;
    let count = 1;
    while (spelled < target.length && index + count < words.length) {
      const next = words[index + count].word;
      if (!target.startsWith(next, spelled)) break;
      spelled += next.length;
      count++;
    }
    if (spelled === target.length) return { word: candidate, count };
  }
  return null;
}

/**
 * Joins news words the segmenter cut apart at their own edges. This keeps them whole without
 * `insertWord`, which would change the dictionary of a host application sharing nodejieba; on the
 * benchmark sets the result is identical to inserting them. Most texts hold none: their list is given back as it is.
 */
function joinNewsWords(words: TaggedWord[]): TaggedWord[] {
  const { byFirstUnit, beginsOne } = newsWords();
  let out: TaggedWord[] | null = null;
  for (let index = 0; index < words.length; ) {
    const unit = words[index].word.charCodeAt(0);
    const joined = beginsOne[unit] === 0 ? null : newsWordAt(words, index, byFirstUnit.get(unit)!);
    if (joined !== null) {
      out ??= words.slice(0, index);
      out.push({ ...joined.word });
      index += joined.count;
    } else {
      out?.push(words[index]);
      index++;
    }
  }
  return out ?? words;
}

/** The words of `text` with part-of-speech tags (jieba's tag set), in order. */
export function tagWords(text: string): TaggedWord[] {
  return taggedOf(cutWords(text));
}

/** The words of `text` (see `CutWords`), the news words joined: then they come tagged, as the joined words are. */
function cutWords(text: string): CutWords {
  if (text === '') return { tagged: [], spelled: null, dictionary: null };
  const words = cutForTagging(text);
  const anyWord = newsWords().anyWord;
  if (anyWord === null || !anyWord.test(text)) return words;
  const tagged = taggedOf(words);
  const joined = joinNewsWords(tagged);
  return { tagged: joined, spelled: null, dictionary: null };
}

// A lone surrogate reaches the native segmenter as U+FFFD; reading it so here too keeps the words
// lined up with the text (both are one UTF-16 unit), where a mismatch would end the words early.
const LONE_SURROGATE = /[\ud800-\udfff]/gu;

/** Whether `text` holds any surrogate unit, paired or not: a loop over the units, cheaper than the pattern on the text of a short call. */
function holdsSurrogate(text: string): boolean {
  for (let at = 0; at < text.length; at++) if ((text.charCodeAt(at) & 0xf800) === 0xd800) return true;
  return false;
}

/** The words of `text[start, end)`, with offsets into `text`. */
export function tagWithOffsets(text: string, start = 0, end = text.length): PositionedWord[] {
  const slice = text.slice(start, end);
  const piece = holdsSurrogate(slice) ? slice.replace(LONE_SURROGATE, '\ufffd') : slice;
  const words = cutWords(piece);
  if (piece === slice) {
    const positioned = placeByLength(words, start, piece);
    if (positioned !== null) return positioned;
  }
  return placeBySearch(taggedOf(words), slice, piece, start);
}

/**
 * The words at their running offsets, when they spell `piece` (each begins with the unit at its offset, and
 * together they are as long as the piece): the segmenters return the input's characters in order, so this is
 * the common case, and it costs no string comparison per word. Null when they do not (then `placeBySearch`).
 */
function placeByLength(words: CutWords, start: number, piece: string): PositionedWord[] | null {
  return words.spelled === null ? placeTagged(words.tagged, start, piece) : placeSpelled(words.spelled, words.dictionary, start, piece);
}

function placeTagged(tagged: readonly TaggedWord[], start: number, piece: string): PositionedWord[] | null {
  const positioned: PositionedWord[] = new Array<PositionedWord>(tagged.length);
  let cursor = 0;
  for (let index = 0; index < tagged.length; index++) {
    const { word, tag } = tagged[index];
    if (word.length === 0 || piece.charCodeAt(cursor) !== word.charCodeAt(0)) return null;
    positioned[index] = { word, tag, start: start + cursor, end: start + cursor + word.length };
    cursor += word.length;
  }
  return cursor === piece.length ? positioned : null;
}

/** The segmenter's own strings placed and tagged in one pass: the units are read from the fresh strings (see CutWords). */
function placeSpelled(spelled: readonly string[], dictionary: PosDictionary, start: number, piece: string): PositionedWord[] | null {
  const positioned: PositionedWord[] = new Array<PositionedWord>(spelled.length);
  let cursor = 0;
  for (let index = 0; index < spelled.length; index++) {
    const units = spelled[index];
    const length = units.length;
    if (length === 0 || piece.charCodeAt(cursor) !== units.charCodeAt(0)) return null;
    const { word, tag } = dictionary.find(units);
    positioned[index] = { word, tag, start: start + cursor, end: start + cursor + length };
    cursor += length;
  }
  return cursor === piece.length ? positioned : null;
}

/** Each word looked for from the end of the previous one (a segmenter that dropped or changed characters), stopping at the first not found. */
function placeBySearch(words: readonly TaggedWord[], slice: string, piece: string, start: number): PositionedWord[] {
  const replaced = piece !== slice;
  const positioned: PositionedWord[] = [];
  let cursor = 0;
  for (const { word, tag } of words) {
    const at = piece.startsWith(word, cursor) ? cursor : piece.indexOf(word, cursor);
    if (at === -1) break;
    const written = replaced ? slice.slice(at, at + word.length) : word;
    positioned.push({ word: written, tag, start: start + at, end: start + at + word.length });
    cursor = at + word.length;
  }
  return positioned;
}
