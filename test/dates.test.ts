// The date engine on sentences written for these tests: ranges, numerals, relative dates, lunar dates,
// reference dates and the offsets of every mention.
import { describe, expect, it } from 'vitest';
import { extractDates, parseReferenceDate } from '../src/dates/index.js';
import { chineseNumeralValue as cnValue } from '../src/dates/numerals.js';
import { lunarToDayNumber } from '../src/dates/lunar.js';
import { toDayNumber } from '../src/dates/calendar.js';
import { XinwenError } from '../src/errors.js';
import type { DateMention } from '../src/types.js';

const REF = '2023-07-23';

/** Mentions as [text, value] pairs, after checking every offset slices the input. */
function pairs(text: string, referenceDate: string | null = REF): Array<[string, DateMention['value']]> {
  const ms = extractDates(text, { referenceDate });
  let last = -1;
  for (const m of ms) {
    expect(text.slice(m.start, m.end)).toBe(m.text);
    expect(m.start).toBeGreaterThanOrEqual(last);
    last = m.end;
  }
  return ms.map((m) => [m.text, m.value]);
}
const one = (text: string, referenceDate: string | null = REF): DateMention => {
  const ms = extractDates(text, { referenceDate });
  expect(ms).toHaveLength(1);
  return ms[0];
};

describe('a day range that carries its month', () => {
  const text = '7月21日至22日,青山市第三届农民丰收节在市体育公园举行。';
  it('resolves the carried range with a reference date', () => {
    const m = one(text, '2023-07-23');
    expect(m.text).toBe('7月21日至22日');
    expect(m.value).toEqual({ start: '2023-07-21', end: '2023-07-22' });
    expect(m.grain).toBe('day');
    expect([m.start, m.end]).toEqual([0, 9]);
    expect(m.yearSource).toBe('reference');
  });
  it('keeps EDTF unknown years without one', () => {
    const m = one(text, null);
    expect(m.value).toEqual({ start: 'XXXX-07-21', end: 'XXXX-07-22' });
    expect(m.yearSource).toBe('none');
  });
  it('reads a lone month-day', () => {
    expect(pairs('7月22日,', '2023-07-23')).toEqual([['7月22日', '2023-07-22']]);
  });
});

describe('numerals', () => {
  it('reads positional, digit-by-digit and lunar-style numerals', () => {
    expect(cnValue('二十一')).toBe(21);
    expect(cnValue('十五')).toBe(15);
    expect(cnValue('二〇二三')).toBe(2023);
    expect(cnValue('两千零四')).toBe(2004);
    expect(cnValue('廿三')).toBe(23);
    expect(cnValue('卅')).toBe(30);
    expect(cnValue('两')).toBe(2);
  });
  it('finds dates written in Chinese and full-width numerals', () => {
    expect(pairs('二〇二二年十二月三十一日，全市新年音乐会如期上演。')).toEqual([['二〇二二年十二月三十一日', '2022-12-31']]);
    expect(pairs('截至２０２３年６月３０日，该省已完成年度任务。')).toEqual([['２０２３年６月３０日', '2023-06-30']]);
    expect(pairs('省运会将于廿六日开幕。')).toEqual([['廿六日', '2023-07-26']]);
    expect(pairs('两千零八年八月八日晚，开幕式在北京举行。')[0]).toEqual(['两千零八年八月八日', '2008-08-08']);
  });
});

