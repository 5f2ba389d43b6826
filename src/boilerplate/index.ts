/**
 * The boilerplate stage: sorts the lines of a page into title, body and captions, turns credits and
 * bylines into metadata, and reports every other line in `removed` with its reason and the rule or model
 * that removed it. Rules settle credits, publication headers, separators, captions and the patterns of
 * dict/boilerplate.txt; the line model (dict/line-model.txt) judges the rest from each line's features and
 * its neighbours. HTML furniture judged by markup was already removed by the input stage. Public as
 * `stripBoilerplate`.
 */
import type { Credits, Removed } from '../types.js';
import { classifyPageLines, type ClassifiedLines, type InputLine, type PageOptions } from './classify.js';

export { CREDITS_KEY, emptyCredits } from './roles.js';
export type { KeptLine } from './classify.js';
export type { MarkupFacts } from './features.js';

/** What the line classifier makes of a page. */
export type ClassifiedPage = ClassifiedLines;

/** Options of the line classifier. */
export type ClassifyOptions = Omit<PageOptions, 'weights'>;

/**
 * Sorts the lines of a page into title, body and captions, and reports everything else (repeated
 * headlines, headers, widgets, notices, credits) in `removed` with its reason and the rule that removed it.
 * Credits become metadata. Lines are cleaned (white space folded); blank lines are dropped.
 */
export function classifyLines(lines: ReadonlyArray<string | InputLine>, options: ClassifyOptions = {}): ClassifiedPage {
  return classifyPageLines(lines, options);
}

/** What `stripBoilerplate` returns. */
export interface StrippedText {
  /** The kept lines (title first), joined by `\n`. */
  text: string;
  removed: Removed[];
  credits: Credits;
}

/**
 * Removes page furniture from page text and turns credits into metadata.
 * Use it on text you already pulled out of HTML; `parseArticle` does this and more.
 */
export function stripBoilerplate(text: string, options: ClassifyOptions = {}): StrippedText {
  const page = classifyLines(text.split(/\r\n|\n|\r/), options);
  return { text: page.kept.map((line) => line.text).join('\n'), removed: page.removed, credits: page.credits };
}
