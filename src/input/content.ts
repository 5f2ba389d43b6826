/**
 * Choosing the main content of a page and accounting for everything else.
 *
 * Every element is scored from the lines below it: prose (text with sentence
 * punctuation and few links) counts for it, link text and link-only lines
 * count against it, and subtrees whose class/id/tag say "furniture" hand
 * their text to ancestors as a cost, not a gain. All passes are loops over
 * the flat element array (parents precede children), so the work is linear
 * and never recursive.
 */
import type { Removed, RemovedReason } from '../types.js';
import { charClass, COMMAS, fullWidthOnly, halfWidthOnly, SENTENCE_END_MARKS } from '../normalize/index.js';
import type { ParsedHtml } from './html.js';

/** What {@link selectContent} decided. */
export interface ContentChoice {
  /** The page text to keep, one block per line, headline first. */
  lines: string[];
  /** Visible text that was not kept, with a reason. */
  removed: Removed[];
  /** Index (into `parsed.lines`) of the headline line, or -1. */
  headline: number;
  /** Index (into `parsed.lines`) of the first kept content line, or -1. */
  firstContent: number;
  warnings: string[];
}

const COPYRIGHT = /©|Copyright|版权所有|ICP备|ICP证|网安备|违法和不良信息举报|不良信息举报|互联网新闻信息服务许可/i;
const BYLINE = /来源|作者|记者|编辑|发布|时间|日期|(?:19|20)\d\d[-年/.]\d{1,2}/;
const PROSE = new RegExp(`${charClass(fullWidthOnly(COMMAS + SENTENCE_END_MARKS))}|${charClass('.', halfWidthOnly(SENTENCE_END_MARKS))}(?:\\s|$)`);
const CAPTION_CLASS = /pic|img|image|photo|caption|figure|tupian|tu/;

