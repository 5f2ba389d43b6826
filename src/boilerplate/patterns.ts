/**
 * Whole-line furniture patterns (widgets, share bars, navigation, notices) from dict/boilerplate.txt,
 * each with the `RemovedReason` it gives.
 */
import { lazy, readDictRows } from '../nlp/index.js';
import type { RemovedReason } from '../types.js';
import { anchoredAtStart, openingPairs, patternNeeds } from './pattern-starts.js';
import { pairUnit, UnitSet } from './unit-set.js';

/** A kind of page furniture recognised as a whole line. */
export interface FurniturePattern {
  reason: RemovedReason;
  pattern: RegExp;
}

/** The patterns of dict/boilerplate.txt, compiled once (test/vocabularies.test.ts checks its reasons are RemovedReasons). */
const furniturePatterns = lazy((): FurniturePattern[] =>
  readDictRows('boilerplate.txt').map(([reason, source]) => ({ reason: reason as RemovedReason, pattern: new RegExp(source, 'u') })),
);

/** The length of the group that opens `source` at `from` (balanced, past escapes and classes), or -1. */
function groupLength(source: string, from: number): number {
  if (source[from] !== '(') return -1;
  let depth = 0;
  let inClass = false;
  for (let at = from; at < source.length; at++) {
    const ch = source[at];
    if (ch === '\\') at++;
    else if (inClass) inClass = ch !== ']';
    else if (ch === '[') inClass = true;
    else if (ch === '(') depth++;
    else if (ch === ')' && --depth === 0) return at + 1 - from;
  }
  return -1;
}

// A pattern that may start its words anywhere in the first characters of a line (^.{0,300}(转载请注明…)…).
const LEADING_ANY = /^\^\.\{0,\d+\}/u;

/**
 * The words a pattern of the form `^.{0,N}(words)…` needs somewhere in the line, as a regular-expression
 * source, or null for a pattern anchored at its first character. Such a pattern costs a scan of the line
 * and a try of its words at each position; most lines hold none of the words, which one unanchored search
 * for all of them tells at once.
 */
function neededWords(source: string): string | null {
  const lead = LEADING_ANY.exec(source);
  if (!lead) return null;
  const length = groupLength(source, lead[0].length);
  return length < 0 ? null : source.slice(lead[0].length, lead[0].length + length);
}

/** Patterns as one sticky alternation, with the capture group that wraps each. */
interface Alternation {
  patterns: readonly FurniturePattern[];
  groupOf: number[];
  regex: RegExp;
}

/** Patterns as one sticky alternation, one wrapping group each, in file order, with the group of each pattern. */
function alternation(patterns: readonly FurniturePattern[]): Alternation {
  // The group of pattern i is 1 + the groups of the patterns (and their wrappers) before it.
  const groupOf: number[] = [];
  let group = 1;
  for (const { pattern } of patterns) {
    groupOf.push(group);
    group += 1 + (new RegExp(`${pattern.source}|`, 'u').exec('')?.length ?? 1) - 1;
  }
  return { patterns, groupOf, regex: new RegExp(patterns.map(({ pattern }) => `(${pattern.source})`).join('|'), 'uy') };
}

/** How a line is chosen for a pattern: by its first character, by a word it holds, by a character it holds, or always. */
type Selection = 'first' | 'words' | 'required' | 'always';

/**
 * What a line holds that lets patterns be tried which its first character does not: the start of a word some
 * pattern needs anywhere in the line, or a character a pattern that may start with anything needs.
 */
export const PATTERN_GATES = { word: 1, character: 2 } as const;

/** The patterns a line starting with one unit can match, and their alternations, made on first use. */
interface ByFirstUnit {
  /** The patterns anchored at the line's start whose first character may be this unit. */
  starting: readonly number[];
  /** Four alternations: with or without the word patterns and the character patterns. */
  alternations: Array<Alternation | null | undefined>;
}

/**
 * The patterns sorted by what a line needs to be tried against them (pattern-starts.ts), and the sticky
 * alternations of the patterns a line can match, made on first use for each kind of line. Every pattern is
 * anchored, so the sticky match at 0 is the whole test, and the first alternative that matches is the first
 * pattern of the file that does: leaving out patterns that cannot match keeps the answer.
 */
