// The boilerplate stage on page text written for these tests in the shape of scraped Chinese news pages:
// the credit reader (every form of credit), credits closing a paragraph, line shapes, and the page classifier
// (rules, the line model, reasons and the rule that removed each line), in Simplified and in Traditional.
import { describe, expect, it } from 'vitest';
import { classifyLines, stripBoilerplate } from '../src/boilerplate/index.js';
import { readCredits } from '../src/boilerplate/credit-reader.js';
import { findDatelineCredit, findTrailingCredit } from '../src/boilerplate/trailing.js';
import { isImageFileName, isPublicationHeader, isSeparatorLine } from '../src/boilerplate/shapes.js';
import { analysisView, toTraditional } from '../src/normalize/index.js';
import { furnitureReason } from '../src/boilerplate/patterns.js';
import { readDictRows } from '../src/nlp/index.js';

/** The credits of a line as `role:name,name` strings (sources as `source=outlet/channel`), or null. */
function credits(line: string): { pure: boolean; read: string[] } | null {
  const reading = readCredits(line, analysisView(line));
  if (!reading) return null;
  const read = reading.findings.map((finding) =>
    finding.role === 'source' ? `source=${finding.source}${finding.channel ? `/${finding.channel}` : ''}` : `${finding.role}:${finding.names.map((name) => name.name).join(',')}`,
  );
  return { pure: reading.pure, read };
}

