// The segmenter on sentences written for these tests: offsets, entities kept whole, document names,
// Traditional input, full-width characters, and the host's nodejieba left as it was; with each backend.
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { segment as segmentText, type SegmentOptions } from '../src/index.js';

describe.each(['nodejieba', 'node-rs-jieba'] as const)('segment, segmenter %s', (segmenter) => {
  const segment = (text: string, options: SegmentOptions = {}) => segmentText(text, { ...options, segmenter });
  const words = (text: string, options: SegmentOptions = {}) => segment(text, options).map((token) => token.word);

  it('returns words whose offsets slice the text, without white space tokens', () => {
    const text = '新华社北京3月5日电 十四届全国人大二次会议开幕。';
    const tokens = segment(text);
    for (const token of tokens) expect(text.slice(token.start, token.end)).toBe(token.word);
    expect(tokens.some((token) => token.word.trim() === '')).toBe(false);
    expect(tokens.map((token) => token.word).join('')).toBe(text.replace(/ /g, ''));
  });

  it('keeps dates, numbers with units, Latin words and URLs whole', () => {
    const result = words('7月21日至22日,全市GDP增长5.2%,总额1.5万亿元,详见https://example.cn/a.html');
    expect(result).toEqual(expect.arrayContaining(['7月21日至22日', 'GDP', '5.2%', '1.5万亿元', 'https://example.cn/a.html']));
  });

  it('keeps the fine granularity close to jieba while numbers with units stay whole', () => {
    const fine = words('7月21日至22日增长5.2%', { granularity: 'fine' });
    expect(fine).toContain('5.2%');
    expect(fine).not.toContain('7月21日至22日');
  });

  it('splits names run together in a headline using the names the document teaches, for this call only', () => {
    const headline = '郑秀兰黄启明马金花出席活动';
    expect(words(headline, { names: ['郑秀兰', '黄启明', '马金花'] }).slice(0, 3)).toEqual(['郑秀兰', '黄启明', '马金花']);
    // The names are not left behind in the segmenter for the next document.
    expect(words('黄启明天到')).not.toContain('黄启明');
  });

  it('segments Traditional text through its Simplified view and maps words back', () => {
    const simplified = segment('市场监管总局发布报告');
    const traditional = segment('市場監管總局發佈報告');
    expect(traditional.map((token) => [token.start, token.end])).toEqual(simplified.map((token) => [token.start, token.end]));
    expect(traditional.map((token) => token.word).join('')).toBe('市場監管總局發佈報告');
  });

  it('reads full-width digits and letters as half-width but returns the original characters', () => {
    const text = '增长１２．５％，ＡＩ产业';
    const tokens = segment(text);
    expect(tokens.map((token) => token.word)).toEqual(expect.arrayContaining(['１２．５％', 'ＡＩ']));
    for (const token of tokens) expect(text.slice(token.start, token.end)).toBe(token.word);
  });

  it("keeps news words whole without changing the host's nodejieba dictionary", () => {
    const host = createRequire(import.meta.url)('nodejieba') as { cut(text: string, hmm?: boolean): string[] };
    const hostBefore = host.cut('今年乡村振兴工作', false);
    expect(words('今年乡村振兴工作开局良好。')).toContain('乡村振兴');
    expect(host.cut('今年乡村振兴工作', false)).toEqual(hostBefore);
    expect(hostBefore).not.toContain('乡村振兴');
  });

  it('returns nothing for empty text', () => {
    expect(segment('')).toEqual([]);
  });
});
