/**
 * Composing rules over tokens. Each reader takes the token list, a position and the Parts being
 * built, and returns the position after what it consumed or -1. Readers look ahead a bounded
 * number of tokens, so trying them at every position stays linear.
 */
import type { Tok } from './lexer.js';
import type { Expr, Parts, PartOfDay } from './parts.js';

type T = Tok[];

// 上上周 / 下下个月: repeated shifts, bounded so a run of 上上上… is not rescanned from every position.
const MAX_SHIFT = 3;
const tt = (T: T, i: number): string => (i < T.length ? T[i].t : '');
const isNum = (T: T, i: number): boolean => i < T.length && (T[i].k === 'num' || T[i].k === 'cn');
const sp = (T: T, i: number): number => (i < T.length && T[i].k === 'sp' ? i + 1 : i);

const REL_YEAR: Record<string, [number, boolean]> = {
  今年: [0, false], 本年: [0, false], 去年: [-1, false], 明年: [1, false], 来年: [1, false], 前年: [-2, false],
  后年: [2, false], 大前年: [-3, false], 大后年: [3, false],
  上年: [-1, true], 次年: [1, true], 翌年: [1, true], 同年: [0, true], 当年: [0, true],
};
const REL_MONTH: Record<string, [number, boolean]> = {
  本月: [0, false], 上月: [-1, false], 下月: [1, false], 当月: [0, true], 同月: [0, true], 次月: [1, true],
};
const REL_DAY: Record<string, [number, boolean, PartOfDay?]> = {
  今天: [0, false], 今日: [0, false], 本日: [0, false], 即日: [0, false], 昨天: [-1, false], 昨日: [-1, false],
  前天: [-2, false], 明天: [1, false], 明日: [1, false], 后天: [2, false], 大前天: [-3, false], 大后天: [3, false],
  大大前天: [-4, false], 大大后天: [4, false], 当天: [0, true], 当日: [0, true], 同日: [0, true], 次日: [1, true],
  翌日: [1, true],
  今晨: [0, false, 'am'], 今早: [0, false, 'am'], 今晚: [0, false, 'eve'], 今夜: [0, false, 'night'],
  昨晚: [-1, false, 'eve'], 昨夜: [-1, false, 'night'], 明晚: [1, false, 'eve'], 明早: [1, false, 'am'],
  前晚: [-2, false, 'eve'], 当晚: [0, true, 'eve'], 当夜: [0, true, 'night'],
};
const POD: Record<string, PartOfDay> = {
  上午: 'am', 早上: 'am', 早晨: 'am', 清晨: 'am', 早间: 'am', 凌晨: 'dawn', 中午: 'noon', 午间: 'noon',
  下午: 'pm', 傍晚: 'pm', 晚上: 'eve', 晚间: 'eve', 夜间: 'night', 夜里: 'night', 半夜: 'night', 深夜: 'night',
  午夜: 'night',
};
const POD_CHAR: Record<string, PartOfDay> = { 早: 'am', 晚: 'eve', 夜: 'night' };
const LUNAR_MONTH: Record<string, number> = { 正月: 1, 冬月: 11, 腊月: 12 };
/** Festival words the resolver knows (holidays.ts). */
export const HOLIDAY_WORDS: Record<string, string> = {
  元旦节: 'newyear', 元旦: 'newyear', 新年: 'newyear', 春节: 'spring', 元宵节: 'lantern', 元宵: 'lantern',
  清明节: 'qingming', 清明: 'qingming', 端午节: 'dragon', 端午: 'dragon', 中秋节: 'midautumn', 中秋: 'midautumn',
  重阳节: 'double9', 重阳: 'double9', 七夕节: 'qixi', 七夕: 'qixi', 国庆节: 'national', 国庆: 'national',
  劳动节: 'labour', 青年节: 'youth', 儿童节: 'children', 妇女节: 'women', 植树节: 'tree', 情人节: 'valentine',
  愚人节: 'fools', 建军节: 'army', 建党节: 'party', 教师节: 'teachers', 圣诞节: 'xmas', 圣诞: 'xmas',
  平安夜: 'xmaseve', 万圣节: 'halloween', 光棍节: 'singles', 双十一: 'singles', 母亲节: 'mothers',
  父亲节: 'fathers', 感恩节: 'thanksgiving', 女生节: 'girls', 芒种: 'mangzhong', 腊八节: 'laba', 腊八: 'laba',
  除夕: 'eve',
};
const CONN = new Set(['至', '到', '-', '~', '—', '―']);
const WEEKDAY: Record<string, number> = { 一: 1, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 日: 7, 天: 7, 七: 7 };
// Characters that, right after a bare number, show it counts something rather than names a day or minute.
const COUNT_AFTER = new Set([
  '个', '人', '名', '元', '万', '亿', '千', '百', '米', '家', '件', '吨', '次', '户', '辆', '台', '条', '项', '所',
  '位', '只', '头', '倍', '%', '.', '岁', '级', '届', '期', '度', '年', '月', '周', '天', '分', '秒', '斤', '公',
  '平', '亩', '套', '辆', '场', '批', '部', '篇', '份', '张', '本', '支', '座', '种', '组', '股', '手', '点', '多',
  '余', '强', '类', '层', '号', '日', '时', '楼', '栋', '路', '岁', '克', '里', '码', '分钟', '小时',
]);
// After 一点/三点 without a clock context, these make 点 mean "point (of an argument)".
const POINT_NOT_CLOCK = new Set([
  '要', '意', '建', '经', '希', '内', '共', '措', '做', '举', '工', '思', '启', '体', '原', '理', '重', '问', '成',
  '收', '目', '看', '认', '承', '主', '基', '好', '儿', '点', '滴',
]);
// Before a two- or three-digit "N年", these make it a duration (近10年, 第25年, 用了20年).
const DURATION_BEFORE = new Set([
  '近', '第', '这', '那', '每', '满', '达', '逾', '超', '了', '用', '历', '过', '约', '共', '计', '余', '几', '数',
  '多', '整', '头', '最', '长', '将', '有', '期', '经', '已', '再', '至', '到', '后', '前', '来', '的',
]);
const DURATION_AFTER = new Set([
  '来', '间', '多', '余', '里', '之', '左右', '以来', '了', '半', '零', '整', '时间', '中', '内', '期', '后', '前',
  '的', '历', '级', '龄', '光', '华', '计', '轻', '度', '均', '长', '代', '纪',
]);

