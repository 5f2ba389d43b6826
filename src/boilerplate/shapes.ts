/**
 * Line shapes that say "furniture" whatever the words: lone separators, image file names, publication
 * headers made of dates and labelled fields, summary blocks that repeat the lead. All of them read the
 * Simplified, half-width view of a line (`view`), so Traditional pages match the same way.
 */
import { mayHoldCredit } from './credit-reader.js';
import { lexiconHits, type LexiconHits } from './lexicon.js';
import { HOLDS, readChars, type CharFacts } from './line-facts.js';
import { mayStartMatch } from './pattern-starts.js';

// A date with its year (2023-07-21, 2023/7/21, 2023.07.21, 2023年7月21日), a month-day with a time, or a clock time.
export const FULL_DATE = /(?:19|20)\d{2}\s?[-/.年]\s?\d{1,2}\s?[-/.月]\s?\d{1,2}\s?日?|(?<![\d/])\d{1,2}\/\d{1,2}\/(?:19|20)\d{2}(?![\d/])/u;
// The time of day after a written date (下午3:05 included), kept with it for the date engine.
const TIME_AFTER_DATE = /^\s{0,3}(?:[-—]\s?)?(?:上午|下午|晚上|凌晨|中午|早上|傍晚)?\s?\d{1,2}:\d{2}(?::\d{2})?(?:\s?[AaPp][Mm])?/u;
const DATE_PARTS = /(?:(?:19|20)\d{2}\s?[-/.年]\s?\d{1,2}\s?[-/.月]\s?\d{1,2}\s?[日号]?|\d{1,2}\s?[-/月]\s?\d{1,2}\s?日?(?=\s?\d{1,2}:\d{2})|\d{1,2}\s?[:时]\s?\d{2}(?:\s?[:分]\s?\d{2}\s?秒?)?(?:\s?分)?|(?:19|20)\d{2}年|\d{1,2}月\d{1,2}日|(?:星期|周|礼拜)[一二三四五六日天]|(?:上午|下午|晚上|凌晨|中午)|(?:北京|香港|台北|当地)?时间)/gu;
const SENTENCE = /[。!?;…]/u;
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;
// Field labels of a publication header: a short word before a colon (发布日期:, 点击数:, 栏目:).
const FIELD = /[\p{Script=Han}A-Za-z]{1,8}\s?:\s?[^\s:]{0,24}/gu;
const IMAGE_FILE = /^[\w\-.()]{1,120}\.(?:jpe?g|png|gif|webp|bmp|tiff?)$/iu;
const IMAGE_SIZE_NAME = /^[\w\-]{6,120}$/u;
const SEPARATOR_END_MARK = /^[\s\-—=*·~_.。]*(?:END|End|end|完|全文完|结束|未完待续|待续)[\s\-—=*·~_.。]*$/u;

/** True for a line with no letter or digit at all (|, \, &&, ******, ? ? ? ?) or an end mark (-END-, (完)). */
export function isSeparatorLine(view: string): boolean {
  if (!LETTER_OR_DIGIT.test(view)) return true;
  if (view.length > 16) return false;
  const inner = view.replace(/^[(\[【]|[)\]】]$/gu, '');
  return SEPARATOR_END_MARK.test(inner);
}

/** True for an image file name (photo_0123.jpg) or a stored image name with its size (2019…_0FTS7187_600x450). */
export function isImageFileName(view: string): boolean {
  if (view.length > 120 || view.includes(' ')) return false;
  if (IMAGE_FILE.test(view)) return true;
  return IMAGE_SIZE_NAME.test(view) && /\d{2,4}[x×]\d{2,4}/u.test(view) && /\d{6,}/u.test(view);
}

const MONTH_DAY_TIME = /(?<![\d:])\d{1,2}\s?[-/月]\s?\d{1,2}(?![\d:])\s?日?\s{1,3}\d{1,2}:\d{2}/u;

/** True when the line holds a date with its year, or a month-day with a clock time (05-08 10:30). */
export function hasFullDate(view: string): boolean {
  return FULL_DATE.test(view) || MONTH_DAY_TIME.test(view);
}

// The date code Taiwan's wire writes after the editor's bracket that closes a story (（編輯：X）1131002: ROC yyymmdd).
const ROC_CODE_AFTER_CREDIT = /[)）]\s?(1[0-4]\d(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01]))$/u;

/**
 * The first date with its year written in the line, with its time of day, as written (for the date engine), or
 * the wire's date code after a closing credit; null when there is neither.
 */
export function writtenDate(line: string, view: string): string | null {
  const match = FULL_DATE.exec(view);
  if (!match) return ROC_CODE_AFTER_CREDIT.exec(view)?.[1] ?? null;
  let end = match.index + match[0].length;
  const time = TIME_AFTER_DATE.exec(view.slice(end));
  if (time) end += time[0].length;
  return line.slice(match.index, end).trim();
}

