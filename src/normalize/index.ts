/**
 * The normalize stage: the analysis view every engine reads (Simplified, half-width, same length as the
 * text), script detection and conversion, line cleaning, the punctuation groups, and tables of units by a
 * one-character pattern.
 */
import { foldWidth } from './width.js';
import { toSimplified, toSimplifiedLines } from './script.js';

export { foldWidth, cleanLine } from './width.js';
export { toSimplified, toTraditional, detectScript, detectScriptOfViews } from './script.js';
export * from './punctuation.js';
export { unitsMatching } from './unit-table.js';

/**
 * The text every engine reads: Simplified characters, half-width digits, letters and punctuation.
 * It has exactly the length of `text`, so a span found in the view slices the same words out of `text`.
 */
export function analysisView(text: string): string {
  return foldWidth(toSimplified(text));
}

/**
 * The analysis views of many lines from one conversion of their joined text instead of one call per line: no
 * conversion entry spans a line break, and the view keeps every length (a piece the converter would lengthen
 * falls back alone), so each slice is the line's own view.
 */
export function viewsOfLines(lines: readonly string[]): string[] {
  const joined = lines.join('\n');
  const view = foldWidth(toSimplifiedLines(lines, joined));
  if (view === joined) return lines.slice();
  const views: string[] = new Array(lines.length);
  let at = 0;
  for (let i = 0; i < lines.length; i++) {
    views[i] = view.slice(at, at + lines[i].length);
    at += lines[i].length + 1;
  }
  return views;
}