describe('the credit reader', () => {
  it('reads labels with a colon, several on a line, and a source with its channel', () => {
    expect(credits('编辑:周思雨 校审:韩立 杜晓东')).toEqual({ pure: true, read: ['editor:周思雨', 'reviewer:韩立,杜晓东'] });
    expect(credits('来源:《宁夏日报》客户端')).toEqual({ pure: true, read: ['source=宁夏日报/客户端'] });
    expect(credits('【责任编辑:孙晓】')).toEqual({ pure: true, read: ['editor:孙晓'] });
  });

  it('reads labels without a colon, with bars or slashes between credits, and credits glued together', () => {
    expect(credits('编辑 刘明 校对 张红')?.read).toEqual(['editor:刘明', 'reviewer:张红']);
    expect(credits('编辑|王雨桐')?.read).toEqual(['editor:王雨桐']);
    expect(credits('来源|某市发布、某某晚报')?.read).toEqual(['source=某市发布、某某晚报']);
    expect(credits('本文来源:某某商报责任编辑:刘思齐_AB1234')).toEqual({ pure: true, read: ['source=某某商报', 'editor:刘思齐'] });
    expect(credits('(通讯员李明编辑王华)')?.read).toEqual(['reporter:李明', 'editor:王华']);
  });

  it('reads names before their role, an outlet before the role, and bylines that end in 报道', () => {
    expect(credits('(张三/文 李四/图 王五/审核)')?.read).toEqual(['author:张三', 'photographer:李四', 'reviewer:王五']);
    expect(credits('某某晚报记者 陈静/文 刘强/图 通讯员 黄丽 周涛')?.read).toEqual(['author:陈静', 'photographer:刘强', 'reporter:黄丽,周涛']);
    expect(credits('某某日报记者 赵明川')?.read).toEqual(['reporter:赵明川']);
    expect(credits('□记者孙立平报道')?.read).toEqual(['reporter:孙立平']);
    expect(credits('新华社记者 高明 摄')?.read).toEqual(['photographer:高明']);
    expect(credits('文图/郑云')?.read).toEqual(['author:郑云']);
  });

  it('splits names written together and keeps a name padded with a space as written', () => {
    expect(credits('通讯员王建国李红梅')?.read).toEqual(['reporter:王建国,李红梅']);
    expect(credits('审:何 平')?.read).toEqual(['reviewer:何 平']);
  });

  it('skips the other fields of a publication header and never takes a field label for a name', () => {
    expect(credits('栏目:要闻 作者:周明 时间:2024-05-08 点击数:')).toEqual({ pure: true, read: ['author:周明'] });
  });

  it('reads Traditional credits through the Simplified view and returns the names as written', () => {
    expect(credits('記者 馬志遠 攝')?.read).toEqual(['photographer:馬志遠']);
    expect(credits('作者: 李國華    來源: 某某網    日期: 2024-05-08')?.read).toEqual(['author:李國華', 'source=某某網']);
    expect(credits('責任編輯:陳家豪')?.read).toEqual(['editor:陳家豪']);
  });

  it('takes names no label claims before a publication field for more than credits (an English sentence glued before the header)', () => {
    expect(credits('of the sister city sent a letter of congratulations. 发布时间：2025年06月03日 来源：某县融媒体中心 作者：滕晓')?.pure).toBe(false);
    expect(credits('发布时间：2025年06月03日 来源：某县融媒体中心 作者：滕晓')).toEqual({ pure: true, read: ['source=某县融媒体中心', 'author:滕晓'] });
  });

  it('reads a credit line behind a bullet (◎ 本报记者 X), and production credits (策划, 统筹, 视频, 出品)', () => {
    expect(credits('◎ 本报记者 郑立文')).toEqual({ pure: true, read: ['reporter:郑立文'] });
    expect(credits('出品：某某新闻 策划：周思雨 统筹：韩立 视频：杜晓东')).toEqual({ pure: true, read: ['source=某某新闻', 'editor:周思雨', 'editor:韩立', 'photographer:杜晓东'] });
    const page = classifyLines(['某市推出新措施', '◎ 本报记者 郑立文', '市政府今天宣布多项新措施，以支持中小企业发展。有关措施将于下月起实施。']);
    expect(page.title).toBe('某市推出新措施');
    expect(page.credits.reporters).toEqual(['郑立文']);
  });

  it('reads no name out of page chrome glued to a credit: navigation links, markup, where a text is from', () => {
    expect(credits('【编辑:周思雨】 返回首页，查看更多')).toEqual({ pure: true, read: ['editor:周思雨'] });
    expect(credits('作者： size="20" 来源： size="20"')?.read ?? []).toEqual([]);
    expect(credits('作者：韩立出自[某某出版社]')?.read).toEqual(['author:韩立']);
    expect(credits('时间：2019-09-25 作者：网络整理')?.read ?? []).toEqual([]);
    // An office where a name would stand is the unit that issued the story; a place is where it came from.
    expect(credits('作者:周思雨  核稿:韩立   编发:党委宣传部')).toEqual({ pure: true, read: ['author:周思雨', 'reviewer:韩立'] });
    expect(credits('作者：周思雨，北京 编辑：韩立')?.read).toEqual(['author:周思雨', 'editor:韩立']);
  });

  it('reads a known place after a space and the names as where the story was filed from (记者X 北京报道, 发自上海)', () => {
    expect(credits('某某经济报道记者郑立文 北京报道')).toEqual({ pure: true, read: ['reporter:郑立文'] });
    expect(credits('某某财经记者 郑立文 发自上海')).toEqual({ pure: true, read: ['reporter:郑立文'] });
    // A second name glued to 报道 is a reporter, not a place.
    expect(credits('记者 郑立文 韩立报道')?.read).toEqual(['reporter:郑立文,韩立']);
  });

  it('reads where a story was reported from as no name (記者X／台北報導), the line all credits', () => {
    expect(credits('（記者鍾雅婷／台中報導）')).toEqual({ pure: true, read: ['reporter:鍾雅婷'] });
    // A name ending in 文 before the slash: 文 is no author's label there (X/文 is).
    expect(credits('〔記者鄭立文／台北報導〕')).toEqual({ pure: true, read: ['reporter:鄭立文'] });
    expect(credits('周思雨/文 韓立/圖')).toEqual({ pure: true, read: ['author:周思雨', 'photographer:韓立'] });
    expect(credits('記者侯明哲、葉書瑜／高雄報導')).toEqual({ pure: true, read: ['reporter:侯明哲,葉書瑜'] });
    expect(credits('（记者钟雅婷/台中报道）')).toEqual({ pure: true, read: ['reporter:钟雅婷'] });
  });

  it('does not read a question, a sentence or a word as credits', () => {
    expect(credits('记者:今年的重点工作是什么?')).toBeNull();
    expect(credits('记者从市教育局获悉')?.pure ?? false).toBe(false);
    expect(credits('编辑部的故事在这里开始')).toBeNull();
    expect(credits('摄影师等人')).toBeNull();
  });

  it('reads a long line of labels and names to the end and takes it for no credit line', () => {
    // 80,000 characters: far past any credit line's length, so neither reader reports one.
    const line = '记者张三'.repeat(20000);
    expect(readCredits(line, line)).toBeNull();
    expect(findTrailingCredit(line, line)).toBeNull();
  });
});