/**
 * A publication header: a short line of dates, times and labelled fields (发布日期:2024-05-08 浏览次数:,
 * 2024-05-08 10:15 来源:X 字号: 阅读: 次, | 专题 |2024-05-08, 2024年5月8日(星期三)). After the dates, the
 * fields and the furniture words are taken away, at most a few characters (a site or section name) are left.
 */
export function isPublicationHeader(view: string): boolean {
  return publicationHeader(view, () => hasFullDate(view));
}

/** {@link isPublicationHeader}, asking `dated` (whether the line holds a full date) only when the shape needs it. */
function publicationHeader(view: string, dated: () => boolean): boolean {
  if (view.length > 160 || SENTENCE.test(view)) return false;
  const labelled = LABELLED_TIME.test(view);
  if (!labelled && !dated()) return false;
  let rest = view.replace(DATE_PARTS, ' ').replace(FIELD, ' ');
  const hits = lexiconHits(rest);
  const han = (rest.match(HAN_ALL) ?? []).length;
  rest = rest.replace(NOT_A_WORD, '');
  return rest.length - hits.covered <= 8 && han - hits.covered <= 8;
}

const LABELLED_TIME = /(?:发布|发表|更新|录入|上传)(?:时间|日期|于)|(?:时间|日期)\s?:/u;
const HAN_ALL = /\p{Script=Han}/gu;
const NOT_A_WORD = /[\s\p{P}\p{S}\d]/gu;

// Every full date holds at least this many digits (2024-5-8, 5-8 10:30).
const FULL_DATE_DIGITS = 5;
const NO_WORDS: LexiconHits = Object.freeze({ covered: 0, words: 0, reason: null });

/**
 * The shape facts of one line that both the rules and the line model read: the counts and character kinds of
 * one pass over the view (line-facts.ts), and, each worked out at most once and only when asked for, a full
 * date, a publication header, the furniture words, a credit label that may stand where it is. A fact whose
 * pattern needs characters the line lacks is answered without running the pattern.
 */
export class LineShape implements CharFacts {
  // Declared, not initialised: the constructor gives every field its value once, in one fixed order.
  declare readonly view: string;
  declare visible: number;
  declare han: number;
  declare latin: number;
  declare digit: number;
  declare sentence: number;
  declare comma: number;
  declare stop: number;
  declare separator: number;
  declare mask: number;
  declare private credit: boolean | undefined;
  declare private fullDate: boolean | undefined;
  declare private header: boolean | undefined;
  declare private words: LexiconHits | undefined;

  constructor(view: string) {
    this.view = view;
    this.visible = 0;
    this.han = 0;
    this.latin = 0;
    this.digit = 0;
    this.sentence = 0;
    this.comma = 0;
    this.stop = 0;
    this.separator = 0;
    this.mask = 0;
    this.credit = undefined;
    this.fullDate = undefined;
    this.header = undefined;
    this.words = undefined;
    readChars(view, this);
  }

  /** Whether the line holds a character of any of the HOLDS bits in `bits`. */
  holds(bits: number): boolean {
    return (this.mask & bits) !== 0;
  }

  hasFullDate(): boolean {
    return (this.fullDate ??= this.digit >= FULL_DATE_DIGITS && hasFullDate(this.view));
  }

  /** Whether a credit label may stand somewhere in the line (without one, no part of the line reads as a credit). */
  mayHoldCredit(): boolean {
    return (this.credit ??= this.holds(HOLDS.labelStart) && mayHoldCredit(this.view));
  }

  isPublicationHeader(): boolean {
    if (this.header === undefined) {
      const sentence = this.sentence > 0 || this.holds(HOLDS.ellipsis);
      const mayBe = !sentence && this.view.length <= 160 && (this.holds(HOLDS.timeWord) || this.hasFullDate());
      this.header = mayBe && publicationHeader(this.view, () => this.hasFullDate());
    }
    return this.header;
  }

  lexicon(): LexiconHits {
    return (this.words ??= this.holds(HOLDS.lexiconStart) ? lexiconHits(this.view, this.holds(HOLDS.upper)) : NO_WORDS);
  }
}

const SUMMARY_LABEL = /^[(\[【]?(?:提要|摘要|导读|内容提要|内容摘要|核心提示)[)\]】]?\s?:?\s?/u;
const maySummarise = mayStartMatch(SUMMARY_LABEL);

/**
 * The length of a summary label (提要:, 【摘要】) opening the line, or 0. A summary block is furniture only
 * where it repeats the lead; the caller checks that.
 */
export function summaryLabelLength(view: string): number {
  const match = maySummarise(view) ? SUMMARY_LABEL.exec(view) : null;
  return match && match[0].length < view.length ? match[0].length : 0;
}
