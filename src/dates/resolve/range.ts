/**
 * Resolves a range (7月21日至22日, 1至6月, 12月28日至1月3日, 晚上10点至次日凌晨2点): the end inherits
 * what it does not write from the start, and moves forward past the start when it would precede it.
 * When neither end writes a year, the whole span is placed nearest the anchor day.
 */
import type { Parts } from '../parts.js';
import { type ResolveContext, datedAnchor } from './context.js';
import { type Resolved, hasDatePart, resolvePoint } from './point.js';
import { shiftStampDays, stampEndMinute, stampStartMinute } from './stamp.js';

function floatingYear(parts: Parts): boolean {
  return (
    parts.year === undefined && parts.yearShift === undefined && parts.monthShift === undefined && parts.dayShift === undefined &&
    parts.weekShift === undefined && parts.weekday === undefined && parts.quarterShift === undefined && !parts.now &&
    !parts.yearSpan && !parts.lunar && !parts.samePeriod && !parts.restatedDay
  );
}

/**
 * 1至10月 in November is this year's; 12月28日至1月3日 in January straddles the new year: of the
 * anchor's year and the years either side, the reading whose whole span lies nearest the anchor.
 */
function nearestReading(from: Parts, to: Parts, context: ResolveContext): { from: Resolved; to: Resolved } | null {
  const anchor = datedAnchor(context);
  if (!anchor || !floatingYear(from) || !floatingYear(to) || (from.month === undefined && from.festival === undefined)) return null;
  const anchorMinute = stampStartMinute({ precision: 'day', year: anchor.day.year, month: anchor.day.month, day: anchor.day.day, index: null, hour: 0, minute: 0, second: 0 })!;
  const fixedYears: ResolveContext = { ...context, contextYear: null, sentenceYear: null, contextMonth: null };
  const distance = (year: number): { reading: { from: Resolved; to: Resolved }; minutes: number } | null => {
    const reading = resolveRange({ ...from, year, yearForm: undefined }, to, fixedYears);
    if (!reading) return null;
    const start = stampStartMinute(reading.from.first);
    const end = stampEndMinute(reading.to.last);
    if (start === null || end === null) return null;
    return { reading, minutes: anchorMinute < start ? start - anchorMinute : anchorMinute > end ? anchorMinute - end : 0 };
  };
  const own = distance(anchor.day.year);
  let best = own ? own.reading : null;
  if (own && own.minutes > 240 * 1440) {
    for (const year of [anchor.day.year - 1, anchor.day.year + 1]) {
      const other = distance(year);
      if (other && other.minutes <= 120 * 1440) best = other.reading;
    }
  }
  if (!best) return null;
  return { from: { ...best.from, yearSource: anchor.source }, to: { ...best.to, yearSource: anchor.source } };
}

/** Resolves a range; the end inherits what it does not write and moves forward past the start. */
export function resolveRange(from: Parts, to: Parts, context: ResolveContext): { from: Resolved; to: Resolved } | null {
  const nearest = nearestReading(from, to, context);
  if (nearest) return nearest;
  const start = resolvePoint(from, context);
  if (!start) return null;
  const base: Resolved = { ...start, partOfDay: from.partOfDay };
  let end = resolvePoint(to, context, base);
  if (!end) return null;
  const startMinute = stampStartMinute(start.first);
  const endMinute = stampStartMinute(end.last);
  if (startMinute !== null && endMinute !== null && endMinute < startMinute) {
    if (!hasDatePart(to)) end = { ...end, first: shiftStampDays(end.first, 1), last: shiftStampDays(end.last, 1) };
    else if (end.inheritedYear && to.year === undefined && to.yearShift === undefined && end.last.year !== null) {
      const nextYear = resolvePoint({ ...to, year: end.last.year + 1 }, context, base);
      if (nextYear) end = { ...nextYear, yearSource: end.yearSource };
    }
  }
  return { from: start, to: end };
}