describe('absolute dates', () => {
  it('reads every precision', () => {
    expect(pairs('2021年，该县实现脱贫摘帽。')).toEqual([['2021年', '2021']]);
    expect(pairs('2022年9月，新校区投入使用。')).toEqual([['2022年9月', '2022-09']]);
    expect(pairs('5月18日，博物馆日主题活动在市区举行。')).toEqual([['5月18日', '2023-05-18']]);
    expect(pairs('记者19日从市水务局了解到，供水管网改造已完成。')).toEqual([['19日', '2023-07-19']]);
    expect(pairs('6月3号，社区开展义诊活动。')).toEqual([['6月3号', '2023-06-03']]);
  });
  it('reads numeric forms', () => {
    expect(pairs('发布时间：2022-11-05 阅读量：120')).toEqual([['2022-11-05', '2022-11-05']]);
    expect(pairs('（2021.3.8）')).toEqual([['2021.3.8', '2021-03-08']]);
    expect(pairs('更新于2020/10/01')).toEqual([['2020/10/01', '2020-10-01']]);
    expect(pairs('发布时间：2022-11-05 14:20')).toEqual([['2022-11-05 14:20', '2022-11-05T14:20']]);
  });
  it('reads a dateline', () => {
    expect(pairs('本报讯（记者 王明）16日电 全省秋粮收购工作全面展开。')).toEqual([['16日', '2023-07-16']]);
  });
  it('applies the year-boundary rule to month-days without a year', () => {
    expect(one('12月30日，市民在广场迎接新年。', '2024-01-02').value).toBe('2023-12-30');
    expect(one('1月5日，冰雪节将开幕。', '2023-12-20').value).toBe('2024-01-05');
    expect(one('3月8日，座谈会召开。', '2023-07-23').value).toBe('2023-03-08');
  });
  it('takes a missing year from an earlier date in the text when there is no reference', () => {
    const ms = extractDates('2019年4月，项目立项。同年10月，工程开工。11月3日，首批设备进场。');
    expect(ms.map((m) => m.value)).toEqual(['2019-04', '2019-10', '2019-11-03']);
    expect(ms.map((m) => m.yearSource)).toEqual(['text', 'context', 'context']);
  });
  it('prefers the reference date over the text context for the year', () => {
    const ms = extractDates('2019年，该厂停产。8月9日，新厂房落成。', { referenceDate: '2023-08-10' });
    expect(ms[1].value).toBe('2023-08-09');
    expect(ms[1].yearSource).toBe('reference');
  });
});

describe('ranges', () => {
  it('carries parts from the start to the end', () => {
    expect(pairs('8月9日至11日，博览会在会展中心举办。')).toEqual([['8月9日至11日', { start: '2023-08-09', end: '2023-08-11' }]]);
    expect(pairs('9月28日到10月6日，景区接待游客58万人次。')).toEqual([['9月28日到10月6日', { start: '2023-09-28', end: '2023-10-06' }]]);
    expect(pairs('2016年至2020年，全县新建公路300公里。')).toEqual([['2016年至2020年', { start: '2016', end: '2020' }]]);
    expect(pairs('上午8时至10时，部分路段实施交通管制。')).toEqual([['上午8时至10时', { start: '2023-07-23T08:00', end: '2023-07-23T10:00' }]]);
    expect(pairs('展期为2023年11月2日-11月5日。')).toEqual([['2023年11月2日-11月5日', { start: '2023-11-02', end: '2023-11-05' }]]);
    expect(pairs('9:00~17:30开放')).toEqual([['9:00~17:30', { start: '2023-07-23T09:00', end: '2023-07-23T17:30' }]]);
  });
  it('carries the unit from the end to a bare start', () => {
    expect(pairs('1至5月，全市外贸进出口总值增长4%。')).toEqual([['1至5月', { start: '2023-01', end: '2023-05' }]]);
    expect(pairs('2022年3—8月，该站监测到候鸟12种。')).toEqual([['2022年3—8月', { start: '2022-03', end: '2022-08' }]]);
  });
  it('moves an end that would precede its start', () => {
    expect(one('晚上10点至次日凌晨2点，隧道封闭施工。').value).toEqual({ start: '2023-07-23T22:00', end: '2023-07-24T02:00' });
    expect(one('11月至次年3月为供暖期。').value).toEqual({ start: '2023-11', end: '2024-03' });
  });
  it('reads 至今 as the reference date', () => {
    expect(one('2018年至今，他一直担任村党支部书记。', '2023-07-23').value).toEqual({ start: '2018', end: '2023-07-23' });
  });
});

