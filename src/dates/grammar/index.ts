/**
 * The date grammar: composes the readers into one point (year, then month, then day, then time,
 * or a relative word, a week, a festival, a numeric date …) and points into ranges (至, 到, -, ~)
 * and day lists (5及6日, 10号、11号). Every reader looks ahead a bounded number of tokens and none
 * recurses, so trying the grammar at every position stays linear.
 */
import { COMMAS } from '../../normalize/index.js';
import type { Token } from '../lexer.js';
import type { Expression, Parts } from '../parts.js';
import { WEEK_WORDS } from '../vocabulary.js';
import { readClock } from './clock.js';
import { readBracketedDays, readDay, readWeek } from './day.js';
import { readMonth, readMonthPeriod } from './month.js';
import { readCountedOffset, readDecade, readFestival, readNumeric } from './numeric.js';
import { readListConnective, readNumber, readRangeConnective, skipSpace, textAt } from './tokens.js';
import { readRelativeQuarter, readYear, readYearPeriod } from './year.js';

const MONTH_PERIOD_ALONE = new Set(['月', '上旬', '中旬', '下旬', '上半月', '下半月']);
const IS_WEEK_WORD = new Set(WEEK_WORDS);
const isComma = (text: string): boolean => text.length === 1 && COMMAS.includes(text);

/** A point read at one position: the parts and the position after them. */
interface PointRead {
  parts: Parts;
  next: number;
}

/** 10月12号，星期一 / 6月1日周六: a weekday in apposition right after a day belongs to it. */
function skipWeekdayInApposition(tokens: Token[], at: number): number {
  let next = at;
  if (isComma(textAt(tokens, next)) || tokens[next]?.kind === 'space') next++;
  if (!IS_WEEK_WORD.has(textAt(tokens, next))) return at;
  const weekday: Parts = {};
  const end = readWeek(tokens, next, weekday);
  return end >= 0 && weekday.weekday !== undefined && weekday.weekShift === 0 && weekday.restatedDay === undefined ? end : at;
}

/** A day after a month; a space may stand between them when the day has its 日/号 (3 月 3 日). */
function readDayAfterMonth(tokens: Token[], at: number, parts: Parts): number {
  const dayAt = skipSpace(tokens, at);
  if (dayAt === at) return readDay(tokens, at, parts, true);
  const number = readNumber(tokens, dayAt);
  if (!number) return -1;
  const unit = textAt(tokens, skipSpace(tokens, number.next));
  return unit === '日' || unit === '号' ? readDay(tokens, dayAt, parts, true) : -1;
}

/** Month, then a month period or a day; or, without a month, a day or a week. */
function readMonthDayOrWeek(tokens: Token[], at: number, parts: Parts, afterYear: boolean): { next: number; hasDate: boolean; done: boolean } {
  const monthEnd = readMonth(tokens, afterYear ? skipSpace(tokens, at) : at, parts);
  if (monthEnd >= 0) {
    const period = readMonthPeriod(tokens, monthEnd, parts);
    if (period >= 0) return { next: period, hasDate: true, done: true };
    const dayEnd = readDayAfterMonth(tokens, monthEnd, parts);
    return { next: dayEnd >= 0 ? dayEnd : monthEnd, hasDate: true, done: false };
  }
  if (afterYear && textAt(tokens, at) !== '大年') return { next: at, hasDate: false, done: false };
  const dayEnd = readDay(tokens, at, parts, false);
  if (dayEnd >= 0) return { next: dayEnd, hasDate: true, done: false };
  if (afterYear) return { next: at, hasDate: false, done: false };
  const weekEnd = readWeek(tokens, at, parts);
  return weekEnd >= 0 ? { next: weekEnd, hasDate: true, done: false } : { next: at, hasDate: false, done: false };
}

