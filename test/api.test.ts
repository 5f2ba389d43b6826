// The public surface: bad input, the example page, options, and the engines exported from the package root.
import { execFileSync, spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { XinwenError, extractDates, extractOfficials, parseArticle, segment, stripBoilerplate } from '../src/index.js';

const root = join(import.meta.dirname, '..');
const samplePage = readFileSync(join(root, 'examples', 'sample-page.txt'), 'utf8');

function errorCode(run: () => unknown): string | undefined {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(XinwenError);
    return (error as XinwenError).code;
  }
  return undefined;
}

describe('bad input', () => {
  it('refuses what is neither text nor bytes with E_INPUT_TYPE and says what it got', () => {
    for (const input of [undefined, null, 42, {}, ['page']]) {
      expect(errorCode(() => parseArticle(input as unknown as string))).toBe('E_INPUT_TYPE');
    }
    try {
      parseArticle(42 as unknown as string);
    } catch (error) {
      expect((error as Error).message).toMatch(/number/);
    }
  });

  it('gives an empty Article with a warning for empty text and for a page of only furniture', () => {
    for (const input of ['', '   \n\n ', '评论0\n显示验证码\n分享到: 微信 微博\n0']) {
      const article = parseArticle(input);
      expect(article.text).toBe('');
      expect(article.paragraphs).toEqual([]);
      expect(article.warnings.length).toBeGreaterThan(0);
    }
    expect(parseArticle('评论0\n显示验证码').removed.map((line) => line.reason)).toEqual(['widget', 'widget']);
  });

  it('refuses binary bytes with E_ENCODING and oversized input with E_TOO_LARGE', () => {
    const bytes = new Uint8Array(4096);
    let seed = 7;
    for (let i = 0; i < bytes.length; i++) {
      seed = (seed * 1103515245 + 12345) & 0x7fffffff;
      bytes[i] = seed & 0xff;
    }
    expect(errorCode(() => parseArticle(bytes))).toBe('E_ENCODING');
    expect(errorCode(() => parseArticle(samplePage, { maxSize: 100 }))).toBe('E_TOO_LARGE');
  });

  it('refuses unknown option values with E_OPTION', () => {
    expect(errorCode(() => parseArticle(samplePage, { script: 'klingon' as 'original' }))).toBe('E_OPTION');
    expect(errorCode(() => parseArticle(samplePage, { referenceDate: 'yesterday-ish' }))).toBe('E_OPTION');
  });

  it('refuses an option name no engine knows, and ignores one another engine knows', () => {
    expect(errorCode(() => parseArticle(samplePage, { refrenceDate: '2024-03-29' } as never))).toBe('E_OPTION');
    expect(() => parseArticle(samplePage, { granularity: 'fine' } as never)).not.toThrow();
  });
});

describe('the example page', () => {
  const article = parseArticle(samplePage);

  it('comes out as a structured article', () => {
    expect(article.title).toBe('安吉白茶开采 茶农迎来今年“第一采”');
    // The byline line gives the publish date, which anchors the dates written without a year.
    expect(article.publishedTime).toBe('2024-03-29T08:30');
    expect(article.source).toBe('湖州日报');
    expect(article.credits).toMatchObject({ photographers: ['沈佳怡'], editors: ['顾晓楠'] });
    expect(article.credits.reporters).toContain('吴浩然');
    expect(article.captions.map((caption) => [caption.text, caption.photographers])).toEqual([['茶农在溪龙乡的茶园里采摘新茶。', ['沈佳怡']]]);
    const officials = Object.fromEntries(article.officials.map((official) => [official.name, official.titles.map((title) => title.resolved)]));
    expect(officials).toMatchObject({ 程立华: ['安吉县委书记'], 许文静: ['安吉县县长'] });
    expect(article.dates.find((date) => date.text === '3月28日上午')).toMatchObject({ value: '2024-03-28', yearSource: 'published' });
    expect(article.dates.find((date) => date.text === '3月下旬至4月中旬')?.value).toEqual({ start: '2024-03-21', end: '2024-04-20' });
    expect(article.removed.map((line) => line.reason)).toEqual(['byline', 'credit', 'credit', 'share', 'navigation', 'widget', 'copyright']);
  });

  it('returns tokens only on request, with offsets into the text', () => {
    expect(article.tokens).toBeUndefined();
    const withTokens = parseArticle(samplePage, { tokens: true });
    for (const token of withTokens.tokens ?? []) expect(withTokens.text.slice(token.start, token.end)).toBe(token.word);
    expect(withTokens.tokens?.map((token) => token.word)).toEqual(expect.arrayContaining(['程立华', '许文静', '2000吨', '3月下旬至4月中旬']));
  });

  it('converts the returned text on request without moving any span', () => {
    const traditional = parseArticle(samplePage, { script: 'traditional' });
    expect(traditional.text).toContain('茶農');
    expect(traditional.text.length).toBe(article.text.length);
    expect(traditional.dates.map((date) => [date.start, date.end])).toEqual(article.dates.map((date) => [date.start, date.end]));
  });
});

