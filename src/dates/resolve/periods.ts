/**
 * The first and last stamp of a named period (上半年, 三季度, 年底, 上旬, 月底, 第二周, 前三天 …) in
 * a year and month that may be unknown. Fuzzy edges follow the benchmark conventions: 年初 =
 * January–February, 年底 = November–December, 月初 = days 1–5, 月底 = day 25 to the end.
 */
import type { DateGrain } from '../../types.js';
import { daysInMonth, isoWeek, nthWeekdayOfMonth, toDayNumber } from '../calendar.js';
import type { Period } from '../parts.js';
import { type Stamp, dayStamp, stamp } from './stamp.js';

function monthLength(year: number | null, month: number | null): number {
  if (year !== null && month !== null) return daysInMonth(year, month);
  if (month === 2) return 28;
  return month !== null && [4, 6, 9, 11].includes(month) ? 30 : 31;
}

/** Periods of a year. */
function yearPeriod(period: Period, year: number | null): [Stamp, Stamp, DateGrain?] | null {
  switch (period.kind) {
    case 'halfYear':
      return [stamp('halfYear', year, null, null, period.half), stamp('halfYear', year, null, null, period.half)];
    case 'quarters':
      return [stamp('quarter', year, null, null, period.from), stamp('quarter', year, null, null, period.to)];
    case 'quarterEdge': {
      const month = period.edge === 'start' ? period.quarter * 3 - 2 : period.quarter * 3;
      return [stamp('month', year, month), stamp('month', year, month), 'quarter'];
    }
    case 'yearEdge':
      return period.edge === 'start' ? [stamp('month', year, 1), stamp('month', year, 2)] : [stamp('month', year, 11), stamp('month', year, 12)];
    case 'months':
      return [stamp('month', year, period.from), stamp('month', year, period.to)];
    case 'lastMonths':
      return [stamp('month', year, 13 - period.count), stamp('month', year, 12)];
    case 'summerHoliday':
      return [stamp('month', year, 7), stamp('month', year, 8)];
    case 'winterHoliday':
      return [stamp('month', year, 1), stamp('month', year, 2)];
    case 'weekOfYear':
      return [stamp('week', year, null, null, period.week), stamp('week', year, null, null, period.week)];
    case 'daysOfYear':
      if (year === null) return null;
      return [dayStamp(toDayNumber(year, 1, period.from)), dayStamp(toDayNumber(year, 1, period.to))];
    default:
      return null;
  }
}

/** Periods of a month. */
function monthPeriod(period: Period, year: number | null, month: number | null): [Stamp, Stamp, DateGrain?] | null {
  const length = monthLength(year, month);
  switch (period.kind) {
    case 'tenDays': {
      const first = period.third === 1 ? 1 : period.third === 2 ? 11 : 21;
      const last = period.third === 1 ? 10 : period.third === 2 ? 20 : length;
      return [stamp('day', year, month, first), stamp('day', year, month, last), 'day'];
    }
    case 'monthEdge':
      return period.edge === 'start'
        ? [stamp('day', year, month, 1), stamp('day', year, month, 5), 'day']
        : [stamp('day', year, month, 25), stamp('day', year, month, length), 'day'];
    case 'halfMonth':
      return period.half === 1 ? [stamp('day', year, month, 1), stamp('day', year, month, 15)] : [stamp('day', year, month, 16), stamp('day', year, month, length)];
    case 'firstDaysOfMonth':
      return [stamp('day', year, month, period.from), stamp('day', year, month, Math.min(period.to, length))];
    case 'lastDaysOfMonth':
      return [stamp('day', year, month, length - period.count + 1), stamp('day', year, month, length)];
    case 'weekOfMonth': {
      if (year === null || month === null) return [stamp('week', null), stamp('week', null)];
      const week = isoWeek(nthWeekdayOfMonth(year, month, 1, period.week));
      return [stamp('week', week.year, null, null, week.week), stamp('week', week.year, null, null, week.week)];
    }
    case 'nthWeekdayOfMonth': {
      if (year === null || month === null) return null;
      const day = dayStamp(nthWeekdayOfMonth(year, month, period.weekday, period.nth));
      return [day, day];
    }
    default:
      return null;
  }
}

/** First and last stamp of `period` in `year`/`month`, and the grain when it differs from the stamps'. */
export function periodStamps(period: Period, year: number | null, month: number | null): [Stamp, Stamp, DateGrain?] | null {
  return yearPeriod(period, year) ?? monthPeriod(period, year, month);
}
