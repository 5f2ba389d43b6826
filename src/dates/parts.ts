/**
 * The form between the grammar and resolution: what one date expression wrote, field by field,
 * before any year, month or day is filled in from the reference date or the document.
 */

/** Part of the day as written (上午, 下午, 晚上 …); decides the 12-hour shift of a clock time. */
export type PartOfDay = 'morning' | 'noon' | 'afternoon' | 'evening' | 'night' | 'smallHours';

/** A sub-period of the year, month or week the expression names. */
export type Period =
  | { kind: 'halfYear'; half: 1 | 2 }
  | { kind: 'quarters'; from: number; to: number }
  | { kind: 'quarterEdge'; quarter: number; edge: 'start' | 'end' }
  | { kind: 'yearEdge'; edge: 'start' | 'end' }
  | { kind: 'months'; from: number; to: number }
  | { kind: 'lastMonths'; count: number }
  | { kind: 'weekOfYear'; week: number }
  | { kind: 'daysOfYear'; from: number; to: number }
  | { kind: 'tenDays'; third: 1 | 2 | 3 }
  | { kind: 'monthEdge'; edge: 'start' | 'end' }
  | { kind: 'halfMonth'; half: 1 | 2 }
  | { kind: 'weekOfMonth'; week: number }
  | { kind: 'firstDaysOfMonth'; from: number; to: number }
  | { kind: 'lastDaysOfMonth'; count: number }
  | { kind: 'nthWeekdayOfMonth'; nth: number; weekday: number }
  | { kind: 'weekend' }
  | { kind: 'summerHoliday' }
  | { kind: 'winterHoliday' };

/** How a year was written when it is not a plain Gregorian number with 年. */
export type YearForm =
  /** A bare number in a date position (2018 without 年), followed by punctuation or a space. */
  | 'bare'
  /** A bare number run straight into a word (2020工作重点): needs a plausible year to count. */
  | 'bareBeforeWord'
  /** Two digits (07年) that need a century. */
  | 'twoDigit'
  /** A Republic of China (民国) year, converted by adding 1911. */
  | 'roc'
  /** A two- or three-digit year that is a ROC year only on a page that uses that calendar. */
  | 'maybeRoc'
  /** A three-digit year in a numeric date (113/01/13): a date only on a page that uses the ROC calendar. */
  | 'rocNumeric';

/**
 * What one date expression wrote. Absolute fields (`year`, `month`, `day` …) hold written values;
 * `…Shift` fields are offsets from the anchor (the reference date, or the text's context when the
 * matching `…FromContext` flag is set, as for 上年, 当月, 次日).
 */
export interface Parts {
  year?: number;
  yearForm?: YearForm;
  yearShift?: number;
  yearFromContext?: boolean;
  /** A zodiac year (马年): index of the animal, 0 = 鼠 … 11 = 猪. */
  zodiac?: number;
  /** A sexagenary year (甲子年): 0 = 甲子 … 59 = 癸亥. */
  sexagenary?: number;
  month?: number;
  monthShift?: number;
  monthFromContext?: boolean;
  day?: number;
  dayShift?: number;
  dayFromContext?: boolean;
  /** Week offset (上周 = -1); with `weekday` a weekday, alone a whole week. */
  weekShift?: number;
  /** Quarter offset (上季度 = -1). */
  quarterShift?: number;
  weekday?: number;
  hour?: number;
  minute?: number;
  second?: number;
  partOfDay?: PartOfDay;
  /** The clock time was written with a colon (上午12:05), as a 12-hour clock prints it. */
  colonClock?: boolean;
  /** The zone offset written after a clock time (`Z`, `+08:00`). */
  zone?: string;
  period?: Period;
  /** Month and day are lunar (农历八月十五, 初一, 腊月). */
  lunar?: boolean;
  leapMonth?: boolean;
  /** A bare 初一 … 初十: a day of 正月 only where the page speaks of the Spring Festival. */
  springFestivalDay?: boolean;
  /** Festival key (see holidays.ts). */
  festival?: string;
  /** 至今, 即日: the reference date itself. */
  now?: boolean;
  /** Decade or century as an inclusive year range. */
  yearSpan?: { from: number; to: number; grain: 'decade' | 'century' };
  /** 同期: the period of the previous mention, in this expression's year. */
  samePeriod?: boolean;
  /**
   * 今(8)日, 周四(11日): a relative day or weekday restated by the written day in brackets. The day
   * wins; the relative word only picks the month around its own date.
   */
  restatedDay?: boolean;
}

/** A point or a range, with token indices [firstToken, endToken) of its span. */
export interface Expression {
  from: Parts;
  to?: Parts;
  firstToken: number;
  endToken: number;
}
