/**
 * Words with part-of-speech tags: the segmenter surface every stage uses (segment, entities).
 *
 * `tagWords` is the one place a text is cut into words: the chosen segmenter (nlp/segmenter.ts:
 * nodejieba, @node-rs/jieba or the caller's function) with dictionary tags, then the news words of
 * dict/news-words.txt that the segmenter cut apart joined again.
 */
import { lazy, readDictRows } from './dict.js';
import { cutAndTag, type TaggedWord } from './segmenter.js';

export type { TaggedWord } from './segmenter.js';

/** A word with its tag and its offsets in the text it was cut from. */
export interface PositionedWord extends TaggedWord {
  start: number;
  end: number;
}

/**
 * dict/news-words.txt by the UTF-16 unit it begins with, longest first within a unit (keyed by the number:
 * every word of a text is looked up, and `word[0]` of a Chinese word would make a new string each time).
 */
const newsWords = lazy(() => {
  const byFirstChar = new Map<number, TaggedWord[]>();
  for (const [word, tag] of readDictRows('news-words.txt')) {
    const group = byFirstChar.get(word.charCodeAt(0)) ?? [];
    group.push({ word, tag });
    byFirstChar.set(word.charCodeAt(0), group);
  }
  for (const group of byFirstChar.values()) group.sort((a, b) => b.word.length - a.word.length);
  return byFirstChar;
});

/** The news word that the words from `index` on spell exactly (乡村|振兴 → 乡村振兴), and how many words it takes. */
function newsWordAt(words: readonly TaggedWord[], index: number): { word: TaggedWord; count: number } | null {
  const first = words[index].word;
  const candidates = newsWords().get(first.charCodeAt(0));
  if (candidates === undefined) return null;
  for (const candidate of candidates) {
    if (candidate.word.length <= first.length || !candidate.word.startsWith(first)) continue;
    let spelled = first;
    let count = 1;
    while (spelled.length < candidate.word.length && index + count < words.length) spelled += words[index + count++].word;
    if (spelled === candidate.word) return { word: candidate, count };
  }
  return null;
}

/**
 * Joins news words the segmenter cut apart at their own edges. This keeps them whole without
 * `insertWord`, which would change the dictionary of a host application sharing nodejieba; on the
 * benchmark sets the result is identical to inserting them.
 */
function joinNewsWords(words: TaggedWord[]): TaggedWord[] {
  const out: TaggedWord[] = [];
  for (let index = 0; index < words.length; ) {
    const joined = newsWordAt(words, index);
    out.push(joined ? { ...joined.word } : words[index]);
    index += joined ? joined.count : 1;
  }
  return out;
}

/** The words of `text` with part-of-speech tags (jieba's tag set), in order. */
export function tagWords(text: string): TaggedWord[] {
  return text === '' ? [] : joinNewsWords(cutAndTag(text));
}

// A lone surrogate reaches the native segmenter as U+FFFD; reading it so here too keeps the words
// lined up with the text (both are one UTF-16 unit), where a mismatch would end the words early.
const LONE_SURROGATE = /[\ud800-\udfff]/gu;

/** The words of `text[start, end)`, with offsets into `text`. */
export function tagWithOffsets(text: string, start = 0, end = text.length): PositionedWord[] {
  const slice = text.slice(start, end);
  const piece = slice.replace(LONE_SURROGATE, '\ufffd');
  const replaced = piece !== slice;
  const words: PositionedWord[] = [];
  let cursor = 0;
  for (const { word, tag } of tagWords(piece)) {
    // The segmenter returns the input's characters in order, so each word sits at the cursor.
    const at = piece.startsWith(word, cursor) ? cursor : piece.indexOf(word, cursor);
    if (at === -1) break;
    const written = replaced ? slice.slice(at, at + word.length) : word;
    words.push({ word: written, tag, start: start + at, end: start + at + word.length });
    cursor = at + word.length;
  }
  return words;
}