const BOUNDARY = new Set(['，', '。', '、', '；', ',', ';', ')', '）', '！', '？', '!', '?', '\n', '：', '”', '"', '》']);

interface Num {
  v: number;
  i: number;
  len: number;
  digitwise: boolean;
  cn: boolean;
}

function readNum(T: T, i: number): Num | null {
  if (i >= T.length) return null;
  const tok = T[i];
  if (tok.k === 'num') return { v: tok.v, i: i + 1, len: tok.t.length, digitwise: true, cn: false };
  if (tok.k === 'cn') {
    if (Number.isNaN(tok.v)) return null;
    let dw = true;
    for (const ch of tok.t) if ('十百千廿卅'.includes(ch)) dw = false;
    return { v: tok.v, i: i + 1, len: tok.t.length, digitwise: dw, cn: true };
  }
  return null;
}

/** Position after a range connective at i (至, 到, -, ~, —, ——), or -1. */
export function readConn(T: T, i: number): number {
  const t = tt(T, i);
  if (!CONN.has(t)) return -1;
  if ((t === '—' || t === '-') && (tt(T, i + 1) === '—' || tt(T, i + 1) === '-')) return i + 2;
  return i + 1;
}

/**
 * For a bare number at i (1至6月, 12-19日, 9~12点半), the unit the number after the connective
 * carries; the bare number takes the same unit. '' when there is no such pattern.
 */
function unitAhead(T: T, i: number): string {
  if (!isNum(T, i)) return '';
  let j = sp(T, i + 1);
  j = readConn(T, j);
  if (j < 0) return '';
  j = sp(T, j);
  if (!isNum(T, j)) return '';
  j = sp(T, j + 1);
  const u = tt(T, j);
  if (u === '月份') return '月';
  if (u === '点钟' || u === '时') return '点';
  return u;
}

function yearFromNum(n: Num, p: Parts): boolean {
  if (n.cn && !n.digitwise) {
    if (n.v < 1000 || n.v > 2999) return false;
    p.y = n.v;
    return true;
  }
  if (n.len === 4 && n.v >= 1000 && n.v <= 2999) p.y = n.v;
  else if (n.len === 2) {
    p.y = n.v;
    p.y2 = true;
  } else if (n.len === 3 && n.v >= 100) p.y = n.v;
  else return false;
  return true;
}

/** 2023年, 二〇二三年, 07年, 今年, 上一年 … */
function readYear(T: T, i: number, p: Parts): number {
  const t = tt(T, i);
  const rel = REL_YEAR[t];
  if (rel) {
    p.yRel = rel[0];
    if (rel[1]) p.yCtx = true;
    return i + 1;
  }
  if ((t === '上' || t === '下' || t === '这' || t === '本') && tt(T, i + 1) === '一' && tt(T, i + 2) === '年') {
    p.yRel = t === '上' ? -1 : t === '下' ? 1 : 0;
    return i + 3;
  }
  const n = readNum(T, i);
  if (!n) return -1;
  const j = sp(T, n.i);
  const hasNian = tt(T, j) === '年';
  if (!hasNian && !(n.len === 4 && !n.cn && unitAhead(T, i) === '年')) return -1;
  const q: Parts = {};
  if (!yearFromNum(n, q)) return -1;
  if (n.len < 4 && !n.cn && T[i].t[0] !== '0' && hasNian) {
    const before = i > 0 ? T[i - 1].t : '';
    const m = readNum(T, sp(T, j + 1));
    const monthFollows = m !== null && (tt(T, m.i) === '月' || tt(T, m.i) === '月份');
    if (DURATION_BEFORE.has(before) && !monthFollows) return -1;
  }
  if (n.cn && n.digitwise && n.len < 2) return -1;
  Object.assign(p, q);
  return hasNian ? j + 1 : n.i;
}

