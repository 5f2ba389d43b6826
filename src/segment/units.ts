/**
 * Units the segmenter keeps whole, found by linear regular expressions: URLs, e-mail addresses, numbers
 * with their units, Latin words, 《book titles》; and the rule that resolves overlapping spans.
 */
import type { Span } from '../types.js';

/** A span the segmenter must keep as one token, with the tag it gets. */
export interface ProtectedSpan extends Span {
  tag: string;
}

// Each alternative is a single run with bounded or possessive-like structure: no nested quantifiers.
const URL = /(?:https?:\/\/|www\.)[\w\-.~:/?#[\]@!$&'()*+;=%]{1,2000}/gu;
const EMAIL = /[\w.+-]{1,64}@[\w-]{1,63}(?:\.[\w-]{1,63}){1,8}/gu;
const NUMBER_WITH_UNIT =
  /\d{1,3}(?:,\d{3}){1,8}(?:\.\d{1,12})?(?:%|‰|万亿元|亿元|万元|千元|元|万亿|亿|万|千|百)?|\d{1,20}(?:\.\d{1,20})?(?:%|‰|万亿元|亿元|万元|千元|元|万亿|亿|万|千|百|千克|公斤|公里|千米|平方公里|平方米|亩|吨|米|厘米|毫米|人次|摄氏度|℃|岁)?/gu;
const LATIN = /[A-Za-z][A-Za-z0-9]{0,40}(?:[-'.][A-Za-z0-9]{1,40}){0,8}/gu;
const BOOK_TITLE = /《[^《》\n]{1,40}》/gu;

function collect(view: string, pattern: RegExp, tag: string, into: ProtectedSpan[]): void {
  pattern.lastIndex = 0;
  for (let match = pattern.exec(view); match !== null; match = pattern.exec(view)) {
    into.push({ start: match.index, end: match.index + match[0].length, tag });
  }
}

// What each pattern cannot match without: most lines of text have no Latin letter, '@' or 《, and the
// scan for one is cheaper than running the pattern.
const ASCII_LETTER = /[A-Za-z]/;
const ASCII_DIGIT = /\d/;

/** Units that must stay whole in every granularity: URLs, e-mail addresses, numbers with their units. */
export function findFineUnits(view: string): ProtectedSpan[] {
  const spans: ProtectedSpan[] = [];
  if (view.includes('http') || view.includes('www.')) collect(view, URL, 'url', spans);
  if (view.includes('@')) collect(view, EMAIL, 'email', spans);
  if (ASCII_DIGIT.test(view)) collect(view, NUMBER_WITH_UNIT, 'm', spans);
  return spans;
}

/** Units kept whole in the default granularity on top of the fine ones: Latin words and acronyms, 《book titles》. */
export function findDefaultUnits(view: string): ProtectedSpan[] {
  const spans = findFineUnits(view);
  if (ASCII_LETTER.test(view)) collect(view, LATIN, 'eng', spans);
  if (view.includes('《')) collect(view, BOOK_TITLE, 'nz', spans);
  return spans;
}

/**
 * Keeps the spans that do not overlap an earlier-starting or longer one: the first span of each
 * overlapping cluster wins, ties going to the longer.
 */
export function resolveOverlaps(spans: ProtectedSpan[]): ProtectedSpan[] {
  if (spans.length === 0) return []; // most short texts hold none
  const sorted = [...spans].sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: ProtectedSpan[] = [];
  let reach = -1;
  for (const span of sorted) {
    if (span.end <= span.start || span.start < reach) continue;
    kept.push(span);
    reach = span.end;
  }
  return kept;
}