describe('relative expressions', () => {
  it('shifts days, months and years from the reference', () => {
    expect(pairs('今天，昨日，前天，明天，后天', '2023-07-23')).toEqual([
      ['今天', '2023-07-23'], ['昨日', '2023-07-22'], ['前天', '2023-07-21'], ['明天', '2023-07-24'], ['后天', '2023-07-25'],
    ]);
    expect(pairs('本月，上个月，下个月', '2023-01-10')).toEqual([['本月', '2023-01'], ['上个月', '2022-12'], ['下个月', '2023-02']]);
    expect(pairs('今年，去年，明年，前年', '2023-07-23')).toEqual([['今年', '2023'], ['去年', '2022'], ['明年', '2024'], ['前年', '2021']]);
  });
  it('reads 今(N)日 as a day of the reference month', () => {
    expect(pairs('记者今（5）日从市教育局获悉', '2023-09-06')).toEqual([['今（5）日', '2023-09-05']]);
    expect(pairs('今(5)日上午', '2023-09-06')[0][1]).toBe('2023-09-05');
  });
  it('combines relative years with months and periods', () => {
    expect(pairs('今年8月，该市出台新政。', '2023-09-01')).toEqual([['今年8月', '2023-08']]);
    expect(pairs('去年底，全县森林覆盖率达到62%。', '2023-09-01')).toEqual([['去年底', { start: '2022-11', end: '2022-12' }]]);
  });
  it('reads weeks and weekdays in the ISO week of the reference', () => {
    // 2023-07-23 is a Sunday: its ISO week runs 17–23 July.
    expect(pairs('本周五，上周，下周三，周二，星期六，礼拜天', '2023-07-23')).toEqual([
      ['本周五', '2023-07-21'], ['上周', '2023-W28'], ['下周三', '2023-07-26'], ['周二', '2023-07-18'],
      ['星期六', '2023-07-22'], ['礼拜天', '2023-07-23'],
    ]);
  });
  it('uses EDTF unknowns without a reference', () => {
    expect(pairs('今天，本月，去年，上周', null)).toEqual([['今天', 'XXXX-XX-XX'], ['本月', 'XXXX-XX'], ['去年', 'XXXX'], ['上周', 'XXXX-WXX']]);
  });
});

describe('periods', () => {
  it('reads xun, month edges and halves', () => {
    expect(one('预计9月中旬完成主体施工。').value).toEqual({ start: '2023-09-11', end: '2023-09-20' });
    expect(one('11月上旬将迎来降温。').value).toEqual({ start: '2023-11-01', end: '2023-11-10' });
    expect(one('2月下旬，田间管理进入关键期。').value).toEqual({ start: '2023-02-21', end: '2023-02-28' });
    expect(one('项目将于9月底前完工。').value).toEqual({ start: '2023-09-25', end: '2023-09-30' });
    expect(one('8月初，首批游客抵达。').value).toEqual({ start: '2023-08-01', end: '2023-08-05' });
  });
  it('reads year edges, halves and quarters', () => {
    expect(one('2021年初，该企业完成改制。').value).toEqual({ start: '2021-01', end: '2021-02' });
    expect(one('2024年上半年，全区新增就业1.2万人。').value).toBe('2024-H1');
    expect(one('下半年，重点抓好秋冬种。').value).toBe('2023-H2');
    expect(one('第三季度，全市用电量同比增长。').value).toBe('2023-Q3');
    expect(one('一季度，全省税收收入稳步增长。').value).toBe('2023-Q1');
    expect(one('2022年前三季度，出口增长明显。').value).toEqual({ start: '2022-Q1', end: '2022-Q3' });
  });
});

describe('times of day', () => {
  it('reads clock times with parts of the day', () => {
    expect(pairs('上午9时30分，会议开始。')).toEqual([['上午9时30分', '2023-07-23T09:30']]);
    expect(pairs('下午3点，记者来到现场。')).toEqual([['下午3点', '2023-07-23T15:00']]);
    expect(pairs('晚8时，烟花表演开始。')).toEqual([['晚8时', '2023-07-23T20:00']]);
    expect(pairs('凌晨2时，救援队抵达。')).toEqual([['凌晨2时', '2023-07-23T02:00']]);
    expect(pairs('列车于15:30准时发车。')).toEqual([['15:30', '2023-07-23T15:30']]);
  });
  it('leaves 许 and 左右 out of the span', () => {
    expect(pairs('9时许，火势得到控制。')).toEqual([['9时', '2023-07-23T09:00']]);
    expect(pairs('晚上7点左右，雨势减弱。')).toEqual([['晚上7点', '2023-07-23T19:00']]);
  });
  it('joins a date and a time', () => {
    const m = one('6月8日上午10时，开幕式在体育中心举行。');
    expect(m.text).toBe('6月8日上午10时');
    expect(m.value).toBe('2023-06-08T10:00');
    expect(m.grain).toBe('hour');
  });
  it('gives a bare time the date written just before it', () => {
    const ms = extractDates('发布会于2023年5月9日（星期二）下午2时举行。', { referenceDate: REF });
    expect(ms.map((m) => [m.text, m.value])).toEqual([
      ['2023年5月9日', '2023-05-09'], ['星期二', '2023-05-09'], ['下午2时', '2023-05-09T14:00'],
    ]);
  });
});

