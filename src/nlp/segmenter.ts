/**
 * Which segmenter cuts the text: nodejieba (the default), @node-rs/jieba, or the caller's own
 * `(text) => words` function; and the tags each one's words get (a dictionary look-up, nlp/pos.ts).
 *
 * The public entry points read the `segmenter` option and run their work inside `withSegmenter`;
 * the stages below them call `tagWords` and never see the choice. The work is synchronous, so one
 * choice per process at a time is enough, and it is put back when the call ends.
 */
import { XinwenError, describeValue } from '../errors.js';
import type { Segmenter } from '../types.js';
import { lazy } from './dict.js';
import { nodejiebaCut, nodejiebaDictionaryFiles, nodejiebaTag } from './jieba.js';
import { rsJiebaCut, rsJiebaDictionary } from './node-rs-jieba.js';
import { PosDictionary } from './pos.js';

/** A word and its part-of-speech tag (jieba's tag set). */
export interface TaggedWord {
  word: string;
  tag: string;
}

const SEGMENTER_NAMES = ['nodejieba', 'node-rs-jieba'] as const;

let active: Segmenter = 'nodejieba';

/**
 * `E_OPTION` unless `value` is undefined, a segmenter name or a function.
 * @throws XinwenError `E_OPTION`
 */
export function checkSegmenter(value: unknown): Segmenter | undefined {
  if (value === undefined || typeof value === 'function') return value as Segmenter | undefined;
  if (!(SEGMENTER_NAMES as readonly unknown[]).includes(value)) {
    const got = typeof value === 'string' ? `"${value}"` : describeValue(value);
    throw new XinwenError('E_OPTION', `segmenter must be 'nodejieba', 'node-rs-jieba' or a function (text) => words; got ${got}`);
  }
  return value as Segmenter;
}

/** Runs `work` with `segmenter` (checked; undefined: nodejieba) cutting every text, and puts the previous choice back. */
export function withSegmenter<T>(segmenter: unknown, work: () => T): T {
  const chosen = checkSegmenter(segmenter) ?? 'nodejieba';
  const previous = active;
  active = chosen;
  try {
    return work();
  } finally {
    active = previous;
  }
}

// One tag index per dictionary file, built on first use (one pass over ~5 MB, kept for the process).
const nodejiebaTags = lazy(() => {
  const files = nodejiebaDictionaryFiles();
  return PosDictionary.fromFiles(files.dictionary, files.userDictionary);
});
const rsJiebaTags = lazy(() => new PosDictionary(rsJiebaDictionary()));

function tagged(words: readonly string[], tags: PosDictionary): TaggedWord[] {
  return words.map((word) => tags.tagged(word));
}

// nodejieba's `tag` is its cut plus a look-up in its dictionary, and costs 1.4–1.8× the cut; the same
// look-up done here (pos.ts) gives the same words and tags for less, once its index is built (one pass over
// the 5 MB dictionary, kept with 2.5 MB of tables: about 40 ms). Until this many characters have been tagged, `tag` is used: a
// process that parses a few pages never pays for the index, a crawl pays once and then saves on every page.
const CHARACTERS_BEFORE_INDEX = 150_000;
let charactersTagged = 0;

/** nodejieba's words with its tags, by `cut` and the dictionary look-up. */
export function nodejiebaCutAndLookUp(text: string): TaggedWord[] {
  return tagged(nodejiebaCut(text), nodejiebaTags());
}

/**
 * The words of a text, either tagged already (nodejieba's `tag`, the news words joined) or as the segmenter's
 * own strings with the dictionary that tags them, word by word, where they are read (`taggedOf` tags them all).
 * The segmenter's strings were made by this very call, so reading their lengths and units is cheap, where a
 * shared tagged word (nlp/pos.ts) was made when the word was first seen and is seldom in the processor's cache;
 * and tagging where the words are placed spares a list of tagged words per call.
 */
export type CutWords =
  | { readonly tagged: TaggedWord[]; readonly spelled: null; readonly dictionary: null }
  | { readonly tagged: null; readonly spelled: readonly string[]; readonly dictionary: PosDictionary };

/** The words of `cut`, tagged. */
export function taggedOf(cut: CutWords): TaggedWord[] {
  return cut.tagged ?? tagged(cut.spelled, cut.dictionary);
}

function nodejiebaWords(text: string): CutWords {
  if (charactersTagged < CHARACTERS_BEFORE_INDEX) {
    charactersTagged += text.length;
    return { tagged: nodejiebaTag(text), spelled: null, dictionary: null };
  }
  return { tagged: null, spelled: nodejiebaCut(text), dictionary: nodejiebaTags() };
}

/** The words of `text` from the active segmenter, tagged. Every character of `text` is in one word, in order. */
export function cutAndTag(text: string): TaggedWord[] {
  return taggedOf(cutForTagging(text));
}

/** The words of `text` from the active segmenter, to be tagged where they are read (see `CutWords`). */
export function cutForTagging(text: string): CutWords {
  if (active === 'nodejieba') return nodejiebaWords(text);
  if (active === 'node-rs-jieba') return { tagged: null, spelled: rsJiebaCut(text), dictionary: rsJiebaTags() };
  return { tagged: null, spelled: alignCallerWords(text, active), dictionary: nodejiebaTags() };
}

const WHITESPACE = /\s/u;

/**
 * The caller's words, checked against `text` and made to cover it: each word must be the next
 * characters of the text once white space is skipped (white space a word does not hold becomes a word of
 * its own, as jieba gives it). Anything else is `E_OPTION`: a word list that does not spell the text
 * would put every offset after it in the wrong place.
 */
function alignCallerWords(text: string, cut: (text: string) => string[]): string[] {
  let words: unknown;
  try {
    words = cut(text);
  } catch (error) {
    throw new XinwenError('E_OPTION', `the segmenter function threw: ${error instanceof Error ? error.message : String(error)}`, { cause: error });
  }
  if (!Array.isArray(words)) throw new XinwenError('E_OPTION', `the segmenter function must return an array of strings; got ${describeValue(words)}`);
  const out: string[] = [];
  let cursor = 0;
  const skipSpace = () => {
    const from = cursor;
    while (cursor < text.length && WHITESPACE.test(text[cursor])) cursor++;
    if (cursor > from) out.push(text.slice(from, cursor));
  };
  for (const word of words) {
    if (typeof word !== 'string') throw new XinwenError('E_OPTION', `the segmenter function must return strings; got ${describeValue(word)} among its words`);
    if (word === '') continue;
    if (!text.startsWith(word, cursor)) skipSpace();
    if (!text.startsWith(word, cursor)) {
      throw new XinwenError('E_OPTION', `the segmenter function's words must spell the text in order: "${word.slice(0, 20)}" is not at offset ${cursor} ("${text.slice(cursor, cursor + 20)}")`);
    }
    out.push(word);
    cursor += word.length;
  }
  skipSpace();
  if (cursor < text.length) {
    throw new XinwenError('E_OPTION', `the segmenter function's words stop at offset ${cursor} of ${text.length}; they must cover the whole text`);
  }
  return out;
}
