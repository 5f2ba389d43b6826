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
 * every word of a text is looked up, and `word[0]` of a Chinese word would make a new string each time), with
 * a flag per unit that begins one, so the words of a text that begin none (most) are passed over on one read.
 */
const newsWords = lazy(() => {
  const byFirstChar = new Map<number, TaggedWord[]>();
  const beginsOne = new Uint8Array(0x10000);
  for (const [word, tag] of readDictRows('news-words.txt')) {
    const group = byFirstChar.get(word.charCodeAt(0)) ?? [];
    group.push({ word, tag });
    byFirstChar.set(word.charCodeAt(0), group);
    beginsOne[word.charCodeAt(0)] = 1;
  }
  for (const group of byFirstChar.values()) group.sort((a, b) => b.word.length - a.word.length);
  return { byFirstChar, beginsOne };
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
  const { byFirstChar, beginsOne } = newsWords();
  let out: TaggedWord[] | null = null;
  for (let index = 0; index < words.length; ) {
    const first = words[index].word.charCodeAt(0);
    const candidates = beginsOne[first] === 1 ? byFirstChar.get(first) : undefined;
    const joined = candidates === undefined ? null : newsWordAt(words, index, candidates);
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
  return text === '' ? [] : joinNewsWords(cutAndTag(text));
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
