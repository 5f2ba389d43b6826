/**
 * The Chinese lunisolar calendar: lunar dates to Gregorian day numbers from the precomputed table in
 * lunar-data.ts, the lunar year of a day, and the zodiac and sexagenary names of lunar years.
 */
import { LUNAR_DATA, LUNAR_FIRST_YEAR } from './lunar-data.js';

interface LunarYear {
  /** Day number of the new year (正月初一). */
  newYear: number;
  /** Month lengths in calendar order, the leap month (if any) in place. */
  monthLengths: number[];
  /** The month a leap month follows, 0 when the year has none. */
  leapAfter: number;
}

// Decoded lazily: most texts hold no lunar date, and the decode is cheap but not free.
let decoded: LunarYear[] | null = null;

function table(): LunarYear[] {
  if (decoded) return decoded;
  decoded = LUNAR_DATA.split(';').map((record) => {
    const [newYear, longMonths, leapAfter] = record.split(',').map((field) => parseInt(field, 36));
    const monthLengths: number[] = [];
    for (let month = 0; month < (leapAfter ? 13 : 12); month++) monthLengths.push(longMonths & (1 << month) ? 30 : 29);
    return { newYear, monthLengths, leapAfter };
  });
  return decoded;
}

function yearInfo(year: number): LunarYear | null {
  const years = table();
  const index = year - LUNAR_FIRST_YEAR;
  return index >= 0 && index < years.length ? years[index] : null;
}

function monthIndex(info: LunarYear, month: number, leap: boolean): number {
  if (leap) return info.leapAfter === month ? month : -1;
  return info.leapAfter && month > info.leapAfter ? month : month - 1;
}

/**
 * Day numbers of the first and last day of lunar month `month` (1–12) of lunar year `year`,
 * or null outside the table or for a leap month the year does not have.
 */
export function lunarMonthRange(year: number, month: number, leap = false): { first: number; last: number } | null {
  const info = yearInfo(year);
  if (!info || month < 1 || month > 12) return null;
  const index = monthIndex(info, month, leap);
  if (index < 0) return null;
  let first = info.newYear;
  for (let before = 0; before < index; before++) first += info.monthLengths[before];
  return { first, last: first + info.monthLengths[index] - 1 };
}

/** Day number of lunar date year/month/day, or null when it does not exist. */
export function lunarToDayNumber(year: number, month: number, day: number, leap = false): number | null {
  const range = lunarMonthRange(year, month, leap);
  if (!range || day < 1 || day > range.last - range.first + 1) return null;
  return range.first + day - 1;
}

/** Day number of the last day of lunar year `year` (除夕), or null outside the table. */
export function lunarYearLastDay(year: number): number | null {
  const next = yearInfo(year + 1);
  return next ? next.newYear - 1 : null;
}

/** The lunar year a Gregorian day number falls in (by its new-year boundary). */
export function lunarYearOf(dayNumber: number): number | null {
  const years = table();
  for (let index = years.length - 1; index >= 0; index--) if (years[index].newYear <= dayNumber) return LUNAR_FIRST_YEAR + index;
  return null;
}

/** The zodiac animal of a lunar year: 0 = 鼠 … 11 = 猪 (1900 was a year of the rat). */
export function zodiacOfYear(year: number): number {
  return (((year - 1900) % 12) + 12) % 12;
}

/** The place of a lunar year in the sexagenary cycle: 0 = 甲子 (1984) … 59 = 癸亥. */
export function sexagenaryOfYear(year: number): number {
  return (((year - 1984) % 60) + 60) % 60;
}
