/**
 * The date engine's words: what the lexer keeps whole, and what each relative, calendar and
 * festival word means to the grammar. Written in Simplified characters only: the engine reads the
 * Simplified view of the text, so 後天, 週五 and 民國 arrive here as 后天, 周五 and 民国.
 */
import { COLONS, COMMAS, ENUMERATION_COMMA, SEMICOLONS, SENTENCE_END_MARKS } from '../normalize/index.js';
import type { PartOfDay } from './parts.js';

/** Multi-character words the lexer keeps whole; anything else falls apart into single characters. */
export const LEXER_WORDS = [
  // days
  '大大前天', '大大后天', '大前天', '大后天', '今天', '今日', '昨天', '昨日', '前天', '明天', '明日', '后天',
  '本日', '当天', '当日', '次日', '翌日', '即日', '今晨', '今早', '今晚', '今夜', '昨晚', '昨夜', '明晚',
  '明早', '当晚', '当夜', '前晚', '明后两天', '明后天', '同日',
  // years
  '大前年', '大后年', '今年', '去年', '明年', '前年', '后年', '次年', '上年', '同年', '当年', '本年', '翌年',
  '来年', '上半年', '下半年', '全年', '同期', '年度', '民国', '中华民国',
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
  '年龄', '年轻', '半年', '年均', '周期', '周边', '周围', '周刊', '周报', '周转', '日报', '日电',
  '今日头条', '以来', '以后', '以前', '左右', '农历', '阴历', '大年', '号线', '号楼', '号院', '月球', '月饼',
  // festivals
  '元旦节', '元旦', '新年', '春节', '元宵节', '元宵', '清明节', '清明', '端午节', '端午', '中秋节', '中秋',
  '重阳节', '重阳', '七夕节', '七夕', '国庆节', '国庆', '劳动节', '青年节', '儿童节', '妇女节', '植树节',
  '情人节', '愚人节', '建军节', '建党节', '教师节', '圣诞节', '圣诞', '平安夜', '万圣节', '光棍节', '双十一',
  '母亲节', '父亲节', '感恩节', '女生节', '芒种', '腊八节', '腊八', '除夕', '小年',
];

/** Words that are not read as words right after a number: 20日电 is a dateline (day + 电). */
export const WORDS_NOT_AFTER_NUMBER = new Set(['日电', '日报']);

/** Relative years: [shift from the anchor year, anchored on the text's context rather than the reference]. */
export const RELATIVE_YEARS: Record<string, [number, boolean]> = {
  今年: [0, false], 本年: [0, false], 去年: [-1, false], 明年: [1, false], 来年: [1, false], 前年: [-2, false],
  后年: [2, false], 大前年: [-3, false], 大后年: [3, false],
  上年: [-1, true], 次年: [1, true], 翌年: [1, true], 同年: [0, true], 当年: [0, true],
};

/** Relative months: [shift, anchored on context]. */
export const RELATIVE_MONTHS: Record<string, [number, boolean]> = {
  本月: [0, false], 上月: [-1, false], 下月: [1, false], 当月: [0, true], 同月: [0, true], 次月: [1, true],
};

/** Relative days: [shift, anchored on context, part of day]. */
export const RELATIVE_DAYS: Record<string, [number, boolean, PartOfDay?]> = {
  今天: [0, false], 今日: [0, false], 本日: [0, false], 即日: [0, false], 昨天: [-1, false], 昨日: [-1, false],
  前天: [-2, false], 明天: [1, false], 明日: [1, false], 后天: [2, false], 大前天: [-3, false],
  大后天: [3, false], 大大前天: [-4, false], 大大后天: [4, false], 当天: [0, true], 当日: [0, true], 同日: [0, true],
  次日: [1, true], 翌日: [1, true],
  今晨: [0, false, 'morning'], 今早: [0, false, 'morning'], 今晚: [0, false, 'evening'], 今夜: [0, false, 'night'],
  昨晚: [-1, false, 'evening'], 昨夜: [-1, false, 'night'], 明晚: [1, false, 'evening'], 明早: [1, false, 'morning'],
  前晚: [-2, false, 'evening'], 当晚: [0, true, 'evening'], 当夜: [0, true, 'night'],
};

/**
 * One-character relative days that newspapers write before a day in brackets: 今(8)日, 昨(7)日,
 * 明(9)日, 前(6)日. The written day wins; the word only says which month it is in.
 */
