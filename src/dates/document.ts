/**
 * The walk over one document: tries the grammar at every token, keeps what is plausible, resolves
 * it with what the document has said so far (the years and months written earlier, the last whole
 * day, the dateline, the previous mention), and records what each mention adds for the ones after.
 * It also decides, once per document, whether the page writes Republic of China years and whether
 * it is in the Spring Festival season.
 */
import { detectScript } from '../normalize/index.js';
import type { DateMention } from '../types.js';
import { readExpression } from './grammar/index.js';
import { mayStartAt, nextPossibleStart } from './grammar/starts.js';
import { endsEveryToken, Lexer, type Token } from './lexer.js';
import type { Expression, Parts } from './parts.js';
import { plausibleDate } from './plausible.js';
import { type DocumentDay, type PageFacts, type ReferenceDate, type ResolveContext, datedAnchor } from './resolve/context.js';
import { type Resolved, resolvePoint } from './resolve/point.js';
import { resolveRange } from './resolve/range.js';
import { formatStamp } from './resolve/stamp.js';
import { SENTENCE_END_CHARS, SPRING_FESTIVAL_CONTEXT } from './vocabulary.js';

/** How two- and three-digit years are read: as Republic of China years, never, or where the page shows it. */
export type YearCalendar = 'auto' | 'roc' | 'gregorian';

/** What the caller tells the walk. */
export interface DocumentSettings {
  reference: ReferenceDate | null;
  published: ReferenceDate | null;
  calendar: YearCalendar;
}

// A clock time takes the date written at most this many characters before it in the same sentence.
const CLOCK_REACH = 12;
// A dateline marker (本报讯, 记者…报道:) stands at most this far before the date it introduces.
const DATELINE_REACH = 40;
// (the view is half-width: （记者 王明）： reads as (记者 王明):)
const DATELINE_MARKER = /(?:讯|报道)[\s:)\]】]*(?:[(【[][^()【】[\]\n,;。]{0,30}[)\]】])?[\s:]*$/;
const ERA_WORDS = /民国|中华民国/;
const THREE_DIGIT_YEAR = /(?:^|[^\d])1\d\d(?:年|[/-]\d{1,2}[/-]\d{1,2})/;
/**
 * The page writes Republic of China years when the caller says so, or (by default) when an era word
 * (民國, 中華民國) appears, or when Traditional text writes a three-digit year (113年, 113/01/13).
 */
function usesRocCalendar(text: string, view: string, calendar: YearCalendar): boolean {
  if (calendar !== 'auto') return calendar === 'roc';
  if (ERA_WORDS.test(view)) return true;
  return THREE_DIGIT_YEAR.test(view) && detectScript(text) === 'zh-Hant';
}

function inSpringFestivalSeason(view: string): boolean {
  return SPRING_FESTIVAL_CONTEXT.some((word) => view.includes(word));
}

/** The page-wide facts, each decided on first use: most pages never need them. */
function pageFacts(text: string, view: string, calendar: YearCalendar): PageFacts {
  let roc: boolean | undefined;
  let springFestival: boolean | undefined;
  return {
    rocCalendar: () => (roc ??= usesRocCalendar(text, view, calendar)),
    springFestivalSeason: () => (springFestival ??= inSpringFestivalSeason(view)),
  };
}

function isRelativeOnly(expression: Expression): boolean {
  const parts = expression.from;
  return (
    !expression.to && parts.year === undefined && parts.month === undefined && parts.day === undefined && parts.hour === undefined &&
    (parts.dayShift !== undefined || parts.yearShift !== undefined || parts.monthShift !== undefined || parts.weekShift !== undefined)
  );
}

function wholeDayOf(resolved: Resolved): { year: number; month: number; day: number } | null {
  const last = resolved.last;
  if (last.year === null || last.month === null || last.day === null) return null;
  return ['day', 'hour', 'minute', 'second'].includes(last.precision) ? { year: last.year, month: last.month, day: last.day } : null;
}