/** 上半年, 年底, 第三季度, 前两个季度, 首月, 前五个月, 第一周, 第十天 … (after a year or alone) */
function readYearPeriod(T: T, i: number, p: Parts, hadYear: boolean): number {
  let t = tt(T, i);
  if (t === '的' && hadYear) {
    const r = readYearPeriod(T, i + 1, p, hadYear);
    return r;
  }
  if (t === '同期' && hadYear) {
    p.same = true;
    return i + 1;
  }
  if (t === '上半年' || t === '下半年') {
    p.per = { k: 'half', n: t === '上半年' ? 1 : 2 };
    return i + 1;
  }
  if (t === '暑假' || t === '寒假') {
    p.per = { k: t === '暑假' ? 'summer' : 'winter' };
    return i + 1;
  }
  // 年初/年底 alone, or 明年年初: the 年 is optional after a year.
  let j = i;
  if (t === '年' && (tt(T, i + 1) === '初' || tt(T, i + 1) === '底' || tt(T, i + 1) === '末')) j = i + 1;
  t = tt(T, j);
  if (t === '伊始' && hadYear) {
    p.per = { k: 'months', from: 1, to: 1 };
    return j + 1;
  }
  if (t === '初') {
    if (!hadYear && j === i) return -1;
    p.per = { k: 'yedge', edge: 'start' };
    return j + 1;
  }
  if (t === '底' || t === '末') {
    if (!hadYear && j === i) return -1;
    p.per = { k: 'yedge', edge: 'end' };
    return j + 1;
  }
  if (!hadYear) return readQuarter(T, i, p);
  const q = readQuarter(T, i, p);
  if (q >= 0) return q;
  // 第N周 / 第N个星期 / 第N个月 / 第N天 / 首月 / 前N个月 / 后N个月 / 前N天
  if (t === '首' && tt(T, i + 1) === '月') {
    p.per = { k: 'months', from: 1, to: 1 };
    return i + 2;
  }
  if (t === '第') {
    const n = readNum(T, sp(T, i + 1));
    if (!n || n.v < 1) return -1;
    let k = n.i;
    const ge = tt(T, k) === '个';
    if (ge) k++;
    const u = tt(T, k);
    if (u === '周' || u === '星期' || u === '礼拜') {
      if (n.v > 53) return -1;
      p.per = { k: 'yweek', n: n.v };
      return k + 1;
    }
    if (u === '月' && ge && n.v <= 12) {
      p.per = { k: 'months', from: n.v, to: n.v };
      return k + 1;
    }
    if (u === '天' && n.v <= 366) {
      p.per = { k: 'ydays', from: n.v, to: n.v };
      return k + 1;
    }
    return -1;
  }
  if (t === '前' || t === '后' || t === '最后') {
    const n = readNum(T, sp(T, i + 1));
    if (!n || n.v < 1) return -1;
    let k = sp(T, n.i);
    if (tt(T, k) === '个') k++;
    const u = tt(T, k);
    if (u === '月' && n.v <= 12) {
      p.per = t === '前' ? { k: 'months', from: 1, to: n.v } : { k: 'lastMonths', n: n.v };
      return k + 1;
    }
    if (u === '天' && t === '前' && n.v <= 366) {
      p.per = { k: 'ydays', from: 1, to: n.v };
      return k + 1;
    }
    return -1;
  }
  return -1;
}

/** 第三季度, 一季度, 首季度, Q1, 前三季度, 上个季度, 一季度末 … */
function readQuarter(T: T, i: number, p: Parts): number {
  let t = tt(T, i);
  let j = i;
  let from = 0;
  let to = 0;
  if (t === 'Q' && T[i + 1]?.k === 'num') {
    from = to = T[i + 1].v;
    j = i + 2;
    if (tt(T, j) === '季度') j++;
  } else {
    if (t === '第' || t === '首' || t === '前') j++;
    let n: Num | null = null;
    if (t !== '首') {
      n = readNum(T, j);
      if (!n) return -1;
      j = n.i;
      if (tt(T, j) === '个') j++;
    }
    if (tt(T, j) !== '季度') return -1;
    j++;
    if (t === '前') {
      from = 1;
      to = n!.v;
    } else from = to = t === '首' ? 1 : n!.v;
  }
  if (from < 1 || to > 4 || to < from) return -1;
  t = tt(T, j);
  if (from === to && (t === '初' || t === '末' || t === '底')) {
    p.per = { k: 'qedge', q: from, edge: t === '初' ? 'start' : 'end' };
    return j + 1;
  }
  p.per = { k: 'quarters', from, to };
  return j;
}

/** 上个季度, 本季度, 上季度末 (no year). */
function readRelQuarter(T: T, i: number, p: Parts): number {
  let j = i;
  let rel = 0;
  let any = false;
  while ((tt(T, j) === '上' || tt(T, j) === '下') && j - i < MAX_SHIFT) {
    rel += tt(T, j) === '上' ? -1 : 1;
    j++;
    any = true;
  }
  if (!any && (tt(T, j) === '本' || tt(T, j) === '这' || tt(T, j) === '当')) {
    j++;
    any = true;
  }
  if (!any) return -1;
  if (tt(T, j) === '个') j++;
  if (tt(T, j) !== '季度') return -1;
  j++;
  const t = tt(T, j);
  p.qRel = rel;
  if (t === '初' || t === '末' || t === '底') {
    p.per = { k: 'qedge', q: 0, edge: t === '初' ? 'start' : 'end' };
    return j + 1;
  }
  p.per = { k: 'quarters', from: 0, to: 0 };
  return j;
}

