/**
 * Proleptic Gregorian arithmetic on plain numbers. Day numbers count days since 1970-01-01 so
 * that ranges, week shifts and lunar offsets are integer additions.
 */

/** True in a Gregorian leap year. */
export function isLeapYear(y: number): boolean {
  return (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
}

/** Number of days in month `m` (1–12) of year `y`. */
export function daysInMonth(y: number, m: number): number {
  if (m === 2) return isLeapYear(y) ? 29 : 28;
  return m === 4 || m === 6 || m === 9 || m === 11 ? 30 : 31;
}

/** Day number of a civil date (months and days may overflow; they are normalised). */
export function toDayNumber(y: number, m: number, d: number): number {
  const t = new Date(Date.UTC(2000, 0, 1));
  // setUTCFullYear keeps years 0–99 literal, unlike the Date.UTC constructor.
  t.setUTCFullYear(y, m - 1, d);
  return Math.round(t.getTime() / 864e5);
}

/** Civil date of a day number. */
export function fromDayNumber(n: number): { y: number; m: number; d: number } {
  const t = new Date(n * 864e5);
  return { y: t.getUTCFullYear(), m: t.getUTCMonth() + 1, d: t.getUTCDate() };
}

/** ISO weekday of a day number: 1 = Monday … 7 = Sunday. */
export function isoWeekday(n: number): number {
  // 1970-01-01 was a Thursday.
  return ((((n + 3) % 7) + 7) % 7) + 1;
}

/** ISO week-numbering year and week of a day number. */
export function isoWeek(n: number): { y: number; w: number } {
  const thursday = n - isoWeekday(n) + 4;
  const y = fromDayNumber(thursday).y;
  return { y, w: Math.floor((thursday - toDayNumber(y, 1, 1)) / 7) + 1 };
}

/** Day number of the Monday of ISO week `w` of ISO year `y`. */
export function isoWeekMonday(y: number, w: number): number {
  const jan4 = toDayNumber(y, 1, 4);
  return jan4 - isoWeekday(jan4) + 1 + (w - 1) * 7;
}

/** Adds `k` months to (y, m), returning the normalised year and month. */
export function addMonths(y: number, m: number, k: number): { y: number; m: number } {
  const idx = y * 12 + (m - 1) + k;
  return { y: Math.floor(idx / 12), m: (((idx % 12) + 12) % 12) + 1 };
}

/** Day number of the `nth` (1-based) given weekday in a month; nth = -1 means the last one. */
export function nthWeekdayOfMonth(y: number, m: number, weekday: number, nth: number): number {
  if (nth < 0) {
    const last = toDayNumber(y, m, daysInMonth(y, m));
    return last - ((isoWeekday(last) - weekday + 7) % 7);
  }
  const first = toDayNumber(y, m, 1);
  return first + ((weekday - isoWeekday(first) + 7) % 7) + (nth - 1) * 7;
}