describe('credits that close or open a paragraph', () => {
  const trailing = (line: string) => findTrailingCredit(line, analysisView(line));

  it('cuts a photo credit from a caption', () => {
    expect(trailing('游客在湖边拍照。记者 赵文静 摄')).toMatchObject({ start: 8, photo: true });
    expect(trailing('游客在湖边拍照。 张三/摄')).toMatchObject({ photo: true });
    expect(trailing('代表团参观产业园。(某某社 林平摄)')).toMatchObject({ photo: true });
    expect(trailing('他在湖边专心拍摄')).toBeNull();
  });

  it('cuts a byline in brackets, a bare name and an office from the end of the last paragraph', () => {
    expect(trailing('会议部署了下一步工作。(张三/文 李四/图 王五/审核)')).toMatchObject({ start: 11, photo: false });
    const name = trailing('会议部署了下一步工作。(钱文华)');
    expect(name?.findings).toEqual([{ role: 'author', label: '', names: [{ name: '钱文华', start: 12, end: 15 }] }]);
    expect(trailing('会议部署了下一步工作。(县委办公室)')?.findings[0]).toMatchObject({ role: 'source', source: '县委办公室' });
    expect(trailing('会议部署了下一步工作。(宣传部供稿)')?.findings[0]).toMatchObject({ role: 'source', source: '宣传部' });
  });

  it('reads a byline glued to the sentence before it by an inline element (该中心本报记者 X 通讯员 Y)', () => {
    const line = '据了解，该中心本报记者 周思雨 通讯员 韩立';
    const found = trailing(line);
    expect(found && line.slice(found.start)).toBe('本报记者 周思雨 通讯员 韩立');
    expect(found?.findings.flatMap((finding) => finding.names.map((name) => name.name))).toEqual(['周思雨', '韩立']);
    // A page's words glued before a bare label after a space are no description of the editor.
    const glued = '工程已经完工手机扫码 阅读全文责任编辑：周思雨';
    const edited = trailing(glued);
    expect(edited && glued.slice(edited.start)).toBe('责任编辑：周思雨');
    // One character glued before the label is the end of the text, no outlet or description of the reporter.
    const cut = '工程已经完工 委本报记者 周思雨';
    const tail = trailing(cut);
    expect(tail && cut.slice(tail.start)).toBe('本报记者 周思雨');
  });

  it('leaves brackets that are part of the text', () => {
    expect(trailing('游客在湖边合影(左一)')).toBeNull();
    expect(trailing('市场监管局(以下简称市监局)')).toBeNull();
  });

  it('reads the dateline byline that opens a story and leaves the text alone', () => {
    const line = '本报讯(记者 王明 通讯员 李华)5月8日,某县召开春耕工作会议。';
    const found = findDatelineCredit(line, analysisView(line));
    expect(found?.findings.flatMap((finding) => finding.names.map((name) => `${finding.role}:${name.name}`))).toEqual(['reporter:王明', 'reporter:李华']);
  });

  it('reads a byline in brackets that opens a paragraph (〔記者X／台中報導〕…), and no bracket that is text', () => {
    const line = '〔記者鍾雅婷／台中報導〕台中市政府昨天宣布，將擴大補助長者搭乘公車。';
    const found = findDatelineCredit(line, analysisView(line));
    expect(found?.findings.flatMap((finding) => finding.names.map((name) => `${finding.role}:${name.name}`))).toEqual(['reporter:鍾雅婷']);
    expect(found && line.slice(found.start, found.end)).toBe('〔記者鍾雅婷／台中報導〕');
    const text = '（图为市长王小明在现场）市政府昨天宣布，将扩大补助。';
    expect(findDatelineCredit(text, analysisView(text))).toBeNull();
  });
});

describe('line shapes', () => {
  it('knows separators, end marks, image file names and publication headers', () => {
    for (const line of ['|', '\\', '&&', '******', '? ? ? ?', '-END-', '(完)']) expect(isSeparatorLine(line), line).toBe(true);
    expect(isSeparatorLine('第1版')).toBe(false);
    expect(isImageFileName('IMG_20240508_101530.jpg')).toBe(true);
    expect(isImageFileName('2024050810153012345_0ABC1234_800x600')).toBe(true);
    expect(isImageFileName('会议现场')).toBe(false);
    for (const line of ['发布日期:2024-05-08 09:30 浏览次数:', '2024-05-08 10:15 来源:县融媒体中心 字号: 阅读: 次', '2024年5月8日(星期三)', analysisView('發表於 2024-05-08 16:30 修改於 2024-05-08 16:31')]) {
      expect(isPublicationHeader(line), line).toBe(true);
    }
    expect(isPublicationHeader('2024年5月8日,某县召开春耕工作会议。')).toBe(false);
    expect(isPublicationHeader('8:30-9:00 开幕式')).toBe(false);
  });
});