/** 7月, 七月份, 本月, 上个月, 这个月, 正月, 闰四月 … */
function readMonth(T: T, i: number, p: Parts): number {
  const t = tt(T, i);
  const rel = REL_MONTH[t];
  if (rel) {
    p.mRel = rel[0];
    if (rel[1]) p.mCtx = true;
    return i + 1;
  }
  if (LUNAR_MONTH[t]) {
    p.m = LUNAR_MONTH[t];
    p.lunar = true;
    return i + 1;
  }
  if (t === '上' || t === '下' || t === '这' || t === '本') {
    let j = i;
    let r = 0;
    while ((tt(T, j) === '上' || tt(T, j) === '下') && j - i < MAX_SHIFT) {
      r += tt(T, j) === '上' ? -1 : 1;
      j++;
    }
    if (j === i) j++;
    if (tt(T, j) === '一' && tt(T, j + 1) === '个') j += 2;
    else if (tt(T, j) === '个') j++;
    else if (j === i + 1 && (t === '这')) return -1;
    if (tt(T, j) !== '月' && tt(T, j) !== '月份') return -1;
    p.mRel = r;
    return j + 1;
  }
  let j = i;
  if (t === '闰') {
    p.leap = true;
    p.lunar = true;
    j++;
  }
  const n = readNum(T, j);
  if (!n) return -1;
  if (n.v < 1 || n.v > 12 || n.len > 2 || (n.cn && n.digitwise && n.len > 1)) return -1;
  const k = sp(T, n.i);
  if (tt(T, k) === '月' || tt(T, k) === '月份') {
    p.m = n.v;
    return tt(T, k) === '月' && tt(T, k + 1) === '份' ? k + 2 : k + 1;
  }
  if (unitAhead(T, j) === '月') {
    p.m = n.v;
    return n.i;
  }
  return -1;
}

/** 上旬, 月底, 初, 上半月, 第二周, 前两天, 最后五天, 第一个周二 (after a month). */
function readMonthPeriod(T: T, i: number, p: Parts): number {
  let j = i;
  if (tt(T, j) === '的') j++;
  let t = tt(T, j);
  if (t === '上旬' || t === '中旬' || t === '下旬') {
    p.per = { k: 'xun', n: t === '上旬' ? 1 : t === '中旬' ? 2 : 3 };
    return j + 1;
  }
  if (t === '上半月' || t === '下半月') {
    p.per = { k: 'mhalf', n: t === '上半月' ? 1 : 2 };
    return j + 1;
  }
  if (t === '月' && j === i) {
    j++;
    t = tt(T, j);
  }
  if (t === '初' && !isNum(T, j + 1)) {
    p.per = { k: 'medge', edge: 'start' };
    return j + 1;
  }
  if (t === '底' || t === '末') {
    p.per = { k: 'medge', edge: 'end' };
    return j + 1;
  }
  if (t === '第') {
    const n = readNum(T, sp(T, j + 1));
    if (!n || n.v < 1 || n.v > 5) return -1;
    let k = n.i;
    const ge = tt(T, k) === '个';
    if (ge) k++;
    const u = tt(T, k);
    if (u === '周' || u === '星期' || u === '礼拜') {
      const wd = WEEKDAY[tt(T, k + 1)];
      if (ge && wd) {
        p.per = { k: 'mnthWeekday', n: n.v, wd };
        return k + 2;
      }
      p.per = { k: 'mweek', n: n.v };
      return k + 1;
    }
    return -1;
  }
  if (t === '前' || t === '最后') {
    const n = readNum(T, sp(T, j + 1));
    if (!n || n.v < 1 || n.v > 31) return -1;
    const k = sp(T, n.i);
    if (tt(T, k) !== '天') return -1;
    p.per = t === '前' ? { k: 'mdays', from: 1, to: n.v } : { k: 'mlastDays', n: n.v };
    return k + 1;
  }
  return -1;
}

/** 21日, 二十一号, 初一, 今天, 今(3)日, and after a month a bare 十五 / 31. */
function readDay(T: T, i: number, p: Parts, afterMonth: boolean): number {
  const t = tt(T, i);
  const rel = REL_DAY[t];
  if (rel && !afterMonth) {
    p.dRel = rel[0];
    if (rel[1]) p.dCtx = true;
    if (rel[2]) p.pod = rel[2];
    return i + 1;
  }
  if (t === '今' && tt(T, i + 1) === '(' && T[i + 2]?.k === 'num' && tt(T, i + 3) === ')' && tt(T, i + 4) === '日') {
    const v = T[i + 2].v;
    if (v < 1 || v > 31) return -1;
    p.d = v;
    p.mRel = 0;
    return i + 5;
  }
  if (t === '大年') {
    if (tt(T, i + 1) === '初') {
      const n = readNum(T, i + 2);
      if (!n || n.v < 1 || n.v > 10) return -1;
      p.m = 1;
      p.d = n.v;
      p.lunar = true;
      return n.i;
    }
    if (tt(T, i + 1) === '三十' || tt(T, i + 1) === '廿九') {
      p.hol = 'eve';
      return i + 2;
    }
    return -1;
  }
  if (t === '初' && afterMonth) {
    const n = readNum(T, i + 1);
    if (!n || n.v < 1 || n.v > 10 || n.len > 1) return -1;
    p.d = n.v;
    p.lunar = true;
    return n.i;
  }
  const n = readNum(T, i);
  if (!n || n.v < 1 || n.v > 31 || n.len > (n.cn ? 3 : 2)) return -1;
  if (n.cn && n.digitwise && n.len > 1 && !afterMonth) return -1;
  const k = sp(T, n.i);
  const u = tt(T, k);
  if (u === '日' || u === '号') {
    p.d = n.v;
    return k + 1;
  }
  if (afterMonth && !COUNT_AFTER.has(u) && !isNum(T, n.i)) {
    // 八月十五, 1月3; 廿/卅 are the lunar way of writing days
    if (n.cn && /[廿卅]/.test(T[i].t)) p.lunar = true;
    if (n.cn && n.digitwise && n.len > 1) {
      // 九月一五 is not a day; 一月二十三 is (positional)
      return -1;
    }
    p.d = n.v;
    return n.i;
  }
  const ua = unitAhead(T, i);
  if (ua === '日' || ua === '号') {
    p.d = n.v;
    return n.i;
  }
  return -1;
}