describe('festivals and lunar dates', () => {
  it('converts lunar dates and festivals', () => {
    expect(one('农历正月初一，市民走亲访友。', '2023-01-10').value).toBe('2023-01-22');
    // 当天 refers back to the festival it follows
    expect(pairs('中秋节当天，社区举办联欢会。', '2023-09-20')).toEqual([['中秋节', '2023-09-29'], ['当天', '2023-09-29']]);
    expect(pairs('2024年新年前夕，市民在广场迎接新年。', '2023-12-20')).toEqual([['2024年新年', '2024-01-01']]);
    expect(one('国庆节期间，景区客流明显增加。', '2023-10-08').value).toBe('2023-10-01');
  });
  it('matches the lunar table to known new-year days', () => {
    expect(lunarToDayNumber(2024, 1, 1)).toBe(toDayNumber(2024, 2, 10));
    expect(lunarToDayNumber(2020, 4, 1, true)).toBe(toDayNumber(2020, 5, 23));
  });
});

describe('spans', () => {
  it('leaves prepositions and aspect words out, keeps relative prefixes and period suffixes', () => {
    expect(pairs('从8月1日起，新规正式施行。')[0][0]).toBe('8月1日');
    expect(pairs('自2020年以来，累计投入资金5亿元。')[0][0]).toBe('2020年');
    expect(pairs('截至6月底，全市存款余额增长。')[0][0]).toBe('6月底');
    expect(pairs('于本月15日前完成整改。', '2023-07-02')).toEqual([['本月15日', '2023-07-15']]);
    expect(pairs('上周三以来，全市持续高温。')[0][0]).toBe('上周三');
  });
});

describe('not dates', () => {
  const none = (s: string) => expect(extractDates(s, { referenceDate: REF })).toEqual([]);
  it('skips identifiers, counts and numbers', () => {
    none('网站备案号：京ICP备12345678号');
    none('咨询电话：0471-6602345，13912345678');
    none('附件：IMG_20230721.jpg');
    none('请升级到v2.3.1版本。');
    none('共有三十人参加培训，投资1200万元。');
    none('该股收盘价为12.35元，涨幅3.2%。');
    none('神舟十六号载人飞船');
    none('他提出了三点意见。');
    none('近10年来，当地人口持续增长。');
  });
  it('keeps 5月份 as a month', () => {
    expect(pairs('5月份，全市新增就业岗位。')).toEqual([['5月份', '2023-05']]);
  });
});

describe('parseReferenceDate', () => {
  it('reads strings and dates', () => {
    expect(parseReferenceDate('2023-07-23')).toEqual({ year: 2023, month: 7, day: 23 });
    expect(parseReferenceDate('2023-07-23T09:30:00')).toEqual({ year: 2023, month: 7, day: 23, hour: 9, minute: 30 });
    expect(parseReferenceDate(new Date(2023, 6, 23, 8, 5))).toEqual({ year: 2023, month: 7, day: 23, hour: 8, minute: 5 });
    expect(parseReferenceDate(null)).toBeNull();
    expect(parseReferenceDate(undefined)).toBeNull();
  });
  it('throws E_OPTION on invalid input', () => {
    for (const bad of ['yesterday', '2023-02-30', '2023-13-01', '']) {
      try {
        parseReferenceDate(bad);
        expect.unreachable();
      } catch (e) {
        expect(e).toBeInstanceOf(XinwenError);
        expect((e as XinwenError).code).toBe('E_OPTION');
      }
    }
  });
});
