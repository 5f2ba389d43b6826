// The line classifier on page text written for these tests in the shape of scraped Chinese news pages.
import { describe, expect, it } from 'vitest';
import { classifyLines, findTrailingPhotoCredit, parseCreditLine, stripBoilerplate } from '../src/boilerplate/index.js';

const page = [
  '青海举办高原生态论坛 多国专家共话保护',
  '',
  '青海举办高原生态论坛 多国专家共话保护',
  '5月8日,高原生态保护论坛在西宁开幕。来自12个国家的专家参加。',
  '青海举办高原生态论坛 多国专家共话保护',
  '5月8日,论坛现场。(新华社记者 李晨 王悦 摄)',
  '分享到: 微信 微博 QQ空间',
  '上一篇:西宁地铁2号线开工',
  '下一篇:青海湖迎来候鸟季',
  '相关新闻',
  '责任编辑:孙晓',
  '【纠错】',
  '版权所有 © 青海新闻网 青ICP备12345678号',
  '12',
  '我要评论',
].join('\n');

describe('stripBoilerplate', () => {
  const result = stripBoilerplate(page);

  it('keeps the title once, the body and the caption without its credit', () => {
    expect(result.text.split('\n')).toEqual([
      '青海举办高原生态论坛 多国专家共话保护',
      '5月8日,高原生态保护论坛在西宁开幕。来自12个国家的专家参加。',
      '5月8日,论坛现场。',
      '【纠错】',
    ]);
  });

  it('reports every dropped line with its reason', () => {
    const reasons = Object.fromEntries(result.removed.map((line) => [line.text, line.reason]));
    expect(reasons).toMatchObject({
      '青海举办高原生态论坛 多国专家共话保护': 'repeated-title',
      '分享到: 微信 微博 QQ空间': 'share',
      '上一篇:西宁地铁2号线开工': 'navigation',
      '下一篇:青海湖迎来候鸟季': 'navigation',
      相关新闻: 'related',
      '责任编辑:孙晓': 'credit',
      '版权所有 © 青海新闻网 青ICP备12345678号': 'copyright',
      '12': 'counter',
      我要评论: 'widget',
      '(新华社记者 李晨 王悦 摄)': 'credit',
    });
    expect(result.removed.filter((line) => line.reason === 'repeated-title')).toHaveLength(2);
  });

  it('turns credits into metadata', () => {
    expect(result.credits).toEqual({ reporters: [], photographers: ['李晨', '王悦'], editors: ['孙晓'], reviewers: [], authors: [] });
  });
});

describe('credits', () => {
  it('reads several labels on one line and the outlet with its channel', () => {
    expect(parseCreditLine('编辑:周思雨 校审:韩立 杜晓东')).toEqual([
      { role: 'editor', names: ['周思雨'] },
      { role: 'reviewer', names: ['韩立', '杜晓东'] },
    ]);
    expect(parseCreditLine('来源:《宁夏日报》客户端')).toEqual([{ role: 'source', names: [], source: '宁夏日报', channel: '客户端' }]);
    expect(parseCreditLine('来源:人民网')).toEqual([{ role: 'source', names: [], source: '人民网' }]);
    expect(parseCreditLine('编辑部的故事在这里开始')).toBeNull();
  });

  it('finds a photo credit only where it stands apart from the sentence', () => {
    expect(findTrailingPhotoCredit('游客在湖边拍照。记者 赵文静 摄')).toEqual({ start: 8, photographers: ['赵文静'] });
    expect(findTrailingPhotoCredit('游客在湖边拍照。 张三/摄')).toMatchObject({ photographers: ['张三'] });
    expect(findTrailingPhotoCredit('他在湖边专心拍摄')).toBeNull();
  });

  it('stays fast on a long line without punctuation', () => {
    const line = '摄'.repeat(200_000) + '记者 王 摄';
    const started = performance.now();
    findTrailingPhotoCredit(line);
    classifyLines([line]);
    expect(performance.now() - started).toBeLessThan(2000);
  });
});

describe('classifyLines', () => {
  it('takes the headline given by the markup and drops its copies', () => {
    const classified = classifyLines(['导航 首页', '某地举行运动会', '运动会于昨日开幕。', '某地举行运动会'], { title: '某地举行运动会' });
    expect(classified.kept.map((line) => line.kind)).toEqual(['title', 'body', 'body']);
    expect(classified.removed).toEqual([{ text: '某地举行运动会', reason: 'repeated-title' }]);
  });

  it('keeps a page without a headline as body only', () => {
    const classified = classifyLines(['今天天气晴朗,气温回升。']);
    expect(classified.title).toBeNull();
    expect(classified.kept).toEqual([{ kind: 'body', text: '今天天气晴朗,气温回升。', photographers: [] }]);
  });
});

describe('bylines and interviews', () => {
  it('takes a dateline with its source out of the body and keeps its date', () => {
    const classified = classifyLines(['某县举办农民丰收节', '2023-09-23 10:30 来源:县融媒体中心 作者:李想', '丰收节当天,游客络绎不绝。']);
    expect(classified.bylineDate).toBe('2023-09-23 10:30');
    expect(classified.source).toBe('县融媒体中心');
    expect(classified.credits.authors).toEqual(['李想']);
    expect(classified.removed).toEqual([{ text: '2023-09-23 10:30 来源:县融媒体中心 作者:李想', reason: 'byline' }]);
  });

  it('keeps an interviewer question, which starts like a credit, in the body', () => {
    const classified = classifyLines(['专访某市市长', '记者:今年的重点工作是什么?', '市长:稳增长、惠民生。']);
    expect(classified.kept.map((line) => line.text)).toContain('记者:今年的重点工作是什么?');
    expect(classified.removed).toEqual([]);
  });
});