/** A date written in words (year, month, day, week, festival, period) and its time, at `at`. */
function readCalendarPoint(tokens: Token[], at: number, parts: Parts, rangeEnd: boolean): PointRead | null {
  let next = at;
  if (textAt(tokens, next) === '农历' || textAt(tokens, next) === '阴历') {
    parts.lunar = true;
    next = skipSpace(tokens, next + 1);
  }
  const yearEnd = readYear(tokens, next, parts, rangeEnd);
  const afterYear = yearEnd >= 0;
  if (afterYear) {
    next = yearEnd;
    const lunarAt = skipSpace(tokens, next);
    if (textAt(tokens, lunarAt) === '农历' || textAt(tokens, lunarAt) === '阴历') {
      parts.lunar = true;
      next = lunarAt + 1;
    }
  }
  const periodEnd = readYearPeriod(tokens, next, parts, afterYear);
  if (periodEnd >= 0) return { parts, next: readClock(tokens, periodEnd, parts, true) };
  const quarterEnd = afterYear ? -1 : readRelativeQuarter(tokens, next, parts);
  if (quarterEnd >= 0) return { parts, next: quarterEnd };
  const festivalEnd = readFestival(tokens, next, parts, afterYear);
  if (festivalEnd >= 0) return { parts, next: readClock(tokens, festivalEnd, parts, true) };
  if (!afterYear && MONTH_PERIOD_ALONE.has(textAt(tokens, next))) {
    // 上旬, 月底, 上半月 alone: this month
    const period: Parts = {};
    const end = readMonthPeriod(tokens, next, period);
    if (end >= 0) {
      Object.assign(parts, period, { monthShift: 0 });
      return { parts, next: readClock(tokens, end, parts, true) };
    }
  }
  const body = readMonthDayOrWeek(tokens, next, parts, afterYear);
  if (body.done) return { parts, next: readClock(tokens, body.next, parts, true) };
  next = body.next;
  const hasDate = afterYear || body.hasDate;
  if (parts.day !== undefined && parts.weekday === undefined) next = skipWeekdayInApposition(tokens, next);
  const yearOnly = parts.festival === undefined && parts.day === undefined && parts.weekday === undefined && parts.dayShift === undefined && parts.month === undefined && parts.monthShift === undefined;
  if (yearOnly && afterYear && next < tokens.length) {
    // 2023年感恩节, 零六年端午
    const festivalAfterYear = readFestival(tokens, next, parts, true);
    if (festivalAfterYear >= 0) next = festivalAfterYear;
  }
  const end = readClock(tokens, next, parts, hasDate);
  if (end === next && parts.day !== undefined) {
    // 2019年12月10日 15:30: one space may stand between a day and its clock time
    const spacedClock = readSpacedClock(tokens, next, parts);
    if (spacedClock >= 0) return { parts, next: spacedClock };
  }
  return end === at ? null : { parts, next: end };
}

/** A clock time (with digits) after one space: read only when a time, not a bare part of day, follows. */
function readSpacedClock(tokens: Token[], at: number, parts: Parts): number {
  if (tokens[at]?.kind !== 'space') return -1;
  const clock: Parts = {};
  const end = readClock(tokens, at + 1, clock, true);
  if (end === at + 1 || clock.hour === undefined) return -1;
  Object.assign(parts, clock);
  return end;
}

/** One date/time point at `at`, or null; `rangeEnd` when it ends a range that started with a year. */
export function readPoint(tokens: Token[], at: number, rangeEnd = false): PointRead | null {
  const parts: Parts = {};
  let end = readNumeric(tokens, at, parts);
  if (end >= 0) return { parts, next: end };
  end = readDecade(tokens, at, parts);
  if (end >= 0) return { parts, next: end };
  end = readCountedOffset(tokens, at, parts);
  if (end >= 0) return { parts, next: end };
  return readCalendarPoint(tokens, at, parts, rangeEnd);
}

/**
 * 9月10号、11号、12号, 5及6日, 8日和9日: consecutive days listed one by one cover the days between.
 * Returns the last day and the position after it, or null when the list is not consecutive.
 */