/** 周五, 星期五, 上周五, 下下周日, 这个星期一, 上周, 本周, 周末, 下周周六 … */
function readWeek(T: T, i: number, p: Parts): number {
  let j = i;
  let rel = 0;
  let prefixed = false;
  while ((tt(T, j) === '上' || tt(T, j) === '下') && j - i < MAX_SHIFT) {
    rel += tt(T, j) === '上' ? -1 : 1;
    j++;
    prefixed = true;
  }
  if (!prefixed && (tt(T, j) === '本' || tt(T, j) === '这')) {
    j++;
    prefixed = true;
  }
  if (prefixed) {
    if (tt(T, j) === '一' && (tt(T, j + 1) === '周' || tt(T, j + 1) === '个')) j++;
    if (tt(T, j) === '个') j++;
  }
  const u = tt(T, j);
  if (u === '周末') {
    p.wRel = rel;
    p.per = { k: 'weekend' };
    return j + 1;
  }
  if (u !== '周' && u !== '星期' && u !== '礼拜') return -1;
  j++;
  if (tt(T, j) === '周' || tt(T, j) === '星期') {
    if (WEEKDAY[tt(T, j + 1)]) j++;
  }
  const wd = WEEKDAY[tt(T, j)];
  if (wd && !(tt(T, j) === '七' && u === '周')) {
    // 周一 of 周一次 / 一周一 … only the weekday reading is wanted here
    p.wRel = rel;
    p.wd = wd;
    return j + 1;
  }
  if (!prefixed) return -1;
  p.wRel = rel;
  return j;
}

/** 上午, 晚上, 今晚 (a relative day with a part of day) … */
function readPod(T: T, i: number, p: Parts): number {
  const t = tt(T, i);
  const pod = POD[t];
  if (pod) {
    p.pod = pod;
    return i + 1;
  }
  const c = POD_CHAR[t];
  if (c && isNum(T, i + 1)) {
    p.pod = c;
    return i + 1;
  }
  return -1;
}

/** 9时30分, 下午3点, 十一点半, 5点一刻, 15:30, 17:55:23, 零时 … */
function readTime(T: T, i: number, p: Parts): number {
  const t = tt(T, i);
  if (t === '零时' || t === '零点') {
    p.h = 0;
    return tt(T, i + 1) === '整' ? i + 2 : i + 1;
  }
  const n = readNum(T, i);
  if (!n || n.v > 24 || n.len > 2) return -1;
  // HH:MM[:SS]
  if (!n.cn && tt(T, n.i) === ':' && T[n.i + 1]?.k === 'num' && T[n.i + 1].t.length === 2) {
    const mi = T[n.i + 1].v;
    if (mi > 59) return -1;
    p.h = n.v;
    p.mi = mi;
    let j = n.i + 2;
    if (tt(T, j) === ':' && T[j + 1]?.k === 'num' && T[j + 1].t.length === 2 && T[j + 1].v < 60) {
      p.sec = T[j + 1].v;
      j += 2;
    }
    if (tt(T, j) === '时') j++;
    return j;
  }
  let j = n.i;
  let u = tt(T, j);
  if (u !== '时' && u !== '点' && u !== '点钟') {
    const ua = unitAhead(T, i);
    if (ua !== '点') return -1;
    p.h = n.v;
    return n.i;
  }
  j++;
  p.h = n.v;
  if (u === '点钟') return tt(T, j) === '整' ? j + 1 : j;
  u = tt(T, j);
  if (u === '钟' || u === '整') return j + 1;
  if (u === '半') {
    p.mi = 30;
    return j + 1;
  }
  if (u === '多') return tt(T, j + 1) === '钟' ? j + 2 : j + 1;
  const m = readNum(T, j);
  if (m) {
    const v = tt(T, m.i);
    if (v === '刻' && m.v >= 1 && m.v <= 3) {
      p.mi = m.v * 15;
      return m.i + 1;
    }
    if (m.v <= 59 && (m.len <= 2 || (m.cn && m.len <= 3))) {
      if (v === '分') {
        p.mi = m.v;
        let k = m.i + 1;
        const s = readNum(T, k);
        if (s && tt(T, s.i) === '秒' && s.v <= 59) {
          p.sec = s.v;
          k = s.i + 1;
        }
        return k;
      }
      if (!COUNT_AFTER.has(v) && v !== '刻' && !(T[m.i]?.k === 'num')) {
        p.mi = m.v;
        return m.i;
      }
    }
  }
  return j;
}