/** The year the document is about, for checks on bare years: the anchor's, else the last one written. */
function anchorYearOf(context: ResolveContext): number | null {
  return datedAnchor(context)?.day.year ?? context.contextYear;
}

/** What the walk has learnt from the mentions so far. */
interface WalkState {
  context: ResolveContext;
  lastDay: { year: number; month: number; day: number } | null;
  lastEnd: number;
  /** The last explicit year and where it ended, for a year written earlier in the same sentence. */
  lastYear: { year: number; end: number } | null;
  /** Offset of the last sentence end seen before the current mention. */
  lastSentenceEnd: number;
  sentenceScan: number;
  /** How many 《 are open before `titleScan` (an offset of the view). */
  titleDepth: number;
  titleScan: number;
}

// SENTENCE_END_CHARS by UTF-16 unit: the walk reads every character up to each mention.
const ENDS_SENTENCE = new Uint8Array(65536);
for (const mark of SENTENCE_END_CHARS) ENDS_SENTENCE[mark.charCodeAt(0)] = 1;

function advanceSentenceEnd(view: string, state: WalkState, upTo: number): void {
  for (; state.sentenceScan < upTo; state.sentenceScan++) if (ENDS_SENTENCE[view.charCodeAt(state.sentenceScan)] === 1) state.lastSentenceEnd = state.sentenceScan;
}

// Inside 《…》 a relative word is part of a title (《明日之后》), not a date. Counted on the view's characters:
// 《 and 》 are always tokens of their own, so the count is the one the tokens before the mention give.
const OPEN_TITLE = '《'.charCodeAt(0);
const CLOSE_TITLE = '》'.charCodeAt(0);
function advanceTitleDepth(view: string, state: WalkState, upTo: number): void {
  for (; state.titleScan < upTo; state.titleScan++) {
    const code = view.charCodeAt(state.titleScan);
    if (code === OPEN_TITLE) state.titleDepth++;
    else if (code === CLOSE_TITLE && state.titleDepth > 0) state.titleDepth--;
  }
}

/** 9月1日（周五）: a weekday in brackets right after a day restates it. */
function restatesLastDay(tokens: Token[], expression: Expression, state: WalkState): boolean {
  const { from, to, firstToken } = expression;
  return (
    !to && from.weekday !== undefined && from.day === undefined && state.lastDay !== null && firstToken > 0 &&
    tokens[firstToken - 1].text === '(' && tokens[firstToken - 1].start === state.lastEnd && ['周', '星期', '礼拜'].includes(tokens[firstToken].text)
  );
}

/** True when a sentence-ending mark stands in `[from, to)` of the view. */
function endsSentenceBetween(view: string, from: number, to: number): boolean {
  for (let at = from; at < to; at++) if (ENDS_SENTENCE[view.charCodeAt(at)] === 1) return true;
  return false;
}

/** The context for the mention starting at `start`. */
function contextFor(view: string, state: WalkState, start: number, parts: Parts): ResolveContext {
  const near = state.lastDay !== null && start - state.lastEnd <= CLOCK_REACH && !endsSentenceBetween(view, state.lastEnd, start);
  const noAnchor = state.context.reference === null && state.context.published === null;
  const contextDay = near || parts.dayFromContext || noAnchor ? state.lastDay : null;
  const sentenceYear = state.lastYear && state.lastYear.end > state.lastSentenceEnd ? state.lastYear.year : null;
  return { ...state.context, contextDay, sentenceYear };
}

function resolveExpression(tokens: Token[], expression: Expression, context: ResolveContext, state: WalkState): { from: Resolved; to: Resolved | null } | null {
  if (expression.to) {
    const range = resolveRange(expression.from, expression.to, context);
    return range ? { from: range.from, to: range.to } : null;
  }
  if (restatesLastDay(tokens, expression, state)) {
    const day = state.lastDay!;
    const restated = resolvePoint({ year: day.year, month: day.month, day: day.day }, context);
    return restated ? { from: { ...restated, yearSource: 'context' }, to: null } : null;
  }
  const point = resolvePoint(expression.from, context);
  return point ? { from: point, to: null } : null;
}