const page = [
  '首页 > 新闻中心 > 要闻',
  '青海举办高原生态论坛 多国专家共话保护',
  '发布时间:2024-05-08 10:30 来源:青海新闻网 浏览次数:',
  '青海举办高原生态论坛 多国专家共话保护',
  '5月8日,高原生态保护论坛在西宁开幕。来自12个国家的专家参加论坛,围绕高原生态保护与修复展开讨论。',
  '青海举办高原生态论坛 多国专家共话保护',
  '5月8日,论坛现场。(新华社记者 李晨 王悦 摄)',
  '专家们表示,高原生态系统脆弱,保护工作需要各方长期投入。论坛还发布了合作倡议。',
  '(通讯员刘思齐 编辑孙晓)',
  '分享到: 微信 微博 QQ空间',
  '上一篇:西宁地铁2号线开工',
  '下一篇:青海湖迎来候鸟季',
  '相关新闻',
  '|',
  '版权所有 © 青海新闻网 青ICP备12345678号',
  '12',
  '我要评论',
].join('\n');

describe('stripBoilerplate', () => {
  const result = stripBoilerplate(page);

  it('keeps the title once, the body and the caption without its credit', () => {
    expect(result.text.split('\n')).toEqual([
      '青海举办高原生态论坛 多国专家共话保护',
      '5月8日,高原生态保护论坛在西宁开幕。来自12个国家的专家参加论坛,围绕高原生态保护与修复展开讨论。',
      '5月8日,论坛现场。',
      '专家们表示,高原生态系统脆弱,保护工作需要各方长期投入。论坛还发布了合作倡议。',
    ]);
  });

  it('reports every dropped line with its reason and the rule or model that dropped it', () => {
    const reasons = Object.fromEntries(result.removed.map((line) => [line.text, `${line.reason} ${line.via}`]));
    expect(reasons).toMatchObject({
      '首页 > 新闻中心 > 要闻': 'navigation line-model',
      '发布时间:2024-05-08 10:30 来源:青海新闻网 浏览次数:': 'byline header',
      '青海举办高原生态论坛 多国专家共话保护': 'repeated-title title',
      '(新华社记者 李晨 王悦 摄)': 'credit credits',
      '(通讯员刘思齐 编辑孙晓)': 'credit credits',
      '分享到: 微信 微博 QQ空间': 'share pattern',
      '上一篇:西宁地铁2号线开工': 'navigation pattern',
      相关新闻: 'related pattern',
      '|': 'separator shape',
      '版权所有 © 青海新闻网 青ICP备12345678号': 'copyright pattern',
      '12': 'counter pattern',
      我要评论: 'widget pattern',
    });
    expect(result.removed.filter((line) => line.reason === 'repeated-title')).toHaveLength(2);
  });

  it('turns credits into metadata', () => {
    expect(result.credits).toEqual({ reporters: ['刘思齐'], photographers: ['李晨', '王悦'], editors: ['孙晓'], reviewers: [], authors: [] });
  });

  it('reads the same page in Traditional script the same way, with every string as written', () => {
    const traditional = toTraditional(page);
    const again = stripBoilerplate(traditional);
    expect(again.text).toBe(toTraditional(result.text));
    expect(again.removed.map((line) => [line.text, line.reason, line.via])).toEqual(result.removed.map((line) => [toTraditional(line.text), line.reason, line.via]));
    expect(again.credits.photographers).toEqual(['李晨', '王悅']);
    for (const line of again.removed) expect(traditional).toContain(line.text.split(' ')[0]);
  });
});

