/** Festival dates: fixed Gregorian days, rule-based Sundays/Thursdays, lunar days and two solar terms. */
import { nthWeekdayOfMonth, toDayNumber } from './calendar.js';
import { lunarToDayNumber, lunarYearLastDay } from './lunar.js';

const FIXED: Record<string, [number, number]> = {
  newyear: [1, 1], valentine: [2, 14], girls: [3, 7], women: [3, 8], tree: [3, 12], fools: [4, 1], labour: [5, 1],
  youth: [5, 4], children: [6, 1], party: [7, 1], army: [8, 1], teachers: [9, 10], national: [10, 1],
  halloween: [10, 31], singles: [11, 11], xmaseve: [12, 24], xmas: [12, 25],
};
const LUNAR: Record<string, [number, number]> = {
  spring: [1, 1], lantern: [1, 15], dragon: [5, 5], qixi: [7, 7], midautumn: [8, 15], double9: [9, 9], laba: [12, 8],
};
// Solar-term day = floor(yy·0.2422 + C) − floor(yy/4) (yy = year within the century), the
// usual approximation, good for 1901–2099 apart from a handful of years.
const TERMS: Record<string, [number, number, number]> = { qingming: [4, 5.59, 4.81], mangzhong: [6, 6.5, 5.678] };

/** True when the festival follows the lunar calendar (its year is the lunar year). */
export function isLunarHoliday(key: string): boolean {
  return key in LUNAR || key === 'eve';
}

/** Day number of festival `key` in (Gregorian or lunar, see isLunarHoliday) year `y`, or null. */
export function holidayDay(key: string, y: number): number | null {
  const f = FIXED[key];
  if (f) return toDayNumber(y, f[0], f[1]);
  const l = LUNAR[key];
  if (l) return lunarToDayNumber(y, l[0], l[1]);
  if (key === 'eve') return lunarYearLastDay(y);
  if (key === 'mothers') return nthWeekdayOfMonth(y, 5, 7, 2);
  if (key === 'fathers') return nthWeekdayOfMonth(y, 6, 7, 3);
  if (key === 'thanksgiving') return nthWeekdayOfMonth(y, 11, 4, 4);
  const t = TERMS[key];
  if (t) {
    const yy = y % 100;
    const c = y >= 2001 ? t[2] : t[1];
    return toDayNumber(y, t[0], Math.floor(yy * 0.2422 + c) - Math.floor(yy / 4));
  }
  return null;
}