export const BRACKETED_DAY_WORDS: Record<string, number> = { 今: 0, 昨: -1, 明: 1, 前: -2 };

/** Parts of the day. */
export const PARTS_OF_DAY: Record<string, PartOfDay> = {
  上午: 'morning', 早上: 'morning', 早晨: 'morning', 清晨: 'morning', 早间: 'morning', 凌晨: 'smallHours',
  中午: 'noon', 午间: 'noon', 下午: 'afternoon', 傍晚: 'afternoon', 晚上: 'evening', 晚间: 'evening',
  夜间: 'night', 夜里: 'night', 半夜: 'night', 深夜: 'night', 午夜: 'night',
};
/** One-character parts of the day, read only right before a number (晚8时). */
export const PART_OF_DAY_CHARS: Record<string, PartOfDay> = { 早: 'morning', 晚: 'evening', 夜: 'night' };

/** Lunar months with their own names. */
export const LUNAR_MONTH_NAMES: Record<string, number> = { 正月: 1, 冬月: 11, 腊月: 12 };

/** Festival words and their keys in holidays.ts. */
export const FESTIVAL_WORDS: Record<string, string> = {
  元旦节: 'newYear', 元旦: 'newYear', 新年: 'newYear', 春节: 'springFestival', 元宵节: 'lantern', 元宵: 'lantern',
  清明节: 'qingming', 清明: 'qingming', 端午节: 'dragonBoat', 端午: 'dragonBoat', 中秋节: 'midAutumn',
  中秋: 'midAutumn', 重阳节: 'doubleNinth', 重阳: 'doubleNinth', 七夕节: 'qixi', 七夕: 'qixi',
  国庆节: 'nationalDay', 国庆: 'nationalDay', 劳动节: 'labourDay', 青年节: 'youthDay', 儿童节: 'childrensDay',
  妇女节: 'womensDay', 植树节: 'treePlantingDay', 情人节: 'valentines', 愚人节: 'aprilFools', 建军节: 'armyDay',
  建党节: 'partyDay', 教师节: 'teachersDay', 圣诞节: 'christmas', 圣诞: 'christmas', 平安夜: 'christmasEve',
  万圣节: 'halloween', 光棍节: 'singlesDay', 双十一: 'singlesDay', 母亲节: 'mothersDay', 父亲节: 'fathersDay',
  感恩节: 'thanksgiving', 女生节: 'girlsDay', 芒种: 'mangzhong', 腊八节: 'laba', 腊八: 'laba',
  除夕: 'lunarNewYearsEve',
};

/**
 * Words that put a page in the Spring Festival season, so that a bare 初一 … 初十 is a day of 正月.
 * Read on the Simplified view.
 */
export const SPRING_FESTIVAL_CONTEXT = ['春节', '正月', '新春', '除夕', '拜年', '大年', '年初一', '元宵', '守岁', '贺岁'];

/** Range connectives: 至, 到, -, ~, —. */
export const RANGE_CONNECTIVES = new Set(['至', '到', '-', '~', '—', '―']);
/** List connectives that join two days into one span when they are consecutive: 5及6日, 8日和9日, 15、16日. */
export const LIST_CONNECTIVES = new Set(['及', '和', '、', '与']);

/** The words a weekday is written after: 周五, 星期五, 礼拜五. */
export const WEEK_WORDS: readonly string[] = ['周', '星期', '礼拜'];

/** Weekday characters after 周/星期/礼拜. */
export const WEEKDAYS: Record<string, number> = { 一: 1, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 日: 7, 天: 7, 七: 7 };

/** The earthly branches in order, with the zodiac animal of each (子 = 鼠 …). */
export const EARTHLY_BRANCHES = '子丑寅卯辰巳午未申酉戌亥';
export const ZODIAC_ANIMALS = '鼠牛虎兔龙蛇马羊猴鸡狗猪';
/** The heavenly stems in order. */
export const HEAVENLY_STEMS = '甲乙丙丁戊己庚辛壬癸';

// Characters that, right after a bare number, show it counts something rather than names a day or minute.
export const COUNTED_AFTER = new Set([
  '个', '人', '名', '元', '万', '亿', '千', '百', '米', '家', '件', '吨', '次', '户', '辆', '台', '条', '项', '所',
  '位', '只', '头', '倍', '%', '.', '岁', '级', '届', '期', '度', '年', '月', '周', '天', '分', '秒', '斤', '公',
  '平', '亩', '套', '场', '批', '部', '篇', '份', '张', '本', '支', '座', '种', '组', '股', '手', '点', '多',
  '余', '强', '类', '层', '号', '日', '时', '楼', '栋', '路', '克', '里', '码', '分钟', '小时',
]);

