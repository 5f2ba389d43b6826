/**
 * Stamps: one endpoint of a resolved date at its own precision (a year, a quarter, a day, a minute
 * …), with unknown fields left null. Here they are built, compared and written out as ISO 8601 /
 * EDTF text (`2023-07-21`, `2023-Q3`, `XXXX-07-21`, `2023-07-21T09:30`).
 */
import type { DateGrain } from '../../types.js';
import { fromDayNumber, toDayNumber } from '../calendar.js';

/** How precise a stamp is. */
export type Precision = 'year' | 'halfYear' | 'quarter' | 'month' | 'week' | 'day' | 'hour' | 'minute' | 'second';

/** One endpoint at its own precision; null fields are unknown (EDTF X). */
export interface Stamp {
  precision: Precision;
  year: number | null;
  month: number | null;
  day: number | null;
  /** Quarter, half-year or ISO week number, by `precision`. */
  index: number | null;
  hour: number;
  minute: number;
  second: number;
}

/** The grain a mention reports for a stamp of each precision. */
export const GRAIN_OF: Record<Precision, DateGrain> = {
  year: 'year', halfYear: 'month', quarter: 'quarter', month: 'month', week: 'week', day: 'day', hour: 'hour', minute: 'minute', second: 'second',
};

/** A stamp at `precision` with the given calendar fields. */
export function stamp(precision: Precision, year: number | null, month: number | null = null, day: number | null = null, index: number | null = null): Stamp {
  return { precision, year, month, day, index, hour: 0, minute: 0, second: 0 };
}

/** The day stamp of a day number. */
export function dayStamp(dayNumber: number): Stamp {
  const civil = fromDayNumber(dayNumber);
  return stamp('day', civil.year, civil.month, civil.day);
}

/** A day with nothing known. */
export const unknownDay = (): Stamp => stamp('day', null);

/** The day number of a stamp with year, month and day known, else null. */
export function dayNumberOf(s: Stamp): number | null {
  return s.year === null || s.month === null || s.day === null ? null : toDayNumber(s.year, s.month, s.day);
}

/** The stamp moved by `days` days (unchanged when its day is not fully known). */
export function shiftStampDays(s: Stamp, days: number): Stamp {
  const dayNumber = dayNumberOf(s);
  if (dayNumber === null) return s;
  const moved = dayStamp(dayNumber + days);
  return { ...s, year: moved.year, month: moved.month, day: moved.day };
}

/** The first minute a stamp covers (minutes since 1970-01-01), or null when it is not fully known. */
export function stampStartMinute(s: Stamp): number | null {
  if (s.year === null) return null;
  switch (s.precision) {
    case 'year':
      return toDayNumber(s.year, 1, 1) * 1440;
    case 'halfYear':
      return toDayNumber(s.year, (s.index! - 1) * 6 + 1, 1) * 1440;
    case 'quarter':
      return toDayNumber(s.year, (s.index! - 1) * 3 + 1, 1) * 1440;
    case 'week':
      return null;
    case 'month':
      return s.month === null ? null : toDayNumber(s.year, s.month, 1) * 1440;
    default:
      if (s.month === null || s.day === null) return null;
      return toDayNumber(s.year, s.month, s.day) * 1440 + (s.precision === 'day' ? 0 : s.hour * 60 + s.minute);
  }
}

/** The last minute a stamp covers, or null when it is not fully known. */
export function stampEndMinute(s: Stamp): number | null {
  if (s.year === null) return null;
  switch (s.precision) {
    case 'year':
      return toDayNumber(s.year + 1, 1, 1) * 1440 - 1;
    case 'halfYear':
      return toDayNumber(s.year, s.index! * 6 + 1, 1) * 1440 - 1;
    case 'quarter':
      return toDayNumber(s.year, s.index! * 3 + 1, 1) * 1440 - 1;
    case 'month':
      return s.month === null ? null : toDayNumber(s.year, s.month + 1, 1) * 1440 - 1;
    case 'day':
      return s.month === null || s.day === null ? null : toDayNumber(s.year, s.month, s.day + 1) * 1440 - 1;
    default:
      return stampStartMinute(s);
  }
}

const pad = (n: number, width: number): string => String(n).padStart(width, '0');

/** ISO 8601 / EDTF text of a stamp. */
export function formatStamp(s: Stamp): string {
  const year = s.year === null ? 'XXXX' : pad(s.year, 4);
  const month = s.month === null ? 'XX' : pad(s.month, 2);
  const day = s.day === null ? 'XX' : pad(s.day, 2);
  switch (s.precision) {
    case 'year':
      return year;
    case 'halfYear':
      return `${year}-H${s.index}`;
    case 'quarter':
      return `${year}-Q${s.index ?? 'X'}`;
    case 'week':
      return `${year}-W${s.index === null ? 'XX' : pad(s.index, 2)}`;
    case 'month':
      return `${year}-${month}`;
    case 'day':
      return `${year}-${month}-${day}`;
    case 'hour':
    case 'minute':
      return `${year}-${month}-${day}T${pad(s.hour, 2)}:${pad(s.minute, 2)}`;
    default:
      return `${year}-${month}-${day}T${pad(s.hour, 2)}:${pad(s.minute, 2)}:${pad(s.second, 2)}`;
  }
}
