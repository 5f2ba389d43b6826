/**
 * The segment stage: `segment`, words with tags and offsets. One cut of the whole text by the nlp service,
 * then protected spans laid over it (dates, numbers with units, URLs, Latin words, 《titles》, the
 * document's names) so each stays one token. In the default granularity it finds the dates itself with
 * the date engine unless the caller passes them (parseArticle does).
 */
import { extractDatesFromView, parseReferenceDate } from '../dates/index.js';
import { checkArrayOf, checkOneOf, checkOptionNames, checkSpans, checkText } from '../errors.js';
import { analysisView } from '../normalize/index.js';
import type { DateMention, Segmenter, Span, Token } from '../types.js';
import { tagWithOffsets, withSegmenter } from '../nlp/index.js';
import { findDefaultUnits, findFineUnits, resolveOverlaps, type ProtectedSpan } from './units.js';

export type { ProtectedSpan } from './units.js';

/** Options of `segment`. */
export interface SegmentOptions {
  /**
   * `default` keeps entities whole (names, dates, numbers with units, Latin words, 《titles》);
   * `fine` returns jieba's words with only numbers with units, URLs and e-mail addresses kept whole.
   */
  granularity?: 'default' | 'fine';
  /** Names known for this document (from titles, credits, lists): each occurrence becomes one token. Per call, never global. */
  names?: readonly string[];
  /** Further spans (UTF-16 offsets into `text`) to keep as single tokens, with their tags. */
  protect?: readonly ProtectedSpan[];
  /** Reference date passed to the date finder (dates are kept whole in the default granularity). */
  referenceDate?: string | Date;
  /** Dates already found in `text` (by `extractDates`): kept whole, and the date pass is not run again. */
  dates?: readonly Span[];
  /** Which segmenter cuts the text (see `Segmenter`). Default `'nodejieba'`. */
  segmenter?: Segmenter;
}

const WHITESPACE_ONLY = /^\s+$/u;
const OPTION_NAMES = ['granularity', 'names', 'protect', 'referenceDate', 'dates', 'segmenter'] as const;

/**
 * The options of `segment`, checked against `text`: protected spans and dates must lie inside it.
 * @throws XinwenError `E_OPTION`
 */
function checkSegmentOptions(options: unknown, text: string): SegmentOptions {
  const checked = checkOptionNames<SegmentOptions>(options, 'segment', OPTION_NAMES);
  checkOneOf(checked.granularity, 'granularity', ['default', 'fine']);
  checkArrayOf(checked.names, 'names', 'a string', (name) => typeof name === 'string');
  checkSpans(checked.protect, 'protect', text.length, (span) => (typeof span.tag === 'string' ? null : 'must have a string tag'));
  checkSpans(checked.dates, 'dates', text.length);
  parseReferenceDate(checked.referenceDate);
  return checked;
}

/** Occurrences of each name in `view`, longest names first so 何晓梅 is not cut as 何晓. */
function nameSpans(view: string, names: readonly string[]): ProtectedSpan[] {
  const spans: ProtectedSpan[] = [];
  const ordered = [...new Set(names)].filter((name) => name.length > 0).sort((a, b) => b.length - a.length);
  for (const name of ordered) {
    for (let at = view.indexOf(name); at !== -1; at = view.indexOf(name, at + name.length)) {
      spans.push({ start: at, end: at + name.length, tag: 'nr' });
    }
  }
  return spans;
}

/**
 * Characters per native call, at least: a long text is cut in pieces that end at a line break (where jieba
 * ends a word anyway), since one call over megabytes costs more per character than many smaller ones.
 */
const PIECE = 50_000;

/** Where the piece of the view that starts at `from` ends: the first line end PIECE characters on, or the view's end. */
function pieceEnd(view: string, from: number): number {
  const lineEnd = view.indexOf('\n', from + PIECE);
  return lineEnd === -1 ? view.length : lineEnd + 1;
}

function cutRange(view: string, start: number, end: number, into: Token[]): void {
  // A loop, not push(...words): a long text has more words than a call can take as arguments.
  for (const word of tagWithOffsets(view, start, end)) into.push(word);
}

/** Where the span walk stands between pieces: the next span that may touch a word, and the last span emitted. */
interface SpanCursor {
  next: number;
  emitted: number;
}

/**
 * The protected spans laid over one piece's words (in order, after the previous piece's): jieba's words
 * that touch no span stay as they are, each span becomes one token, and only the bits of words a span cut
 * through are cut again. `spans` are sorted and do not overlap (resolveOverlaps), and the words come in
 * order, so one cursor walks the spans beside the words, carried from piece to piece.
 */
function mergeWithSpans(view: string, words: readonly Token[], spans: readonly ProtectedSpan[], cursor: SpanCursor, into: Token[]): void {
  for (const token of words) {
    while (cursor.next < spans.length && spans[cursor.next].end <= token.start) cursor.next++;
    if (cursor.next === spans.length || spans[cursor.next].start >= token.end) {
      into.push(token);
      continue;
    }
    for (let at = token.start; at < token.end; ) {
      const span = cursor.next < spans.length ? spans[cursor.next] : null;
      if (span !== null && span.start <= at) {
        if (cursor.emitted !== cursor.next) {
          cursor.emitted = cursor.next;
          into.push({ word: view.slice(span.start, span.end), tag: span.tag, start: span.start, end: span.end });
        }
        at = Math.min(span.end, token.end);
        if (span.end <= at) cursor.next++;
        continue;
      }
      const end = span === null ? token.end : Math.min(span.start, token.end);
      cutRange(view, at, end, into);
      at = end;
    }
  }
}

