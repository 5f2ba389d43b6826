/**
 * Date and time expressions in Chinese news text: found, normalised to ISO 8601 (EDTF `X` where no
 * year can be known), with exact UTF-16 offsets. This is the package's one reader of dates: the page
 * metadata, bylines, captions, datelines and body text all come through here.
 *
 * The engine reads the Simplified, half-width view of the text (Traditional 後天 and 民國 read as
 * 后天 and 民国, full-width ２０２３ as 2023) and returns each mention as written in the caller's text.
 *
 * Without a reference date, relative expressions keep their shape with unknown digits:
 * 今天 → `XXXX-XX-XX`, 本月 → `XXXX-XX`, 去年 → `XXXX`, 上周 → `XXXX-WXX`.
 */
import { checkOneOf, checkOptionNames, checkText, XinwenError } from '../errors.js';
import { analysisView } from '../normalize/index.js';
import type { DateMention } from '../types.js';
import { type YearCalendar, findDates } from './document.js';
import { parseReferenceDate } from './reference.js';

export { parseReferenceDate } from './reference.js';
export type { YearCalendar } from './document.js';

/** Options of {@link extractDates}. */
export interface ExtractDatesOptions {
  /**
   * Anchors dates without a year and relative dates (今天, 去年, 周五) where the text gives no
   * dateline and `publishedDate` is not set. A `Date` is read in local time; a string is read as
   * written (`2023-07-23`, `2023-07-23T09:30`, `2023/7/23 09:30`, any zone suffix ignored). Without
   * any anchor, years come from earlier dates in the text or stay unknown.
   */
  referenceDate?: string | Date | null;
  /**
   * The page's own publish date, where the caller knows it: anchors like `referenceDate`, but after
   * the text's own dateline (新华社北京6月2日电) and before `referenceDate`. Mentions anchored on it
   * report `yearSource: 'published'`.
   */
  publishedDate?: string | Date | null;
  /**
   * How a year written with two or three digits (112年, 99年, 113/01/13) is read. `'roc'`: as a
   * Republic of China (民國) year, 112年 → 2023. `'gregorian'`: never. `'auto'` (default): as a ROC
   * year where the page shows it uses that calendar (民國/中華民國 written, or Traditional text with a
   * three-digit year). Years written after 民國 are always ROC years.
   */
  calendar?: YearCalendar;
}

const CALENDARS: readonly YearCalendar[] = ['auto', 'roc', 'gregorian'];
const OPTION_NAMES = ['referenceDate', 'publishedDate', 'calendar'] as const;

function readOptions(options: unknown) {
  const checked = checkOptionNames<ExtractDatesOptions>(options, 'extractDates', OPTION_NAMES);
  checkOneOf(checked.calendar, 'calendar', CALENDARS);
  return {
    reference: parseReferenceDate(checked.referenceDate),
    published: parseReferenceDate(checked.publishedDate, 'publishedDate'),
    calendar: checked.calendar ?? 'auto',
  };
}

/**
 * Finds every date and time expression in `text`, in order and without overlaps.
 * `text.slice(m.start, m.end) === m.text` for every mention.
 * @throws XinwenError `E_INPUT_TYPE` when text is not a string; `E_OPTION` for an unknown or bad option.
 */
export function extractDates(text: string, options: ExtractDatesOptions = {}): DateMention[] {
  checkText(text, 'extractDates');
  const settings = readOptions(options);
  return findDates(text, analysisView(text), settings);
}

/**
 * {@link extractDates} for a caller that already holds the analysis view of `text` (the pipeline
 * makes it once per document): the view is not made again.
 */
export function extractDatesFromView(text: string, view: string, options: ExtractDatesOptions = {}): DateMention[] {
  if (view.length !== text.length) throw new XinwenError('E_INPUT_TYPE', 'the analysis view must have the length of the text.');
  return findDates(text, view, readOptions(options));
}
