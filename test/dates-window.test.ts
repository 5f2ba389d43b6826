// The date walk on a long text: it reads the lexer in batches and keeps only a window of tokens around its
// position (src/dates/document.ts). What the walk learns early in the text (the year and month written, a 《title》
// left open) must still hold tens of thousands of tokens later, after the early tokens have left the window.
import { describe, expect, it } from 'vitest';
import { extractDates } from '../src/dates/index.js';

// Over 30,000 characters that hold no date and no character a date can begin with: one lexer token each.
const FILLER = '会议听取了汇报，大家认为很有意义。'.repeat(2000);
const REFERENCE = { referenceDate: '2024-01-01' };

describe('the date walk on a text longer than its token window', () => {
  it('finds nothing in text that holds no character a date can begin with', () => {
    expect(extractDates(FILLER, REFERENCE)).toEqual([]);
  });

  it('reads a bare day far down the text in the month written at its top', () => {
    const text = `记者2019年3月从市里获悉，${FILLER}12日晚上，项目开工。`;
    const mentions = extractDates(text, REFERENCE);
    expect(mentions.map((mention) => [mention.text, mention.value, mention.yearSource])).toEqual([
      ['2019年3月', '2019-03', 'text'],
      ['12日晚上', '2019-03-12', 'context'],
    ]);
    const last = mentions[1];
    expect(text.slice(last.start, last.end)).toBe('12日晚上');
  });

  it('keeps a 《title》 opened before the window moved: a relative word inside it is not a date', () => {
    const text = `他写了《${FILLER}明天见》一书。明天见。`;
    const mentions = extractDates(text, REFERENCE);
    expect(mentions.map((mention) => [mention.text, mention.value])).toEqual([['明天', '2024-01-02']]);
    expect(mentions[0].start).toBe(text.lastIndexOf('明天'));
  });

  it('finds the same dates in a long text as in each of its lines alone when the lines share no context', () => {
    const lines = Array.from({ length: 3000 }, (_, n) => `第${(n % 9) + 1}项工程于2021年${(n % 12) + 1}月${(n % 28) + 1}日通过验收，会议听取了汇报。`);
    const whole = extractDates(lines.join('\n'), REFERENCE).map((mention) => mention.value);
    const oneByOne = lines.flatMap((line) => extractDates(line, REFERENCE).map((mention) => mention.value));
    expect(whole.length).toBeGreaterThan(2000);
    expect(whole).toEqual(oneByOne);
  });

  it('reads an expression as far as it runs, though the window reaches ahead only to the end of its sentence', () => {
    // A list of days runs tens of tokens from where the walk is; the sentence ends right after it.
    const days = Array.from({ length: 20 }, (_, n) => `${n + 10}号`).join('、');
    const text = `${FILLER.slice(0, 600)}展会于2023年5月${days}。次日闭幕！2023年6月1日至2023年6月3日\n${FILLER.slice(0, 60)}`;
    const mentions = extractDates(text, REFERENCE);
    expect(mentions.map((mention) => [mention.text, mention.value])).toEqual([
      [`2023年5月${days}`, { start: '2023-05-10', end: '2023-05-29' }],
      ['次日', '2023-05-30'],
      ['2023年6月1日至2023年6月3日', { start: '2023-06-01', end: '2023-06-03' }],
    ]);
  });
});