describe('classifyLines', () => {
  it('takes the headline given by the markup, drops its copies and the menu above it', () => {
    const classified = classifyLines(['导航 首页', '某地举行运动会', '运动会于昨日开幕。', '某地举行运动会'], { title: '某地举行运动会' });
    expect(classified.kept.map((line) => line.kind)).toEqual(['title', 'body']);
    expect(classified.removed).toEqual([
      { text: '导航 首页', reason: 'navigation', via: 'line-model' },
      { text: '某地举行运动会', reason: 'repeated-title', via: 'title' },
    ]);
  });

  it('finds the headline of page text above the first paragraph, past the menu and the header', () => {
    const classified = classifyLines(['首页 | 新闻 | 政务 | 服务', '当前位置:首页 > 要闻', '某县召开春耕生产工作会议', '2024-03-16 09:00 来源:某县融媒体中心', '3月15日,某县召开春耕生产工作会议,部署全县春耕生产工作。']);
    expect(classified.title).toBe('某县召开春耕生产工作会议');
    expect(classified.bylineDate).toBe('2024-03-16 09:00');
    expect(classified.source).toBe('某县融媒体中心');
  });

  it('keeps a short line among paragraphs and drops a short line among furniture', () => {
    const classified = classifyLines([
      '某市启动老旧小区改造',
      '今年,某市计划改造老旧小区120个,惠及居民3万余户。改造内容包括水电管网、外墙保温和加装电梯。',
      '群众满意是标准',
      '市住建局负责人表示,改造前将逐户征求意见,改造后组织居民参与验收,确保群众满意。',
      '扫码在手机上阅读本文',
      '关闭窗口',
      '网站地图',
    ]);
    expect(classified.kept.map((line) => line.text)).toContain('群众满意是标准');
    expect(classified.removed.map((line) => line.text)).toEqual(expect.arrayContaining(['扫码在手机上阅读本文', '关闭窗口', '网站地图']));
  });

  it('keeps a page without a headline or a paragraph as it is', () => {
    expect(classifyLines(['今天天气晴朗,气温回升。']).kept).toEqual([{ kind: 'body', text: '今天天气晴朗,气温回升。', view: '今天天气晴朗,气温回升。', photographers: [] }]);
    expect(classifyLines(['北京市', '天津市']).kept.map((line) => line.text)).toEqual(['北京市', '天津市']);
  });
});

describe('bylines and interviews', () => {
  it('takes a dateline with its source out of the body and keeps its date', () => {
    const classified = classifyLines(['某县举办农民丰收节', '2023-09-23 10:30 来源:县融媒体中心 作者:李想', '丰收节当天,游客络绎不绝。']);
    expect(classified.bylineDate).toBe('2023-09-23 10:30');
    expect(classified.source).toBe('县融媒体中心');
    expect(classified.credits.authors).toEqual(['李想']);
    expect(classified.removed).toEqual([{ text: '2023-09-23 10:30 来源:县融媒体中心 作者:李想', reason: 'byline', via: 'header' }]);
  });

  it('keeps an interviewer question, which starts like a credit, in the body', () => {
    const classified = classifyLines(['专访某市市长', '记者:今年的重点工作是什么?', '市长:稳增长、惠民生。']);
    expect(classified.kept.map((line) => line.text)).toContain('记者:今年的重点工作是什么?');
    expect(classified.removed).toEqual([]);
  });

  it('reads the in-text byline of a story into the credits and keeps the sentence', () => {
    const classified = classifyLines(['某县召开春耕工作会议', '本报讯(记者 王明 通讯员 李华)5月8日,某县召开春耕工作会议,部署全县春耕生产。']);
    expect(classified.credits.reporters).toEqual(['王明', '李华']);
    expect(classified.kept).toHaveLength(2);
  });
});

describe('captions and image labels', () => {
  it('keeps captions as captions and reports image sources, labels and file names', () => {
    const classified = classifyLines([
      '某县召开春耕工作会议',
      '3月14日,某县召开春耕工作会议,部署全县春耕生产。',
      '图为会议现场。',
      '3月14日,农民在田间劳作。(图片来源:某某社)',
      '图片来源:某某图片网',
      '[图]',
      'IMG_20240314_101530.jpg',
      '会议要求各乡镇做好农资供应。',
    ]);
    expect(classified.kept.map((line) => [line.kind, line.text])).toEqual([
      ['title', '某县召开春耕工作会议'],
      ['body', '3月14日,某县召开春耕工作会议,部署全县春耕生产。'],
      ['caption', '图为会议现场。'],
      ['caption', '3月14日,农民在田间劳作。'],
      ['caption', '图片来源:某某图片网'],
      ['body', '会议要求各乡镇做好农资供应。'],
    ]);
    expect(classified.removed).toEqual([
      { text: '(图片来源:某某社)', reason: 'image-label', via: 'shape' },
      { text: '[图]', reason: 'image-label', via: 'pattern' },
      { text: 'IMG_20240314_101530.jpg', reason: 'image-label', via: 'shape' },
    ]);
  });
});

