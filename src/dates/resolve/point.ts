/**
 * Resolves one point of a date expression: from the Parts the grammar read and the context the
 * document supplies to first and last stamps. One function per kind of decision: the written year
 * (Gregorian, two-digit, Republic of China), relative days, restated days (今(8)日), weeks, quarters,
 * festivals, zodiac and sexagenary years, Spring Festival days (初一), and month-day dates with their
 * periods and lunar months.
 */
import type { DateGrain, YearSource } from '../../types.js';
import { daysInMonth, isoWeek, isoWeekday, toDayNumber } from '../calendar.js';
import { festivalDay, isLunarFestival } from '../holidays.js';
import { lunarMonthRange, lunarToDayNumber, lunarYearOf, sexagenaryOfYear, zodiacOfYear } from '../lunar.js';
import type { PartOfDay, Parts } from '../parts.js';
import {
  type DocumentDay, ROC_YEAR_OFFSET, type ResolveContext, datedAnchor, monthFromAnchor, monthNearestDay, relativeAnchor,
  shiftDocumentDay, yearForMonthDay, yearNearDay, yearOfTwoDigits,
} from './context.js';
import { periodStamps } from './periods.js';
import { GRAIN_OF, type Stamp, dayStamp, formatStamp, stamp, unknownDay } from './stamp.js';
import { withTime } from './time.js';

/** The calendar a written date was converted from. */
export type SourceCalendar = 'roc' | 'lunar';

/** A resolved expression: first and last endpoint (the same stamp for a single unit). */
export interface Resolved {
  first: Stamp;
  last: Stamp;
  grain: DateGrain;
  yearSource: YearSource;
  /** The year was carried over from a range start rather than written. */
  inheritedYear: boolean;
  /** Part of day of a range start, carried to an end that gives only a clock time. */
  partOfDay?: PartOfDay;
  /** Set when the date was written in another calendar and converted. */
  calendar?: SourceCalendar;
  /**
   * The reading of the written words alone (`XXXX`, `XXXX-XX-30`, the Gregorian reading of 99年),
   * where the value rests on a guess from the page rather than on a fixed convention.
   */
  textOnly?: string;
}

/** A year as the expression wrote it, after the calendar and century are settled. */
interface WrittenYear {
  year: number | null;
  source: YearSource;
  /** The expression said which year (written or relative), even if it could not be resolved. */
  given: boolean;
  calendar?: SourceCalendar;
  /** For a two-digit year read as a ROC year, the year it would be in the Gregorian calendar. */
  gregorian?: number | null;
}

function finish(first: Stamp, last: Stamp, yearSource: YearSource, inheritedYear: boolean, parts: Parts, grain?: DateGrain): Resolved {
  if (parts.hour !== undefined && first.precision === 'day' && last === first) {
    const timed = withTime(first, parts);
    return { first: timed, last: timed, grain: GRAIN_OF[timed.precision], yearSource, inheritedYear };
  }
  return { first, last, grain: grain ?? GRAIN_OF[first.precision], yearSource, inheritedYear };
}

const single = (point: Stamp, yearSource: YearSource, parts: Parts, inheritedYear = false): Resolved => finish(point, point, yearSource, inheritedYear, parts);

const documentDayStamp = (day: DocumentDay): Stamp => stamp('day', day.year, day.month, day.day);

/** True when the parts name a date (not only a clock time). */
export function hasDatePart(parts: Parts): boolean {
  return (
    parts.year !== undefined || parts.yearShift !== undefined || parts.month !== undefined || parts.monthShift !== undefined ||
    parts.day !== undefined || parts.dayShift !== undefined || parts.weekShift !== undefined || parts.weekday !== undefined ||
    parts.festival !== undefined || parts.period !== undefined || parts.quarterShift !== undefined || parts.now === true ||
    parts.yearSpan !== undefined || parts.zodiac !== undefined || parts.sexagenary !== undefined
  );
}

