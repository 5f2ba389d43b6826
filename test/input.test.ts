// The input stage on pages written for these tests: input checks, decoding, HTML sniffing, the content
// choice with every removal reported, the info bars, metadata; and the gne pages from ../shared where present.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import iconv from 'iconv-lite';
import { readPage, decodeBytes, looksLikeHtml, stripSiteSuffix } from '../src/input/index.js';
import { XinwenError } from '../src/errors.js';
import { hintOf } from '../src/input/hints.js';
import { punctuationCount, visibleLength } from '../src/input/html.js';

const here = path.dirname(fileURLToPath(import.meta.url));
const fixture = (name: string): string => fs.readFileSync(path.join(here, 'fixtures/input', name), 'utf8');
const SIMPLIFIED = fixture('news-simplified.html');
const TRADITIONAL = fixture('news-traditional.html');

function codeOf(fn: () => unknown): string | undefined {
  try {
    fn();
  } catch (e) {
    expect(e).toBeInstanceOf(XinwenError);
    return (e as XinwenError).code;
  }
  return undefined;
}

/** Deterministic pseudo-random bytes (mulberry32). */
function randomBytes(n: number, seed: number): Uint8Array {
  const out = new Uint8Array(n);
  let a = seed >>> 0;
  for (let i = 0; i < n; i++) {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    out[i] = ((t ^ (t >>> 14)) >>> 0) & 0xff;
  }
  return out;
}

describe('readPage: input checks', () => {
  it('rejects non-text input with E_INPUT_TYPE naming what was given', () => {
    for (const bad of [undefined, 42, { html: '<p>x</p>' }, null, ['a']]) {
      expect(codeOf(() => readPage(bad))).toBe('E_INPUT_TYPE');
    }
    expect(() => readPage(42)).toThrow(/got number/);
    expect(() => readPage(undefined)).toThrow(/got undefined/);
  });

  it('refuses input over maxSize with E_TOO_LARGE and the limit in the message', () => {
    expect(codeOf(() => readPage('正文'.repeat(100), { maxSize: 50 }))).toBe('E_TOO_LARGE');
    expect(() => readPage(new Uint8Array(101), { maxSize: 100 })).toThrow(/100 bytes/);
    expect(readPage('短文', { maxSize: 50 }).lines).toEqual(['短文']);
  });

  it('returns no lines and a warning for empty or blank input', () => {
    for (const empty of ['', '   \n\t ', new Uint8Array(0), Buffer.from('  \r\n')]) {
      const r = readPage(empty);
      expect(r.lines).toEqual([]);
      expect(r.warnings.join(' ')).toMatch(/empty/);
    }
  });

  it('strips NULs and lone surrogates with a warning', () => {
    const r = readPage('第一行\u0000文字\n第二行\uD800结束');
    expect(r.lines).toEqual(['第一行文字', '第二行结束']);
    expect(r.warnings.join(' ')).toMatch(/NUL/);
    expect(r.warnings.join(' ')).toMatch(/surrogate/);
  });

  it('never lets a removed unit turn a < of the text into a tag: a replacement character stands in right after <', () => {
    const r = readPage('<html><body><p>正文<\uD800http://example.cn/a?b=1</p><p>又一段<\u0000b>文字</p></body></html>');
    expect(r.lines.join('\n')).toContain('正文<\uFFFDhttp://example.cn/a?b=1');
    expect(r.lines.join('\n')).toContain('又一段<\uFFFDb>文字');
    expect(r.warnings.join(' ')).toMatch(/1 NUL.*1 lone surrogate/);
  });

  it('keeps text input as lines split on any newline', () => {
    const r = readPage('标题\r\n\r\n第一段。\r第二段 a<b 也不是HTML。\n');
    expect(r.format).toBe('text');
    expect(r.encoding).toBeNull();
    expect(r.lines).toEqual(['标题', '', '第一段。', '第二段 a<b 也不是HTML。', '']);
  });

  it('rejects an unknown encoding name with E_ENCODING', () => {
    expect(codeOf(() => readPage(iconv.encode('中文', 'gbk'), { encoding: 'no-such-charset' }))).toBe('E_ENCODING');
  });
});