/** Numeric dates: 2023-07-21, 2023.7.21, 2023/07/21, 2010 01 29, 20230721, 2023-07, 09-01, 12/1, 6·30, bare 2018. */
function readNumeric(T: T, i: number, p: Parts): number {
  const a = T[i];
  if (!a || a.k !== 'num') return -1;
  const L = a.t.length;
  if (L === 8) {
    const y = Number(a.t.slice(0, 4));
    const m = Number(a.t.slice(4, 6));
    const d = Number(a.t.slice(6, 8));
    if (y < 1900 || y > 2099 || m < 1 || m > 12 || d < 1 || d > 31) return -1;
    p.y = y;
    p.m = m;
    p.d = d;
    return i + 1;
  }
  if (L === 4 && a.v >= 1000 && a.v <= 2999) {
    const s1 = tt(T, i + 1);
    const b = T[i + 2];
    if ((s1 === '-' || s1 === '/' || s1 === '.' || s1 === ' ') && b?.k === 'num' && b.t.length <= 2 && b.v >= 1 && b.v <= 12) {
      const s2 = tt(T, i + 3);
      const c = T[i + 4];
      if ((s2 === '-' || s2 === '/' || s2 === '.' || s2 === ' ') && c?.k === 'num' && (s1 === ' ') === (s2 === ' ')) {
        let dv = c.v;
        let dl = c.t.length;
        let splitTime = false;
        // 2018-12-1209:03: the day and the hour ran together
        if (dl === 4 && tt(T, i + 5) === ':') {
          dv = Number(c.t.slice(0, 2));
          dl = 2;
          splitTime = true;
        }
        if (dl <= 2 && dv >= 1 && dv <= 31 && (s1 !== ' ' || (b.t.length === 2 && dl === 2))) {
          p.y = a.v;
          p.m = b.v;
          p.d = dv;
          let j = i + 5;
          if (splitTime) {
            const h = Number(c.t.slice(2));
            const mi = T[i + 6];
            if (h <= 24 && mi?.k === 'num' && mi.t.length === 2 && mi.v < 60) {
              p.h = h;
              p.mi = mi.v;
              return i + 7;
            }
            return -1;
          }
          return readTimeAfterNumeric(T, j, p);
        }
      }
      if (s1 !== ' ' && b.t.length === 2 && (s1 !== '.' || !(s2 === '.' && c?.k === 'num'))) {
        p.y = a.v;
        p.m = b.v;
        return i + 3;
      }
    }
    // A bare 2018 is a year only where nothing suggests a count or an identifier.
    if (a.v < 1900 || a.v > 2099) return -1;
    const nx = sp(T, i + 1);
    if (tt(T, nx) === '年' || tt(T, nx) === '年代') return -1;
    const after = tt(T, i + 1);
    if (after !== '' && T[i + 1].k !== 'sp' && !CONN.has(after) && !BOUNDARY.has(after)) return -1;
    p.y = a.v;
    p.bareYear = true;
    return i + 1;
  }
  if (L <= 2) {
    const s1 = tt(T, i + 1);
    const b = T[i + 2];
    if ((s1 === '-' || s1 === '/' || s1 === '·') && b?.k === 'num' && b.t.length <= 2 && a.v >= 1 && a.v <= 12 && b.v >= 1 && b.v <= 31) {
      if (s1 === '-' && (L !== 2 || b.t.length !== 2)) return -1;
      if (tt(T, i + 3) === s1 || tt(T, i + 3) === '.' || T[i + 3]?.k === 'num') return -1;
      p.m = a.v;
      p.d = b.v;
      return readTimeAfterNumeric(T, i + 3, p);
    }
  }
  return -1;
}

function readTimeAfterNumeric(T: T, j: number, p: Parts): number {
  let k = j;
  const s = tt(T, k);
  if (s === ' ' || s === '-' || s === 'T') k++;
  if (T[k]?.k === 'num' && tt(T, k + 1) === ':') {
    const q: Parts = {};
    const e = readTime(T, k, q);
    if (e > 0 && q.mi !== undefined) {
      Object.assign(p, q);
      return e;
    }
  }
  if (k === j) {
    const q: Parts = {};
    let e = readPod(T, j, q);
    e = readTime(T, e < 0 ? j : e, q);
    if (e > 0 && q.h !== undefined) {
      Object.assign(p, q);
      return e;
    }
  }
  return j;
}

/** 5年前, 3年后, 两年前, 5天前, 20天后, 2个月前. */
function readAgo(T: T, i: number, p: Parts): number {
  const n = readNum(T, i);
  if (!n || n.v < 1 || n.v > 999) return -1;
  let j = n.i;
  let u = tt(T, j);
  if (u === '个' && tt(T, j + 1) === '月') {
    j++;
    u = '月';
  }
  if (u !== '年' && u !== '天' && u !== '月') return -1;
  const dir = tt(T, j + 1);
  if (dir !== '前' && dir !== '后') return -1;
  if (isNum(T, j + 2) || (n.cn && n.digitwise && n.len > 1)) return -1;
  if (u === '月' && T[j - 1].t !== '个') return -1;
  if (i > 0 && (T[i - 1].t === '第' || T[i - 1].t === '前' || T[i - 1].t === '近')) return -1;
  const v = dir === '前' ? -n.v : n.v;
  if (u === '年') p.yRel = v;
  else if (u === '月') p.mRel = v;
  else p.dRel = v;
  return j + 2;
}