/** Strips everything but letters/digits/CJK so headline lines compare equal despite spacing and quotes. */
export function normText(s: string): string {
  return s.normalize('NFKC').replace(/[\s"'“”‘’「」『』《》〈〉]+/g, '').toLowerCase();
}

/**
 * Picks the main-content container of a parsed page and returns its lines in
 * reading order (headline first), plus every other visible line in `removed`.
 *
 * @param title the page title chosen by the metadata stage, used to find the headline line.
 */
export function selectContent(parsed: ParsedHtml, title: string | null): ContentChoice {
  const { els, lines } = parsed;
  const n = els.length;
  const warnings: string[] = [];
  const good = new Float64Array(n);
  const bad = new Float64Array(n);
  const prose = new Float64Array(n);
  const text = new Float64Array(n);
  const link = new Float64Array(n);
  const imgs = new Float64Array(n);
  const nLines = new Int32Array(n);

  for (const ln of lines) {
    const e = ln.el;
    const ld = ln.len > 0 ? ln.linkLen / ln.len : 0;
    const own = ln.len - ln.linkLen;
    if (ld > 0.5) {
      bad[e] += ln.len;
    } else {
      good[e] += ln.punct > 0 ? own : own * 0.3;
      bad[e] += ln.linkLen;
      if (ld < 0.3 && PROSE.test(ln.text)) prose[e] += own;
    }
    text[e] += ln.len;
    link[e] += ln.linkLen;
    nLines[e]++;
  }
  for (let e = 0; e < n; e++) imgs[e] = els[e].imgs;

  // Bottom-up sums: children always have larger indices than their parents.
  for (let e = n - 1; e > 0; e--) {
    const p = els[e].parent;
    if (els[e].hint.kind === 'furniture') {
      bad[p] += bad[e] + good[e] * 0.5;
    } else {
      good[p] += good[e];
      bad[p] += bad[e];
      prose[p] += prose[e];
    }
    text[p] += text[e];
    link[p] += link[e];
    imgs[p] += imgs[e];
    nLines[p] += nLines[e];
  }

  const score = (e: number): number => {
    // Squared purity: link lists and furniture inside a container cost it more the larger their share.
    const purity = good[e] / (good[e] + bad[e] || 1);
    const base = good[e] * purity * purity;
    const k = els[e].hint.kind;
    const mult = k === 'content' ? 1.1 : k === 'furniture' ? 0.2 : k === 'weak-furniture' ? 0.85 : 1;
    return base * mult;
  };

  let best = 0;
  let bestScore = -Infinity;
  for (let e = 0; e < n; e++) {
    if (nLines[e] === 0) continue;
    const s = score(e);
    // >= prefers the deepest of equally good wrappers
    if (s >= bestScore) {
      bestScore = s;
      best = e;
    }
  }
  if (!(bestScore > 0)) {
    best = 0;
    if (lines.length) warnings.push('no main content found; all visible text was kept');
  }

  const children: number[][] = new Array(n);
  for (let e = 1; e < n; e++) {
    const p = els[e].parent;
    (children[p] ??= []).push(e);
  }

  // Narrow to a child that holds nearly all the prose: wrappers also hold headline, dateline and widgets we do not want as body.
  if (bestScore > 0) {
    for (;;) {
      const kids = children[best];
      if (!kids || prose[best] <= 0) break;
      let top = -1;
      for (const c of kids) if (top < 0 || prose[c] > prose[top]) top = c;
      if (top >= 0 && prose[top] >= 0.97 * prose[best] && els[top].hint.kind !== 'furniture') best = top;
      else break;
    }
  }

  // Siblings that continue the article (loose paragraphs, figures with captions) join the container.
  const included = new Uint8Array(n);
  included[best] = 1;
  const parent = els[best].parent;
  if (best !== 0 && parent >= 0 && bestScore > 0) {
    const sibs = children[parent];
    const at = sibs.indexOf(best);
    const fits = (s: number): boolean | null => {
      if (nLines[s] === 0) return null; // empty: neither joins nor stops
      const el = els[s];
      if (el.hint.kind === 'furniture') return false;
      const ld = text[s] > 0 ? link[s] / text[s] : 0;
      if (imgs[s] > 0 && text[s] <= 200 && ld < 0.2) return true;
      if (CAPTION_CLASS.test(el.cls) && text[s] <= 200 && ld < 0.2) return true;
      if (/^(p|blockquote|h[2-6]|figure|figcaption|pre|center)$/.test(el.tag) && prose[s] > 0 && ld < 0.3) return true;
      if (el.tag === els[best].tag && el.cls !== '' && el.cls === els[best].cls && prose[s] > 0 && ld < 0.3) return true;
      return false;
    };
    for (let i = at - 1; i >= 0; i--) {
      const f = fits(sibs[i]);
      if (f === false) break;
      if (f) included[sibs[i]] = 1;
    }
    for (let i = at + 1; i < sibs.length; i++) {
      const f = fits(sibs[i]);
      if (f === false) break;
      if (f) included[sibs[i]] = 1;
    }
  }

  // Forward passes: membership of the content, the nearest furniture inside it, and the nearest reason anywhere.
  const inside = new Uint8Array(n);
  const dropBy = new Int32Array(n).fill(-1);
  const reasonOf: Array<RemovedReason | null> = new Array(n).fill(null);
  const contentProse = prose[best];
  for (let e = 0; e < n; e++) {
    const p = els[e].parent;
    const h = els[e].hint;
    inside[e] = included[e] || (p >= 0 && inside[p]) ? 1 : 0;
    dropBy[e] = p >= 0 ? dropBy[p] : -1;
    if (inside[e] && !included[e] && h.kind === 'furniture' && dropBy[e] < 0) {
      // A furniture class on a block holding most of the article is a misnomer, not furniture.
      if (prose[e] < 0.5 * contentProse) dropBy[e] = e;
    }
    reasonOf[e] = h.reason ?? (p >= 0 ? reasonOf[p] : null);
  }

  // Headline: the heading line that matches the title, else any early line that does.
  let headline = -1;
  const nt = title ? normText(title) : '';
  if (nt) {
    for (let i = 0; i < lines.length && headline < 0; i++) if (lines[i].heading > 0 && normText(lines[i].text) === nt) headline = i;
    for (let i = 0; i < lines.length && headline < 0; i++) if (normText(lines[i].text) === nt) headline = i;
  }

  // Pass 1: which lines are kept; pass 2 (needs the first kept line) reports the rest in page order.
  const kept: number[] = [];
  const linkList = new Uint8Array(lines.length);
  for (let i = 0; i < lines.length; i++) {
    const e = lines[i].el;
    if (!inside[e] || dropBy[e] >= 0) continue;
    if (isLinkList(lines, i, inside, dropBy)) linkList[i] = 1;
    else kept.push(i);
  }
  const keptSet = new Set(kept);
  const firstContent = kept.length ? kept[0] : -1;
  const removed: Removed[] = [];
  for (let i = 0; i < lines.length; i++) {
    if (keptSet.has(i) || i === headline) continue;
    const ln = lines[i];
    const e = ln.el;
    let reason: RemovedReason | null;
    if (linkList[i]) reason = reasonOf[e] ?? 'link-list';
    else if (inside[e]) reason = els[dropBy[e]].hint.reason;
    else reason = reasonOf[e];
    if (COPYRIGHT.test(ln.text)) reason = 'copyright';
    else if (!reason) {
      const nearTop = firstContent >= 0 && i < firstContent && i > headline && i >= firstContent - 8;
      reason = nearTop && ln.len < 100 && BYLINE.test(ln.text) ? 'byline' : 'outside-content';
    }
    removed.push({ text: ln.text, reason });
  }

  const out = kept.map((i) => lines[i].text);
  if (headline >= 0 && !keptSet.has(headline)) out.unshift(lines[headline].text);
  else if (headline < 0 && title && !out.slice(0, 5).some((t) => normText(t) === nt)) out.unshift(title);
  return { lines: out, removed, headline, firstContent, warnings };
}

/**
 * A line that is (almost) all link text and sits next to another such line is
 * a list of links (related articles, tags, pager) even inside the article.
 */
function isLinkList(lines: ParsedHtml['lines'], i: number, inside: Uint8Array, dropBy: Int32Array): boolean {
  const dense = (j: number): boolean => {
    const l = lines[j];
    return !!l && inside[l.el] === 1 && dropBy[l.el] < 0 && l.len > 0 && l.linkLen / l.len >= 0.8;
  };
  if (!dense(i)) return false;
  return dense(i - 1) || dense(i + 1);
}
