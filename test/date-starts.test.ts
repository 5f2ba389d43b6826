// Where a date can begin (src/dates/grammar/starts.ts): the walk tries the grammar only at a token that may start
// an expression (a starter followed by one of its followers), and skips a text whose characters hold no such start.
// Both checks must only skip what the grammar would not read: the dates found stay the same.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { extractDates } from '../src/dates/index.js';
import { readExpression } from '../src/dates/grammar/index.js';
import { canStart, mayStartAt, nextPossibleStart } from '../src/dates/grammar/starts.js';
import { Lexer, tokenize } from '../src/dates/lexer.js';
import { CHINESE_NUMERAL_CHARS } from '../src/dates/numerals.js';
import {
  EARTHLY_BRANCHES, HEAVENLY_STEMS, LEXER_WORDS, LIST_CONNECTIVES, RANGE_CONNECTIVES, WEEKDAYS, ZODIAC_ANIMALS,
} from '../src/dates/vocabulary.js';
import { analysisView } from '../src/normalize/index.js';

const REFERENCE = { referenceDate: '2024-05-15' };
const textsOf = (text: string): string[] => extractDates(text, REFERENCE).map((mention) => mention.text);

/** Every token the grammar reads an expression at passes both checks: the token check, and the scan of the view from there. */
function startsAreKept(text: string): void {
  const view = analysisView(text);
  const tokens = tokenize(view);
  for (let at = 0; at < tokens.length; at++) {
    if (!canStart(tokens[at]) || readExpression(tokens, at) === null) continue;
    if (!mayStartAt(tokens, at)) throw new Error(`the token check skips "${tokens[at].text}" at ${tokens[at].start} in "${text}"`);
    const start = tokens[at].start;
    if (nextPossibleStart(view, start) !== start) throw new Error(`the scan of the view skips offset ${start} in "${text}"`);
  }
}

describe('a date that begins with a unit read only before certain tokens', () => {
  const cases: Array<[string, string[]]> = [
    ['上周五我们去了公园', ['上周五']],
    ['上个月的报告写完了', ['上个月']],
    ['上一年的收入不错', ['上一年']],
    ['上季度的利润下降', ['上季度']],
    ['下下周开会', ['下下周']],
    ['本周末见', ['本周末']],
    ['这个月很忙', ['这个月']],
    ['这一年过得快', ['这一年']],
    ['这周三放假', ['这周三']],
    ['当季度完成任务', ['当季度']],
    ['年初定下的目标', ['年初']],
    ['月底结账', ['月底']],
    ['第三季度增长较快', ['第三季度']],
    ['前三季度增长较快', ['前三季度']],
    ['首季度开门红', ['首季度']],
    ['我們後日再談', ['後日']],
    ['大年初三去拜年', ['大年初三']],
    ['Q3财报出炉', ['Q3']],
    ['星期五下午开会', ['星期五下午']],
    ['礼拜天休息', ['礼拜天']],
    ['今(8)日发布', ['今(8)日']],
    ['前(6)日发布', ['前(6)日']],
    ['晚8时开始', ['晚8时']],
    ['上午9点开会', ['上午9点']],
    ['马年吉祥', ['马年']],
    ['甲子年出生', ['甲子年']],
    ['三月份开工', ['三月份']],
    ['5年前来过', ['5年前']],
    ['两个月后回来', ['两个月后']],
    ['九十年代的歌', ['九十年代']],
    ['3至5日停水', ['3至5日']],
    ['3日和4日停水', ['3日和4日']],
    ['会议定在15:30开始', ['15:30']],
    ['七点半出发', ['七点半']],
    ['五一假期人多', ['五一']],
    ['一季度营收增长', ['一季度']],
  ];
  for (const [text, dates] of cases) {
    it(`finds ${dates.join(', ')} in ${text}`, () => {
      startsAreKept(text);
      expect(textsOf(text)).toEqual(dates);
    });
  }
});

describe('a unit that starts nothing where no follower comes after it', () => {
  const texts = [
    '上面写着他的名字', '这里很安静', '本人同意', '当然可以', '年轻人多', '月亮很圆', '前面有人', '首先说明情况', '后来他走了',
    '初步方案', '早就知道', '一些人来了', '三人同行', '马上出发', '甲方乙方', '周围的人', '新年好', '上午好', '明白了', '今后再说',
    '两人都到了', '十分满意', '龙头企业', '这个人', '第一名', '三个人', '3.5亿元', '两天里', '第一、要坚持', '三年里',
  ];
  for (const text of texts) {
    it(`neither lexes nor reads ${text}`, () => {
      expect(nextPossibleStart(analysisView(text), 0)).toBe(-1);
      expect(textsOf(text)).toEqual([]);
    });
  }

  it('tries a starter before a follower even where the grammar then reads nothing there', () => {
    const tokens = tokenize('一点');
    expect(mayStartAt(tokens, 0)).toBe(true);
    expect(readExpression(tokens, 0)).toBeNull();
  });
});

// Text made of the pieces dates are built from: every word the lexer keeps, numbers written both ways,
// connectives, brackets and separators, and a few characters that belong to no date.
const PIECES = [
  ...LEXER_WORDS, ...CHINESE_NUMERAL_CHARS, ...Object.keys(WEEKDAYS), ...RANGE_CONNECTIVES, ...LIST_CONNECTIVES,
  ...ZODIAC_ANIMALS, ...HEAVENLY_STEMS, ...EARTHLY_BRANCHES,
  '上', '下', '这', '本', '当', '周', '年', '月', '日', '号', '时', '点', '分', '秒', '半', '刻', '个', '天', '第', '首', '前', '后',
  '初', '底', '末', '闰', '今', '昨', '明', '早', '晚', '夜', '季度', '世纪', '年代', 'Q', 'T', 'AM', 'Z', '+', '(', ')', '（', '）',
  '-', '–', '/', '.', '·', ':', '：', ' ', '　', '，', '。', '\n', '2024', '1998', '113', '20230721', '07', '12', '3', '31', '8', '０５',
  '的', '人', '会', '在', '电', '讯', '报', '中国', '项目',
];

/** Lexing afresh from any restart point gives the tokens lexing from the start gives there. */
function restartsAgree(text: string): void {
  const view = analysisView(text);
  const whole = tokenize(view);
  const points = new Set<number>();
  for (let offset = 1; offset <= view.length; offset++) points.add(new Lexer(view).restartPoint(offset, 0));
  for (const point of points) {
    if (point === 0) continue;
    const lexer = new Lexer(view);
    lexer.restartAt(point);
    const read: ReturnType<typeof tokenize> = [];
    lexer.readInto(read, Infinity);
    const expected = whole.filter((token) => token.start >= point);
    const startsThere = point === view.length || expected[0]?.start === point;
    if (!startsThere || JSON.stringify(read) !== JSON.stringify(expected)) {
      throw new Error(`lexing afresh at ${point} of "${text}" gives other tokens`);
    }
  }
}

describe('the checks against the grammar on generated text', () => {
  const generatedText = fc.array(fc.constantFrom(...PIECES), { minLength: 1, maxLength: 14 }).map((pieces) => pieces.join(''));
  const holds = (check: (text: string) => void, numRuns: number, seed: number): void =>
    fc.assert(fc.property(generatedText, (text) => check(text)), { numRuns, seed });

  it('skip no token where the grammar reads an expression', () => {
    holds(startsAreKept, 4000, 20261201);
  });

  it('lex from a restart point as from the start of the text', () => {
    holds(restartsAgree, 2000, 20261202);
  });
});