/** 下午3点 alone: on the range start's day, the sentence's day, or the anchor day. */
function resolveClockOnly(parts: Parts, context: ResolveContext, base: Resolved | null): Resolved {
  let date: Stamp;
  let source: YearSource = 'none';
  let clock = parts;
  if (base && base.first.day !== null) {
    date = stamp('day', base.first.year, base.first.month, base.first.day);
    source = base.yearSource;
    // 上午10点到12点: the end keeps the start's part of day, except that its 12 is then noon
    const noonAfterMorning = parts.hour === 12 && (base.partOfDay === 'morning' || base.partOfDay === 'smallHours');
    if (parts.partOfDay === undefined && base.partOfDay !== undefined && !noonAfterMorning) clock = { ...parts, partOfDay: base.partOfDay };
  } else if (context.contextDay) {
    date = stamp('day', context.contextDay.year, context.contextDay.month, context.contextDay.day);
    source = 'context';
  } else {
    const anchor = relativeAnchor(context);
    date = anchor ? documentDayStamp(anchor.day) : unknownDay();
    source = anchor ? anchor.source : 'none';
  }
  const timed = withTime(date, clock);
  return { first: timed, last: timed, grain: GRAIN_OF[timed.precision], yearSource: source, inheritedYear: !!base };
}

/** The year the expression wrote or shifted to: Gregorian, two-digit, ROC, or relative (去年, 上年). */
function writtenYear(parts: Parts, context: ResolveContext): WrittenYear {
  if (parts.year !== undefined) {
    const written = parts.year;
    const anchorYear = datedAnchor(context)?.day.year ?? null;
    switch (parts.yearForm) {
      case 'roc':
      case 'rocNumeric':
        return { year: written + ROC_YEAR_OFFSET, source: 'text', given: true, calendar: 'roc' };
      case 'maybeRoc':
        if (context.page.rocCalendar()) {
          // 99年 on a Taiwanese page is 2010; its Gregorian reading stays as the alternative
          const gregorian = written < 100 ? yearOfTwoDigits(written, anchorYear) : null;
          return { year: written + ROC_YEAR_OFFSET, source: 'text', given: true, calendar: 'roc', gregorian };
        }
        return { year: written < 100 ? yearOfTwoDigits(written, anchorYear) : written, source: 'text', given: true };
      case 'twoDigit':
        return { year: yearOfTwoDigits(written, anchorYear), source: 'text', given: true };
      default:
        return { year: written, source: 'text', given: true };
    }
  }
  if (parts.yearShift !== undefined) {
    if (parts.yearFromContext && context.contextYear !== null) return { year: context.contextYear + parts.yearShift, source: 'context', given: true };
    const anchor = datedAnchor(context);
    if (anchor) return { year: anchor.day.year + parts.yearShift, source: anchor.source, given: true };
    return { year: null, source: 'none', given: true };
  }
  return { year: null, source: 'none', given: false };
}

/** 同期: the previous mention's period, moved to this expression's year. */
function resolveSamePeriod(context: ResolveContext, year: WrittenYear): Resolved | null {
  const previous = context.previous;
  if (!previous || previous.first.year === null || year.year === null) return null;
  const years = year.year - previous.first.year;
  const first = { ...previous.first, year: previous.first.year + years };
  const last = { ...previous.last, year: previous.last.year === null ? null : previous.last.year + years };
  return { first, last, grain: previous.grain, yearSource: year.source, inheritedYear: false };
}

/** 今天, 昨日, 3天前, and 当天/次日 counted from the day the text just named. */
function resolveRelativeDay(parts: Parts, context: ResolveContext, base: Resolved | null): Resolved {
  const shift = parts.dayShift!;
  if (parts.dayFromContext && base && base.first.day !== null && base.first.year !== null) {
    const from = toDayNumber(base.first.year, base.first.month!, base.first.day);
    return single(dayStamp(from + shift), base.yearSource, parts);
  }
  if (parts.dayFromContext && context.contextDay) {
    const day = context.contextDay;
    return single(dayStamp(toDayNumber(day.year, day.month, day.day) + shift), 'context', parts);
  }
  const anchor = relativeAnchor(context);
  const day = anchor ? shiftDocumentDay(anchor.day, shift) : null;
  if (!anchor || !day) return single(unknownDay(), 'none', parts);
  return single(documentDayStamp(day), anchor.source, parts);
}

