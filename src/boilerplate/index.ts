/**
 * The boilerplate stage: sorts the lines of a page into title, body and captions, turns credits and
 * bylines into metadata, and reports every other line in `removed` with its reason and the rule or model
 * that removed it. Rules settle credits, publication headers, separators, captions and the patterns of
 * dict/boilerplate.txt; the line model (dict/line-model.txt) judges the rest from each line's features and
 * its neighbours. HTML furniture judged by markup was already removed by the input stage. Public as
 * `stripBoilerplate`.
 */
import { checkArrayOf, checkOptionNames, checkText, XinwenError } from '../errors.js';
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

const OPTION_NAMES = ['title', 'bylines'] as const;

/** @throws XinwenError `E_OPTION` for an unknown option, a title that is not a string, or bylines that are not strings. */
function checkClassifyOptions(options: unknown): ClassifyOptions {
  const checked = checkOptionNames<ClassifyOptions>(options, 'stripBoilerplate', OPTION_NAMES);
  if (checked.title !== undefined && checked.title !== null && typeof checked.title !== 'string') {
    throw new XinwenError('E_OPTION', `options.title must be a string or null; got ${typeof checked.title}`);
  }
  checkArrayOf(checked.bylines, 'bylines', 'a string', (line) => typeof line === 'string');
  return checked;
}

/**
 * Removes page furniture from page text and turns credits into metadata.
 * Use it on text you already pulled out of HTML; `parseArticle` does this and more.
 * @throws XinwenError `E_INPUT_TYPE` when `text` is not a string; `E_OPTION` for an unknown or bad option.
 */
export function stripBoilerplate(text: string, options: ClassifyOptions = {}): StrippedText {
  checkText(text, 'stripBoilerplate');
  const page = classifyLines(text.split(/\r\n|\n|\r/), checkClassifyOptions(options));
  return { text: page.kept.map((line) => line.text).join('\n'), removed: page.removed, credits: page.credits };
}