/** 新华社北京6月2日电, 本报讯（记者 王明）16日电, 记者…报道：9月21日上午: the day a report is filed. */
function datelineDay(view: string, tokens: Token[], expression: Expression, resolved: Resolved): DocumentDay | null {
  const first = resolved.first;
  if (expression.to || first.day === null || !['day', 'hour', 'minute', 'second'].includes(first.precision)) return null;
  const after = textAfter(tokens, expression.endToken);
  const start = tokens[expression.firstToken].start;
  const marked = after === '电' || after === '讯' || DATELINE_MARKER.test(view.slice(Math.max(0, start - DATELINE_REACH), start));
  return marked ? { year: first.year, month: first.month, day: first.day } : null;
}

const textAfter = (tokens: Token[], at: number): string => (at < tokens.length ? tokens[at].text : '');

/** Records what a resolved mention tells the mentions after it. */
function learn(state: WalkState, expression: Expression, from: Resolved, to: Resolved | null, end: number, dateline: DocumentDay | null): void {
  const context = state.context;
  for (const [parts, resolved] of [[expression.from, from], [expression.to, to]] as const) {
    if (!parts || !resolved) continue;
    if (parts.year !== undefined && resolved.first.year !== null && resolved.last.year !== null) {
      context.contextYear = resolved.last.year;
      state.lastYear = { year: resolved.last.year, end };
    }
    if ((parts.month !== undefined || parts.monthShift !== undefined) && resolved.last.month !== null && resolved.last.precision !== 'year') {
      context.contextMonth = { year: resolved.last.year, month: resolved.last.month, fromDateline: false };
    }
    const day = wholeDayOf(resolved);
    if (day) state.lastDay = day;
  }
  if (dateline) {
    context.dateline = dateline;
    if (dateline.month !== null) context.contextMonth = { year: dateline.year, month: dateline.month, fromDateline: true };
  }
  state.lastEnd = end;
  context.previous = { first: from.first, last: to ? to.last : from.last, grain: from.grain };
}

/*
 * The walk goes from one offset where an expression may begin (nextPossibleStart) to the next, and holds a
 * window of the tokens there, not one token per character of the whole text: the lexer reads on only as far as
 * the walk needs, the tokens far behind the walk are dropped, and where the next possible start lies beyond what
 * has been lexed the lexer starts afresh shortly before it (Lexer.restartPoint) instead of lexing the text between.
 *
 * How far ahead the window reaches: every grammar reader and plausibility check looks a bounded number of tokens
 * around the expression it reads (back at most two tokens), and none reads on past the end of a sentence (。 ! ?
 * or a line break): those characters are in no vocabulary of the grammar, are never a number, space or joiner, so
 * a reader may look at one (CLAUSE_BOUNDARIES, BEFORE_BARE_YEAR_MARKS) but never takes it into an expression and
 * looks at what follows it. So the window holds the tokens up to and including the first sentence end at or after
 * the token the walk is at (or LOOK_AHEAD tokens, or the rest of the text), and every reader sees what it would
 * see in the whole token list; the text of sentences without a possible start is never lexed (most of a page's).
 * The window keeps LOOK_BEHIND tokens behind the walk.
 */
const LOOK_BEHIND = 256;
const RESTART_BEHIND = 8;
const LOOK_AHEAD = 4096;
const BATCH = 16384;

// The units that end the window's reach ahead: the sentence ends, each a one-unit token that ends every token
// holding it (else the lexer would not stop there, and the window would only reach further).
const SENTENCE_END_UNITS = new Uint8Array(65536);
for (const mark of SENTENCE_END_CHARS) if (endsEveryToken(mark.charCodeAt(0))) SENTENCE_END_UNITS[mark.charCodeAt(0)] = 1;

/** The walk's token window, and the position in it of the last token the walk looked at. */
interface TokenWindow {
  tokens: Token[];
  lexer: Lexer;
  index: number;
  /** The position in `tokens` of the last sentence end lexed (-1: none in the window). */
  sentenceEnd: number;
}

