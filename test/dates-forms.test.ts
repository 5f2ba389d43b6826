// Date forms as real pages write them, one group per form the dates engine reads: spaced and mixed
// numerals, Republic of China years, newspaper brackets and datelines, day lists, calendar words,
// document-wide year inference, and the numbers that must stay non-dates. Every sentence is our own.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { extractDates, type ExtractDatesOptions } from '../src/dates/index.js';
import { completeYearNotAfter, dateFromUrl, findPublishDates, readPublishTime, yearlessPublishDate } from '../src/dates/publish.js';
import type { DateMention } from '../src/types.js';

/** Mentions as [text, value], after checking that every mention slices the caller's text. */
function read(text: string, options: ExtractDatesOptions = {}): Array<[string, DateMention['value']]> {
  const mentions = extractDates(text, options);
  for (const mention of mentions) expect(text.slice(mention.start, mention.end)).toBe(mention.text);
  return mentions.map((mention) => [mention.text, mention.value]);
}
const on = (referenceDate: string): ExtractDatesOptions => ({ referenceDate });

describe('spaced, full-width and mixed numerals', () => {
  it('reads spaces and full-width spaces between the parts of a date as one date', () => {
    expect(read('2016 年 4 月 9 日，新馆对外开放。')).toEqual([['2016 年 4 月 9 日', '2016-04-09']]);
    expect(read('签约仪式定于2022年 6月 18日举行。')).toEqual([['2022年 6月 18日', '2022-06-18']]);
    expect(read('２０１９　年　１１　月　２　日')).toEqual([['２０１９　年　１１　月　２　日', '2019-11-02']]);
  });
  it('reads full-width digits', () => {
    expect(read('２０２０年７月１日起施行')).toEqual([['２０２０年７月１日', '2020-07-01']]);
  });
  it('reads dots, slashes and dashes, with 日 or a clock time after them', () => {
    expect(read('本文更新于2018.10.7日')).toEqual([['2018.10.7日', '2018-10-07']]);
    expect(read('截止时间：2020-12-31号')).toEqual([['2020-12-31号', '2020-12-31']]);
    expect(read('2017/03/21 08:45 来源：县融媒体中心')).toEqual([['2017/03/21 08:45', '2017-03-21T08:45']]);
    expect(read('2018年5月3日 16:20 发布')).toEqual([['2018年5月3日 16:20', '2018-05-03T16:20']]);
  });
});

describe('Republic of China years', () => {
  it('converts years written after the era, in digits or Chinese numerals', () => {
    expect(extractDates('民國108年7月1日起實施').map((m) => [m.text, m.value, m.calendar])).toEqual([['民國108年7月1日', '2019-07-01', 'roc']]);
    expect(read('中華民國一〇九年三月')).toEqual([['中華民國一〇九年三月', '2020-03']]);
    expect(read('中華民國九十八年')).toEqual([['中華民國九十八年', '2009']]);
    expect(read('民國元年')).toEqual([['民國元年', '1912']]);
  });
  it('reads two- and three-digit years on a page that uses the calendar', () => {
    // Traditional text with a three-digit year: a Taiwanese page
    expect(read('縣府111年度預算已送議會審查，110年至111年共編列三億元。')).toEqual([
      ['111年度', '2022'], ['110年至111年', { start: '2021', end: '2022' }],
    ]);
    expect(read('本案自109/05/20起受理，108-12-31前申請者另案辦理。')).toEqual([['109/05/20', '2020-05-20'], ['108-12-31', '2019-12-31']]);
    expect(read('民國紀年頁面：98年8月8日颱風來襲')).toEqual([['98年8月8日', '2009-08-08']]);
  });
  it('keeps the Gregorian reading as the alternative of a two-digit ROC year', () => {
    const [mention] = extractDates('中華民國紀元：89年修法', { calendar: 'roc' });
    expect(mention).toMatchObject({ text: '89年', value: '2000', calendar: 'roc', alt: '1989' });
  });
  it('leaves two- and three-digit years alone elsewhere, and follows the caller', () => {
    expect(read('该馆始建于08年，98年扩建。', on('2020-01-01'))).toEqual([['08年', '2008'], ['98年', '1998']]);
    expect(read('这份编号109/05/20的文件')).toEqual([]);
    expect(read('文件于109/05/20发出', { calendar: 'roc' })).toEqual([['109/05/20', '2020-05-20']]);
    expect(read('工程于99年竣工。', { calendar: 'gregorian', referenceDate: '2005-01-01' })).toEqual([['99年', '1999']]);
  });
});

