/**
 * Choosing the main content of a parsed HTML page and accounting for everything else.
 *
 * `selectContent` runs eight named passes, each a loop over the flat element array (parents precede
 * children), so the work is linear and never recursive:
 *   0. hintNoticeBoxes  a block headed by a legal notice's title (版权声明, 免责声明) is furniture whatever its markup;
 *   1. aggregateScores  every element is scored from the lines below it: prose (text with sentence
 *                       punctuation and few links) counts for it, link text and link-only lines against
 *                       it, and subtrees whose class/id/tag say "furniture" hand their text up as a cost;
 *   2. pickContainer    the best-scoring element (the deepest of equally good wrappers);
 *   3. narrowToProse    down to a child that holds nearly all the prose;
 *   4. joinSiblings     loose paragraphs and figures next to it join it;
 *   5. markFurniture    furniture blocks inside the content are dropped, and every element learns the
 *                       removal reason its nearest hinted ancestor gives;
 *   5b. markOtherPosts  on a forum thread or blog archive (posts.ts), the posts other than the article's;
 *   6. findHeadline     the line that repeats the page title;
 *   7. reportRemovals   every visible line not kept, with its reason; short lines just above the article
 *                       that read as date/source/author bars become the page's info bars.
 * Every threshold and weight is in {@link CONTENT_THRESHOLDS}.
 *
 * The markup hints (hints.ts) are the HTML stage's own furniture system: they judge blocks by class, id
 * and tag. The line patterns of dict/boilerplate.txt (src/boilerplate/) judge the kept lines by their
 * text afterwards; the two see different evidence, so neither replaces the other.
 */
import { charClass, viewsOfLines, COMMAS, fullWidthOnly, halfWidthOnly, SENTENCE_END_MARKS } from '../normalize/index.js';
import type { RemovalRule, Removed, RemovedReason } from '../types.js';
import type { HintKind } from './hints.js';
import type { El, ParsedHtml } from './html.js';
import { findPosts } from './posts.js';

/** What {@link selectContent} decided. */
export interface ContentChoice {
  /** The page text to keep, one block per line, headline first. */
  lines: string[];
  /** Visible text that was not kept, with a reason. */
  removed: Removed[];
  /**
   * The info bars above the article (date, source, author: `2024-03-16 10:00 来源:…`), in page order.
   * They are among `removed` (reason `byline`) and are handed on so the boilerplate stage can read the
   * publish date and credits from them.
   */
  infoBars: string[];
  /** Index (into `parsed.lines`) of the headline line, or -1. */
  headline: number;
  /** Index (into `parsed.lines`) of the first kept content line, or -1. */
  firstContent: number;
  /** For each of `lines`, its index into `parsed.lines` (-1 for a title the markup held nowhere). */
  sources: number[];
  warnings: string[];
}

/** Every threshold and weight of the content choice. */
export const CONTENT_THRESHOLDS = {
  /** A line with more than this share of link text counts wholly against its element. */
  linkLineShare: 0.5,
  /** Weight of a line's own text when it has no sentence punctuation (menus, labels, dates). */
  unpunctuatedWeight: 0.3,
  /** A punctuated line counts as prose when its share of link text is below this. */
  proseLinkShare: 0.3,
  /** Share of a furniture subtree's good text that its parent counts as a cost. */
  furnitureGoodAsCost: 0.5,
  /** Score multiplier of an element by the kind of its markup hint. */
  hintWeight: { content: 1.1, furniture: 0.2, 'weak-furniture': 0.85, none: 1 } satisfies Record<HintKind, number>,
  /** Narrowing: a child holding at least this share of the container's prose becomes the container. */
  narrowProseShare: 0.97,
  /** A sibling with pictures or a caption class joins when it has at most this much text … */
  siblingFigureMaxText: 200,
  /** … and less than this share of link text. */
  siblingFigureLinkShare: 0.2,
  /** A prose sibling (a paragraph, or a block of the container's own tag and class) joins below this link share. */
  siblingProseLinkShare: 0.3,
  /** A furniture block inside the content is kept when it holds at least this share of the content's prose (a misnamed class). */
  furnitureKeptProseShare: 0.5,
  /** Info bars are looked for this many lines above the first content line at most … */
  infoBarWindow: 8,
  /** … and are shorter than this. */
  infoBarMaxLength: 100,
  /** A line with at least this share of link text, next to another such line, is a list of links. */
  linkListShare: 0.8,
  /** A block headed by a legal notice's title is a notice box when it holds at most this many lines. */
  noticeBoxMaxLines: 12,
  /** The title is put first unless one of the first this-many kept lines already is it. */
  titleLookahead: 5,
} as const;

