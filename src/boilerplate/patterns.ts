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

/** The reason a cleaned line is page furniture, or null when it is not. */
export function furnitureReason(line: string): RemovedReason | null {
  // Furniture lines are short; long lines are text, and skipping them keeps the scan cheap.
  if (line.length > 400) return null;
  for (const { reason, pattern } of furniturePatterns()) if (pattern.test(line)) return reason;
  return null;
}
