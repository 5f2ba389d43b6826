/**
 * What an element's tag, class and id say about its role on a page: the HTML stage's furniture system,
 * which judges blocks by markup before any line is read (dict/boilerplate.txt judges lines by their text
 * later, in src/boilerplate/).
 * Hints are matched on whole tokens of class/id (split at `-`, `_`, spaces and
 * camelCase) so `contentText` hints content but `contact` does not hint `con`.
 */

import type { RemovedReason } from '../types.js';

/** How strongly an element looks like page furniture or like the article. */
export type HintKind = 'content' | 'furniture' | 'weak-furniture' | 'none';

/** The role an element's tag, class and id suggest. */
export interface Hint {
  kind: HintKind;
  /** For furniture: the `Removed.reason` its text gets when dropped. */
  reason: RemovedReason | null;
}

const NONE: Hint = { kind: 'none', reason: null };

/**
 * Tokens that mark furniture whatever else the class says (`comment-content`
 * is comments, `article-share` is a share bar). Pinyin abbreviations
 * (dh 导航, fx 分享, pl 评论, xgxw 相关新闻) are common on Chinese sites.
 */
const STRONG: Record<string, RemovedReason> = {};
function strong(reason: RemovedReason, words: string): void {
  for (const w of words.split(' ')) STRONG[w] = reason;
}
strong('navigation', 'nav navbar navi navigation menu menus breadcrumb breadcrumbs crumb crumbs daohang dh subnav topnav mainnav sitenav channelnav');
strong('share', 'share shares sharing sharebox sharebar bshare jiathis social fx fenxiang');
strong('comment', 'comment comments cmt cmts reply replies pinglun discuss gentie commentlist commentslist commentarea commentbox commentmetadata');
strong('related', 'related relate relative relation recommend recommendation recommended recom tuijian xgxw xgwz xiangguan morenews mostread hotnews hotlist hotarticle toplist');
strong('copyright', 'copyright copyrights icp disclaimer statement shengming banquan');
strong('footer', 'footer foot ft dibu bottom');
strong('aside', 'sidebar aside');
strong('ad', 'ad ads advert advertisement adsbygoogle banner guanggao gg sponsor');
strong('widget', 'login signin register search subscribe qrcode ewm erweima toolbar print wx weixin wechat follow gongzhonghao appdownload');

/** Tokens that only lower a candidate's score; a content token outweighs them. */
const WEAK: Record<string, RemovedReason> = {};
for (const w of 'side right hot hotnews rank ranking paihang top head header logo tag tags keyword keywords more list tool tools pager pagination page weibo app download'.split(' ')) {
  WEAK[w] = w === 'side' || w === 'right' ? 'aside' : w === 'head' || w === 'header' || w === 'logo' || w === 'top' ? 'header' : w === 'pager' || w === 'pagination' || w === 'page' ? 'pagination' : 'aside';
}

const CONTENT = new Set(
  'content contents article articles artibody arti main text txt detail details zw zhengwen body post entry story news con cont cnt editor trs neirong wenzhang paragraph para rich richtext'.split(' '),
);

const TAG_HINT = new Map<string, Hint>(Object.entries({
  nav: { kind: 'furniture', reason: 'navigation' },
  footer: { kind: 'furniture', reason: 'footer' },
  aside: { kind: 'furniture', reason: 'aside' },
  form: { kind: 'furniture', reason: 'widget' },
  select: { kind: 'furniture', reason: 'widget' },
  button: { kind: 'furniture', reason: 'widget' },
  label: { kind: 'weak-furniture', reason: 'widget' },
  menu: { kind: 'furniture', reason: 'navigation' },
  header: { kind: 'weak-furniture', reason: 'header' },
  article: { kind: 'content', reason: null },
  main: { kind: 'content', reason: null },
} satisfies Record<string, Hint>));

const TOKEN_SPLIT = /[^A-Za-z0-9]+/;