/**
 * Characters that, right after a bare four-digit number, show it is a count or a model number rather
 * than a year (2000多人, 2019款, 1998字). Wider than COUNTED_AFTER: a year written without 年 needs
 * more evidence.
 */
export const NOT_A_BARE_YEAR_AFTER = new Set([
  ...COUNTED_AFTER, '款', '型', '字', '株', '棵', '颗', '粒', '箱', '包', '袋', '瓶', '杯', '盒', '册', '卷', '页',
  '首', '幅', '块', '片', '根', '把', '匹', '双', '对', '副', '辆', '艘', '架', '列', '节', '门', '间', '处',
  '起', '例', '宗', '单', '笔', '票', '注', '张', '枚', '台', '部', '集', '期', '届', '轮', '波', '遍', '趟',
  '步', '口', '尾', '羽', '峰', '毫', '厘', '升', '瓦', '伏', '兆', '吉', '千', '号', '班', '室', '队', '师',
  '团', '营', '连', '排', '届', '分', '名', '位', '户', '栋', '幢', '套', '平', '方', '亩', '顷', '公', '英',
  '海', '光', '帧', '像', '比', '线', '路', '岁', '级', '倍', '成', '折', '元', '角', '美', '欧', '港', '镑',
  '卢', '日', '韩', '澳', '加', '新', '人', '余', '多', '来', '几', '万', '亿', '百', '十', '点', '~', '-',
  '米', '度', '摄', '华', '秒', '斤', '两', '钱', '克', '吨', '磅', '盎', '码', '尺', '寸', '丈', '里', '周',
]);

/** After 一点/三点 without a clock context, these make 点 mean "point (of an argument)". */
export const POINT_NOT_CLOCK = new Set([
  '要', '意', '建', '经', '希', '内', '共', '措', '做', '举', '工', '思', '启', '体', '原', '理', '重', '问', '成',
  '收', '目', '看', '认', '承', '主', '基', '好', '儿', '点', '滴',
]);

/** Before a two- or three-digit "N年", these make it a duration (近10年, 第25年, 用了20年). */
export const DURATION_BEFORE = new Set([
  '近', '第', '这', '那', '每', '满', '达', '逾', '超', '了', '用', '历', '过', '约', '共', '计', '余', '几', '数',
  '多', '整', '头', '最', '长', '将', '有', '期', '经', '已', '再', '至', '到', '后', '前', '来', '的',
]);

/** After a lone two- or three-digit N年, these make it a duration (10年来, 100年间). */
export const DURATION_AFTER = new Set([
  '来', '间', '多', '余', '里', '之', '左右', '以来', '了', '半', '零', '整', '时间', '中', '内', '期', '的', '历',
  '级', '龄', '光', '计', '轻', '度', '均', '长', '纪',
]);

/** Characters before a four-digit number that make it a count (共2020人, 第2020期, 约2000). */
export const COUNT_BEFORE = new Set([
  '第', '共', '达', '约', '近', '超', '逾', '计', '有', '余', '多', '增', '减', '降', '升', '涨', '跌', '为',
  '是', '占', '排', '价', '值', '号', '码', '编', '型', '款', '额', '量', '数', '合', '累', '总', '+',
  '×', '*', '/', '=', '>', '<', '≥', '≤', '#', '№', '￥', '¥', '$', '€', '£', '破', '突', '过', '上', '下',
]);

/** Tokens that end a date expression cleanly (a bare year must be followed by one, or by space). */
export const CLAUSE_BOUNDARIES = new Set([
  ...COMMAS, ...SENTENCE_END_MARKS, ...ENUMERATION_COMMA, ...SEMICOLONS, ...COLONS, ')', '）', '”', '"', '》', '\n',
]);

/** Characters that end a sentence (and lines): context such as "the last date" does not carry across them. */
export const SENTENCE_END_CHARS = new Set([...SENTENCE_END_MARKS, '\n']);

/** Characters a year written without 年 may follow: punctuation that opens a phrase, or a space. */
export const BEFORE_BARE_YEAR_MARKS = new Set([...COMMAS, '。', ...ENUMERATION_COMMA, ...SEMICOLONS, ...COLONS, '(', '（', '“', '"', '《', '\n', '\t']);