describe('an HTML page, as text and as GBK bytes', () => {
  const html = readFileSync(join(root, 'test', 'fixtures', 'input', 'news-simplified.html'), 'utf8');
  const article = parseArticle(html);

  it('gives the headline, the metadata of the info bar and the credits, and reports the page furniture', () => {
    expect(article.title).toBe('青山市举办夏季农产品展销会 三百余家企业参展');
    expect(article.publishedTime).toBe('2023-07-21T09:30');
    expect(article.siteName).toBe('青山新闻网');
    expect(article.source).toBe('青山日报');
    expect(article.credits).toMatchObject({ reporters: ['林晓东'], photographers: ['王青'], editors: ['赵敏'] });
    expect(article.captions.map((caption) => caption.text)).toEqual(['市民在展销会上选购农产品。']);
    const reasons = new Set(article.removed.map((line) => line.reason));
    for (const reason of ['navigation', 'share', 'related', 'comment', 'copyright', 'byline']) expect(reasons).toContain(reason);
    expect(article.text).not.toContain('网友评论');
    // Dates without a year take the page's own publish date.
    expect(article.dates[0]).toMatchObject({ text: '7月21日', value: '2023-07-21', yearSource: 'published' });
  });

  it('reads the same article from GBK bytes declared in the page', async () => {
    const iconv = (await import('iconv-lite')).default;
    const gbk = iconv.encode(html.replace('<head>', '<head><meta charset="gbk">'), 'gbk');
    const fromBytes = parseArticle(gbk);
    expect(fromBytes.title).toBe(article.title);
    expect(fromBytes.text).toBe(article.text);
  });
});

describe('engines exported from the package root', () => {
  it('work on clean text', () => {
    expect(segment('协议投资额达36.5亿元').map((token) => token.word)).toContain('36.5亿元');
    expect(extractOfficials('福建省委副书记、省长林国栋出席。').officials[0].name).toBe('林国栋');
    expect(extractDates('3月28日', { referenceDate: '2024-03-29' })[0].value).toBe('2024-03-28');
    // A header whose date the date engine reads only to the month never becomes the reference date.
    expect(() => parseArticle('某县召开会议\n2010 年 3 月 3 日 星期 律师声明\n会议部署了工作。')).not.toThrow();
    expect(stripBoilerplate('某县召开春耕工作会议\n会议部署了春耕工作。\n评论0').removed).toEqual([{ text: '评论0', reason: 'widget', via: 'pattern' }]);
  });
});

describe('the CLI', () => {
  const cli = join(root, 'dist', 'cli.js');

  it('prints the Article of a file as JSON and the clean text with --text', () => {
    const json = JSON.parse(execFileSync('node', [cli, 'parse', join(root, 'examples', 'sample-page.txt'), '--ref', '2024-03-29'], { encoding: 'utf8' }));
    expect(json.title).toBe('安吉白茶开采 茶农迎来今年“第一采”');
    const text = execFileSync('node', [cli, 'parse', '-', '--text'], { input: samplePage, encoding: 'utf8' });
    expect(text.split('\n')[0]).toBe(json.title);
  });

  it('exits 1 with the error code for a file it cannot parse and 2 for a bad command', () => {
    const failed = spawnSync('node', [cli, 'parse', join(root, 'no-such-page.html')], { encoding: 'utf8' });
    expect(failed.status).toBe(1);
    expect(failed.stderr).toContain('no-such-page.html');
    expect(spawnSync('node', [cli, 'frobnicate'], { encoding: 'utf8' }).status).toBe(2);
  });
});
