/**
 * Festival dates by key (see FESTIVAL_WORDS in vocabulary.ts): fixed Gregorian days, rule-based
 * Sundays and Thursdays, lunar days, the lunar New Year's Eve and two solar terms.
 */
import { nthWeekdayOfMonth, toDayNumber } from './calendar.js';
import { lunarToDayNumber, lunarYearLastDay } from './lunar.js';

const FIXED: Record<string, [month: number, day: number]> = {
  newYear: [1, 1], valentines: [2, 14], girlsDay: [3, 7], womensDay: [3, 8], treePlantingDay: [3, 12], aprilFools: [4, 1],
  labourDay: [5, 1], youthDay: [5, 4], childrensDay: [6, 1], partyDay: [7, 1], armyDay: [8, 1], teachersDay: [9, 10],
  nationalDay: [10, 1], halloween: [10, 31], singlesDay: [11, 11], christmasEve: [12, 24], christmas: [12, 25],
};
const LUNAR: Record<string, [month: number, day: number]> = {
  springFestival: [1, 1], lantern: [1, 15], dragonBoat: [5, 5], qixi: [7, 7], midAutumn: [8, 15], doubleNinth: [9, 9], laba: [12, 8],
};
const NTH_WEEKDAY: Record<string, [month: number, weekday: number, nth: number]> = {
  mothersDay: [5, 7, 2], fathersDay: [6, 7, 3], thanksgiving: [11, 4, 4],
};
// Solar-term day = floor(yy·0.2422 + C) − floor(yy/4) (yy = year within the century), the usual
// approximation, good for 1901–2099 apart from a handful of years.
const SOLAR_TERMS: Record<string, [month: number, constant1900s: number, constant2000s: number]> = {
  qingming: [4, 5.59, 4.81], mangzhong: [6, 6.5, 5.678],
};

/** True when the festival follows the lunar calendar (its year is the lunar year). */
export function isLunarFestival(key: string): boolean {
  return key in LUNAR || key === 'lunarNewYearsEve';
}

/** Day number of festival `key` in (Gregorian or lunar, see isLunarFestival) year `year`, or null. */
export function festivalDay(key: string, year: number): number | null {
  const fixed = FIXED[key];
  if (fixed) return toDayNumber(year, fixed[0], fixed[1]);
  const lunar = LUNAR[key];
  if (lunar) return lunarToDayNumber(year, lunar[0], lunar[1]);
  if (key === 'lunarNewYearsEve') return lunarYearLastDay(year);
  const nth = NTH_WEEKDAY[key];
  if (nth) return nthWeekdayOfMonth(year, nth[0], nth[1], nth[2]);
  const term = SOLAR_TERMS[key];
  if (term) {
    const inCentury = year % 100;
    const constant = year >= 2001 ? term[2] : term[1];
    return toDayNumber(year, term[0], Math.floor(inCentury * 0.2422 + constant) - Math.floor(inCentury / 4));
  }
  return null;
}
