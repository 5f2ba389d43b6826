/**
 * Whole-line furniture patterns (widgets, share bars, navigation, notices) from dict/boilerplate.txt,
 * each with the `RemovedReason` it gives.
 */
import { lazy, readDictRows } from '../nlp/index.js';
import type { RemovedReason } from '../types.js';

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

/** Patterns as one sticky alternation, one wrapping group each, in file order, with the group of each pattern. */
function alternation(patterns: readonly FurniturePattern[]): { patterns: readonly FurniturePattern[]; groupOf: number[]; regex: RegExp } {
  // The group of pattern i is 1 + the groups of the patterns (and their wrappers) before it.
  const groupOf: number[] = [];
  let group = 1;
  for (const { pattern } of patterns) {
    groupOf.push(group);
    group += 1 + (new RegExp(`${pattern.source}|`, 'u').exec('')?.length ?? 1) - 1;
  }
  return { patterns, groupOf, regex: new RegExp(patterns.map(({ pattern }) => `(${pattern.source})`).join('|'), 'uy') };
}

/**
 * All patterns as one sticky alternation: one regular-expression run per line instead of one per pattern.
 * Every pattern is anchored, so the sticky match at 0 is the whole test, and the first alternative that
 * matches is the first pattern of the file that does. A second alternation leaves out the patterns that need
 * words anywhere in the line; it serves the lines that hold none of those words (the first match of the
 * file's order is then the same).
 */
const combined = lazy(() => {
  const patterns = furniturePatterns();
  const words = patterns.map(({ pattern }) => neededWords(pattern.source));
  const needed = words.filter((source): source is string => source !== null);
  return {
    all: alternation(patterns),
    anchored: alternation(patterns.filter((_, i) => words[i] === null)),
    anyWords: needed.length === 0 ? null : new RegExp(needed.join('|'), 'u'),
  };
});

/** The reason a cleaned line is page furniture, or null when it is not. */
export function furnitureReason(line: string): RemovedReason | null {
  // Furniture lines are short; long lines are text, and skipping them keeps the scan cheap.
  if (line.length > 400) return null;
  const { all, anchored, anyWords } = combined();
  const { patterns, groupOf, regex } = anyWords !== null && anyWords.test(line) ? all : anchored;
  regex.lastIndex = 0;
  const match = regex.exec(line);
  if (!match) return null;
  for (let i = 0; i < patterns.length; i++) if (match[groupOf[i]] !== undefined) return patterns[i].reason;
  return null;
}