/**
 * One jieba pass over the view (one native call, or one per piece of at least PIECE characters for a long
 * view), the spans laid over each piece's words, and each piece's tokens handed to `keep` in order (the list is
 * `keep`'s to change and hold). A long text's words are handled piece by piece, so no list of the whole text's
 * words is held beside the result.
 */
function cutAndMerge(view: string, spans: readonly ProtectedSpan[], keep: (tokens: Token[]) => void): void {
  const cursor: SpanCursor = { next: 0, emitted: -1 };
  for (let from = 0; from < view.length; ) {
    const to = pieceEnd(view, from);
    const words = tagWithOffsets(view, from, to);
    if (spans.length === 0) {
      keep(words);
    } else {
      const merged: Token[] = [];
      mergeWithSpans(view, words, spans, cursor, merged);
      keep(merged);
    }
    from = to;
  }
}

/**
 * White space only: a CJK character or ASCII letter, the common case, answers at its first unit, which the
 * caller passes (read from the view it has at hand: a shared word's own string is seldom in the processor's cache).
 */
function isWhitespaceOnly(word: string, first: number): boolean {
  if ((first > 0x20 && first < 0x7f) || (first > 0x3000 && first < 0xfeff)) return false;
  return WHITESPACE_ONLY.test(word);
}

/**
 * Segments Chinese text into words with part-of-speech tags and offsets into `text`
 * (`text.slice(start, end) === word`). Works on Traditional input (it segments the Simplified
 * view and maps the words back) and on full-width digits and letters. White space is not a token.
 * @throws XinwenError `E_INPUT_TYPE` when `text` is not a string; `E_OPTION` for an unknown or bad
 * option, including protected spans or dates that do not lie inside `text`.
 */
export function segment(text: string, options: SegmentOptions = {}): Token[] {
  checkText(text, 'segment');
  return segmentView(text, analysisView(text), checkSegmentOptions(options, text));
}

/**
 * {@link segment} for a caller that already holds the analysis view of `text` (the pipeline makes it once
 * per document) and has checked its options: the view is not made again.
 */
export function segmentView(text: string, view: string, options: SegmentOptions): Token[] {
  const fine = options.granularity === 'fine';
  const spans: ProtectedSpan[] = fine ? findFineUnits(view) : findDefaultUnits(view);
  if (!fine) {
    for (const date of options.dates ?? datesOfView(text, view, options.referenceDate)) {
      spans.push({ start: date.start, end: date.end, tag: 't' });
    }
    if (options.names !== undefined) for (const span of nameSpans(view, options.names)) spans.push(span);
    if (options.protect !== undefined) for (const span of options.protect) spans.push(span);
  }
  const kept = resolveOverlaps(spans);
  const pieces: Token[][] = [];
  const walk: DifferenceWalk = { next: text === view ? text.length : -1 };
  withSegmenter(options.segmenter, () => cutAndMerge(view, kept, (tokens) => pieces.push(asWritten(tokens, text, view, walk))));
  return pieces.length === 1 ? pieces[0] : pieces.flat();
}

/** The first offset where `text` and its view differ from `next` on (the text's length: none), carried from token to token. */
interface DifferenceWalk {
  next: number;
}

/**
 * The tokens (cut from the view) as the caller wrote them, white space dropped, in place: only a word over a unit
 * the view changed (a full-width comma, a Traditional character) is sliced again from `text`; the others already
 * read as the caller wrote them, and most words of a page are such. The tokens come in order, so one walk over
 * text and view finds the next changed unit, and no list of them is made.
 */
function asWritten(tokens: Token[], text: string, view: string, walk: DifferenceWalk): Token[] {
  let kept = 0;
  for (let index = 0; index < tokens.length; index++) {
    const token = tokens[index];
    if (walk.next < token.start) walk.next = firstDifference(text, view, token.start);
    let first: number;
    if (walk.next < token.end) {
      token.word = text.slice(token.start, token.end);
      first = text.charCodeAt(token.start);
    } else {
      first = view.charCodeAt(token.start); // the word reads as the view here
    }
    if (!isWhitespaceOnly(token.word, first)) tokens[kept++] = token;
  }
  tokens.length = kept;
  return tokens;
}

/** The first offset from `from` on where `text` and `view` (of the same length) differ, or their length. */
function firstDifference(text: string, view: string, from: number): number {
  let at = from;
  while (at < text.length && text.charCodeAt(at) === view.charCodeAt(at)) at++;
  return at;
}

/**
 * `extractDates(view, { referenceDate })`, the dates the default granularity keeps whole, without making the view
 * of the view when it is known: the view of `text` is `view`, so when the view is the text itself (Simplified,
 * half-width text), the view of the view is `view` again.
 */
function datesOfView(text: string, view: string, referenceDate: SegmentOptions['referenceDate']): DateMention[] {
  return extractDatesFromView(view, text === view ? view : analysisView(view), { referenceDate });
}