describe('decoding bytes', () => {
  const expected = readPage(SIMPLIFIED).lines;
  const withMeta = (charset: string): string => SIMPLIFIED.replace('<head>', `<head>\n<meta charset="${charset}">`);

  it('gives the same lines for UTF-8, BOM, GBK, GB18030, UTF-16LE and a stale gb2312 declaration', () => {
    expect(expected.length).toBeGreaterThan(4);
    const variants: Array<[string, Uint8Array, string]> = [
      ['utf-8', Buffer.from(SIMPLIFIED, 'utf8'), 'utf-8'],
      ['utf-8 BOM', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(SIMPLIFIED, 'utf8')]), 'utf-8'],
      ['gbk declared', iconv.encode(withMeta('gbk'), 'gbk'), 'gb18030'],
      ['gb2312 declared (read as gb18030)', iconv.encode(withMeta('gb2312'), 'gbk'), 'gb18030'],
      ['gbk undeclared (detected)', iconv.encode(SIMPLIFIED, 'gbk'), 'gb18030'],
      ['gb18030 declared', iconv.encode(withMeta('gb18030'), 'gb18030'), 'gb18030'],
      ['utf-16le BOM', Buffer.concat([Buffer.from([0xff, 0xfe]), iconv.encode(SIMPLIFIED, 'utf-16le')]), 'utf-16le'],
      ['utf-8 with stale gb2312 meta', Buffer.from(withMeta('gb2312'), 'utf8'), 'utf-8'],
    ];
    for (const [name, bytes, enc] of variants) {
      const r = readPage(bytes);
      expect(r.encoding, name).toBe(enc);
      expect(r.lines, name).toEqual(expected);
    }
  });

  it('honours the encoding option when the bytes are not UTF-8', () => {
    const r = readPage(iconv.encode(SIMPLIFIED, 'gbk'), { encoding: 'GBK' });
    expect(r.encoding).toBe('gb18030');
    expect(r.lines).toEqual(expected);
  });

  it('reads Big5 Traditional text, declared or detected', () => {
    const want = readPage(TRADITIONAL).lines;
    expect(want[0]).toBe('台北舉辦夏日書展 逾百家出版社參展');
    const declared = readPage(iconv.encode(TRADITIONAL.replace('<head>', '<head><meta http-equiv="Content-Type" content="text/html; charset=big5">'), 'big5'));
    expect(declared.encoding).toBe('big5');
    expect(declared.lines).toEqual(want);
    const detected = readPage(iconv.encode(TRADITIONAL, 'big5'));
    expect(detected.encoding).toBe('big5');
    expect(detected.lines).toEqual(want);
  });

  it('refuses binary input: seeded random bytes and a PNG', () => {
    expect(codeOf(() => decodeBytes(randomBytes(4096, 12345)))).toBe('E_ENCODING');
    expect(() => readPage(randomBytes(4096, 99))).toThrow(/does not look like text/);
    const png = Buffer.concat([
      Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
      Buffer.from([0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52, 0, 0, 0, 16, 0, 0, 0, 16, 8, 6, 0, 0, 0, 0x1f, 0xf3, 0xff, 0x61]),
      randomBytes(200, 7),
    ]);
    expect(codeOf(() => readPage(png))).toBe('E_ENCODING');
    // the same data without its signature is still not text
    expect(codeOf(() => readPage(png.subarray(8)))).toBe('E_ENCODING');
  });

  it('reads well-formed UTF-8 bytes as it reads the same text given as a string, control characters and U+FFFD included', () => {
    const piece = fc.constantFrom('市政府召开会议，', '部署防汛工作。', '\n', ' ', 'a', '\t', '\u001b');
    const special = fc.constantFrom('\u0000', '\u0001', '\u007f', '\uFFFD', '\u000b');
    fc.assert(
      fc.property(fc.array(piece, { minLength: 40, maxLength: 80 }), fc.array(fc.tuple(fc.nat(), special), { maxLength: 3 }), (pieces, inserted) => {
        const all: string[] = pieces.slice();
        for (const [at, character] of inserted) all.splice(at % all.length, 0, character);
        const text = all.join('');
        const bad = (text.match(/[\x00-\x08\x0b\x0e-\x1a\x1c-\x1f\x7f\ufffd]/g) ?? []).length;
        const bytes = Buffer.from(text, 'utf8');
        let fromBytes: ReturnType<typeof readPage> | null = null;
        try {
          fromBytes = readPage(bytes);
        } catch (error) {
          // refused as binary: only with the encoding error, and only when it holds bad characters
          expect(codeOf(() => { throw error; })).toBe('E_ENCODING');
          expect(bad).toBeGreaterThan(0);
          return;
        }
        expect(decodeBytes(bytes).clean).toBe(bad === 0);
        const fromString = readPage(text);
        expect(fromBytes.lines).toEqual(fromString.lines);
        expect(fromBytes.warnings).toEqual(fromString.warnings);
      }),
      { numRuns: 300 },
    );
  });

  it('reports the encoding it used', () => {
    expect(decodeBytes(Buffer.from('纯文本', 'utf8')).encoding).toBe('utf-8');
    expect(decodeBytes(iconv.encode('<meta charset="gb2312"><p>中文内容</p>', 'gbk')).encoding).toBe('gb18030');
  });
});