/** The day a relative word or weekday names, when an anchor gives it. */
function relativeWordDay(parts: Parts, context: ResolveContext): { day: DocumentDay; source: YearSource } | null {
  if (parts.dayShift !== undefined) {
    const anchor = relativeAnchor(context);
    const day = anchor ? shiftDocumentDay(anchor.day, parts.dayShift) : null;
    return anchor && day ? { day, source: anchor.source } : null;
  }
  const anchor = datedAnchor(context);
  if (!anchor || parts.weekday === undefined) return null;
  const from = toDayNumber(anchor.day.year, anchor.day.month, anchor.day.day);
  const monday = from - isoWeekday(from) + 1 + 7 * (parts.weekShift ?? 0);
  const day = dayStamp(monday + parts.weekday - 1);
  return { day: { year: day.year, month: day.month!, day: day.day! }, source: anchor.source };
}

/**
 * 今(8)日, 周四(11日): the written day wins. The relative word only picks the month: the one that puts
 * the written day nearest the word's own day (今(31)日 seen on 1 June is 31 May).
 */
function resolveRestatedDay(parts: Parts, context: ResolveContext, base: Resolved | null): Resolved | null {
  const written = parts.day!;
  const word = relativeWordDay(parts, context);
  const near = word && word.day.month !== null ? { day: { ...word.day, month: word.day.month }, source: word.source } : null;
  const dayOnly: Parts = { ...parts };
  delete dayOnly.dayShift;
  delete dayOnly.weekShift;
  delete dayOnly.weekday;
  delete dayOnly.restatedDay;
  if (!near) return resolveCalendarDate(dayOnly, context, base, writtenYear(dayOnly, context));
  const best = monthNearestDay(written, near.day);
  if (!best) return null;
  return single(stamp('day', best.year, best.month, written), near.source, dayOnly);
}

/** 周五, 上周, 下周三, 周末: in the ISO week of the anchor day. */
function resolveWeek(parts: Parts, context: ResolveContext): Resolved {
  const anchor = datedAnchor(context);
  if (!anchor) {
    const unknown = parts.weekday !== undefined || parts.period ? unknownDay() : stamp('week', null);
    return single(unknown, 'none', parts);
  }
  const from = toDayNumber(anchor.day.year, anchor.day.month, anchor.day.day);
  const monday = from - isoWeekday(from) + 1 + 7 * (parts.weekShift ?? 0);
  if (parts.weekday !== undefined) return single(dayStamp(monday + parts.weekday - 1), anchor.source, parts);
  if (parts.period?.kind === 'weekend') return finish(dayStamp(monday + 5), dayStamp(monday + 6), anchor.source, false, parts, 'day');
  const week = isoWeek(monday);
  return single(stamp('week', week.year, null, null, week.week), anchor.source, parts);
}

/** 上季度, 本季度末: the quarter of the anchor day, shifted. */
function resolveRelativeQuarter(parts: Parts, context: ResolveContext): Resolved {
  const anchor = datedAnchor(context);
  if (!anchor) return single(stamp('quarter', null), 'none', parts);
  const index = anchor.day.year * 4 + Math.floor((anchor.day.month - 1) / 3) + parts.quarterShift!;
  const year = Math.floor(index / 4);
  const quarter = (index % 4) + 1;
  if (parts.period?.kind === 'quarterEdge') {
    const month = parts.period.edge === 'start' ? quarter * 3 - 2 : quarter * 3;
    const edge = stamp('month', year, month);
    return finish(edge, edge, anchor.source, false, parts, 'quarter');
  }
  return single(stamp('quarter', year, null, null, quarter), anchor.source, parts);
}