describe('ranges and lists', () => {
  it('carries missing parts across 至, 到, dashes and tildes', () => {
    expect(read('5月20日至22日', on('2021-05-01'))).toEqual([['5月20日至22日', { start: '2021-05-20', end: '2021-05-22' }]]);
    expect(read('3到5月', on('2021-05-01'))).toEqual([['3到5月', { start: '2021-03', end: '2021-05' }]]);
    expect(read('2019年11月—2020年2月')).toEqual([['2019年11月—2020年2月', { start: '2019-11', end: '2020-02' }]]);
    expect(read('7月3日~5日', on('2021-05-01'))).toEqual([['7月3日~5日', { start: '2021-07-03', end: '2021-07-05' }]]);
  });
  it('joins consecutive days listed with 及, 和 and 、 into one range', () => {
    expect(read('展会于本月12及13日举行', on('2022-09-01'))).toEqual([['本月12及13日', { start: '2022-09-12', end: '2022-09-13' }]]);
    expect(read('24及25日两天', on('2022-09-01'))).toEqual([['24及25日', { start: '2022-09-24', end: '2022-09-25' }]]);
    expect(read('9月3日和4日', on('2022-09-01'))).toEqual([['9月3日和4日', { start: '2022-09-03', end: '2022-09-04' }]]);
    expect(read('10月6日、7日', on('2022-09-01'))).toEqual([['10月6日、7日', { start: '2022-10-06', end: '2022-10-07' }]]);
  });
  it('keeps days that are not consecutive apart', () => {
    expect(read('9月3日和6日', on('2022-09-01'))).toEqual([['9月3日', '2022-09-03'], ['6日', '2022-09-06']]);
  });
});

describe('newspaper conventions', () => {
  it('lets the day in brackets win over the relative word, as one mention', () => {
    expect(read('市政府今(14)日召开记者会', on('2022-03-15'))).toEqual([['今(14)日', '2022-03-14']]);
    expect(read('警方昨(9)日通报', on('2022-03-10'))).toEqual([['昨(9)日', '2022-03-09']]);
    expect(read('警方昨（九）日通报', on('2022-03-10'))).toEqual([['昨（九）日', '2022-03-09']]);
    expect(read('记者今天(3日)从市里获悉', on('2022-03-03'))).toEqual([['今天(3日)', '2022-03-03']]);
  });
  it('reads the bracketed day in the month around the relative word', () => {
    expect(read('昨(31)日晚间', on('2022-04-01'))).toEqual([['昨(31)日晚间', '2022-03-31']]);
    expect(read('今(5)日', {})).toEqual([['今(5)日', 'XXXX-XX-05']]);
  });
  it('lets the written day win over the weekday, for points and ranges', () => {
    // 2022-03-15 is a Tuesday
    expect(read('周五(18日)开幕', on('2022-03-15'))).toEqual([['周五(18日)', '2022-03-18']]);
    expect(read('周一至周三(21日至23日)', on('2022-03-15'))).toEqual([['周一至周三(21日至23日)', { start: '2022-03-21', end: '2022-03-23' }]]);
  });
  it('anchors relative words on the dateline when the page gives no date', () => {
    const text = '新华社上海9月3日电 今天上午，论坛在浦东开幕。昨天，筹备组完成布展。';
    const mentions = extractDates(text);
    expect(mentions.map((m) => [m.text, m.value, m.yearSource])).toEqual([
      ['9月3日', 'XXXX-09-03', 'none'], ['今天上午', 'XXXX-09-03', 'dateline'], ['昨天', 'XXXX-09-02', 'dateline'],
    ]);
  });
  it('anchors on a date opened by 本报讯 or 记者…报道', () => {
    expect(read('本报讯（记者 赵云飞）5日，全市防汛会议召开。次日起，各区开展排查；今天，排查结束。')).toEqual([
      ['5日', 'XXXX-XX-05'], ['次日', 'XXXX-XX-06'], ['今天', 'XXXX-XX-05'],
    ]);
    expect(read('本报记者 钱小满 报道：11月2日上午，全省冬训动员会召开。据悉，今天共有三百人参会。')).toEqual([
      ['11月2日上午', 'XXXX-11-02'], ['今天', 'XXXX-11-02'],
    ]);
  });
  it('gives a bare day the month nearest the dateline', () => {
    expect(read('中新社北京7月2日电 记者1日获悉，29日开始的调查已经结束。')).toEqual([
      ['7月2日', 'XXXX-07-02'], ['1日', 'XXXX-07-01'], ['29日', 'XXXX-06-29'],
    ]);
  });
  it('gives a bare day the month of the nearest date before it', () => {
    expect(read('2021年4月，新规出台。12日起，窗口延时服务。')).toEqual([['2021年4月', '2021-04'], ['12日', '2021-04-12']]);
  });
});