describe('multi-post pages', () => {
  const post = (title: string, time: string, text: string, author: string) =>
    `<div class="post"><h3>${title}</h3><p class="meta">${author} 发表于 ${time}</p><div class="text"><p>${text}</p><p>${text}</p></div></div>`;
  const page = (posts: string) => `<html><head><title>春天的故事</title></head><body><div class="topic">${posts}</div></body></html>`;

  it('keeps the first post of a thread and reports the replies as posts', async () => {
    const { parseArticle } = await import('../src/index.js');
    const html = page(
      post('春天的故事', '2024-03-01 10:00', '春天来了,小城的街道两旁开满了花,孩子们在公园里放风筝,老人们在树下聊天。', '张三') +
        post('回复:春天的故事', '2024-03-01 11:20', '写得真好,我也想起了小时候在田野里奔跑的日子,那时候的天空特别蓝。', '李四') +
        post('回复:春天的故事', '2024-03-02 09:05', '谢谢分享,期待下一篇,我们这里的春天来得晚一些,花还没有开。', '王五'),
    );
    const article = parseArticle(html);
    expect(article.text).toContain('孩子们在公园里放风筝');
    expect(article.text).not.toContain('田野里奔跑');
    expect(article.text).not.toContain('我们这里的春天来得晚');
    expect(article.removed.filter((line) => line.reason === 'post' && line.via === 'posts').length).toBeGreaterThanOrEqual(4);
  });

  it('leaves an article of many paragraphs whole', async () => {
    const { parseArticle } = await import('../src/index.js');
    const paragraphs = ['第一段讲了会议的背景,参加会议的有各部门负责人。', '第二段讲了会议的内容,部署了今年的重点工作。', '第三段讲了会议的要求,各部门要抓好落实。'];
    const article = parseArticle(`<html><body><h1>某县召开工作会议</h1><div class="content">${paragraphs.map((text) => `<p>${text}</p>`).join('')}</div></body></html>`);
    for (const text of paragraphs) expect(article.text).toContain(text);
  });
});

describe('the headline of page text', () => {
  it('is never a line that introduces what follows with a colon (以下是…全文：)', () => {
    const page = classifyLines(['行政長官出席典禮', '以下是行政長官今日在典禮上的致辭全文：', '各位嘉賓：大家好！今日很高興出席典禮，與各位見面。', '完', '2024年12月2日（星期一）']);
    expect(page.title).toBe('行政長官出席典禮');
  });
});

describe('copies of a line', () => {
  it('go together: a copy of a line the model removes is removed too, so the text read again keeps the same body', () => {
    const english = 'The county museum reopened its main hall to visitors this week.';
    const page = ['某县博物馆主展厅重新开放', english, english, '县博物馆主展厅经过半年修缮后重新开放，首日接待游客两千余人次。'];
    const first = stripBoilerplate(page.join('\n'));
    const copiesKept = first.text.split('\n').filter((line) => line === english).length;
    expect([0, 2]).toContain(copiesKept);
    expect(stripBoilerplate(first.text).text).toBe(first.text);
  });
});

describe('a byline opening the story', () => {
  it('reads an outlet, a role and a name before the colon, and keeps the sentence', () => {
    const classified = classifyLines(['某县召开春耕工作会议', '某某电视台记者张明报道:5月8日,某县召开春耕工作会议,部署全县春耕生产。']);
    expect(classified.credits.reporters).toEqual(['张明']);
    expect(classified.kept[1].text.startsWith('某某电视台记者张明报道')).toBe(true);
  });
});

