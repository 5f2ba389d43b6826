/**
 * What the document and the caller supply to resolve a date: the reference date, the page's publish
 * date, the dateline, the years and months written earlier, the page's calendar. And the rules that
 * choose among them: which day a relative word counts from, which year a month-day without one
 * belongs to, and which century a two-digit year is in.
 */
import type { YearSource } from '../../types.js';
import { addMonths, daysInMonth, fromDayNumber, toDayNumber } from '../calendar.js';
import type { DateGrain } from '../../types.js';
import type { Stamp } from './stamp.js';

/** A reference date as wall-clock fields. */
export interface ReferenceDate {
  year: number;
  month: number;
  day: number;
  hour?: number;
  minute?: number;
}

/** A day the document names; the year (and, for 5日电, the month) is null when the document does not say it. */
export interface DocumentDay {
  year: number | null;
  month: number | null;
  day: number;
}

/** A day to count from, and where it came from. */
export interface Anchor {
  day: DocumentDay;
  source: YearSource;
}

/** What the text around an expression, and the caller, supply. */
export interface ResolveContext {
  /** The caller's reference date. */
  reference: ReferenceDate | null;
  /** The page's own publish date, where the caller knows it. */
  published: ReferenceDate | null;
  /** The document's dateline (新华社北京6月2日电), once it has been read. */
  dateline: DocumentDay | null;
  /** Latest year written explicitly earlier in the text. */
  contextYear: number | null;
  /** A year written explicitly earlier in the same sentence. */
  sentenceYear: number | null;
  /** Latest month named earlier in the text, with its resolved year; `fromDateline` while it is the dateline's. */
  contextMonth: { year: number | null; month: number; fromDateline: boolean } | null;
  /** The day that 当天/次日 and a bare clock time refer to, when the text supplies one. */
  contextDay: { year: number; month: number; day: number } | null;
  /** The previous mention, for 同期. */
  previous: { first: Stamp; last: Stamp; grain: DateGrain } | null;
  /** What the page as a whole says, decided on first use. */
  page: PageFacts;
}

/** Facts about the whole page, each worked out once and only when a mention needs it. */
export interface PageFacts {
  /** The page writes Republic of China years (民国112年, 112年 on a Taiwanese page). */
  rocCalendar(): boolean;
  /** The page speaks of the Spring Festival, so a bare 初一 is a day of 正月. */
  springFestivalSeason(): boolean;
}

/** The year 1 of the Republic of China is 1912. */
export const ROC_YEAR_OFFSET = 1911;

// Day arithmetic on a day whose year is unknown runs in a common (non-leap) year.
const PLACEHOLDER_YEAR = 2001;

/**
 * The day `shift` days from `day`; the year stays unknown when it was. Without a month only shifts
 * that stay inside the shortest month are known; otherwise the day becomes unknown (null).
 */
export function shiftDocumentDay(day: DocumentDay, shift: number): DocumentDay | null {
  if (day.month === null) return day.day + shift >= 1 && day.day + shift <= 28 ? { year: null, month: null, day: day.day + shift } : null;
  const moved = fromDayNumber(toDayNumber(day.year ?? PLACEHOLDER_YEAR, day.month, day.day) + shift);
  return { year: day.year === null ? null : moved.year, month: moved.month, day: moved.day };
}

const asDocumentDay = (date: ReferenceDate): DocumentDay => ({ year: date.year, month: date.month, day: date.day });

/**
 * The day relative words (今天, 昨日, 上周, 今(8)日) count from: the dateline the text gives, then the
 * page's publish date, then the caller's reference date.
 */
export function relativeAnchor(context: ResolveContext): Anchor | null {
  if (context.dateline) return { day: context.dateline, source: 'dateline' };
  if (context.published) return { day: asDocumentDay(context.published), source: 'published' };
  if (context.reference) return { day: asDocumentDay(context.reference), source: 'reference' };
  return null;
}

