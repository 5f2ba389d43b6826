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
  /** The zone offset the text wrote after a clock time (`Z`, `+08:00`), else absent. */
  zone?: string;
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
export function dayNumberOf(point: Stamp): number | null {
  return point.year === null || point.month === null || point.day === null ? null : toDayNumber(point.year, point.month, point.day);
}

/** The stamp moved by `days` days (unchanged when its day is not fully known). */
export function shiftStampDays(point: Stamp, days: number): Stamp {
  const dayNumber = dayNumberOf(point);
  if (dayNumber === null) return point;
  const moved = dayStamp(dayNumber + days);
  return { ...point, year: moved.year, month: moved.month, day: moved.day };
}

/** The first minute a stamp covers (minutes since 1970-01-01), or null when it is not fully known. */
export function stampStartMinute(point: Stamp): number | null {
  if (point.year === null) return null;
  switch (point.precision) {
    case 'year':
      return toDayNumber(point.year, 1, 1) * 1440;
    case 'halfYear':
      return toDayNumber(point.year, (point.index! - 1) * 6 + 1, 1) * 1440;
    case 'quarter':
      return toDayNumber(point.year, (point.index! - 1) * 3 + 1, 1) * 1440;
    case 'week':
      return null;
    case 'month':
      return point.month === null ? null : toDayNumber(point.year, point.month, 1) * 1440;
    default:
      if (point.month === null || point.day === null) return null;
      return toDayNumber(point.year, point.month, point.day) * 1440 + (point.precision === 'day' ? 0 : point.hour * 60 + point.minute);
  }
}

/** The last minute a stamp covers, or null when it is not fully known. */
export function stampEndMinute(point: Stamp): number | null {
  if (point.year === null) return null;
  switch (point.precision) {
    case 'year':
      return toDayNumber(point.year + 1, 1, 1) * 1440 - 1;
    case 'halfYear':
      return toDayNumber(point.year, point.index! * 6 + 1, 1) * 1440 - 1;
    case 'quarter':
      return toDayNumber(point.year, point.index! * 3 + 1, 1) * 1440 - 1;
    case 'month':
      return point.month === null ? null : toDayNumber(point.year, point.month + 1, 1) * 1440 - 1;
    case 'day':
      return point.month === null || point.day === null ? null : toDayNumber(point.year, point.month, point.day + 1) * 1440 - 1;
    default:
      return stampStartMinute(point);
  }
}

const pad = (value: number, width: number): string => String(value).padStart(width, '0');

/** ISO 8601 / EDTF text of a stamp. */
export function formatStamp(point: Stamp): string {
  const year = point.year === null ? 'XXXX' : pad(point.year, 4);
  const month = point.month === null ? 'XX' : pad(point.month, 2);
  const day = point.day === null ? 'XX' : pad(point.day, 2);
  switch (point.precision) {
    case 'year':
      return year;
    case 'halfYear':
      return `${year}-H${point.index}`;
    case 'quarter':
      return `${year}-Q${point.index ?? 'X'}`;
    case 'week':
      return `${year}-W${point.index === null ? 'XX' : pad(point.index, 2)}`;
    case 'month':
      return `${year}-${month}`;
    case 'day':
      return `${year}-${month}-${day}`;
    case 'hour':
    case 'minute':
      return `${year}-${month}-${day}T${pad(point.hour, 2)}:${pad(point.minute, 2)}${point.zone ?? ''}`;
    default:
      return `${year}-${month}-${day}T${pad(point.hour, 2)}:${pad(point.minute, 2)}:${pad(point.second, 2)}${point.zone ?? ''}`;
  }
}