/** 上世纪90年代, 20世纪80年代, 九十年代, 18世纪, 二十世纪九十年代末期. */
function readDecade(T: T, i: number, p: Parts): number {
  let j = i;
  let century = -1;
  const t = tt(T, j);
  if (t === '上世纪') {
    century = 20;
    j++;
  } else if (t === '本世纪') {
    century = 21;
    j++;
  } else {
    const n = readNum(T, j);
    if (n && tt(T, n.i) === '世纪' && n.v >= 1 && n.v <= 21) {
      century = n.v;
      j = n.i + 1;
    }
  }
  const d = readNum(T, j);
  let from: number;
  let to: number;
  let grain: 'decade' | 'century' = 'decade';
  if (d && tt(T, d.i) === '年代' && d.v % 10 === 0 && d.v < 100) {
    const base = century > 0 ? (century - 1) * 100 : d.v === 0 || d.v < 20 ? 2000 : 1900;
    from = base + d.v;
    to = from + 9;
    j = d.i + 1;
  } else if (century > 0 && t !== '上世纪' && t !== '本世纪') {
    from = (century - 1) * 100;
    to = from + 99;
    grain = 'century';
  } else if (century > 0) {
    from = (century - 1) * 100;
    to = from + 99;
    grain = 'century';
  } else return -1;
  const s = tt(T, j);
  if (grain === 'decade' && (s === '末期' || s === '末')) {
    from = to - 2;
    j++;
  } else if (grain === 'decade' && (s === '前期' || s === '初期' || s === '初')) {
    to = from + 2;
    j++;
  } else if (grain === 'decade' && s === '中期') {
    from += 4;
    to = from + 2;
    j++;
  }
  p.years = { from, to, grain };
  return j;
}

// 新年 is far more often "the new year" in general (迎接新年, 新年音乐会) than 1 January; it names
// the day only after a year (2024年新年).
const NEEDS_YEAR = new Set(['新年']);

function readHoliday(T: T, i: number, p: Parts, hadYear = false): number {
  const t = tt(T, i);
  const h = HOLIDAY_WORDS[t];
  if (h && NEEDS_YEAR.has(t) && !hadYear) return -1;
  if (h) {
    p.hol = h;
    return i + 1;
  }
  if (T[i]?.k === 'cn' && t === '五一' && !COUNT_AFTER.has(tt(T, i + 1))) {
    p.hol = 'labour';
    return tt(T, i + 1) === '劳动节' ? i + 2 : i + 1;
  }
  return -1;
}

/** Everything that can follow a date part: weekday in apposition, part of day, clock time. */
function readClock(T: T, i: number, p: Parts, hasDate: boolean): number {
  let j = i;
  const pd = readPod(T, j, p);
  if (pd >= 0) j = pd;
  const tm = readTime(T, j, p);
  if (tm >= 0) {
    // 一点 / 三点 (a point of an argument) unless the context makes it a clock time
    if (!hasDate && pd < 0 && p.mi === undefined && T[j].k === 'cn' && POINT_NOT_CLOCK.has(tt(T, tm))) {
      delete p.h;
      return i;
    }
    if (!hasDate && pd < 0 && p.mi === undefined && T[j].k === 'num' && tt(T, tm - 1) === '点' && tt(T, tm) === '.') {
      delete p.h;
      return i;
    }
    return tm;
  }
  if (pd >= 0) {
    if (hasDate) return pd;
    delete p.pod;
  }
  return i;
}