const T = CONTENT_THRESHOLDS;

const COPYRIGHT = /©|Copyright|版权所有|ICP备|ICP证|网安备|违法和不良信息举报|不良信息举报|互联网新闻信息服务许可/i;
const INFO_BAR = /来源|作者|记者|编辑|发布|时间|日期|(?:19|20)\d\d[-年/.]\d{1,2}/;
const PROSE = new RegExp(`${charClass(fullWidthOnly(COMMAS + SENTENCE_END_MARKS))}|${charClass('.', halfWidthOnly(SENTENCE_END_MARKS))}(?:\\s|$)`);
const CAPTION_CLASS = /pic|img|image|photo|caption|figure|tupian|tu/;
const PROSE_TAG = /^(p|blockquote|h[2-6]|figure|figcaption|pre|center)$/;

/** Strips everything but letters/digits/CJK so headline lines compare equal despite spacing and quotes. */
export function normText(s: string): string {
  return s.normalize('NFKC').replace(/[\s"'“”‘’「」『』《》〈〉]+/g, '').toLowerCase();
}

/** Per-element sums over the lines of its subtree. */
interface Scores {
  /** Text that speaks for the element as content (own prose, weighted). */
  good: Float64Array;
  /** Text that speaks against it (links, link-only lines, furniture below it). */
  bad: Float64Array;
  /** Own text of prose lines (punctuated, few links). */
  prose: Float64Array;
  text: Float64Array;
  link: Float64Array;
  imgs: Float64Array;
  lineCount: Int32Array;
}

// The heading of a legal notice box (雅虎著作权声明, 免责声明, 版权声明, 隐私政策): the box is furniture whatever its markup.
const NOTICE_BOX_TAGS = new Set(['table', 'div', 'section', 'aside', 'dl', 'ul', 'ol', 'form', 'fieldset', 'footer']);
// Matched on the Simplified view of the heading line.
const NOTICE_HEADING = /^.{0,12}(?:著作权声明|版权声明|免责声明|法律声明|郑重声明|传输内容声明|隐私政策|使用条款|服务条款)[:：]?$/u;

/**
 * The Simplified views of the page's lines (copyright, notice and info-bar words are read on them), each made
 * once: the notice boxes read the short lines, the removal report the dropped ones, and most dropped lines are short.
 */
class LineViews {
  private readonly made: Array<string | undefined>;

  constructor(private readonly lines: ParsedHtml['lines']) {
    this.made = new Array(lines.length);
  }

  /** The views of the lines at `indices`, those not made yet in one conversion. */
  of(indices: readonly number[]): string[] {
    const missing = indices.filter((i) => this.made[i] === undefined);
    const views = viewsOfLines(missing.map((i) => this.lines[i].text));
    missing.forEach((i, k) => {
      this.made[i] = views[k];
    });
    return indices.map((i) => this.made[i] as string);
  }
}

/**
 * Pass 0: text that marks its block as furniture when the markup does not: a block headed by a legal
 * notice's title is a copyright box, however much prose its legal text holds.
 */
function hintNoticeBoxes({ els, lines }: ParsedHtml, views: LineViews): void {
  const short: number[] = [];
  for (let i = 0; i < lines.length; i++) if (lines[i].len <= 24) short.push(i);
  const shortViews = views.of(short);
  const headings = short.filter((_, k) => NOTICE_HEADING.test(shortViews[k])).map((i) => lines[i]);
  if (headings.length === 0) return;
  const lineCount = new Int32Array(els.length);
  for (const ln of lines) lineCount[ln.el]++;
  for (let e = els.length - 1; e > 0; e--) lineCount[els[e].parent] += lineCount[e];
  for (const ln of headings) {
    // The box is the nearest block around the heading; a box holds a few lines, not the page.
    let box = ln.el;
    while (box > 0 && !NOTICE_BOX_TAGS.has(els[box].tag)) box = els[box].parent;
    if (box > 0 && lineCount[box] <= T.noticeBoxMaxLines) els[box].hint = { kind: 'furniture', reason: 'copyright' };
  }
}

/** Pass 1: scores every element from its lines, then sums them bottom-up (children have larger indices than parents). */
function aggregateScores({ els, lines }: ParsedHtml): Scores {
  const n = els.length;
  const scores: Scores = {
    good: new Float64Array(n), bad: new Float64Array(n), prose: new Float64Array(n), text: new Float64Array(n),
    link: new Float64Array(n), imgs: new Float64Array(n), lineCount: new Int32Array(n),
  };
  const { good, bad, prose, text, link, imgs, lineCount } = scores;
  for (const ln of lines) {
    const e = ln.el;
    const linkShare = ln.len > 0 ? ln.linkLen / ln.len : 0;
    const own = ln.len - ln.linkLen;
    if (linkShare > T.linkLineShare) {
      bad[e] += ln.len;
    } else {
      good[e] += ln.punct > 0 ? own : own * T.unpunctuatedWeight;
      bad[e] += ln.linkLen;
      if (linkShare < T.proseLinkShare && PROSE.test(ln.text)) prose[e] += own;
    }
    text[e] += ln.len;
    link[e] += ln.linkLen;
    lineCount[e]++;
  }
  for (let e = 0; e < n; e++) imgs[e] = els[e].imgs;
  for (let e = n - 1; e > 0; e--) {
    const p = els[e].parent;
    if (els[e].hint.kind === 'furniture') {
      bad[p] += bad[e] + good[e] * T.furnitureGoodAsCost;
    } else {
      good[p] += good[e];
      bad[p] += bad[e];
      prose[p] += prose[e];
    }
    text[p] += text[e];
    link[p] += link[e];
    imgs[p] += imgs[e];
    lineCount[p] += lineCount[e];
  }
  return scores;
}

/** An element's score: its good text, times its squared purity (link lists and furniture inside cost more the larger their share), times its hint's weight. */
function scoreOf(e: number, els: readonly El[], { good, bad }: Scores): number {
  const purity = good[e] / (good[e] + bad[e] || 1);
  return good[e] * purity * purity * T.hintWeight[els[e].hint.kind];
}

/** Pass 2: the best-scoring element with lines; `>=` prefers the deepest of equally good wrappers. */
function pickContainer(els: readonly El[], scores: Scores): { best: number; bestScore: number } {
  let best = 0;
  let bestScore = -Infinity;
  // A block inside a furniture block (a cell of a copyright box, a comment's paragraph) weighs as furniture too.
  const underFurniture = new Uint8Array(els.length);
  for (let e = 1; e < els.length; e++) underFurniture[e] = underFurniture[els[e].parent] || els[els[e].parent].hint.kind === 'furniture' ? 1 : 0;
  for (let e = 0; e < els.length; e++) {
    if (scores.lineCount[e] === 0) continue;
    const s = scoreOf(e, els, scores) * (underFurniture[e] ? T.hintWeight.furniture : 1);
    if (s >= bestScore) {
      bestScore = s;
      best = e;
    }
  }
  return { best, bestScore };
}

function childrenOf(els: readonly El[]): number[][] {
  const children: number[][] = new Array(els.length);
  for (let e = 1; e < els.length; e++) (children[els[e].parent] ??= []).push(e);
  return children;
}

/** Pass 3: down to a child that holds nearly all the prose; wrappers also hold headline, dateline and widgets we do not want as body. */
function narrowToProse(els: readonly El[], { prose }: Scores, children: readonly number[][], container: number): number {
  let best = container;
  for (;;) {
    const kids = children[best];
    if (!kids || prose[best] <= 0) return best;
    let top = -1;
    for (const c of kids) if (top < 0 || prose[c] > prose[top]) top = c;
    if (top >= 0 && prose[top] >= T.narrowProseShare * prose[best] && els[top].hint.kind !== 'furniture') best = top;
    else return best;
  }
}

/** Pass 4: siblings that continue the article (loose paragraphs, figures with captions) join the container. */
function joinSiblings(els: readonly El[], scores: Scores, children: readonly number[][], best: number): Uint8Array {
  const included = new Uint8Array(els.length);
  included[best] = 1;
  const parent = els[best].parent;
  if (best === 0 || parent < 0) return included;
  const { text, link, imgs, prose, lineCount } = scores;
  // true: joins; false: stops the walk; null: empty, neither.
  const fits = (s: number): boolean | null => {
    if (lineCount[s] === 0) return null;
    const el = els[s];
    if (el.hint.kind === 'furniture') return false;
    const linkShare = text[s] > 0 ? link[s] / text[s] : 0;
    const figureLike = imgs[s] > 0 || CAPTION_CLASS.test(el.cls);
    if (figureLike && text[s] <= T.siblingFigureMaxText && linkShare < T.siblingFigureLinkShare) return true;
    const proseLike = prose[s] > 0 && linkShare < T.siblingProseLinkShare;
    if (proseLike && (PROSE_TAG.test(el.tag) || (el.tag === els[best].tag && el.cls !== '' && el.cls === els[best].cls))) return true;
    return false;
  };
  const sibs = children[parent];
  const at = sibs.indexOf(best);
  for (const step of [-1, 1]) {
    for (let i = at + step; i >= 0 && i < sibs.length; i += step) {
      const f = fits(sibs[i]);
      if (f === false) break;
      if (f) included[sibs[i]] = 1;
    }
  }
  return included;
}

/** Which elements are inside the content, which furniture block drops each, and the reason each would be removed with. */
interface Membership {
  inside: Uint8Array;
  /** The nearest furniture block inside the content that drops the element, or -1. */
  dropBy: Int32Array;
  /** The removal reason of the nearest hinted ancestor-or-self, or null. */
  reasonOf: Array<RemovedReason | null>;
  /** 1 for elements inside a post other than the article's (a reply, another post of an archive page). */
  inOtherPost: Uint8Array;
}

/** Pass 5: a forward pass (parents first) for membership, furniture inside the content, and inherited reasons. */
function markFurniture(els: readonly El[], { prose }: Scores, included: Uint8Array, best: number): Membership {
  const n = els.length;
  const inside = new Uint8Array(n);
  const dropBy = new Int32Array(n).fill(-1);
  const reasonOf: Array<RemovedReason | null> = new Array(n).fill(null);
  const contentProse = prose[best];
  for (let e = 0; e < n; e++) {
    const p = els[e].parent;
    const h = els[e].hint;
    inside[e] = included[e] || (p >= 0 && inside[p]) ? 1 : 0;
    dropBy[e] = p >= 0 ? dropBy[p] : -1;
    // A furniture class on a block holding most of the article is a misnomer, not furniture.
    if (inside[e] && !included[e] && h.kind === 'furniture' && dropBy[e] < 0 && prose[e] < T.furnitureKeptProseShare * contentProse) dropBy[e] = e;
    reasonOf[e] = h.reason ?? (p >= 0 ? reasonOf[p] : null);
  }
  return { inside, dropBy, reasonOf, inOtherPost: new Uint8Array(n) };
}

/** Pass 5b: on a forum thread or blog archive, every element inside a post other than the article's. */
function markOtherPosts(parsed: ParsedHtml, scores: Scores, children: readonly number[][], best: number, normalizedTitle: string, membership: Membership): void {
  const posts = findPosts(parsed, scores, children, best, normalizedTitle, normText);
  if (!posts) return;
  const { els } = parsed;
  const { inOtherPost } = membership;
  for (const post of posts.dropped) inOtherPost[post] = 1;
  for (let e = 1; e < els.length; e++) if (inOtherPost[els[e].parent]) inOtherPost[e] = 1;
}

/** Pass 6: the heading line that matches the title, else any line that does; -1 without one. */
function findHeadline(lines: ParsedHtml['lines'], normalizedTitle: string): number {
  if (!normalizedTitle) return -1;
  // Each line's normalised text is made at most once: the second loop reads the ones the first made.
  const normalized: Array<string | undefined> = new Array(lines.length);
  const normalizedAt = (i: number) => (normalized[i] ??= normText(lines[i].text));
  for (let i = 0; i < lines.length; i++) if (lines[i].heading > 0 && normalizedAt(i) === normalizedTitle) return i;
  for (let i = 0; i < lines.length; i++) if (normalizedAt(i) === normalizedTitle) return i;
  return -1;
}

/**
 * A line that is (almost) all link text and sits next to another such line is
 * a list of links (related articles, tags, pager) even inside the article.
 */
function isLinkList(lines: ParsedHtml['lines'], i: number, { inside, dropBy }: Membership): boolean {
  const dense = (j: number): boolean => {
    const l = lines[j];
    return !!l && inside[l.el] === 1 && dropBy[l.el] < 0 && l.len > 0 && l.linkLen / l.len >= T.linkListShare;
  };
  if (!dense(i)) return false;
  return dense(i - 1) || dense(i + 1);
}

/** The lines inside the content and not dropped, and the link-list lines among the rest. */
function keptLines(lines: ParsedHtml['lines'], membership: Membership): { kept: number[]; linkList: Uint8Array } {
  const kept: number[] = [];
  const linkList = new Uint8Array(lines.length);
  for (let i = 0; i < lines.length; i++) {
    const e = lines[i].el;
    if (!membership.inside[e] || membership.dropBy[e] >= 0 || membership.inOtherPost[e]) continue;
    if (isLinkList(lines, i, membership)) linkList[i] = 1;
    else kept.push(i);
  }
  return { kept, linkList };
}

/** Pass 7: every line neither kept nor the headline, in page order, with its reason; info bars are collected on the way. */
function reportRemovals(
  { els, lines }: ParsedHtml,
  membership: Membership,
  keptSet: ReadonlySet<number>,
  linkList: Uint8Array,
  headline: number,
  firstContent: number,
  views: LineViews,
): { removed: Removed[]; infoBars: string[] } {
  const { inside, dropBy, reasonOf } = membership;
  const removed: Removed[] = [];
  const infoBars: string[] = [];
  // Copyright and info-bar words are read on the Simplified view, so Traditional pages match the same way.
  const reported: number[] = [];
  for (let i = 0; i < lines.length; i++) if (!keptSet.has(i) && i !== headline && lines[i].len < T.infoBarMaxLength * 4) reported.push(i);
  const viewOf = new Map<number, string>();
  views.of(reported).forEach((view, k) => viewOf.set(reported[k], view));
  for (let i = 0; i < lines.length; i++) {
    if (keptSet.has(i) || i === headline) continue;
    const ln = lines[i];
    const e = ln.el;
    let reason: RemovedReason | null;
    // A hint's reason was given by the markup; everything else by the content choice.
    let via: RemovalRule = 'markup';
    if (membership.inOtherPost[e]) {
      removed.push({ text: ln.text, reason: 'post', via: 'posts' });
      continue;
    }
    if (linkList[i]) reason = reasonOf[e] ?? 'link-list';
    else if (inside[e]) reason = els[dropBy[e]].hint.reason;
    else reason = reasonOf[e];
    const view = viewOf.get(i) ?? ln.text;
    if (COPYRIGHT.test(view)) {
      reason = 'copyright';
      via = 'content';
    } else if (!reason) {
      const nearTop = firstContent >= 0 && i < firstContent && i > headline && i >= firstContent - T.infoBarWindow;
      reason = nearTop && ln.len < T.infoBarMaxLength && INFO_BAR.test(view) ? 'byline' : 'outside-content';
      via = 'content';
      if (reason === 'byline') infoBars.push(ln.text);
    } else if (linkList[i] && !reasonOf[e]) via = 'content';
    removed.push({ text: ln.text, reason, via });
  }
  return { removed, infoBars };
}

/**
 * Picks the main-content container of a parsed page and returns its lines in
 * reading order (headline first), plus every other visible line in `removed`.
 *
 * @param title the page title chosen by the metadata stage, used to find the headline line.
 */
export function selectContent(parsed: ParsedHtml, title: string | null): ContentChoice {
  const { els, lines } = parsed;
  const warnings: string[] = [];
  const views = new LineViews(lines);
  hintNoticeBoxes(parsed, views);
  const scores = aggregateScores(parsed);
  const picked = pickContainer(els, scores);
  const found = picked.bestScore > 0;
  if (!found && lines.length) warnings.push('no main content found; all visible text was kept');
  const children = childrenOf(els);
  const best = found ? narrowToProse(els, scores, children, picked.best) : 0;
  const included = found ? joinSiblings(els, scores, children, best) : rootOnly(els.length);
  const membership = markFurniture(els, scores, included, best);

  const normalizedTitle = title ? normText(title) : '';
  if (found) markOtherPosts(parsed, scores, children, best, normalizedTitle, membership);
  const headline = findHeadline(lines, normalizedTitle);
  const { kept, linkList } = keptLines(lines, membership);
  const keptSet = new Set(kept);
  const firstContent = kept.length ? kept[0] : -1;
  const { removed, infoBars } = reportRemovals(parsed, membership, keptSet, linkList, headline, firstContent, views);

  const out = kept.map((i) => lines[i].text);
  const sources = [...kept];
  if (headline >= 0 && !keptSet.has(headline)) {
    out.unshift(lines[headline].text);
    sources.unshift(headline);
  } else if (headline < 0 && title && !out.slice(0, T.titleLookahead).some((t) => normText(t) === normalizedTitle)) {
    out.unshift(title);
    sources.unshift(-1);
  }
  return { lines: out, removed, infoBars, headline, firstContent, sources, warnings };
}

/** Membership when no container was found: the root, so all visible text is kept. */
function rootOnly(n: number): Uint8Array {
  const included = new Uint8Array(n);
  included[0] = 1;
  return included;
}
