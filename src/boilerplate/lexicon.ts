/**
 * The furniture vocabulary of dict/furniture-words.txt: how much of a line it covers, and which kind of
 * furniture (navigation, widget, share …) the words in a line speak of. One feature of the line classifier.
 */
import { lazy, readDictRows } from '../nlp/index.js';
import { UnitSet } from './unit-set.js';

/** The kinds of furniture the lexicon names, as listed in dict/furniture-words.txt. */
export type LexiconReason = 'navigation' | 'widget' | 'share' | 'byline' | 'related' | 'copyright' | 'image-label' | 'ad';

const REASONS = new Set<LexiconReason>(['navigation', 'widget', 'share', 'byline', 'related', 'copyright', 'image-label', 'ad']);

const lexicon = lazy(() => {
  const byFirstChar = new Map<number, Array<{ word: string; reason: LexiconReason }>>();
  for (const [reason, word] of readDictRows('furniture-words.txt')) {
    if (!REASONS.has(reason as LexiconReason) || !word) throw new Error(`dict/furniture-words.txt: bad row ${reason}\t${word}`);
    const lower = word.toLowerCase();
    const key = lower.charCodeAt(0);
    const group = byFirstChar.get(key) ?? [];
    group.push({ word: lower, reason: reason as LexiconReason });
    byFirstChar.set(key, group);
  }
  for (const group of byFirstChar.values()) group.sort((a, b) => b.word.length - a.word.length);
  // Which UTF-16 units start a word: most characters of a line start none, and this skips them in one look-up.
  const starts = new UnitSet();
  for (const key of byFirstChar.keys()) starts.add(key);
  // Which pairs of units may open a word (hashed, so a few other pairs pass too and are then tried in full);
  // a word of one unit fills the whole table, which turns this filter off (dict/furniture-words.txt lists none).
  const pairs = new UnitSet();
  for (const group of byFirstChar.values()) {
    for (const { word } of group) {
      if (word.length === 1) for (let next = 0; next < PAIR_TABLE; next++) pairs.add(pairKey(word.charCodeAt(0), next));
      else pairs.add(pairKey(word.charCodeAt(0), word.charCodeAt(1)));
    }
  }
  return { byFirstChar, starts, pairs };
});

const PAIR_TABLE = 0x10000;

function pairKey(first: number, second: number): number {
  return ((first << 7) ^ second) & (PAIR_TABLE - 1);
}

/** The UTF-16 units that start a furniture word in a line, upper-case Latin included (words are matched ignoring its case). */
export const lexiconStarts = lazy(() => {
  const starts = new UnitSet();
  for (const key of lexicon().byFirstChar.keys()) {
    starts.add(key);
    if (key >= 97 && key <= 122) starts.add(key - 32);
  }
  return starts;
});

/** What the furniture words say about one line. */
export interface LexiconHits {
  /** Characters covered by furniture words. */
  covered: number;
  /** Number of furniture words found. */
  words: number;
  /** The kind named by most covered characters, or null when no word was found. */
  reason: LexiconReason | null;
}

/**
 * Scans `view` (a line's Simplified view, lower-cased Latin not required) left to right, taking the longest
 * furniture word at each position. Linear in the line's length: each position looks at one short list.
 * `mayHoldUpper` false says the caller knows the line has no capital letter.
 */
export function lexiconHits(view: string, mayHoldUpper = true): LexiconHits {
  const { byFirstChar, starts, pairs } = lexicon();
  // Latin words (QQ, APP, ICP) are listed in lower case; capitals are folded as each unit is read (ASCII
  // only, so every offset stays), which spares a lower-cased copy of the line.
  const fold = mayHoldUpper;
  let covered = 0;
  let words = 0;
  let weight: Map<LexiconReason, number> | null = null;
  for (let at = 0; at < view.length; ) {
    const code = fold ? lowerAscii(view.charCodeAt(at)) : view.charCodeAt(at);
    // The next unit is read only inside the line (NaN past its end): a read past the end slows the whole scan.
    const next = at + 1 < view.length ? view.charCodeAt(at + 1) : NaN;
    if (!starts.has(code) || !pairs.has(pairKey(code, fold ? lowerAscii(next) : next))) {
      at++;
      continue;
    }
    const group = byFirstChar.get(code) as Array<{ word: string; reason: LexiconReason }>;
    let hit: { word: string; reason: LexiconReason } | undefined;
    for (let g = 0; g < group.length && hit === undefined; g++) if (fold ? startsWithFolded(view, group[g].word, at) : view.startsWith(group[g].word, at)) hit = group[g];
    if (!hit) {
      at++;
      continue;
    }
    covered += hit.word.length;
    words++;
    weight ??= new Map();
    weight.set(hit.reason, (weight.get(hit.reason) ?? 0) + hit.word.length);
    at += hit.word.length;
  }
  let reason: LexiconReason | null = null;
  let best = 0;
  if (weight) for (const [kind, count] of weight) if (count > best) [reason, best] = [kind, count];
  return { covered, words, reason };
}

/** The unit with an ASCII capital lowered. */
function lowerAscii(unit: number): number {
  return unit >= 65 && unit <= 90 ? unit + 32 : unit;
}

/** Whether `word` (lower case) stands in `view` at `at`, ASCII capitals of `view` read as small letters. */
function startsWithFolded(view: string, word: string, at: number): boolean {
  if (at + word.length > view.length) return false;
  for (let k = 0; k < word.length; k++) if (lowerAscii(view.charCodeAt(at + k)) !== word.charCodeAt(k)) return false;
  return true;
}