describe('calendar words', () => {
  it('reads 初一 … 初十 as days of 正月 where the page speaks of the Spring Festival', () => {
    const text = '春节假期，游客络绎不绝。初三上午，庙会迎来客流高峰。';
    const mentions = extractDates(text, { referenceDate: '2024-02-15' });
    expect(mentions.map((m) => [m.text, m.value, m.calendar])).toEqual([['春节', '2024-02-10', undefined], ['初三上午', '2024-02-12', 'lunar']]);
  });
  it('leaves 初一 alone elsewhere (a school year, every first and fifteenth)', () => {
    expect(read('她在城南中学读初一。')).toEqual([]);
    expect(read('他每逢初一十五都去看望老人。', on('2024-02-15'))).toEqual([]);
  });
  it('converts festivals and lunar dates', () => {
    expect(read('除夕夜，全家守岁。', on('2024-01-20'))).toEqual([['除夕', '2024-02-09']]);
    expect(read('中秋佳节，月饼热销。', on('2022-09-01'))).toEqual([['中秋', '2022-09-10']]);
    expect(read('农历腊月廿三', on('2022-12-01'))[0][1]).toBe('2023-01-14');
  });
  it('reads zodiac and sexagenary years near the reference year, the text-only reading kept as alt', () => {
    const [horse] = extractDates('马年将至，商场推出生肖礼品。', { referenceDate: '2025-12-20' });
    expect(horse).toMatchObject({ text: '马年', value: '2026', calendar: 'lunar', alt: 'XXXX' });
    expect(read('送走了兔年，迎来了龙年。', on('2024-02-12'))).toEqual([['兔年', '2023'], ['龙年', '2024']]);
    expect(read('那是一个壬午年的冬天。', on('2010-06-01'))).toEqual([['壬午年', '2002']]);
    expect(read('龙年春节', on('2023-10-01'))).toEqual([['龙年春节', '2024-02-10']]);
    expect(read('这事怕是要等到猴年马月了。', on('2023-10-01'))).toEqual([]);
  });
  it('reads a year of 年度, 后日 and 大后天, and month edges at day precision', () => {
    expect(read('该局发布2021年度报告。')).toEqual([['2021年度', '2021']]);
    expect(read('考察團後日啟程。', on('2021-05-06'))).toEqual([['後日', '2021-05-08']]);
    expect(read('大後天放晴', on('2021-05-06'))).toEqual([['大後天', '2021-05-09']]);
    expect(read('此后日益增多，之后日方回应。', on('2021-05-06'))).toEqual([]);
    expect(read('月底前完成', on('2021-02-06'))).toEqual([['月底', { start: '2021-02-25', end: '2021-02-28' }]]);
    expect(read('下月初', on('2021-02-06'))).toEqual([['下月初', { start: '2021-03-01', end: '2021-03-05' }]]);
  });
  it('reads a bare year in a date position, and not a count', () => {
    expect(read('会议回顾了2021工作成效。', on('2022-01-10'))).toEqual([['2021', '2021']]);
    expect(read('2022全年实现营收两亿元。', on('2023-01-10'))).toEqual([['2022', '2022']]);
    expect(read('共有2021人报名，投入2000万元，购入2019款车辆，刊发第2020期。', on('2022-01-10'))).toEqual([]);
    expect(read('游戏《2048》的玩家在3048人以上。', on('2022-01-10'))).toEqual([]);
  });
});

