/** The intermediate form between the grammar and resolution: what the text said, unresolved. */

/** Part of the day as written (上午, 下午, 晚上 …); decides the 12-hour shift. */
export type PartOfDay = 'am' | 'noon' | 'pm' | 'eve' | 'night' | 'dawn';

/** A sub-period of the year, month or week the expression names. */
export type Period =
  | { k: 'half'; n: 1 | 2 }
  | { k: 'quarters'; from: number; to: number }
  | { k: 'qedge'; q: number; edge: 'start' | 'end' }
  | { k: 'yedge'; edge: 'start' | 'end' }
  | { k: 'months'; from: number; to: number }
  | { k: 'lastMonths'; n: number }
  | { k: 'yweek'; n: number }
  | { k: 'ydays'; from: number; to: number }
  | { k: 'xun'; n: 1 | 2 | 3 }
  | { k: 'medge'; edge: 'start' | 'end' }
  | { k: 'mhalf'; n: 1 | 2 }
  | { k: 'mweek'; n: number }
  | { k: 'mdays'; from: number; to: number }
  | { k: 'mlastDays'; n: number }
  | { k: 'mnthWeekday'; n: number; wd: number }
  | { k: 'weekend' }
  | { k: 'summer' }
  | { k: 'winter' };

/**
 * What one date expression wrote. Absolute fields (`y`, `m`, `d` …) hold written values;
 * `*Rel` fields are offsets from the anchor (the reference date, or the text's context when the
 * matching `*Ctx` flag is set, as for 上年, 当月, 次日).
 */
export interface Parts {
  y?: number;
  /** The year was written with two digits (07年) and needs a century. */
  y2?: boolean;
  yRel?: number;
  yCtx?: boolean;
  m?: number;
  mRel?: number;
  mCtx?: boolean;
  d?: number;
  dRel?: number;
  dCtx?: boolean;
  /** Week offset (上周 = -1); with `wd` a weekday, alone a whole week. */
  wRel?: number;
  /** Quarter offset (上季度 = -1). */
  qRel?: number;
  wd?: number;
  h?: number;
  mi?: number;
  sec?: number;
  pod?: PartOfDay;
  per?: Period;
  lunar?: boolean;
  leap?: boolean;
  /** Festival key (see holidays.ts). */
  hol?: string;
  /** 至今, 即日: the reference date itself. */
  now?: boolean;
  /** Decade or century as an inclusive year range. */
  years?: { from: number; to: number; grain: 'decade' | 'century' };
  /** 同期: the period of the previous mention, in this expression's year. */
  same?: boolean;
  /** The year was written as a bare number (2018) rather than with 年. */
  bareYear?: boolean;
}

/** A point or a range, with token indices [ts, te) of its span. */
export interface Expr {
  a: Parts;
  b?: Parts;
  ts: number;
  te: number;
}