function readConsecutiveDays(tokens: Token[], from: Parts, at: number): { to: Parts; next: number } | null {
  let lastDay = from.day!;
  let next = at;
  let end = -1;
  let lastParts: Parts | null = null;
  // Bounded by the month: at most 31 days, so the loop never rescans far.
  while (lastDay < 31) {
    const afterConnective = readListConnective(tokens, next);
    const alsoComma = isComma(textAt(tokens, next));
    if (afterConnective < 0 && !alsoComma) break;
    const dayAt = skipSpace(tokens, afterConnective >= 0 ? afterConnective : next + 1);
    const day: Parts = {};
    const dayEnd = readDay(tokens, dayAt, day, false);
    if (dayEnd < 0 || day.day !== lastDay + 1 || day.dayShift !== undefined || day.lunar) break;
    // a comma joins only a run of three or more (9月10号，11号，12号); 及/和/、 join two
    lastDay++;
    next = dayEnd;
    end = dayEnd;
    lastParts = day;
  }
  if (end < 0 || !lastParts) return null;
  const joinedByCommaOnly = !/[及和、与]/.test(tokens.slice(at, end).map((token) => token.text).join(''));
  if (joinedByCommaOnly && lastDay - from.day! < 2) return null;
  return { to: { day: lastDay }, next: end };
}

// A range joins like with like: a date to a date, a clock time to a clock time.
function compatible(from: Parts, to: Parts): boolean {
  const fromTime = from.hour !== undefined;
  const toTime = to.hour !== undefined;
  const toDate = to.year !== undefined || to.yearShift !== undefined || to.month !== undefined || to.monthShift !== undefined ||
    to.day !== undefined || to.dayShift !== undefined || to.weekday !== undefined || to.festival !== undefined;
  if (!fromTime && toTime && !toDate) return false;
  const fromBare = from.yearForm === 'bare' || from.yearForm === 'bareBeforeWord';
  const toBare = to.yearForm === 'bare' || to.yearForm === 'bareBeforeWord';
  if (fromBare && !toBare && to.year === undefined) return false;
  return true;
}

/** 周二至周四(8日至11日): the written days restate a weekday range. */
function restateWeekdayRange(tokens: Token[], expression: Expression): Expression {
  const { from, to } = expression;
  if (!to || from.weekday === undefined || to.weekday === undefined || from.day !== undefined || to.day !== undefined) return expression;
  const bracket = readBracketedDays(tokens, expression.endToken, true);
  if (!bracket) return expression;
  return {
    from: { ...from, day: bracket.from, restatedDay: true },
    to: { ...to, day: bracket.to, restatedDay: true },
    firstToken: expression.firstToken,
    endToken: bracket.next,
  };
}

/** A point, a range or a day list starting at token `at`, or null. */
export function readExpression(tokens: Token[], at: number): Expression | null {
  if (textAt(tokens, at) === '明后两天' || textAt(tokens, at) === '明后天') {
    return { from: { dayShift: 1 }, to: { dayShift: 2 }, firstToken: at, endToken: at + 1 };
  }
  const from = readPoint(tokens, at);
  if (!from) return null;
  let next = from.next;
  if (from.parts.day !== undefined && from.parts.hour === undefined && !from.parts.lunar && from.parts.dayShift === undefined) {
    const list = readConsecutiveDays(tokens, from.parts, next);
    if (list) return { from: from.parts, to: list.to, firstToken: at, endToken: list.next };
  }
  // 至今: '今' stays a single token only when it is not the start of 今年/今天 …
  if (textAt(tokens, next) === '至' && textAt(tokens, next + 1) === '今') return { from: from.parts, to: { now: true }, firstToken: at, endToken: next + 2 };
  if (textAt(tokens, next) === '起' && readRangeConnective(tokens, next + 1) >= 0) next++;
  next = skipSpace(tokens, next);
  const afterConnective = readRangeConnective(tokens, next);
  const point: Expression = { from: from.parts, firstToken: at, endToken: from.next };
  if (afterConnective < 0) return point;
  const fromIsYear = from.parts.year !== undefined && from.parts.month === undefined;
  const to = readPoint(tokens, skipSpace(tokens, afterConnective), fromIsYear);
  if (!to || !compatible(from.parts, to.parts)) return point;
  if (from.parts.lunar && from.parts.month !== undefined && to.parts.springFestivalDay) {
    // 闰五月初三至初五: the end is a day of the same lunar month
    delete to.parts.springFestivalDay;
    Object.assign(to.parts, { month: from.parts.month, leapMonth: from.parts.leapMonth, year: from.parts.year, yearForm: from.parts.yearForm });
  }
  return restateWeekdayRange(tokens, { from: from.parts, to: to.parts, firstToken: at, endToken: to.next });
}
