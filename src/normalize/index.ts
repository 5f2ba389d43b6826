/**
 * The normalize stage: the analysis view every engine reads (Simplified, half-width, same length as the
 * text), script detection and conversion, line cleaning, and the punctuation groups.
 */
import { foldWidth } from './width.js';
import { toSimplified } from './script.js';

export { foldWidth, cleanLine } from './width.js';
export { toSimplified, toTraditional, detectScript } from './script.js';
export * from './punctuation.js';

/**
 * The text every engine reads: Simplified characters, half-width digits, letters and punctuation.
 * It has exactly the length of `text`, so a span found in the view slices the same words out of `text`.
 */
export function analysisView(text: string): string {
  return foldWidth(toSimplified(text));
}
