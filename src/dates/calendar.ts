/**
 * Proleptic Gregorian arithmetic on plain numbers. Day numbers count days since 1970-01-01 so that
 * ranges, week shifts and lunar offsets are integer additions.
 */

/** A civil date. */
export interface CivilDate {
  year: number;
  month: number;
  day: number;
}

/** True in a Gregorian leap year. */
export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

/** Number of days in `month` (1–12) of `year`. */
export function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

/** Day number of a civil date (months and days may overflow; they are normalised). */
export function toDayNumber(year: number, month: number, day: number): number {
  const date = new Date(Date.UTC(2000, 0, 1));
  // setUTCFullYear keeps years 0–99 literal, unlike the Date.UTC constructor.
  date.setUTCFullYear(year, month - 1, day);
  return Math.round(date.getTime() / 864e5);
}

/** Civil date of a day number. */
export function fromDayNumber(dayNumber: number): CivilDate {
  const date = new Date(dayNumber * 864e5);
  return { year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate() };
}

/** ISO weekday of a day number: 1 = Monday … 7 = Sunday. */
export function isoWeekday(dayNumber: number): number {
  // 1970-01-01 was a Thursday.
  return ((((dayNumber + 3) % 7) + 7) % 7) + 1;
}

/** ISO week-numbering year and week of a day number. */
export function isoWeek(dayNumber: number): { year: number; week: number } {
  const thursday = dayNumber - isoWeekday(dayNumber) + 4;
  const year = fromDayNumber(thursday).year;
  return { year, week: Math.floor((thursday - toDayNumber(year, 1, 1)) / 7) + 1 };
}

/** Adds `count` months to (year, month), returning the normalised year and month. */
export function addMonths(year: number, month: number, count: number): { year: number; month: number } {
  const index = year * 12 + (month - 1) + count;
  return { year: Math.floor(index / 12), month: (((index % 12) + 12) % 12) + 1 };
}

/** Day number of the `nth` (1-based) given weekday in a month; nth = -1 means the last one. */
export function nthWeekdayOfMonth(year: number, month: number, weekday: number, nth: number): number {
  if (nth < 0) {
    const last = toDayNumber(year, month, daysInMonth(year, month));
    return last - ((isoWeekday(last) - weekday + 7) % 7);
  }
  const first = toDayNumber(year, month, 1);
  return first + ((weekday - isoWeekday(first) + 7) % 7) + (nth - 1) * 7;
}