describe('year inference over the whole document', () => {
  it('takes a year written earlier in the same sentence', () => {
    const mentions = extractDates('2017年，园区扩建，10月5日竣工。', { referenceDate: '2023-02-01' });
    expect(mentions.map((m) => [m.text, m.value, m.yearSource])).toEqual([['2017年', '2017', 'text'], ['10月5日', '2017-10-05', 'context']]);
  });
  it('then the dateline, the publish date and the reference', () => {
    const dated = extractDates('4月9日，大桥合龙。', { publishedDate: '2020-04-10', referenceDate: '2024-01-01' });
    expect(dated.map((m) => [m.value, m.yearSource])).toEqual([['2020-04-09', 'published']]);
    const referenced = extractDates('4月9日，大桥合龙。', { referenceDate: '2024-05-01' });
    expect(referenced.map((m) => [m.value, m.yearSource])).toEqual([['2024-04-09', 'reference']]);
  });
  it('then a year written anywhere earlier', () => {
    const mentions = extractDates('2009年，工厂投产。6月，首批产品下线。');
    expect(mentions.map((m) => [m.value, m.yearSource])).toEqual([['2009', 'text'], ['2009-06', 'context']]);
  });
});

describe('not dates', () => {
  it('leaves identifiers, document numbers, phone numbers, counts and file names alone', () => {
    for (const text of [
      '粤ICP备20081234号-1', '市府办〔2021〕15号文件', '财建[2019]8号', '热线：010-65432109', '手机 18600001111',
      '附件：scan_20210314.pdf', '第3号台风', '1、2号机组检修', '共3万人参加，增长1·5倍', '约占1/3以上', '九点二万千瓦',
      '一点也不累', '中国庆华公司', '全国庆祝活动',
    ]) expect(read(text, on('2021-06-01'))).toEqual([]);
  });
});

describe('Traditional input', () => {
  it('reads through the Simplified view and returns the text as written', () => {
    const text = '臺北市今（12）日起週末實施交通管制，至下週一(20日)解除。';
    expect(read(text, on('2023-05-12'))).toEqual([['今（12）日', '2023-05-12'], ['週末', { start: '2023-05-13', end: '2023-05-14' }], ['下週一(20日)', '2023-05-20']]);
  });
});

describe('bounded work', () => {
  it('reads a year followed by a long run of 的 without deep recursion', () => {
    expect(extractDates(`2023年${'的'.repeat(200_000)}上半年`)).toHaveLength(2);
  });
  it('reads long runs of date characters without growing the stack', () => {
    for (const unit of ['年', '7月21日至', '初一', '(8)日', '5及', '周一至']) expect(() => extractDates(unit.repeat(50_000))).not.toThrow();
  });
});