/** The year of a festival named without one: the range start's, the anchor's (nearest occurrence), or the text's. */
function festivalYear(festival: string, context: ResolveContext, base: Resolved | null): { year: number | null; source: YearSource; inherited: boolean } {
  if (base && base.first.year !== null) return { year: base.first.year, source: base.yearSource, inherited: true };
  if (context.sentenceYear !== null) return { year: context.sentenceYear, source: 'context', inherited: false };
  const anchor = datedAnchor(context);
  if (anchor) {
    const { day } = anchor;
    if (festival === 'lunarNewYearsEve') return { year: lunarYearOf(toDayNumber(day.year, day.month, day.day)), source: anchor.source, inherited: false };
    if (isLunarFestival(festival)) return { year: day.year, source: anchor.source, inherited: false };
    const probe = festivalDay(festival, day.year);
    const probeDay = probe === null ? null : dayStamp(probe);
    // A festival is named near its date (圣诞节 in March is last December's), so only a close
    // adjacent occurrence wins over the anchor's year.
    const year = probeDay ? yearNearDay(day, probeDay.month!, probeDay.day!, 90) : day.year;
    return { year, source: anchor.source, inherited: false };
  }
  if (context.contextYear !== null) return { year: context.contextYear, source: 'context', inherited: false };
  return { year: null, source: 'none', inherited: false };
}

/** 春节, 国庆节, 2024年新年 … */
function resolveFestival(parts: Parts, context: ResolveContext, base: Resolved | null, year: WrittenYear): Resolved {
  const chosen = year.year === null && !year.given ? festivalYear(parts.festival!, context, base) : { year: year.year, source: year.source, inherited: false };
  const dayNumber = chosen.year === null ? null : festivalDay(parts.festival!, chosen.year);
  const day = dayNumber === null ? unknownDay() : dayStamp(dayNumber);
  return single(day, dayNumber === null ? 'none' : chosen.source, parts, chosen.inherited);
}

/** The lunar year a zodiac or sexagenary year is counted from: the anchor day's, else a year the text wrote. */
function lunarAnchorYear(context: ResolveContext): { year: number; source: YearSource } | null {
  if (context.sentenceYear !== null) return { year: context.sentenceYear, source: 'context' };
  const anchor = datedAnchor(context);
  if (anchor) {
    const year = lunarYearOf(toDayNumber(anchor.day.year, anchor.day.month, anchor.day.day));
    if (year !== null) return { year, source: anchor.source };
  }
  if (context.contextYear !== null) return { year: context.contextYear, source: 'context' };
  return null;
}

/**
 * 马年, 甲子年: the nearest year of that name to the anchor's lunar year. A zodiac year looks six years
 * back and five ahead; a sexagenary year, written mostly of the past, fifty back and nine ahead.
 */
function resolveCyclicYear(parts: Parts, context: ResolveContext): Resolved {
  const anchor = lunarAnchorYear(context);
  if (!anchor) return { ...single(stamp('year', null), 'none', parts), calendar: 'lunar' };
  const zodiac = parts.zodiac !== undefined;
  const [back, ahead] = zodiac ? [6, 5] : [50, 9];
  for (let year = anchor.year - back; year <= anchor.year + ahead; year++) {
    const matches = zodiac ? zodiacOfYear(year) === parts.zodiac : sexagenaryOfYear(year) === parts.sexagenary;
    if (matches) return { ...single(stamp('year', year), anchor.source, parts), calendar: 'lunar', textOnly: 'XXXX' };
  }
  return { ...single(stamp('year', null), 'none', parts), calendar: 'lunar' };
}

/** 初一 alone in the Spring Festival season: that day of 正月, in the lunar year named like the anchor's year (as 春节 is). */
function resolveSpringFestivalDay(parts: Parts, context: ResolveContext): Resolved | null {
  if (!context.page.springFestivalSeason()) return null;
  const chosen = yearForMonthDay(context, null, null, true);
  const dayNumber = chosen.year === null ? null : lunarToDayNumber(chosen.year, 1, parts.day!);
  const day = dayNumber === null ? unknownDay() : dayStamp(dayNumber);
  return { ...single(day, dayNumber === null ? 'none' : chosen.source, parts), calendar: 'lunar', textOnly: dayNumber === null ? undefined : 'XXXX-XX-XX' };
}

/** The month (and year) a day written without one belongs to, and whether that was a guess. */
interface BareDayMonth {
  month: number;
  year: number | null;
  source: YearSource;
  inherited: boolean;
  /** Chosen by nearness to the dateline rather than by a fixed rule. */
  guessed?: boolean;
}

