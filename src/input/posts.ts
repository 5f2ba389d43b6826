/**
 * Multi-post pages: a forum thread (the first post, then replies), a blog archive (several posts one under
 * the other), a post followed by its comments. The article is one post: the one whose lines name the page
 * title, else the first. The other posts are dropped with the reason `post`.
 *
 * A post is told from a paragraph by its shape: a block of the same tag and class as its siblings that holds
 * several lines, some prose, and a dated line (the post's time: 发表于 2005-03-21 10:20, 2005/05/17 22:11).
 * Paragraphs are single lines, so a run of `<p>` is never taken for posts. One loop over the elements for
 * the dated-line counts, then a look at a few candidate parents: linear, no recursion.
 */
import type { El, ParsedHtml } from './html.js';

/** The elements that hold other posts than the article's, or null when the page is not a multi-post page. */
export interface PostChoice {
  /** The post kept as the article. */
  kept: number;
  /** The other posts, dropped with everything inside them. */
  dropped: number[];
}

/** What the post finder needs of the content stage's scores. */
export interface PostScores {
  prose: Float64Array;
  lineCount: Int32Array;
}

const DATED = /(?:19|20)\d{2}\s?[-/.年]\s?\d{1,2}\s?[-/.月]\s?\d{1,2}|\d{1,2}:\d{2}/u;
const PARAGRAPH_TAGS = new Set(['p', 'br', 'span', 'a', 'font', 'b', 'strong', 'em', 'i', 'u', 'img', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6']);
// A post holds at least this many lines (a title or author line, the text, a dated line).
const MIN_POST_LINES = 3;
// The posts together hold at least this share of their parent's prose.
const POSTS_PROSE_SHARE = 0.5;
// Candidate parents are looked for this many levels below the container.
const DEPTH = 4;

function signature(el: El): string {
  return `${el.tag}.${el.cls.replace(/\d+/gu, '')}`;
}

/** Per element: does its subtree hold a short dated line. */
function datedLines({ els, lines }: ParsedHtml): Uint8Array {
  const dated = new Uint8Array(els.length);
  for (const line of lines) if (line.len <= 80 && DATED.test(line.text)) dated[line.el] = 1;
  for (let e = els.length - 1; e > 0; e--) if (dated[e]) dated[els[e].parent] = 1;
  return dated;
}

/** Per element: does its subtree hold a line that repeats the page title. */
function titleLines({ els, lines }: ParsedHtml, normalizedTitle: string, normalize: (text: string) => string): Uint8Array {
  const named = new Uint8Array(els.length);
  if (normalizedTitle.length < 4) return named;
  for (const line of lines) {
    const text = normalize(line.text);
    if (text.length >= 4 && (text === normalizedTitle || normalizedTitle.includes(text) || text.includes(normalizedTitle))) named[line.el] = 1;
  }
  for (let e = els.length - 1; e > 0; e--) if (named[e]) named[els[e].parent] = 1;
  return named;
}

/**
 * Finds the posts of a multi-post page below `container` (or in its parent, when the content took in its
 * siblings). `children` lists each element's children in document order.
 */
export function findPosts(
  parsed: ParsedHtml,
  scores: PostScores,
  children: readonly number[][],
  container: number,
  normalizedTitle: string,
  normalize: (text: string) => string,
): PostChoice | null {
  const { els } = parsed;
  const { prose, lineCount } = scores;
  const dated = datedLines(parsed);
  const candidates: number[] = [];
  // The container's own parent counts only with the container among the posts (it took in its siblings).
  const outer = els[container].parent;
  let level = [container];
  for (let depth = 0; depth <= DEPTH && level.length > 0; depth++) {
    const next: number[] = [];
    for (const e of level) {
      if (prose[e] < POSTS_PROSE_SHARE * prose[container]) continue;
      candidates.push(e);
      for (const child of children[e] ?? []) next.push(child);
    }
    level = next;
  }
  if (outer > 0) candidates.unshift(outer);
  for (const parent of candidates) {
    const groups = new Map<string, number[]>();
    for (const child of children[parent] ?? []) {
      if (PARAGRAPH_TAGS.has(els[child].tag)) continue;
      if (prose[child] <= 0 || lineCount[child] < MIN_POST_LINES || !dated[child]) continue;
      const key = signature(els[child]);
      const group = groups.get(key);
      if (group) group.push(child);
      else groups.set(key, [child]);
    }
    for (const posts of groups.values()) {
      if (posts.length < 2 || (parent === outer && !posts.includes(container))) continue;
      const held = posts.reduce((sum, post) => sum + prose[post], 0);
      if (held < POSTS_PROSE_SHARE * prose[parent]) continue;
      const named = titleLines(parsed, normalizedTitle, normalize);
      const kept = posts.find((post) => named[post] === 1) ?? posts[0];
      return { kept, dropped: posts.filter((post) => post !== kept) };
    }
  }
  return null;
}
