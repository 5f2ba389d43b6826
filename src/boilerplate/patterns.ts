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

/**
 * All patterns as one sticky alternation, one wrapping group each, in file order: one regular-expression run per
 * line instead of one per pattern. Every pattern is anchored, so the sticky match at 0 is the whole test, and
 * the first alternative that matches is the first pattern of the file that does.
 */
const combined = lazy(() => {
  const patterns = furniturePatterns();
  // The group of pattern i is 1 + the groups of the patterns (and their wrappers) before it.
  const groupOf: number[] = [];
  let group = 1;
  for (const { pattern } of patterns) {
    groupOf.push(group);
    group += 1 + (new RegExp(`${pattern.source}|`, 'u').exec('')?.length ?? 1) - 1;
  }
  return { patterns, groupOf, regex: new RegExp(patterns.map(({ pattern }) => `(${pattern.source})`).join('|'), 'uy') };
});

/** The reason a cleaned line is page furniture, or null when it is not. */
export function furnitureReason(line: string): RemovedReason | null {
  // Furniture lines are short; long lines are text, and skipping them keeps the scan cheap.
  if (line.length > 400) return null;
  const { patterns, groupOf, regex } = combined();
  regex.lastIndex = 0;
  const match = regex.exec(line);
  if (!match) return null;
  for (let i = 0; i < patterns.length; i++) if (match[groupOf[i]] !== undefined) return patterns[i].reason;
  return null;
}