const selection = lazy(() => {
  const patterns = furniturePatterns();
  const byFirst = new Map<number, number[]>();
  const wordStarts = new UnitSet();
  const wordAlone = new UnitSet();
  const wordPairs = new UnitSet();
  const required = new UnitSet();
  const startsSome = new UnitSet();
  const words: string[] = [];
  const kinds: Selection[] = patterns.map(({ pattern }, index) => {
    const needed = neededWords(pattern.source);
    if (needed !== null) {
      words.push(needed);
      const { first } = patternNeeds(needed);
      if (first === null) return 'always';
      for (const unit of first) wordStarts.add(unit);
      // Most lines hold the first unit of some word (本, 文, a, c …) but not the first two of any.
      const opening = openingPairs(needed.slice(needed.startsWith('(?:') ? 3 : 1, -1));
      for (const unit of opening === null ? first : opening.alone) wordAlone.add(unit);
      for (const [unit, next] of opening?.pairs ?? []) wordPairs.add(pairUnit(unit, next));
      return 'words';
    }
    const needs = patternNeeds(pattern.source);
    if (needs.first !== null && anchoredAtStart(pattern.source)) {
      for (const unit of needs.first) {
        startsSome.add(unit);
        const list = byFirst.get(unit) ?? [];
        list.push(index);
        byFirst.set(unit, list);
      }
      return 'first';
    }
    if (needs.required !== null) {
      required.add(needs.required);
      return 'required';
    }
    return 'always';
  });
  const byUnit = new Map<number, ByFirstUnit>();
  for (const [unit, starting] of byFirst) byUnit.set(unit, { starting, alternations: [undefined, undefined, undefined, undefined] });
  return {
    patterns,
    kinds,
    startsSome,
    wordStarts,
    wordAlone,
    wordPairs,
    required,
    anyWords: words.length === 0 ? null : new RegExp(words.join('|'), 'u'),
    byUnit,
    // Shared by every first unit that starts no pattern.
    otherwise: { starting: [], alternations: [undefined, undefined, undefined, undefined] } as ByFirstUnit,
  };
});

/** The units that open each of {@link PATTERN_GATES} (for line-facts.ts, which reads them in its pass). */
export function patternGates(): { wordStarts: UnitSet; required: UnitSet } {
  return selection();
}

/**
 * Whether a word some pattern needs anywhere in the line may start at a unit `unit` of {@link patternGates}'
 * `wordStarts` followed by `next` (NaN at the line's end): line-facts.ts asks it for each such unit, so the
 * word gate opens only where the first two units of a word stand.
 */
export function opensPatternWord(unit: number, next: number): boolean {
  const { wordAlone, wordPairs } = selection();
  return wordAlone.has(unit) || wordPairs.has(pairUnit(unit, next));
}

/** The alternation of the patterns a line starting with `unit` can match, or null when it can match none. */
function alternationFor(unit: number, words: boolean, required: boolean): Alternation | null {
  const { patterns, kinds, startsSome, byUnit, otherwise } = selection();
  const { starting, alternations } = startsSome.has(unit) ? (byUnit.get(unit) as ByFirstUnit) : otherwise;
  const slot = (words ? 1 : 0) + (required ? 2 : 0);
  let found = alternations[slot];
  if (found === undefined) {
    const chosen = patterns.filter((_, i) => kinds[i] === 'always' || (kinds[i] === 'words' && words) || (kinds[i] === 'required' && required) || starting.includes(i));
    found = chosen.length === 0 ? null : alternation(chosen);
    alternations[slot] = found;
  }
  return found;
}

/** The {@link PATTERN_GATES} the characters of `line` open, for a caller that has not read them. */
function gateOf(line: string): number {
  const { wordStarts, required } = selection();
  let bits = 0;
  for (let i = 0; i < line.length; i++) {
    const unit = line.charCodeAt(i);
    // NaN after the last unit, read without going past the end of the line (which slows the whole loop).
    if (wordStarts.has(unit) && opensPatternWord(unit, i + 1 < line.length ? line.charCodeAt(i + 1) : NaN)) bits |= PATTERN_GATES.word;
    if (required.has(unit)) bits |= PATTERN_GATES.character;
  }
  return bits;
}

/**
 * The reason a cleaned line is page furniture, or null when it is not. `gates` are the {@link PATTERN_GATES}
 * the line opens when the caller has read them (line-facts.ts does in its pass); without them the line is read here.
 */
export function furnitureReason(line: string, gates?: number): RemovedReason | null {
  // Furniture lines are short; long lines are text, and skipping them keeps the scan cheap.
  if (line.length > 400) return null;
  const bits = gates ?? gateOf(line);
  const { anyWords } = selection();
  const words = (bits & PATTERN_GATES.word) !== 0 && anyWords !== null && anyWords.test(line);
  const chosen = alternationFor(line.charCodeAt(0), words, (bits & PATTERN_GATES.character) !== 0);
  if (chosen === null) return null;
  const { patterns, groupOf, regex } = chosen;
  regex.lastIndex = 0;
  const match = regex.exec(line);
  if (!match) return null;
  for (let i = 0; i < patterns.length; i++) if (match[groupOf[i]] !== undefined) return patterns[i].reason;
  return null;
}