/** One date/time point at token i, or null. */
export function readPoint(T: T, i: number): { p: Parts; i: number } | null {
  const p: Parts = {};
  let j = readNumeric(T, i, p);
  if (j >= 0) return { p, i: j };
  j = readDecade(T, i, p);
  if (j >= 0) return { p, i: j };
  j = readAgo(T, i, p);
  if (j >= 0) return { p, i: j };
  j = i;
  if (tt(T, j) === '农历' || tt(T, j) === '阴历') {
    p.lunar = true;
    j = sp(T, j + 1);
  }
  let hasDate = false;
  const y = readYear(T, j, p);
  const hadYear = y >= 0;
  if (hadYear) {
    j = y;
    hasDate = true;
    const k = sp(T, j);
    if (tt(T, k) === '农历' || tt(T, k) === '阴历') {
      p.lunar = true;
      j = k + 1;
    } else if (T[k]?.k !== 'sp') {
      // keep j
    }
  }
  const per = readYearPeriod(T, j, p, hadYear);
  if (per >= 0) {
    j = per;
    hasDate = true;
    return { p, i: readClock(T, j, p, true) };
  }
  const rq = hadYear ? -1 : readRelQuarter(T, j, p);
  if (rq >= 0) return { p, i: rq };
  const hol = readHoliday(T, j, p, hadYear);
  if (hol >= 0) {
    j = hol;
    return { p, i: readClock(T, j, p, true) };
  }
  const mStart = hadYear ? sp(T, j) : j;
  if (!hadYear) {
    // 上旬, 月底, 上半月 alone: this month
    const q: Parts = {};
    const mp = readMonthPeriod(T, j, q);
    const first = tt(T, j);
    if (mp >= 0 && (first === '月' || first === '上旬' || first === '中旬' || first === '下旬' || first === '上半月' || first === '下半月')) {
      Object.assign(p, q, { mRel: 0 });
      return { p, i: readClock(T, mp, p, true) };
    }
  }
  const m = readMonth(T, mStart, p);
  if (m >= 0) {
    j = m;
    hasDate = true;
    const mp = readMonthPeriod(T, j, p);
    if (mp >= 0) return { p, i: readClock(T, mp, p, true) };
    const d = readDay(T, j, p, true);
    if (d >= 0) j = d;
  } else if (!hadYear || tt(T, j) === '大年') {
    const d = readDay(T, j, p, false);
    if (d >= 0) {
      j = d;
      hasDate = true;
    } else if (!hadYear) {
      const w = readWeek(T, j, p);
      if (w >= 0) {
        j = w;
        hasDate = true;
      }
    }
  }
  if (p.d !== undefined && p.wd === undefined) {
    // 10月12号，星期一 / 6月1日周六: a weekday in apposition belongs to the date
    let k = j;
    if (tt(T, k) === '，' || tt(T, k) === ',' || T[k]?.k === 'sp') k++;
    const q: Parts = {};
    const w = readWeek(T, k, q);
    if (w >= 0 && q.wd !== undefined && q.wRel === 0 && (tt(T, k) === '周' || tt(T, k) === '星期' || tt(T, k) === '礼拜')) j = w;
  }
  if (p.hol === undefined && p.d === undefined && p.wd === undefined && p.dRel === undefined && p.m === undefined && p.mRel === undefined && hadYear && tt(T, j) !== '' ) {
    // 2023年感恩节, 零六年端午
    const h = readHoliday(T, j, p, true);
    if (h >= 0) j = h;
  }
  const c = readClock(T, j, p, hasDate);
  if (c === i && !hasDate) return null;
  if (c === i) return null;
  return { p, i: c };
}

const STARTERS = new Set<string>([
  ...Object.keys(REL_YEAR), ...Object.keys(REL_MONTH), ...Object.keys(REL_DAY), ...Object.keys(POD),
  ...Object.keys(POD_CHAR), ...Object.keys(LUNAR_MONTH), ...Object.keys(HOLIDAY_WORDS),
  '上', '下', '这', '本', '当', '周', '星期', '礼拜', '周末', '年', '月', '上旬', '中旬', '下旬', '上半月', '下半月',
  '上半年', '下半年', '农历', '阴历', '大年', '闰', '今', '第', '首', '前', '零时', '零点', '上世纪', '本世纪',
  '明后两天', '明后天', '暑假', '寒假', 'Q',
]);

/** True when an expression can begin at this token (a cheap filter before {@link readExpr}). */
export function canStart(tok: Tok): boolean {
  return tok.k === 'num' || tok.k === 'cn' || STARTERS.has(tok.t);
}

/** A point or a range starting at token i. */
export function readExpr(T: T, i: number): Expr | null {
  if (tt(T, i) === '明后两天' || tt(T, i) === '明后天') {
    return { a: { dRel: 1 }, b: { dRel: 2 }, ts: i, te: i + 1 };
  }
  const a = readPoint(T, i);
  if (!a) return null;
  let j = a.i;
  if (a.p.d !== undefined && a.p.h === undefined && !a.p.lunar) {
    // 9月10号、11号、12号: consecutive days listed one by one cover the days between
    let last = a.p.d;
    let k = j;
    let endTok = -1;
    while ((tt(T, k) === '，' || tt(T, k) === '、' || tt(T, k) === ',') && T[k + 1]?.k === 'num' && T[k + 1].v === last + 1 && (tt(T, k + 2) === '号' || tt(T, k + 2) === '日')) {
      last++;
      k += 3;
      endTok = k;
    }
    if (endTok > 0 && last - a.p.d >= 2) return { a: a.p, b: { d: last }, ts: i, te: endTok };
  }
  // 至今: '今' stays a single token only when it is not the start of 今年/今天 …
  if (tt(T, j) === '至' && tt(T, j + 1) === '今') return { a: a.p, b: { now: true }, ts: i, te: j + 2 };
  if (tt(T, j) === '起' && CONN.has(tt(T, j + 1))) j++;
  j = sp(T, j);
  const c = readConn(T, j);
  if (c < 0) return { a: a.p, ts: i, te: a.i };
  const b = readPoint(T, sp(T, c));
  if (!b || !compatible(a.p, b.p)) return { a: a.p, ts: i, te: a.i };
  return { a: a.p, b: b.p, ts: i, te: b.i };
}

// A range joins like with like: a date to a date, a clock time to a clock time.
function compatible(a: Parts, b: Parts): boolean {
  const aTime = a.h !== undefined;
  const bTime = b.h !== undefined;
  const bDate = b.y !== undefined || b.yRel !== undefined || b.m !== undefined || b.mRel !== undefined || b.d !== undefined || b.dRel !== undefined || b.wd !== undefined || b.hol !== undefined;
  if (!aTime && bTime && !bDate) return false;
  if (a.bareYear && !(b.y !== undefined && b.m === undefined) && !b.bareYear && b.y === undefined) return false;
  return true;
}
