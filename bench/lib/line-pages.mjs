// The page texts the boilerplate benches and checks read: the 60 texts of news-gold, and the visible text (one
// line per block) of the HTML pages of gne-testpages-zh and cwced-zh. Shared by bench/lines.bench.mjs and
// tools/compare-outputs.mjs (`--only boilerplate`), so the speed figure and the same-output proof read the same pages.
import fs from 'node:fs';
import path from 'node:path';
import { Parser } from 'htmlparser2';
import { sharedDir } from './report.mjs';

export const newsGoldCases = path.join(sharedDir, 'bench-data', 'news-gold', 'cases.jsonl');
export const extractionSets = path.join(sharedDir, 'bench-data', 'news-extraction');

const BLOCK = /^(address|article|aside|blockquote|body|br|caption|center|dd|div|dl|dt|figcaption|figure|footer|form|h[1-6]|header|hr|li|main|nav|ol|p|pre|section|table|td|th|tr|ul)$/;
const SKIP = new Set(['script', 'style', 'noscript', 'template', 'svg', 'iframe', 'textarea', 'title', 'select', 'option']);

/** The visible text of an HTML page, one line per block. */
function pageText(html) {
  const lines = [];
  let current = '';
  let skipping = 0;
  const flush = () => {
    const line = current.replace(/\s+/g, ' ').trim();
    if (line) lines.push(line);
    current = '';
  };
  const parser = new Parser(
    {
      onopentag(name) {
        if (SKIP.has(name)) skipping++;
        if (BLOCK.test(name)) flush();
      },
      onclosetag(name) {
        if (SKIP.has(name)) skipping = Math.max(0, skipping - 1);
        if (BLOCK.test(name)) flush();
      },
      ontext(text) {
        if (skipping === 0) current += text;
      },
    },
    { decodeEntities: true, lowerCaseTags: true },
  );
  parser.write(html);
  parser.end();
  flush();
  return lines.join('\n');
}

function decode(buffer) {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(buffer);
  } catch {
    return new TextDecoder('gb18030').decode(buffer);
  }
}

/** The page texts, news-gold first; [] when the shared data is missing. */
export function linePages() {
  if (!fs.existsSync(newsGoldCases) || !fs.existsSync(extractionSets)) return [];
  const pages = fs.readFileSync(newsGoldCases, 'utf8').split('\n').filter(Boolean).map((line) => JSON.parse(line).text);
  for (const set of ['gne-testpages-zh', 'cwced-zh']) {
    for (const line of fs.readFileSync(path.join(extractionSets, set, 'gold.jsonl'), 'utf8').split('\n').filter(Boolean)) {
      const { html } = JSON.parse(line);
      pages.push(pageText(decode(fs.readFileSync(path.join(extractionSets, set, html)))));
    }
  }
  return pages;
}
