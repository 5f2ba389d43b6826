// fast-check generators of hostile news pages for the property test: random mixes of news-like lines we
// wrote ourselves (headlines, body sentences with officials, places and dates, credits, page furniture,
// Traditional lines), lines cut or spliced from fragments, lone surrogates and NULs, HTML fragments (good,
// unclosed and nested), damaged bytes (UTF-8 cut inside a character, stray 0xFF, GBK and Big5 with
// flipped bytes) and long 、 lists of names. Generators stay cheap: most pages are a few short lines.
import fc from 'fast-check';
import iconv from 'iconv-lite';

/** Lines shaped like the lines of a scraped page. Every sentence, name and outlet here is invented. */
export const NEWS_LINES = [
  // headlines
  '松江镇启动夏季河道清淤工程',
  '东陵市举办首届乡村厨艺大赛 百余名农家厨师同台比拼',
  '云溪县三座新建桥梁同日通车',
  '芦湾区养老服务中心正式揭牌运营',
  '高原牧区迎来接羔高峰期',
  // body sentences: officials and title chains, 、 lists, places, organisations, dates of many forms
  '6月3日上午，东陵市委书记韩振宇、市长邓雅琴一行来到芦湾区调研防汛物资储备情况。',
  '云溪县副县长宋立平主持通车仪式，县交通运输局局长钟海涛介绍了工程建设情况。',
  '松江镇党委副书记、镇长孟晓光表示，清淤工程计划于8月底前全部完工。',
  '出席活动的还有市领导邓雅琴、彭国庆、许明辉、贺丽君等。',
  '据了解，该中心由芦湾区民政局投资建设，总建筑面积约3200平方米，设置床位160张。',
  '2025年5月20日至22日，第三届高原畜牧业发展论坛在西宁举行。',
  '农历四月初八，牧民们按照传统在草场上举行祭祀活动。',
  '今年一季度，全市实现地区生产总值412.6亿元，同比增长5.8%。',
  '任命罗建业为东陵市财政局局长，免去秦淑华的东陵市审计局副局长职务。',
  '记者从云溪县人民医院获悉，该院新建的急诊大楼将于下月投入使用。',
  '上周五晚8点半，芦湾区文化馆的小剧场里座无虚席。',
  '“往年这个时候早就忙不过来了。”养殖户阿旺扎西笑着说。',
  '该项目由东陵建工集团有限公司承建，预计2026年6月竣工。',
  'Mayor Lisa Chen of the sister city sent a letter of congratulations.',
  // Traditional lines
  '南投縣長許淑芬今（15）日出席社區長照據點揭牌儀式。',
  '民國114年3月1日起，新制上路，相關單位將加強宣導。',
  '經濟部次長林志遠表示，政府將持續協助中小企業轉型。',
  // credits and bylines
  '本报记者 邹雨桐 通讯员 施建新',
  '（记者 杜晓航 摄）',
  '责任编辑：魏佳宁',
  '2025-06-03 10:21 来源：东陵日报',
  '发布时间：2025年06月03日 来源：云溪县融媒体中心 作者：乔安',
  '（記者潘雅雯／南投報導）',
  // furniture
  '分享到：微信 微博 QQ空间',
  '上一篇：芦湾区新增三条公交线路',
  '打印本页 | 关闭窗口',
  '版权所有 © 2025 东陵日报社 未经授权不得转载',
  '首页 > 新闻中心 > 本地要闻',
  '阅读量：3821 评论(0)',
  '手机扫码 阅读全文',
  '相关新闻',
  '延伸閱讀',
  '',
  '   ',
  '——',
] as const;

/** Fragments to splice into lines: titles, name parts, date parts, punctuation, markup-looking and odd characters. */
export const FRAGMENTS = [
  '市委', '书记', '县长', '副', '主任', '、', '，', '。', '：', ':', ' ', '\u3000', '\u00a0', '\t',
  '韩', '振宇', '欧阳', '同志', '记者', '摄', '年', '月', '日', '时', '至', '2025', '12', '〇', '廿', '初八',
  '（', '）', '《', '》', '“', '”', '·', '—', '…', 'http://example.cn/a?b=1', '@', '#', '１２', 'ＡＢ',
  '<p>', '</p>', '<br>', '&nbsp;', '&amp;', '<', '>', '\u0000', '\ud800', '\udfff', '\ud83d\ude00', '\u200b', '\ufeff', '\r',
] as const;

/** A lone surrogate, either half: the input stage removes them, segment keeps every word around them. */
const loneSurrogate = fc.constantFrom('\ud800', '\udbff', '\udc00', '\udfff');

/** A line of a page: one of ours, one cut short, one with a lone surrogate or NUL inside, or fragments run together. */
export const newsLine: fc.Arbitrary<string> = fc.oneof(
  { weight: 6, arbitrary: fc.constantFrom(...NEWS_LINES) },
  { weight: 2, arbitrary: fc.tuple(fc.constantFrom(...NEWS_LINES), fc.nat(60)).map(([line, cut]) => line.slice(0, cut)) },
  {
    weight: 1,
    arbitrary: fc.tuple(fc.constantFrom(...NEWS_LINES), fc.nat(60), fc.oneof(loneSurrogate, fc.constant('\u0000'))).map(([line, at, odd]) => line.slice(0, at) + odd + line.slice(at)),
  },
  { weight: 2, arbitrary: fc.array(fc.constantFrom(...FRAGMENTS), { maxLength: 12 }).map((parts) => parts.join('')) },
);