describe('decoding damaged bytes', () => {
  // Our own sentences, long enough that every encoding has evidence to go on.
  const NEWS = '市政府召开会议，部署夏季防汛工作。会议要求各部门加强值守，确保群众安全。\n'.repeat(12);
  const utf8 = Buffer.from(NEWS, 'utf8');
  const boundary = Buffer.from(NEWS.slice(0, 40), 'utf8').length; // a character boundary

  it('reads UTF-8 with one 0xFF byte as UTF-8, with U+FFFD and a warning that counts it', () => {
    const damaged = Buffer.concat([utf8.subarray(0, boundary), Buffer.from([0xff]), utf8.subarray(boundary)]);
    const d = decodeBytes(damaged);
    expect(d.encoding).toBe('utf-8');
    expect(d.text).toBe(NEWS.slice(0, 40) + '\uFFFD' + NEWS.slice(40));
    expect(d.warnings.join(' ')).toMatch(/UTF-8 but for 1 invalid sequence/);
    // the whole page still parses
    expect(readPage(damaged).lines[0]).toContain('市政府召开会议');
  });

  it('counts several damaged places and keeps UTF-8 even against a gbk declaration or option', () => {
    const parts = [utf8.subarray(0, boundary), Buffer.from([0xc0]), utf8.subarray(boundary, boundary * 3), Buffer.from([0xfe, 0xfe]), utf8.subarray(boundary * 3)];
    const damaged = Buffer.concat(parts);
    expect(decodeBytes(damaged).warnings.join(' ')).toMatch(/but for 3 invalid sequence/);
    const declared = Buffer.concat([Buffer.from('<meta charset="gbk">'), damaged]);
    expect(decodeBytes(declared).encoding).toBe('utf-8');
    expect(decodeBytes(damaged, 'gbk').encoding).toBe('utf-8');
  });

  it('does not count a U+FFFD written in the page as damage', () => {
    const d = decodeBytes(Buffer.concat([Buffer.from('替换符\uFFFD照常。' + NEWS, 'utf8'), Buffer.from([0xff])]));
    expect(d.encoding).toBe('utf-8');
    expect(d.warnings.join(' ')).toMatch(/but for 1 invalid sequence/);
  });

  it('drops a character cut at the end rather than changing encoding', () => {
    for (const cut of [1, 2]) {
      const d = decodeBytes(utf8.subarray(0, utf8.length - 1 - cut)); // the last 。 loses bytes, the \n before it stays
      expect(d.encoding).toBe('utf-8');
      expect(d.text).toBe(NEWS.slice(0, -2));
      expect(d.warnings.join(' ')).toMatch(new RegExp(`ends inside a UTF-8 character: its ${3 - cut} byte`));
    }
    expect(decodeBytes(Buffer.from('中文内容', 'utf8').subarray(0, -1)).text).toBe('中文内');
  });

  it('still reads GBK and Big5 pages in their own encoding', () => {
    expect(decodeBytes(iconv.encode(NEWS, 'gbk')).text).toBe(NEWS);
    const traditional = '市政府召開會議，部署夏季防汛工作。會議要求各部門加強值守，確保群眾安全。\n'.repeat(12);
    expect(decodeBytes(iconv.encode(traditional, 'big5'))).toMatchObject({ encoding: 'big5', text: traditional });
  });

  it('refuses 100 KB of random high bytes with E_ENCODING instead of reading them as GB18030', () => {
    const bytes = randomBytes(100_000, 2024).map((b) => 0x80 | b);
    expect(codeOf(() => decodeBytes(bytes))).toBe('E_ENCODING');
    expect(() => decodeBytes(bytes)).toThrow(/plausible text in any candidate encoding/);
    expect(codeOf(() => decodeBytes(bytes.subarray(0, 1000)))).toBe('E_ENCODING');
    // a declaration does not make them text either
    expect(codeOf(() => decodeBytes(bytes, 'gbk'))).toBe('E_ENCODING');
  });

  it('detects the real encoding when a stated one reads as nonsense', () => {
    const d = decodeBytes(iconv.encode('<meta charset="iso-8859-1">' + NEWS, 'gbk'));
    expect(d.encoding).toBe('gb18030');
    expect(d.text).toContain('部署夏季防汛工作');
    expect(d.warnings.join(' ')).toMatch(/do not read as the stated iso-8859-1/);
  });

  it('keeps Western single-byte text, which is mostly ASCII', () => {
    const d = decodeBytes(iconv.encode('Le café du marché ouvre à sept heures. '.repeat(12), 'latin1'));
    expect(d.encoding).toBe('windows-1252');
    expect(d.text).toContain('café du marché');
  });
});

