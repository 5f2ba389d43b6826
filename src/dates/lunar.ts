/** Chinese lunisolar calendar → Gregorian, from the precomputed table in lunar-data.ts. */
import { LUNAR_DATA, LUNAR_FIRST_YEAR } from './lunar-data.js';

interface LunarYear {
  newYear: number;
  /** Month lengths in calendar order, the leap month (if any) in place. */
  lengths: number[];
  leap: number;
}

// Decoded lazily: most texts hold no lunar date, and the decode is cheap but not free.
let decoded: LunarYear[] | null = null;

function table(): LunarYear[] {
  if (decoded) return decoded;
  decoded = LUNAR_DATA.split(';').map((rec) => {
    const [d, b, l] = rec.split(',').map((x) => parseInt(x, 36));
    const leap = l;
    const count = leap ? 13 : 12;
    const lengths: number[] = [];
    for (let i = 0; i < count; i++) lengths.push(b & (1 << i) ? 30 : 29);
    return { newYear: d, lengths, leap };
  });
  return decoded;
}

function yearInfo(y: number): LunarYear | null {
  const t = table();
  const i = y - LUNAR_FIRST_YEAR;
  return i >= 0 && i < t.length ? t[i] : null;
}

function monthIndex(info: LunarYear, month: number, leap: boolean): number {
  if (leap) return info.leap === month ? month : -1;
  return info.leap && month > info.leap ? month : month - 1;
}

/**
 * Day numbers of the first and last day of lunar month `month` (1–12) of lunar year `y`,
 * or null outside the table or for a leap month the year does not have.
 */
export function lunarMonthRange(y: number, month: number, leap = false): { first: number; last: number } | null {
  const info = yearInfo(y);
  if (!info || month < 1 || month > 12) return null;
  const idx = monthIndex(info, month, leap);
  if (idx < 0) return null;
  let first = info.newYear;
  for (let i = 0; i < idx; i++) first += info.lengths[i];
  return { first, last: first + info.lengths[idx] - 1 };
}

/** Day number of lunar date y/month/day, or null when it does not exist. */
export function lunarToDayNumber(y: number, month: number, day: number, leap = false): number | null {
  const r = lunarMonthRange(y, month, leap);
  if (!r || day < 1 || day > r.last - r.first + 1) return null;
  return r.first + day - 1;
}

/** Day number of the last day of lunar year `y` (除夕), or null outside the table. */
export function lunarYearLastDay(y: number): number | null {
  const next = yearInfo(y + 1);
  return next ? next.newYear - 1 : null;
}

/** The lunar year a Gregorian day number falls in (by its new-year boundary). */
export function lunarYearOf(n: number): number | null {
  const t = table();
  for (let i = t.length - 1; i >= 0; i--) if (t[i].newYear <= n) return LUNAR_FIRST_YEAR + i;
  return null;
}
