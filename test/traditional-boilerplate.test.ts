// Traditional pages at parity in the input and boilerplate stages: the same page converted to Traditional keeps
// and removes the same lines, for the same reasons and by the same rules, and reads the same credits, source
// and original URL, every string written as on the Traditional page. Our own page always; where ../shared is
// present, every page of gne-testpages-zh and every Simplified case of news-gold too.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as OpenCC from 'opencc-js';
import { describe, expect, it } from 'vitest';
import { classifyLines } from '../src/boilerplate/index.js';
import { readPage } from '../src/input/index.js';
import { cleanLine, toSimplified } from '../src/normalize/index.js';
import { parseArticle } from '../src/index.js';

const shared = join(import.meta.dirname, '..', '..', 'shared', 'bench-data');
const toTaiwan = OpenCC.Converter({ from: 'cn', to: 'tw' });

/**
 * What the two stages make of a page, in a form both scripts share: kinds, reasons, rules and the length of
 * every string (the conversion keeps lengths; comparing the strings themselves would trip on characters that do
 * not convert back the same way, 背/揹, 余/馀).
 */
function outcome(input: string, format?: 'text') {
  const page = readPage(input, { format });
  const lines = page.lines.map((text, i) => ({ text, markup: page.markup[i] ?? undefined }));
  const classified = classifyLines(lines, { title: page.meta.title, bylines: page.infoBars });
  const removed = [...page.removed, ...classified.removed];
  return {
    classified,
    removed,
    comparable: {
      kept: classified.kept.map((line) => [line.kind, line.text.length]),
      removed: removed.map((line) => [line.reason, line.via, line.text.length]),
      credits: Object.fromEntries(Object.entries(classified.credits).map(([role, names]: [string, string[]]) => [role, names.map((name) => toSimplified(name).length)])),
      source: classified.source?.length ?? null,
      channel: classified.sourceChannel?.length ?? null,
      url: classified.originalUrl,
    },
  };
}

/** Differences between the Simplified page and its Traditional conversion, empty at parity. */
function parity(simplified: string, format?: 'text'): string[] {
  const traditional = toTaiwan(simplified);
  const a = outcome(simplified, format);
  const b = outcome(traditional, format);
  const problems: string[] = [];
  for (const key of Object.keys(a.comparable) as Array<keyof typeof a.comparable>) {
    if (JSON.stringify(a.comparable[key]) !== JSON.stringify(b.comparable[key])) problems.push(key);
  }
  // Every string the Traditional page yields is written as on that page (its lines, white space folded).
  const read = readPage(traditional, { format });
  const written = [...read.lines, ...read.infoBars, ...read.removed.map((line) => line.text)].map(cleanLine).join('\n');
  for (const line of b.classified.kept) if (!written.includes(line.text)) problems.push(`kept not as written: ${line.text.slice(0, 20)}`);
  for (const names of Object.values(b.classified.credits)) for (const name of names) if (!written.includes(name)) problems.push(`credit not as written: ${name}`);
  if (b.classified.source && !written.includes(b.classified.source)) problems.push(`source not as written: ${b.classified.source}`);
  return problems;
}

const ownPage = [
  '首页 > 新闻中心 > 要闻',
  '某市召开优化营商环境大会',
  '发布时间:2024-05-08 10:30 来源:《某市日报》客户端 浏览次数:',
  '5月8日,某市召开优化营商环境大会,部署今年重点工作。市长李建华出席会议并讲话。',
  '5月8日,会议现场。记者 赵文静 摄',
  '会议要求,各部门要对标先进,提升服务效率。(通讯员 王红 编辑 刘思齐)',
  '责任编辑:孙晓',
  '原文地址:https://example.com/news/1.html 转载须保留此信息',
  '评论0',
  '显示验证码',
  '版权所有 © 某市日报社',
].join('\n');

describe('Traditional pages at parity in the boilerplate stage', () => {
  it('on a page of our own', () => {
    expect(parity(ownPage, 'text')).toEqual([]);
    const traditional = outcome(toTaiwan(ownPage), 'text');
    expect(traditional.classified.credits.photographers).toEqual(['趙文靜']);
    expect(traditional.classified.source).toBe('某市日報');
    expect(traditional.removed.map((line) => line.reason)).toEqual(
      expect.arrayContaining(['navigation', 'byline', 'credit', 'reprint-notice', 'widget', 'copyright']),
    );
  });

  it.skipIf(!existsSync(join(shared, 'news-gold', 'cases.jsonl')))('on every Simplified case of news-gold, converted', () => {
    const cases = readFileSync(join(shared, 'news-gold', 'cases.jsonl'), 'utf8').split('\n').filter(Boolean).map((line) => JSON.parse(line) as { id: string; text: string });
    const problems = cases.filter((item) => toSimplified(item.text) === item.text).flatMap((item) => parity(item.text, 'text').map((problem) => `${item.id}: ${problem}`));
    expect(problems).toEqual([]);
  });

  it.skipIf(!existsSync(join(shared, 'news-extraction', 'gne-testpages-zh', 'gold.jsonl')))('on every page of gne-testpages-zh, converted', () => {
    const dir = join(shared, 'news-extraction', 'gne-testpages-zh');
    const problems: string[] = [];
    for (const line of readFileSync(join(dir, 'gold.jsonl'), 'utf8').split('\n').filter(Boolean)) {
      const { id, html } = JSON.parse(line) as { id: string; html: string };
      problems.push(...parity(new TextDecoder().decode(readFileSync(join(dir, html)))).map((problem) => `${id}: ${problem}`));
    }
    expect(problems).toEqual([]);
  }, 60_000);
});

describe('the Simplified view of a line whose only Traditional words are phrases', () => {
  it('converts the phrase (回覆 and 瞭解 are made of characters that stay as they are alone)', () => {
    expect(toSimplified('回覆')).toBe('回复');
    expect(toSimplified('瞭解')).toBe('了解');
    expect(toSimplified('共同发展')).toBe('共同发展');
  });
});

describe('a Taiwan wire story', () => {
  it('reads its dateline (reporter, place, source) and the date code after its editor, which dates the story', () => {
    const page = [
      '颱風逼近 氣象署發布海上警報',
      '（中央社記者鄭立文台北2日電）中央氣象署今天上午發布海上颱風警報，預計明天清晨發布陸上警報。',
      '氣象署預報員表示，颱風將於3日至4日最接近台灣。',
      '（編輯：周思雨）1131002',
    ].join('\n');
    const article = parseArticle(page);
    expect(article.source).toBe('中央社');
    expect(article.credits.reporters).toEqual(['鄭立文']);
    expect(article.credits.editors).toEqual(['周思雨']);
    expect(article.publishedTime).toBe('2024-10-02');
    expect(article.dates.map((date) => [date.text, date.value])).toContainEqual(['明天清晨', '2024-10-03']);
  });
});
