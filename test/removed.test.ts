// `removed` keeps its promise: every line of the input is in the article's text or in `removed` with a reason
// and the rule or model that removed it, on our own pages and (where ../shared is present) on every page of
// the benchmark sets. Only the stages that decide what is kept run here (input and boilerplate), so the
// check is quick; parseArticle reports exactly their `removed`.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { classifyLines } from '../src/boilerplate/index.js';
import { readPage } from '../src/input/index.js';
import { REMOVAL_RULES, REMOVED_REASONS, type Removed } from '../src/types.js';
import { accountingFor, isTextNode, textLines, visibleText } from './helpers/accounting.js';

const root = join(import.meta.dirname, '..');
const shared = join(root, '..', 'shared', 'bench-data');
interface Outcome {
  kept: string[];
  removed: Removed[];
}

/** What the input and boilerplate stages keep and remove of a page. */
function readAndClassify(input: string | Uint8Array, format?: 'text'): Outcome {
  const page = readPage(input, { format });
  const lines = page.lines.map((text, i) => ({ text, markup: page.markup[i] ?? undefined }));
  const classified = classifyLines(lines, { title: page.meta.title, bylines: page.infoBars });
  return { kept: classified.kept.map((line) => line.text), removed: [...page.removed, ...classified.removed] };
}

function checkReasons(outcome: Outcome): void {
  for (const line of outcome.removed) {
    expect(REMOVED_REASONS as readonly string[], line.text).toContain(line.reason);
    expect(REMOVAL_RULES as readonly string[], line.text).toContain(line.via);
  }
}

/** Every non-blank line of page text is accounted for: the pieces of lines found nowhere. */
function checkText(text: string): string[] {
  const outcome = readAndClassify(text, 'text');
  checkReasons(outcome);
  const unaccounted = accountingFor({ kept: outcome.kept, removed: outcome.removed.map((line) => line.text) });
  return textLines(text).map(unaccounted).filter((left): left is string => left !== null);
}

/** Every visible text node of an HTML page is accounted for. */
function checkHtml(bytes: Uint8Array): string[] {
  const outcome = readAndClassify(bytes);
  checkReasons(outcome);
  const unaccounted = accountingFor({ kept: outcome.kept, removed: outcome.removed.map((line) => line.text) });
  const html = readPage(bytes, { format: 'text' }).lines.join('\n');
  return visibleText(html).filter(isTextNode).map(unaccounted).filter((left): left is string => left !== null);
}

describe('every line is in the text or in removed, with a reason and a rule', () => {
  it('on a page of text with furniture of every kind', () => {
    const page = [
      '首页 | 新闻 | 政务',
      '某县召开春耕生产工作会议',
      '发布时间:2024-03-16 09:00 来源:某县融媒体中心 浏览次数:',
      '? ? ? ?3月15日,某县召开春耕生产工作会议,部署全县春耕生产工作。',
      '会议要求,各乡镇要抓好农资供应和技术指导。(记者 王明 通讯员 李华)',
      '3月15日,会议现场。记者 赵文 摄',
      '编辑:周强 审核:吴丽',
      '分享到: 微信 微博',
      '|',
      '版权所有 © 某县融媒体中心',
    ].join('\n');
    expect(checkText(page)).toEqual([]);
  });

  it('on our example pages and fixtures', () => {
    for (const file of ['examples/sample-page.txt', 'examples/taiwan-business.txt']) expect(checkText(readFileSync(join(root, file), 'utf8')), file).toEqual([]);
    for (const file of ['examples/wire-story.html', 'test/fixtures/input/news-simplified.html', 'test/fixtures/input/news-traditional.html']) {
      expect(checkHtml(readFileSync(join(root, file))), file).toEqual([]);
    }
  });

  it.skipIf(!existsSync(join(shared, 'news-gold', 'cases.jsonl')))('on every case of news-gold (page text)', () => {
    const cases = readFileSync(join(shared, 'news-gold', 'cases.jsonl'), 'utf8').split('\n').filter(Boolean).map((line) => JSON.parse(line) as { id: string; text: string });
    const lost = cases.flatMap((item) => checkText(item.text).map((left) => `${item.id}: ${left.slice(0, 40)}`));
    expect(lost).toEqual([]);
  });

  it.skipIf(!existsSync(join(shared, 'news-extraction')))('on every page of the HTML extraction sets', () => {
    const lost: string[] = [];
    for (const set of ['gne-testpages-zh', 'cwced-zh', 'readability-zh', 'newspaper4k-zh', 'trafilatura-zh']) {
      const goldFile = join(shared, 'news-extraction', set, 'gold.jsonl');
      if (!existsSync(goldFile)) continue;
      for (const line of readFileSync(goldFile, 'utf8').split('\n').filter(Boolean)) {
        const { id, html } = JSON.parse(line) as { id: string; html: string };
        let bytes: Uint8Array = readFileSync(join(shared, 'news-extraction', set, html));
        if (html.endsWith('.gz')) bytes = gunzipSync(bytes);
        lost.push(...checkHtml(bytes).map((left) => `${set}/${id}: ${left.slice(0, 40)}`));
      }
    }
    expect(lost).toEqual([]);
  }, 60_000);
});