/**
 * The position in the window of the first token that begins at or after `offset` (tokens.length when none
 * does), with the tokens lexed past it up to the first sentence end (or LOOK_AHEAD of them, or every token left)
 * and the tokens more than LOOK_BEHIND before it dropped.
 */
function tokenFrom(window: TokenWindow, offset: number): number {
  const { tokens, lexer } = window;
  if (offset > lexer.position) {
    const restart = lexer.restartPoint(offset, RESTART_BEHIND);
    if (restart > lexer.position) {
      tokens.length = 0;
      window.index = 0;
      window.sentenceEnd = -1;
      lexer.restartAt(restart);
    }
  }
  let index = window.index;
  for (;;) {
    while (index < tokens.length && tokens[index].start < offset) index++;
    if (window.sentenceEnd >= index || tokens.length - index >= LOOK_AHEAD || lexer.done) break;
    if (index > LOOK_BEHIND) {
      const dropped = index - LOOK_BEHIND;
      tokens.splice(0, dropped);
      index = LOOK_BEHIND;
      window.sentenceEnd -= dropped;
    }
    if (lexer.readThrough(tokens, SENTENCE_END_UNITS, BATCH)) window.sentenceEnd = tokens.length - 1;
  }
  window.index = index;
  return index;
}

/** Every date and time expression of a document, in order and without overlaps. */
export function findDates(text: string, view: string, settings: DocumentSettings): DateMention[] {
  let offset = nextPossibleStart(view, 0);
  if (offset === -1) return [];
  const window: TokenWindow = { tokens: [], lexer: new Lexer(view), index: 0, sentenceEnd: -1 };
  const tokens = window.tokens;
  const page = pageFacts(text, view, settings.calendar);
  const state: WalkState = {
    context: {
      reference: settings.reference, published: settings.published, dateline: null, contextYear: null, sentenceYear: null,
      contextMonth: null, contextDay: null, previous: null, page,
    },
    lastDay: null, lastEnd: -1, lastYear: null, lastSentenceEnd: -1, sentenceScan: 0, titleDepth: 0, titleScan: 0,
  };
  const mentions: DateMention[] = [];
  while (offset !== -1) {
    const at = tokenFrom(window, offset);
    if (at >= tokens.length) break;
    // a possible start inside a token (a listed word's second character) is none: go on from the next token
    const next = tokens[at].start > offset ? tokens[at].start : tokens[at].end;
    const expression = tokens[at].start === offset && mayStartAt(tokens, at) ? readExpression(tokens, at) : null;
    if (!expression || !plausibleDate(text, view, tokens, expression, page, anchorYearOf(state.context))) {
      offset = nextPossibleStart(view, next);
      continue;
    }
    const start = tokens[expression.firstToken].start;
    const end = tokens[expression.endToken - 1].end;
    advanceTitleDepth(view, state, start);
    advanceSentenceEnd(view, state, start);
    if (state.titleDepth > 0 && isRelativeOnly(expression)) {
      offset = nextPossibleStart(view, next);
      continue;
    }
    const context = contextFor(view, state, start, expression.from);
    const resolved = resolveExpression(tokens, expression, context, state);
    if (!resolved) {
      offset = nextPossibleStart(view, next);
      continue;
    }
    const { from, to } = resolved;
    const first = formatStamp(from.first);
    const last = formatStamp(to ? to.last : from.last);
    const mention: DateMention = {
      start, end, text: text.slice(start, end), value: first === last ? first : { start: first, end: last }, grain: from.grain, yearSource: from.yearSource,
    };
    const calendar = from.calendar ?? to?.calendar;
    if (calendar) mention.calendar = calendar;
    if (from.textOnly && !to) mention.alt = from.textOnly;
    mentions.push(mention);
    learn(state, expression, from, to, end, datelineDay(view, tokens, expression, from));
    offset = nextPossibleStart(view, end);
  }
  return mentions;
}
