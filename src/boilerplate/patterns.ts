import { lazy, readDictRows } from '../nlp/index.js';

/** A kind of page furniture recognised as a whole line. */
export interface FurniturePattern {
  reason: string;
  pattern: RegExp;
}

/** The patterns of dict/boilerplate.txt, compiled once. */
const furniturePatterns = lazy((): FurniturePattern[] =>
  readDictRows('boilerplate.txt').map(([reason, source]) => ({ reason, pattern: new RegExp(source, 'u') })),
);

/** The reason a cleaned line is page furniture, or null when it is not. */
export function furnitureReason(line: string): string | null {
  // Furniture lines are short; long lines are text, and skipping them keeps the scan cheap.
  if (line.length > 400) return null;
  for (const { reason, pattern } of furniturePatterns()) if (pattern.test(line)) return reason;
  return null;
}
