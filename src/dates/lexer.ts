/**
 * Tokenizer over folded text. Numerals become one token per run (Arabic or Chinese), date
 * words are matched longest-first from a fixed list, letters group into runs (so identifiers
 * such as IMG_20230721 stay recognisable), and every other character is its own token.
 * Each step consumes at least one character and looks ahead a bounded distance, so lexing is
 * linear in the input.
 */
import { cnValue, isCnNumeralChar, isDigitwise } from './numerals.js';

/** num: Arabic digits; cn: Chinese numeral; w: word or single character; sp: spaces; a: Latin letters. */
export type TokKind = 'num' | 'cn' | 'w' | 'sp' | 'a';

/** One token; `s`/`e` are offsets into the original text. */
export interface Tok {
  k: TokKind;
  t: string;
  s: number;
  e: number;
  /** Numeric value for num/cn tokens (NaN when too long or malformed). */
  v: number;
}

// Multi-character words the grammar names. Anything not listed falls apart into single
// characters, which the grammar can still match one by one (年, 月, 上, 个 …).
const WORDS = [
  // days
  '大大前天', '大大后天', '大前天', '大后天', '今天', '今日', '昨天', '昨日', '前天', '明天', '明日', '后天',
  '本日', '当天', '当日', '次日', '翌日', '即日', '今晨', '今早', '今晚', '今夜', '昨晚', '昨夜', '明晚',
  '明早', '当晚', '当夜', '前晚', '明后两天', '明后天', '同日',
  // years
  '大前年', '大后年', '今年', '去年', '明年', '前年', '后年', '次年', '上年', '同年', '当年', '本年', '翌年',
  '来年', '上半年', '下半年', '全年', '同期',
  // months
  '本月', '当月', '同月', '次月', '上月', '下月', '月份', '上旬', '中旬', '下旬', '上半月', '下半月', '正月',
  '腊月', '冬月', '暑假', '寒假',
  // weeks and periods
  '星期', '礼拜', '周末', '季度', '世纪', '上世纪', '本世纪', '年代', '伊始', '末期', '初期', '中期', '前期', '后期',
  '最后',
  // parts of the day
  '上午', '下午', '中午', '早上', '早晨', '清晨', '凌晨', '晚上', '晚间', '夜间', '夜里', '半夜', '深夜', '傍晚',
  '午夜', '早间', '午间', '零时', '零点',
  // words that contain date characters but are not dates
  '小时', '分钟', '钟头', '时间', '时候', '时期', '时代', '时段', '时刻表', '点钟', '周年', '周岁', '年级',
  '年龄', '年轻', '年度', '半年', '年均', '周期', '周边', '周围', '周刊', '周报', '周转', '日报', '日电',
  '今日头条', '以来', '以后', '以前', '左右', '农历', '阴历', '大年', '号线', '号楼', '号院', '月球', '月饼',
  // festivals
  '元旦节', '元旦', '新年', '春节', '元宵节', '元宵', '清明节', '清明', '端午节', '端午', '中秋节', '中秋',
  '重阳节', '重阳', '七夕节', '七夕', '国庆节', '国庆', '劳动节', '青年节', '儿童节', '妇女节', '植树节',
  '情人节', '愚人节', '建军节', '建党节', '教师节', '圣诞节', '圣诞', '平安夜', '万圣节', '光棍节', '双十一',
  '母亲节', '父亲节', '感恩节', '女生节', '芒种', '腊八节', '腊八', '除夕', '小年',
];

// '日电' must not swallow the 日 of a dateline (20日电): the grammar reads it as 日 + 电.
const NOT_AT_DAY = new Set(['日电', '日报']);

const byFirst = new Map<string, string[]>();
for (const w of WORDS) {
  const list = byFirst.get(w[0]) ?? [];
  list.push(w);
  byFirst.set(w[0], list);
}
for (const list of byFirst.values()) list.sort((a, b) => b.length - a.length);

function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}
function isLetter(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95;
}
function isSpace(ch: string): boolean {
  return ch === ' ' || ch === '\t' || ch === '\u00a0' || ch === '\u3000';
}

/** Splits folded text into tokens; offsets refer to the same positions in the original. */
export function lex(text: string): Tok[] {
  const out: Tok[] = [];
  const n = text.length;
  let i = 0;
  while (i < n) {
    const c = text.charCodeAt(i);
    const ch = text[i];
    if (isDigit(c)) {
      let j = i + 1;
      while (j < n && isDigit(text.charCodeAt(j))) j++;
      const t = text.slice(i, j);
      out.push({ k: 'num', t, s: i, e: j, v: t.length <= 15 ? Number(t) : NaN });
      i = j;
      continue;
    }
    if (isLetter(c)) {
      let j = i + 1;
      while (j < n && isLetter(text.charCodeAt(j))) j++;
      out.push({ k: 'a', t: text.slice(i, j), s: i, e: j, v: NaN });
      i = j;
      continue;
    }
    if (isSpace(ch)) {
      let j = i + 1;
      while (j < n && isSpace(text[j])) j++;
      out.push({ k: 'sp', t: ' ', s: i, e: j, v: NaN });
      i = j;
      continue;
    }
    const cands = byFirst.get(ch);
    let word: string | null = null;
    if (cands) {
      for (const w of cands) {
        if (text.startsWith(w, i) && !(NOT_AT_DAY.has(w) && out.length && out[out.length - 1].k !== 'w')) {
          word = w;
          break;
        }
      }
    }
    if (word) {
      out.push({ k: 'w', t: word, s: i, e: i + word.length, v: NaN });
      i += word.length;
      continue;
    }
    if (isCnNumeralChar(ch)) {
      let j = i + 1;
      // Stop a numeral run where a listed word begins (三十 | 日 is fine, but 十一 | 七夕 must split).
      while (j < n && isCnNumeralChar(text[j]) && !(byFirst.get(text[j])?.some((w) => text.startsWith(w, j)))) j++;
      const t = text.slice(i, j);
      out.push({ k: 'cn', t, s: i, e: j, v: j - i <= 15 ? cnValue(t) : NaN });
      i = j;
      continue;
    }
    out.push({ k: 'w', t: ch, s: i, e: i + 1, v: NaN });
    i++;
  }
  return out;
}

/** True when a cn token is written digit by digit (二〇二三) rather than positionally. */
export function cnDigitwise(tok: Tok): boolean {
  return tok.k === 'cn' && isDigitwise(tok.t);
}