describe('looksLikeHtml', () => {
  it('recognises documents and fragments', () => {
    expect(looksLikeHtml('<!DOCTYPE html><html><body>x</body></html>')).toBe(true);
    expect(looksLikeHtml('\uFEFF  <html lang="zh">')).toBe(true);
    expect(looksLikeHtml('<!-- saved --><head><title>t</title></head>')).toBe(true);
    expect(looksLikeHtml('<p>第一段</p><p>第二段</p>')).toBe(true);
    expect(looksLikeHtml('<div class="a">正文')).toBe(true);
    expect(looksLikeHtml('说明文字 <br> 第二行 <b>加粗</b> 与 <a href="x">链接</a>')).toBe(true);
  });
  it('does not mistake text with angle brackets for HTML', () => {
    expect(looksLikeHtml('如果 a<b 且 b>c，那么……')).toBe(false);
    expect(looksLikeHtml('价格 <100元 的商品 >50 件')).toBe(false);
    expect(looksLikeHtml('普通的新闻正文。\n第二段。')).toBe(false);
  });
});

describe('HTML main content', () => {
  const r = readPage(SIMPLIFIED);

  it('keeps the article with the headline first and captions in place', () => {
    expect(r.format).toBe('html');
    expect(r.lines[0]).toBe('青山市举办夏季农产品展销会 三百余家企业参展');
    expect(r.lines[1]).toMatch(/^本报讯（记者 林晓东）7月21日/);
    const caption = r.lines.indexOf('市民在展销会上选购农产品。 记者 王青 摄');
    expect(caption).toBeGreaterThan(1);
    expect(r.lines[caption + 1]).toMatch(/^据了解/);
    expect(r.lines.join('\n')).not.toMatch(/不应出现|tracker|color:red/);
  });

  it('reports furniture in removed with reasons', () => {
    const reasonOf = (text: string): string | undefined => r.removed.find((x) => x.text.includes(text))?.reason;
    expect(reasonOf('本地')).toBe('navigation');
    expect(reasonOf('首页 > 本地新闻')).toBe('navigation');
    expect(reasonOf('分享到')).toBe('share');
    expect(reasonOf('东岭县高山茶喜获丰收')).toBe('related');
    expect(reasonOf('停车太难了')).toBe('comment');
    expect(reasonOf('关于我们')).toBe('footer');
    expect(reasonOf('青ICP备')).toBe('copyright');
    expect(reasonOf('市区新增三条公交线路')).toBe('aside');
    expect(reasonOf('发布时间')).toBe('byline');
    // The info bar is handed on for its date and source, and is exactly what was removed as a byline.
    expect(r.infoBars).toEqual(['发布时间：2023-07-21 09:30 来源：青山日报']);
    expect(r.removed.filter((x) => x.reason === 'byline').map((x) => x.text)).toEqual(r.infoBars);
    // nothing visible is lost, and scripts are not reported
    for (const line of r.lines) expect(r.removed.some((x) => x.text === line)).toBe(false);
    expect(r.removed.some((x) => /tracker|不应出现/.test(x.text))).toBe(false);
  });

  it('extracts metadata', () => {
    expect(r.meta).toEqual({
      title: '青山市举办夏季农产品展销会 三百余家企业参展',
      publishedTime: '2023-07-21T09:30',
      siteName: '青山新闻网',
      url: 'https://news.qingshan.example/local/2023-07/21/c_12345.htm',
      author: '青山日报',
      description: '7月21日，青山市夏季农产品展销会在市会展中心开幕。',
    });
  });

  it('survives fragments, text before <body>, broken nesting and unterminated markup', () => {
    expect(readPage('前言文字<body><p>正文第一段，内容。</p>').lines).toEqual(['正文第一段，内容。']);
    expect(readPage('<div><p>甲<div>乙</p></div>丙</span></div></table>').lines).toEqual(['甲', '乙', '丙']);
    expect(readPage('<html><body><p>正文。</p><!-- 未结束的注释').lines).toEqual(['正文。']);
    expect(readPage('<p>正文。</p><script>var s = "<p>', { format: 'html' }).lines).toEqual(['正文。']);
    expect(readPage('<p>A&nbsp;&amp;&nbsp;B&lt;C&gt;，中文&#x4E2D;</p>').lines).toEqual(['A & B<C>，中文中']);
  });

  it('joins hard-wrapped Chinese without inventing spaces', () => {
    expect(readPage('<p>第一行中文\n  第二行中文 and English\n words。</p>').lines).toEqual(['第一行中文第二行中文 and English words。']);
    expect(readPage('<p>行一<br>行二</p><ul><li>项一</li><li>项二</li></ul><table><tr><td>格一</td><td>格二</td></tr></table>').lines).toEqual([
      '行一', '行二', '项一', '项二', '格一', '格二',
    ]);
  });

  it('handles 10,000-deep nesting and 100,000 paragraphs without recursion limits', () => {
    const deep = '<div>'.repeat(10000) + '<p>深层内容，测试。</p>' + '</div>'.repeat(10000);
    expect(readPage(deep).lines).toEqual(['深层内容，测试。']);
    const unclosed = '<div><span>'.repeat(10000) + '未闭合，内容。';
    expect(readPage(unclosed).lines).toEqual(['未闭合，内容。']);
    const many = '<div class="content">' + '<p>一段文字，很长的句子。</p>'.repeat(100000) + '</div>';
    expect(readPage(many).lines.length).toBe(100000);
  });
});

