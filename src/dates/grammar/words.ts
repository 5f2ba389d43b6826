/** Word tables and token helpers shared by the grammar readers. */
import type { Tok } from '../lexer.js';
import type { PartOfDay } from '../parts.js';

export type T = Tok[];

// 上上周 / 下下个月: repeated shifts, bounded so a run of 上上上… is not rescanned from every position.
export const MAX_SHIFT = 3;
export const tt = (T: T, i: number): string => (i < T.length ? T[i].t : '');
export const isNum = (T: T, i: number): boolean => i < T.length && (T[i].k === 'num' || T[i].k === 'cn');
export const sp = (T: T, i: number): number => (i < T.length && T[i].k === 'sp' ? i + 1 : i);

export const REL_YEAR: Record<string, [number, boolean]> = {
  今年: [0, false], 本年: [0, false], 去年: [-1, false], 明年: [1, false], 来年: [1, false], 前年: [-2, false],
  后年: [2, false], 大前年: [-3, false], 大后年: [3, false],
  上年: [-1, true], 次年: [1, true], 翌年: [1, true], 同年: [0, true], 当年: [0, true],
};
export const REL_MONTH: Record<string, [number, boolean]> = {
  本月: [0, false], 上月: [-1, false], 下月: [1, false], 当月: [0, true], 同月: [0, true], 次月: [1, true],
};
export const REL_DAY: Record<string, [number, boolean, PartOfDay?]> = {
  今天: [0, false], 今日: [0, false], 本日: [0, false], 即日: [0, false], 昨天: [-1, false], 昨日: [-1, false],
  前天: [-2, false], 明天: [1, false], 明日: [1, false], 后天: [2, false], 大前天: [-3, false], 大后天: [3, false],
  大大前天: [-4, false], 大大后天: [4, false], 当天: [0, true], 当日: [0, true], 同日: [0, true], 次日: [1, true],
  翌日: [1, true],
  今晨: [0, false, 'am'], 今早: [0, false, 'am'], 今晚: [0, false, 'eve'], 今夜: [0, false, 'night'],
  昨晚: [-1, false, 'eve'], 昨夜: [-1, false, 'night'], 明晚: [1, false, 'eve'], 明早: [1, false, 'am'],
  前晚: [-2, false, 'eve'], 当晚: [0, true, 'eve'], 当夜: [0, true, 'night'],
};
export const POD: Record<string, PartOfDay> = {
  上午: 'am', 早上: 'am', 早晨: 'am', 清晨: 'am', 早间: 'am', 凌晨: 'dawn', 中午: 'noon', 午间: 'noon',
  下午: 'pm', 傍晚: 'pm', 晚上: 'eve', 晚间: 'eve', 夜间: 'night', 夜里: 'night', 半夜: 'night', 深夜: 'night',
  午夜: 'night',
};
export const POD_CHAR: Record<string, PartOfDay> = { 早: 'am', 晚: 'eve', 夜: 'night' };
export const LUNAR_MONTH: Record<string, number> = { 正月: 1, 冬月: 11, 腊月: 12 };
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
export const CONN = new Set(['至', '到', '-', '~', '—', '―']);
export const WEEKDAY: Record<string, number> = { 一: 1, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 日: 7, 天: 7, 七: 7 };
// Characters that, right after a bare number, show it counts something rather than names a day or minute.
export const COUNT_AFTER = new Set([
  '个', '人', '名', '元', '万', '亿', '千', '百', '米', '家', '件', '吨', '次', '户', '辆', '台', '条', '项', '所',
  '位', '只', '头', '倍', '%', '.', '岁', '级', '届', '期', '度', '年', '月', '周', '天', '分', '秒', '斤', '公',
  '平', '亩', '套', '辆', '场', '批', '部', '篇', '份', '张', '本', '支', '座', '种', '组', '股', '手', '点', '多',
  '余', '强', '类', '层', '号', '日', '时', '楼', '栋', '路', '岁', '克', '里', '码', '分钟', '小时',
]);
// After 一点/三点 without a clock context, these make 点 mean "point (of an argument)".
export const POINT_NOT_CLOCK = new Set([
  '要', '意', '建', '经', '希', '内', '共', '措', '做', '举', '工', '思', '启', '体', '原', '理', '重', '问', '成',
  '收', '目', '看', '认', '承', '主', '基', '好', '儿', '点', '滴',
]);
// Before a two- or three-digit "N年", these make it a duration (近10年, 第25年, 用了20年).
export const DURATION_BEFORE = new Set([
  '近', '第', '这', '那', '每', '满', '达', '逾', '超', '了', '用', '历', '过', '约', '共', '计', '余', '几', '数',
  '多', '整', '头', '最', '长', '将', '有', '期', '经', '已', '再', '至', '到', '后', '前', '来', '的',
]);

export const BOUNDARY = new Set(['，', '。', '、', '；', ',', ';', ')', '）', '！', '？', '!', '?', '\n', '：', '”', '"', '》']);

export interface Num {
  v: number;
  i: number;
  len: number;
  digitwise: boolean;
  cn: boolean;
}

export function readNum(T: T, i: number): Num | null {
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
export function unitAhead(T: T, i: number): string {
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