/**
 * Under a dateline (6月1日电) the month that puts a bare day nearest the dateline's day: a report
 * filed on 1 June that says 30日 means 30 May.
 */
function monthNearDateline(day: number, dateline: DocumentDay & { month: number }): BareDayMonth {
  const source: YearSource = dateline.year === null ? 'none' : 'dateline';
  const best = monthNearestDay(day, dateline);
  if (!best) return { month: dateline.month, year: dateline.year, source, inherited: false };
  return { month: best.month, year: best.year, source, inherited: false, guessed: best.moved };
}

/** The month of a day written without one (21日): the range start's, the dateline's, the text's, or the anchor's. */
function monthOfBareDay(day: number, context: ResolveContext, base: Resolved | null): BareDayMonth | null {
  if (base && base.first.month !== null) return { month: base.first.month, year: base.first.year, source: base.yearSource, inherited: true };
  const contextMonth = context.contextMonth;
  const dateline = context.dateline;
  if (contextMonth && contextMonth.fromDateline && dateline && dateline.month !== null) return monthNearDateline(day, { ...dateline, month: dateline.month });
  if (contextMonth) return { month: contextMonth.month, year: contextMonth.year, source: contextMonth.year === null ? 'none' : 'context', inherited: false };
  const anchor = relativeAnchor(context);
  if (anchor && anchor.day.month !== null) return { month: anchor.day.month, year: anchor.day.year, source: anchor.day.year === null ? 'none' : anchor.source, inherited: false };
  return null;
}

/** A lunar month or day (农历八月十五, 腊月, 正月初一) in a known lunar year. */
function resolveLunarDate(parts: Parts, year: number | null, month: number, day: number | null, source: YearSource, inherited: boolean): Resolved | null {
  if (year === null) {
    const unknown = day !== null ? stamp('day', null) : stamp('month', null);
    return { ...finish(unknown, unknown, 'none', inherited, parts), calendar: 'lunar' };
  }
  if (day !== null) {
    const dayNumber = lunarToDayNumber(year, month, day, !!parts.leapMonth);
    if (dayNumber === null) return null;
    return { ...single(dayStamp(dayNumber), source, parts, inherited), calendar: 'lunar' };
  }
  const range = lunarMonthRange(year, month, !!parts.leapMonth);
  if (!range) return null;
  return { ...finish(dayStamp(range.first), dayStamp(range.last), source, inherited, parts, 'day'), calendar: 'lunar' };
}