describe('title', () => {
  it('removes site and channel suffixes', () => {
    expect(stripSiteSuffix('多地项目连环爆雷_网易财经')).toEqual({ title: '多地项目连环爆雷', site: '网易财经' });
    expect(stripSiteSuffix('标题文字-中国新闻网').title).toBe('标题文字');
    expect(stripSiteSuffix('棱镜|数据业大整顿：用户信息几元不等_财经_腾讯网').title).toBe('棱镜|数据业大整顿：用户信息几元不等');
    expect(stripSiteSuffix('共享充电宝涨价_10%公司_澎湃新闻-The Paper').title).toBe('共享充电宝涨价');
    expect(stripSiteSuffix('女儿出嫁，郑板桥画兰花--文化--人民网 ').title).toBe('女儿出嫁，郑板桥画兰花');
    expect(stripSiteSuffix('华为Mate20X-5G版发布 | 示例科技', '示例科技').title).toBe('华为Mate20X-5G版发布');
    expect(stripSiteSuffix('改革——新时代的答卷').title).toBe('改革——新时代的答卷');
    expect(stripSiteSuffix('2019-2020赛季总结').title).toBe('2019-2020赛季总结');
  });

  it('prefers the heading the <title> repeats, else og:title, else <title>', () => {
    const page = (head: string, body: string): string => `<html><head>${head}</head><body>${body}<p>正文内容，用于测试。</p></body></html>`;
    expect(readPage(page('<title>新款手机发布 价格公布|手机_示例网</title>', '<h1>示例网</h1><h1>新款手机发布 价格公布</h1>')).meta.title).toBe('新款手机发布 价格公布');
    expect(readPage(page('<title>市场观察_示例财经网</title><meta property="og:title" content="市场观察：下半年走势">', '')).meta.title).toBe('市场观察：下半年走势');
    const r = readPage(page('<title>夏粮收购进度过半_示例新闻网</title>', ''));
    expect(r.meta.title).toBe('夏粮收购进度过半');
    expect(r.meta.siteName).toBe('示例新闻网');
    expect(r.lines[0]).toBe('夏粮收购进度过半');
  });
});