describe('the wire dateline that opens a story', () => {
  const opening = (line: string) => {
    const found = findDatelineCredit(line, analysisView(line));
    if (!found) return null;
    return {
      span: line.slice(found.start, found.end),
      read: found.findings.map((finding) => (finding.role === 'source' ? `source=${finding.source}` : `${finding.role}:${finding.names.map((name) => name.name).join(',')}`)),
    };
  };

  it('splits the place from the reporter it is written against (中央社記者X台北3日電), and the outlet is the source', () => {
    expect(opening('（中央社記者鄭立文紐約2日專電）美國股市今天收高。')).toEqual({ span: '（中央社記者鄭立文紐約2日專電）', read: ['reporter:鄭立文', 'source=中央社'] });
    // A two-character name before a place the gazetteer knows; names written together before it.
    expect(opening('（中央社記者韓清台中4日電）台中市政府今天宣布。')?.read).toEqual(['reporter:韓清', 'source=中央社']);
    expect(opening('中央社記者韓秀清吳建國高雄5日電 高雄市今天舉行活動。')?.read).toEqual(['reporter:韓秀清,吳建國', 'source=中央社']);
    expect(opening('（中央社記者韓秀清、吳建國台北4日電）中央氣象署今天發布警報。')?.read).toEqual(['reporter:韓秀清,吳建國', 'source=中央社']);
  });

  it('reads the outlet of a dateline with no reporter, and of one whose reporters follow in brackets', () => {
    expect(opening('新华社巴黎3月9日电 法国9日再次爆发罢工。')).toEqual({ span: '新华社巴黎3月9日电', read: ['source=新华社'] });
    expect(opening('据新华社巴黎3月9日电 法国9日再次爆发罢工。')?.read).toEqual(['source=新华社']);
    expect(opening('中国新闻网北京3月9日电(记者 郑立文)国务院新闻办公室9日举行发布会。')?.read).toEqual(['reporter:郑立文', 'source=中国新闻网']);
    // 本报 is the paper itself: no outlet is named.
    expect(opening('本报北京3月9日电(记者 郑立文)国务院新闻办公室9日举行发布会。')?.read).toEqual(['reporter:郑立文']);
    expect(opening('3月9日电视台播出了专题节目。')).toBeNull();
    expect(opening('某某网记者郑立文3日电话采访了当事人。')?.read ?? []).not.toContain('source=某某网');
  });

  it('reads the outlet of an outlet\'s own news mark (新京报讯, 【明報專訊】), and none of 本报讯', () => {
    expect(opening('某某晚报讯（记者 郑立文）市政府今天宣布新措施。')?.read).toEqual(['reporter:郑立文', 'source=某某晚报']);
    expect(opening('【某某日報專訊】市政府今天宣布新措施。')?.read).toEqual(['source=某某日報']);
    expect(opening('某某网消息（新闻联播）：市政府今天宣布新措施。')?.read).toEqual(['source=某某网']);
    expect(opening('本报讯（记者 郑立文）市政府今天宣布新措施。')?.read).toEqual(['reporter:郑立文']);
    expect(opening('某某网12月29日讯(记者 郑立文)昨日上午，会议开幕。')?.read).toEqual(['reporter:郑立文', 'source=某某网']);
  });

  it('gives the page its source only where no credit line names one', () => {
    const wire = classifyLines(['法国再次爆发罢工', '新华社巴黎3月9日电 法国9日再次爆发全国大罢工，交通几乎瘫痪。', '罢工持续了一整天，多个城市受到影响。']);
    expect(wire.source).toBe('新华社');
    expect(wire.kept[1].text.startsWith('新华社巴黎3月9日电')).toBe(true);
    const credited = classifyLines(['法国再次爆发罢工', '新华社巴黎3月9日电 法国9日再次爆发全国大罢工，交通几乎瘫痪。', '罢工持续了一整天，多个城市受到影响。', '来源：某某日报']);
    expect(credited.source).toBe('某某日报');
  });
});

describe('the furniture patterns of dict/boilerplate.txt', () => {
  const patterns = readDictRows('boilerplate.txt').map(([reason, source]) => ({ reason, pattern: new RegExp(source, 'u') }));
  const oneByOne = (line: string) => patterns.find(({ pattern }) => pattern.test(line))?.reason ?? null;

  it('give the reason of the first pattern that matches, whether or not a line holds the words some patterns look for anywhere', () => {
    const lines = [
      '版权所有 某某县融媒体中心 地址:县府路1号',
      '本站文章转载请注明出处,违者必究',
      '备案号:某ICP备12345678号-1',
      '本文链接:http://example.com/a/1.html',
      '免责声明:本站部分内容来自网络',
      '分享到:微信 微博',
      '上一篇:县里召开春耕会议',
      '123',
      '县委书记到村里调研春耕生产,要求抓好粮食生产各项工作。',
      '点【在看】支持一下',
      '原题为《春耕时节走田间》',
    ];
    for (const line of lines) expect(furnitureReason(line), line).toBe(oneByOne(line));
    expect(furnitureReason(lines[0])).toBe('copyright');
    expect(furnitureReason(lines[8])).toBeNull();
  });
});