/** Page text: mostly a few lines, now and then a long page. */
export const pageLines: fc.Arbitrary<string[]> = fc.oneof(
  { weight: 8, arbitrary: fc.array(newsLine, { minLength: 1, maxLength: 8 }) },
  { weight: 1, arbitrary: fc.array(newsLine, { minLength: 20, maxLength: 60 }) },
);

/** How lines are broken: \n mostly, but \r\n and \r too. */
const lineBreak = fc.constantFrom('\n', '\n', '\n', '\r\n', '\r');

/** Page text as a scraper saves it. */
export const pageText: fc.Arbitrary<string> = fc.tuple(pageLines, lineBreak).map(([lines, separator]) => lines.join(separator));

/** Page text of whole lines only (none cut or spliced), as a page that was scraped whole reads. */
export const wholeLinesText: fc.Arbitrary<string> = fc.array(fc.constantFrom(...NEWS_LINES), { minLength: 1, maxLength: 12 }).map((lines) => lines.join('\n'));

/** Block tags with the class names pages give their furniture and their content. */
const OPENERS = [
  '<p>', '<div class="content">', '<div class="article-body">', '<div id="share">', '<div class="nav">', '<ul><li><a href="/a">',
  '<h1>', '<h2 class="title">', '<span>', '<td>', '<section>', '<figure><figcaption>', '<blockquote>', '<div style="display:none">',
  '<footer>', '<article>', '<p class="editor">', '<font color="red">',
];

/** A line of HTML: a news line in a block that may be closed, left open, or broken by a stray token. */
const htmlLine: fc.Arbitrary<string> = fc
  .tuple(fc.constantFrom(...OPENERS), newsLine, fc.constantFrom('close', 'close', 'close', 'open', 'stray'), fc.constantFrom('<br>', '<!-- x -->', '<script>var a=1<\/script>', '&nbsp;', '<img src="a.jpg">', '<', '&#x4e2d;', '<b>'))
  .map(([opener, line, ending, stray]) => {
    const tag = /^<(\w+)/.exec(opener)![1];
    const closer = opener.startsWith('<ul>') ? '</a></li></ul>' : opener.startsWith('<figure>') ? '</figcaption></figure>' : `</${tag}>`;
    if (ending === 'open') return opener + line;
    if (ending === 'stray') return opener + line.slice(0, 5) + stray + line.slice(5) + closer;
    return opener + line + closer;
  });

/** An HTML page or fragment: a whole document, a bare body, or one truncated anywhere. */
export const htmlPage: fc.Arbitrary<string> = fc
  .tuple(fc.array(htmlLine, { minLength: 1, maxLength: 10 }), fc.constantFrom('document', 'fragment', 'cut'), fc.nat(2000), fc.constantFrom('', '<title>云溪县三座新建桥梁同日通车_云溪新闻网</title>', '<meta charset="gbk">'))
  .map(([lines, shape, cut, head]) => {
    const body = lines.join('\n');
    if (shape === 'fragment') return body;
    const page = `<!DOCTYPE html><html><head>${head}</head><body>${body}</body></html>`;
    return shape === 'cut' ? page.slice(0, cut) : page;
  });

/** Byte-level damage: cut anywhere (inside a character), stray 0xFF bytes, one byte flipped. */
type Damage = { kind: 'cut'; at: number } | { kind: 'ff'; at: number[] } | { kind: 'flip'; at: number; value: number } | { kind: 'none' };
const damage: fc.Arbitrary<Damage> = fc.oneof(
  fc.record({ kind: fc.constant('cut' as const), at: fc.nat() }),
  fc.record({ kind: fc.constant('ff' as const), at: fc.array(fc.nat(), { minLength: 1, maxLength: 3 }) }),
  fc.record({ kind: fc.constant('flip' as const), at: fc.nat(), value: fc.integer({ min: 0x80, max: 0xff }) }),
  fc.constant({ kind: 'none' as const }),
);

function damaged(bytes: Buffer, hurt: Damage): Buffer {
  if (bytes.length === 0 || hurt.kind === 'none') return bytes;
  if (hurt.kind === 'cut') return bytes.subarray(0, hurt.at % bytes.length);
  if (hurt.kind === 'flip') {
    const copy = Buffer.from(bytes);
    copy[hurt.at % copy.length] = hurt.value;
    return copy;
  }
  const parts: Buffer[] = [];
  let from = 0;
  for (const at of [...hurt.at].map((n) => n % bytes.length).sort((a, b) => a - b)) {
    parts.push(bytes.subarray(from, at), Buffer.from([0xff]));
    from = at;
  }
  parts.push(bytes.subarray(from));
  return Buffer.concat(parts);
}

/** Page text or HTML encoded as UTF-8, GBK, GB18030 or Big5 (characters Big5 lacks become `?`), then damaged. */
export const damagedBytes: fc.Arbitrary<Buffer> = fc
  .tuple(fc.oneof({ weight: 3, arbitrary: pageText }, { weight: 1, arbitrary: htmlPage }), fc.constantFrom('utf8', 'utf8', 'gbk', 'gb18030', 'big5'), damage)
  .map(([text, encoding, hurt]) => damaged(iconv.encode(text, encoding), hurt));

/** A 、 list of `count` names after a shared title, as a long list of attendees reads. */
export function nameList(count: number): string {
  const names = ['韩振宇', '邓雅琴', '彭国庆', '许明辉', '贺丽君', '欧阳志远', '阿旺扎西'];
  const list: string[] = [];
  for (let i = 0; i < count; i++) list.push(names[i % names.length]);
  return '出席会议的市领导' + list.join('、') + '等。';
}