describe('publishedTime', () => {
  const page = (head: string, body: string): string =>
    `<html><head><title>示例标题_示例网</title>${head}</head><body><h1>示例标题</h1>${body}<div class="content"><p>正文内容，用于测试发布时间。</p><p>第二段，2001年3月4日发生的事情不是发布时间。</p></div></body></html>`;

  it('reads meta tags and keeps the zone offset', () => {
    expect(readPage(page('<meta property="article:published_time" content="2019-09-07T13:43:45+08:00">', '')).meta.publishedTime).toBe('2019-09-07T13:43:45+08:00');
    expect(readPage(page('<meta name="publishdate" content="2019-06-15">', '')).meta.publishedTime).toBe('2019-06-15');
    expect(readPage(page('<meta name="ptime" content="2019-11-25 16:04:30">', '')).meta.publishedTime).toBe('2019-11-25T16:04:30');
  });

  it('reads JSON-LD datePublished and <time datetime>', () => {
    const ld = '<script type="application/ld+json">{"@context":"https://schema.org","@graph":[{"@type":"NewsArticle","datePublished":"2020-06-05T20:35:00+08:00","author":{"@type":"Person","name":"李明"}}]}</script>';
    const r = readPage(page(ld, ''));
    expect(r.meta.publishedTime).toBe('2020-06-05T20:35:00+08:00');
    expect(r.meta.author).toBe('李明');
    expect(readPage(page('', '<time datetime="2021-02-03T04:05Z">2月3日</time>')).meta.publishedTime).toBe('2021-02-03T04:05Z');
  });

  it('reads Chinese datetimes near the headline', () => {
    expect(readPage(page('', '<div class="info">发布时间：2019-12-10 15:30 来源：示例日报</div>')).meta.publishedTime).toBe('2019-12-10T15:30');
    expect(readPage(page('', '<div class="info">2019年12月10日 15:30 示例日报</div>')).meta.publishedTime).toBe('2019-12-10T15:30');
    expect(readPage(page('', '<div class="info">2019年12月10日 下午3:05</div>')).meta.publishedTime).toBe('2019-12-10T15:05');
    expect(readPage(page('', '<span>2019-12-10</span>')).meta.publishedTime).toBe('2019-12-10');
  });

  it('falls back to the URL', () => {
    expect(readPage(page('', ''), { url: 'http://www.example.cn/world/2019-12/10/c_1125327450.htm' }).meta.publishedTime).toBe('2019-12-10');
    expect(readPage(page('<link rel="canonical" href="https://example.com/news/20191210/abc.html">', '')).meta.publishedTime).toBe('2019-12-10');
    expect(readPage('正文。', { url: 'https://example.com/2020/01/03/a.html' }).meta.publishedTime).toBe('2020-01-03');
    expect(readPage(page('', '')).meta.publishedTime).toBeNull();
  });
});