/** The anchor with a known year (for weeks, quarters, festivals): the dateline only when its year is known. */
export function datedAnchor(context: ResolveContext): { day: { year: number; month: number; day: number }; source: YearSource } | null {
  const anchor = relativeAnchor(context);
  if (anchor && anchor.day.year !== null && anchor.day.month !== null) return { day: { year: anchor.day.year, month: anchor.day.month, day: anchor.day.day }, source: anchor.source };
  if (context.published) return { day: context.published, source: 'published' };
  if (context.reference) return { day: context.reference, source: 'reference' };
  return null;
}

/**
 * Year for a month/day written without one, seen from an anchor day: the anchor's year, or the
 * adjacent year at a year boundary (12月28日 seen from 3 January is last December).
 */
export function yearNearDay(anchor: { year: number; month: number; day: number }, month: number, day: number, near = 120): number {
  const anchorDay = toDayNumber(anchor.year, anchor.month, anchor.day);
  const sameYear = toDayNumber(anchor.year, month, day);
  if (Math.abs(sameYear - anchorDay) <= 240) return anchor.year;
  const adjacent = sameYear > anchorDay ? anchor.year - 1 : anchor.year + 1;
  return Math.abs(toDayNumber(adjacent, month, day) - anchorDay) <= near ? adjacent : anchor.year;
}

/**
 * The year of a date that writes a month (and maybe a day) but no year: a year written earlier in the
 * same sentence, then the dated anchor (dateline, publish date, reference) with the year-boundary
 * rule, then a year written anywhere earlier in the text.
 */
export function yearForMonthDay(context: ResolveContext, month: number | null, day: number | null, lunar: boolean): { year: number | null; source: YearSource } {
  if (context.sentenceYear !== null) return { year: context.sentenceYear, source: 'context' };
  const anchor = datedAnchor(context);
  if (anchor) {
    const year = month !== null && !lunar ? yearNearDay(anchor.day, month, day ?? 1) : anchor.day.year;
    return { year, source: anchor.source };
  }
  if (context.contextYear !== null) return { year: context.contextYear, source: 'context' };
  return { year: null, source: 'none' };
}

/** The century of a two-digit year (07年, 98年), seen from the anchor year when there is one. */
export function yearOfTwoDigits(twoDigits: number, anchorYear: number | null): number {
  if (anchorYear !== null && anchorYear >= 2000) return twoDigits <= (anchorYear % 100) + 10 ? 2000 + twoDigits : 1900 + twoDigits;
  if (anchorYear !== null) return 1900 + twoDigits;
  return twoDigits <= 30 ? 2000 + twoDigits : 1900 + twoDigits;
}

/**
 * The month — the one before `near`'s, its own, or the one after — that puts day `day` nearest
 * `near`'s day (30日 seen from 1 June is 30 May); the year stays unknown when `near`'s is. Null when
 * no such month has that day.
 */
export function monthNearestDay(day: number, near: DocumentDay & { month: number }): { year: number | null; month: number; moved: boolean } | null {
  const nearYear = near.year ?? PLACEHOLDER_YEAR;
  const nearNumber = toDayNumber(nearYear, near.month, near.day);
  let best: { year: number | null; month: number; moved: boolean } | null = null;
  let bestDistance = Infinity;
  for (const shift of [0, -1, 1]) {
    const month = addMonths(nearYear, near.month, shift);
    if (day > daysInMonth(month.year, month.month)) continue;
    const distance = Math.abs(toDayNumber(month.year, month.month, day) - nearNumber);
    if (distance < bestDistance) {
      bestDistance = distance;
      best = { year: near.year === null ? null : month.year, month: month.month, moved: shift !== 0 };
    }
  }
  return best;
}

/** The month and year `shift` months from the anchor's month. */
export function monthFromAnchor(anchor: { year: number; month: number }, shift: number): { year: number; month: number } {
  return addMonths(anchor.year, anchor.month, shift);
}