/** Splits a class/id string into lower-case word tokens (also at camelCase and letter/digit boundaries). */
export function hintTokens(s: string): string[] {
  if (!s) return [];
  const out: string[] = [];
  for (const part of s.split(TOKEN_SPLIT)) {
    if (!part) continue;
    const low = part.toLowerCase();
    out.push(low);
    // camelCase / digits: contentText → content, text; left2 → left
    const pieces = part.replace(/([a-z])([A-Z])/g, '$1 $2').replace(/([A-Za-z])(\d)/g, '$1 $2').split(' ');
    if (pieces.length > 1) for (const p of pieces) out.push(p.toLowerCase());
  }
  // Adjacent pairs catch two-word names split by a dash: most-read, hot_news.
  const n = out.length;
  for (let i = 0; i + 1 < n; i++) out.push(out[i] + out[i + 1]);
  return out;
}

/** What the class/id tokens of an element say, before its tag is heard: a strong furniture word, a content word, a weak furniture word. */
interface TokenVerdict {
  strong: RemovedReason | null;
  content: boolean;
  weak: RemovedReason | null;
}

/** What one class/id pair says: its token verdict, and the pair lower-cased (`class id`, trimmed) for the caption hints. */
export interface ClassReading extends TokenVerdict {
  lowered: string;
}

const NO_CLASS: ClassReading = { strong: null, content: false, weak: null, lowered: '' };

/**
 * Readings by class/id string: a page repeats a few class names on thousands of elements, so each distinct
 * pair is split, looked up and lower-cased once. Cleared when it grows large, so pages of unique ids stay bounded.
 */
const readings = new Map<string, ClassReading>();
const READING_CACHE_LIMIT = 20000;
// Longer class/id strings (generated ones) are read every time rather than kept.
const READING_CACHE_KEY_LIMIT = 200;

function tokenVerdict(classAndId: string): TokenVerdict {
  const verdict: TokenVerdict = { strong: null, content: false, weak: null };
  for (const t of hintTokens(classAndId)) {
    const s = Object.hasOwn(STRONG, t) ? STRONG[t] : undefined;
    if (s) {
      verdict.strong = s;
      break;
    }
    if (CONTENT.has(t)) verdict.content = true;
    else if (Object.hasOwn(WEAK, t) && !verdict.weak) verdict.weak = WEAK[t];
  }
  return verdict;
}

/**
 * The reading of an element's class and id. Everything in it follows from `class + ' ' + id`, so a pair
 * without an id is looked up by its class alone (no string is built for the commonest case).
 */
export function readClassAndId(classes: string, id: string): ClassReading {
  if (classes === '' && id === '') return NO_CLASS;
  const key = id === '' ? classes : `${classes} ${id}`;
  const known = readings.get(key);
  if (known) return known;
  const reading: ClassReading = { ...tokenVerdict(key), lowered: key.trim().toLowerCase() };
  if (key.length > READING_CACHE_KEY_LIMIT) return reading;
  if (readings.size >= READING_CACHE_LIMIT) readings.clear();
  readings.set(key, reading);
  return reading;
}

/** One shared hint object per kind and reason: an element's hint is never changed in place, only replaced. */
const sharedHints: Record<'furniture' | 'weak-furniture', Map<RemovedReason, Hint>> = { furniture: new Map(), 'weak-furniture': new Map() };
function sharedHint(kind: 'furniture' | 'weak-furniture', reason: RemovedReason): Hint {
  const byReason = sharedHints[kind];
  let hint = byReason.get(reason);
  if (!hint) byReason.set(reason, (hint = { kind, reason }));
  return hint;
}
const CONTENT_HINT: Hint = { kind: 'content', reason: null };

/**
 * The hint for one element from its tag and the reading of its class/id. Strong furniture tokens win over
 * content tokens; content tokens win over weak furniture tokens; tag semantics (`<nav>`, `<footer>`,
 * `<article>`) apply when class/id say nothing.
 */
export function hintFromReading(tag: string, reading: TokenVerdict): Hint {
  if (reading.strong) return sharedHint('furniture', reading.strong);
  const tagHint = TAG_HINT.get(tag);
  if (tagHint && tagHint.kind === 'furniture') return tagHint;
  if (reading.content) return CONTENT_HINT;
  if (tagHint) return tagHint;
  if (reading.weak) return sharedHint('weak-furniture', reading.weak);
  return NONE;
}

/** The hint for one element (see {@link hintFromReading}). */
export function hintOf(tag: string, cls: string, id: string): Hint {
  return hintFromReading(tag, readClassAndId(cls, id));
}