describe('bench pages (skipped where the bench data is absent)', () => {
  // ../shared beside the repository root, wherever the checkout is.
  const dir = path.join(here, '..', '..', 'shared', 'bench-data', 'news-extraction', 'gne-testpages-zh', 'html');
  it.skipIf(!fs.existsSync(dir))('reads every page without throwing and with non-empty lines', () => {
    const files: string[] = [];
    const todo = [dir];
    while (todo.length) {
      const d = todo.pop()!;
      for (const e of fs.readdirSync(d, { withFileTypes: true })) {
        const p = path.join(d, e.name);
        if (e.isDirectory()) todo.push(p);
        else if (/\.html?$/i.test(e.name)) files.push(p);
      }
    }
    expect(files.length).toBeGreaterThan(0);
    for (const f of files) {
      const r = readPage(fs.readFileSync(f));
      expect(r.lines.length, f).toBeGreaterThan(0);
    }
  });
});

describe('markup hints and text counts', () => {
  it('reads a class/id the same way every time, and a name like an Object property is no hint', () => {
    expect(hintOf('div', 'article-share', '')).toEqual({ kind: 'furniture', reason: 'share' });
    expect(hintOf('div', 'contentText', 'main2')).toEqual({ kind: 'content', reason: null });
    // The second look comes from the cache of class/id strings; the tag still counts.
    expect(hintOf('nav', 'contentText', 'main2')).toEqual({ kind: 'furniture', reason: 'navigation' });
    expect(hintOf('div', 'side-box', '')).toEqual({ kind: 'weak-furniture', reason: 'aside' });
    for (const name of ['constructor', 'toString', '__proto__', 'hasOwnProperty']) {
      expect(hintOf('div', name, ''), name).toEqual({ kind: 'none', reason: null });
    }
  });

  it('counts sentence punctuation: full-width marks anywhere, ASCII marks only before white space', () => {
    expect(punctuationCount('会议强调，要抓好落实。')).toBe(2);
    expect(punctuationCount('“好！”他说：是的、对；')).toBe(6);
    expect(punctuationCount('It works. Really, yes!')).toBe(2);
    expect(punctuationCount('3.14, v1.2 and a.b')).toBe(1);
    expect(punctuationCount('end.')).toBe(0);
  });

  it('counts visible characters as \\S does, white space of every kind left out', () => {
    for (const text of ['', ' \t\n', '今天 天气\u3000很好', 'a\u00a0b\u2009c\u200bd\ufeffe', '𠀀字\u2028\u2029\u202f\u205f\u1680x', '\v\f\r。']) {
      expect(visibleLength(text), JSON.stringify(text)).toBe((text.match(/\S/g) ?? []).length);
    }
  });
});