describe('publish times, as page furniture writes them', () => {
  it('reads ISO values with their zone, compact stamps, Unix times and English dates', () => {
    expect(readPublishTime('2021-03-04T08:15:30+08:00')).toBe('2021-03-04T08:15:30+08:00');
    expect(readPublishTime('2021-03-04T00:15:30.000Z')).toBe('2021-03-04T00:15:30Z');
    expect(readPublishTime('2021-03-04T08:15:30.250+0800')).toBe('2021-03-04T08:15:30+08:00');
    expect(readPublishTime('20210304')).toBe('2021-03-04');
    expect(readPublishTime('20210304081530')).toBe('2021-03-04T08:15:30');
    expect(readPublishTime('1614816930')).toBe('2021-03-04T08:15:30+08:00');
    expect(readPublishTime('Thu, 04 Mar 2021 00:15:30 GMT')).toBe('2021-03-04T00:15:30Z');
    expect(readPublishTime('3/4/2021')).toBe('2021-03-04');
  });
  it('reads Chinese and mixed forms with their time of day', () => {
    expect(readPublishTime('2021年3月4日 下午2:05')).toBe('2021-03-04T14:05');
    expect(readPublishTime('2021/03/04 14时05分')).toBe('2021-03-04T14:05');
    expect(readPublishTime('２０２１年０３月０４日　０８：１５')).toBe('2021-03-04T08:15');
    expect(readPublishTime('2021-03-04 08:15 PM')).toBe('2021-03-04T20:15');
  });
  it('reads twelve o’clock one way on every path: 晚上12点 ends the day, 上午12:05 starts it', () => {
    expect(readPublishTime('2021年3月4日 晚上12:00')).toBe('2021-03-05T00:00');
    expect(extractDates('2021年3月4日 晚上12:00')[0].value).toBe('2021-03-05T00:00');
    expect(readPublishTime('2021年3月4日 上午12:05')).toBe('2021-03-04T00:05');
    expect(readPublishTime('2021年3月4日 中午12:05')).toBe('2021-03-04T12:05');
    expect(extractDates('3月4日上午12时30分', { referenceDate: '2021-03-05' })[0].value).toBe('2021-03-04T12:30');
  });
  it('needs a written year and a whole day', () => {
    expect(readPublishTime('03-04 08:15')).toBeNull();
    expect(readPublishTime('2021年3月')).toBeNull();
    expect(readPublishTime('阅读 1024')).toBeNull();
  });
  it('finds the dates of a byline line, and completes a yearless one from another date of the page', () => {
    expect(findPublishDates('发布时间：2021-03-04 08:15 来源：县政府办').map((date) => date.value)).toEqual(['2021-03-04T08:15']);
    expect(findPublishDates('发布日期： 3/4/2021 8:15:30 PM 点击：12').map((date) => [date.value, date.start])).toEqual([['2021-03-04T20:15:30', 6]]);
    expect(yearlessPublishDate('：03-04 08:15 来源：县政府办')).toBe('XXXX-03-04T08:15');
    expect(yearlessPublishDate('3月4日')).toBe('XXXX-03-04');
    expect(yearlessPublishDate('阅读 03-04')).toBeNull();
    expect(completeYearNotAfter('XXXX-03-04T08:15', '2021-03-10')).toBe('2021-03-04T08:15');
    expect(completeYearNotAfter('XXXX-12-30', '2021-01-02')).toBe('2020-12-30');
  });
  it('reads a day from a URL path', () => {
    expect(dateFromUrl('https://news.example.cn/2021-03/04/c_1234.htm')).toBe('2021-03-04');
    expect(dateFromUrl('https://www.example.gov.cn/art/2021/3/4/art_12_345.html')).toBe('2021-03-04');
    expect(dateFromUrl('/zwgk/202103/t20210304_998877.html')).toBe('2021-03-04');
    expect(dateFromUrl('/news/2021/13/40/a.html')).toBeNull();
  });
});

describe('any mix of date pieces', () => {
  const pieces = [
    '2023', '年', '月', '日', '号', '7', '21', '０８', '112', '民國', '至', '到', '及', '、', '-', '/', '.', '·', ' ', '\u3000', '(', '（', ')', '）',
    '今', '昨', '明', '周', '四', '星期', '上', '下', '午', '晚上', '12', ':', '30', '初', '一', '十五', '春节', '马', '甲子', '後', '电', '本报讯',
    '记者', '报道', ':', '，', '。', '\n', 'Z', '+08:00', 'PM', '《', '》', '[', ']', '第', '共', '万', '元', '%', '\ud800',
  ];
  const text = fc.array(fc.constantFrom(...pieces), { maxLength: 60 }).map((parts) => parts.join(''));
  it('returns ordered, non-overlapping mentions that slice the text, with or without anchors', () => {
    fc.assert(
      fc.property(text, fc.constantFrom(null, '2023-07-23'), fc.constantFrom<'auto' | 'roc' | 'gregorian'>('auto', 'roc', 'gregorian'), (input, referenceDate, calendar) => {
        let reach = 0;
        for (const mention of extractDates(input, { referenceDate, calendar })) {
          expect(mention.start).toBeGreaterThanOrEqual(reach);
          expect(mention.end).toBeGreaterThan(mention.start);
          expect(input.slice(mention.start, mention.end)).toBe(mention.text);
          const values = typeof mention.value === 'string' ? [mention.value] : [mention.value.start, mention.value.end];
          for (const value of values) expect(value).toMatch(/^[\dX]{4}(-(H[12]|Q[\dX]|W[\dX]{2}|[\dX]{2}(-[\dX]{2}(T\d\d:\d\d(:\d\d)?(Z|[+-]\d\d:\d\d)?)?)?))?$/);
          reach = mention.end;
        }
      }),
      { numRuns: 400, seed: 7 },
    );
  });
});