/** A date written with a month and/or day (and maybe a period): 7月, 21日, 本月15日, 9月中旬, 2023年. */
function resolveCalendarDate(parts: Parts, context: ResolveContext, base: Resolved | null, written: WrittenYear): Resolved | null {
  let { year } = written;
  let source = written.source;
  let yearGiven = written.given;
  let month: number | null = null;
  let monthGiven = false;
  let inheritedYear = false;
  if (parts.month !== undefined) {
    month = parts.month;
    monthGiven = true;
  } else if (parts.monthShift !== undefined) {
    monthGiven = true;
    const dated = datedAnchor(context);
    const fromContext = parts.monthFromContext && context.contextMonth && context.contextMonth.year !== null;
    const anchor = fromContext ? { year: context.contextMonth!.year!, month: context.contextMonth!.month } : dated ? dated.day : null;
    if (!anchor && !yearGiven) return single(stamp('month', null), 'none', parts);
    if (anchor) {
      const moved = monthFromAnchor(anchor, parts.monthShift);
      month = moved.month;
      if (!yearGiven) {
        year = moved.year;
        source = fromContext ? 'context' : dated!.source;
        yearGiven = true;
      }
    }
  }
  const day = parts.day ?? null;
  let textOnly: string | undefined;
  if (day !== null && !monthGiven) {
    const bare = monthOfBareDay(day, context, base);
    if (bare) {
      month = bare.month;
      if (bare.guessed) textOnly = `XXXX-XX-${String(day).padStart(2, '0')}`;
      if (!yearGiven) {
        year = bare.year;
        source = bare.source;
        yearGiven = true;
        inheritedYear = bare.inherited;
      }
    }
  }
  if (!yearGiven) {
    if (base && base.first.year !== null) {
      year = base.first.year;
      source = base.yearSource;
      inheritedYear = true;
    } else {
      const chosen = yearForMonthDay(context, month, day, !!parts.lunar);
      year = chosen.year;
      source = chosen.source;
    }
  }
  if (parts.lunar && month !== null) return resolveLunarDate(parts, year, month, day, source, inheritedYear);
  const calendar = written.calendar;
  const withCalendar = (resolved: Resolved | null): Resolved | null => {
    if (!resolved) return null;
    const annotated: Resolved = calendar ? { ...resolved, calendar } : resolved;
    if (textOnly) annotated.textOnly = textOnly;
    else if (typeof written.gregorian === 'number' && resolved.first === resolved.last) annotated.textOnly = formatStamp({ ...resolved.first, year: written.gregorian });
    return annotated;
  };
  if (parts.period) {
    const stamps = periodStamps(parts.period, year, month);
    if (!stamps) return null;
    const [first, last, grain] = stamps;
    if (parts.hour !== undefined && formatStamp(first) === formatStamp(last)) return withCalendar(finish(first, first, source, inheritedYear, parts));
    return withCalendar({ first, last, grain: grain ?? GRAIN_OF[first.precision], yearSource: source, inheritedYear });
  }
  let point: Stamp;
  if (day !== null) {
    const longest = year !== null ? daysInMonth(year, month ?? 1) : month === 2 ? 29 : daysInMonth(2001, month ?? 1);
    if (month !== null && day > longest) return null;
    point = stamp('day', year, month, day);
  } else if (month !== null || monthGiven) point = stamp('month', year, month);
  else if (yearGiven || parts.year !== undefined) point = stamp('year', year);
  else return null;
  return withCalendar(single(point, source, parts, inheritedYear));
}

/**
 * Resolves one point. `base` is the start of the range this point ends (its missing year, month,
 * date and part of day come from there).
 */
export function resolvePoint(parts: Parts, context: ResolveContext, base: Resolved | null = null): Resolved | null {
  if (parts.yearSpan) {
    return { first: stamp('year', parts.yearSpan.from), last: stamp('year', parts.yearSpan.to), grain: 'year', yearSource: 'text', inheritedYear: false };
  }
  if (parts.now) {
    const anchor = datedAnchor(context);
    const today = anchor ? stamp('day', anchor.day.year, anchor.day.month, anchor.day.day) : unknownDay();
    return { first: today, last: today, grain: 'day', yearSource: anchor ? anchor.source : 'none', inheritedYear: false };
  }
  if (!hasDatePart(parts) && parts.hour !== undefined) return resolveClockOnly(parts, context, base);
  if (parts.restatedDay) return resolveRestatedDay(parts, context, base);
  if (parts.zodiac !== undefined || parts.sexagenary !== undefined) {
    const cyclic = resolveCyclicYear(parts, context);
    const withinYear = parts.festival !== undefined || parts.month !== undefined || parts.day !== undefined || parts.period !== undefined;
    if (!withinYear || cyclic.first.year === null) return cyclic;
    // 马年春节, 甲子年正月: the rest of the date inside the year the cycle names
    const inYear: Parts = { ...parts, year: cyclic.first.year };
    delete inYear.zodiac;
    delete inYear.sexagenary;
    const dated = resolvePoint(inYear, context, base);
    return dated ? { ...dated, yearSource: cyclic.yearSource, calendar: 'lunar' } : null;
  }
  if (parts.springFestivalDay) return resolveSpringFestivalDay(parts, context);
  const year = writtenYear(parts, context);
  const samePeriod = parts.samePeriod ? resolveSamePeriod(context, year) : null;
  if (samePeriod) return samePeriod;
  if (parts.dayShift !== undefined) return resolveRelativeDay(parts, context, base);
  if (parts.weekShift !== undefined || parts.weekday !== undefined) return resolveWeek(parts, context);
  if (parts.quarterShift !== undefined) return resolveRelativeQuarter(parts, context);
  if (parts.festival !== undefined) return resolveFestival(parts, context, base, year);
  return resolveCalendarDate(parts, context, base, year);
}
