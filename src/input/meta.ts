/**
 * Page metadata: title, publish time, site name, URL, author, description.
 * Each field has an ordered list of sources, most trustworthy first.
 */
import type { ParsedHtml, Line } from './html.js';
import { collapseWhitespace } from './html.js';
import { completeYearNotAfter, dateFromUrl, findPublishDates, readPublishTime, yearlessPublishDate } from '../dates/publish.js';
import { normText } from './content.js';
import { charClass, COLONS, COMMAS, fullWidthOnly, SENTENCE_END_MARKS } from '../normalize/index.js';

/** Metadata of a page. */
export interface PageMeta {
  /** Best of `<h1>`, og:title and `<title>`, with site suffixes (`_新浪新闻`, `-中国新闻网`, `| xxx`) removed. */
  title: string | null;
  /** ISO 8601, as precise as the page gives it, with its zone offset when it gives one. */
  publishedTime: string | null;
  /** og:site_name, or the site suffix removed from `<title>`. */
  siteName: string | null;
  /** Canonical link or og:url. */
  url: string | null;
  author: string | null;
  description: string | null;
}

/** Metadata with every field null. */
export function emptyMeta(): PageMeta {
  return { title: null, publishedTime: null, siteName: null, url: null, author: null, description: null };
}

/**
 * Title separators. A doubled em dash (——) is punctuation inside Chinese
 * headlines, so only a single one separates.
 */
const SEPARATOR = /\s*(?:--|(?<!—)—(?!—)|[_|｜·–]|\s-\s|-)\s*/g;
const SITE_WORD = /[网網]|新[闻聞]|[报報]|[频頻][道]|[电電][台视視]|[台臺]$|社$|在[线線]|[门門][户戶]|[资資][讯訊]|中文|周刊|杂志|雜誌|\.com|\.cn|\.net|\.org|www\./i;
const LATIN_NAME = /^[A-Za-z][A-Za-z0-9 .&'-]{1,40}$/;
// A title segment with sentence punctuation is part of the headline, never a site or channel name.
const SENTENCE_MARK_FULL_WIDTH = new RegExp(charClass(fullWidthOnly(COMMAS + SENTENCE_END_MARKS + COLONS)));
// Punctuation no bare site name holds.
const SENTENCE_MARK = new RegExp(charClass(SENTENCE_END_MARKS, COMMAS, COLONS));

/** Result of {@link stripSiteSuffix}. */
export interface TitleParts {
  title: string;
  /** The outermost removed segment that names the site, if any. */
  site: string | null;
}

/**
 * Removes trailing `_频道_站名`-style segments from a page title: a segment
 * goes when it looks like a site name (short, with 网/新闻/报/台/.com …, a
 * Latin brand, or equal to `siteName`); once a site went, short channel names
 * before it go too.
 */
export function stripSiteSuffix(raw: string, siteName?: string | null): TitleParts {
  const title = collapseWhitespace(raw);
  const parts: string[] = [];
  const seps: string[] = [];
  let last = 0;
  SEPARATOR.lastIndex = 0;
  for (let m = SEPARATOR.exec(title); m; m = SEPARATOR.exec(title)) {
    if (m[0].length === 0) { SEPARATOR.lastIndex++; continue; }
    parts.push(title.slice(last, m.index));
    seps.push(m[0]);
    last = m.index + m[0].length;
  }
  parts.push(title.slice(last));
  const site = siteName ? normText(siteName) : '';
  let removedAny = false;
  let foundSite: string | null = null;
  let cut = parts.length;
  while (cut > 1) {
    const seg = parts[cut - 1].trim();
    const ns = normText(seg);
    const siteLike =
      ns.length > 0 &&
      ((site && (ns === site || site.includes(ns) || ns.includes(site))) ||
        (seg.length <= 24 && SITE_WORD.test(seg) && !SENTENCE_MARK_FULL_WIDTH.test(seg)) ||
        LATIN_NAME.test(seg));
    // A bare hyphen inside Latin/digit runs (Mate20X-5G) joins words; only real separators precede channel names.
    const bareHyphen = seps[cut - 2] === '-';
    const channelLike = removedAny && !bareHyphen && seg.length <= 8 && !SENTENCE_MARK_FULL_WIDTH.test(seg);
    if (!siteLike && !channelLike && seg !== '') break;
    if (siteLike && (!foundSite || (/[\u4e00-\u9fff]/.test(seg) && !/[\u4e00-\u9fff]/.test(foundSite)))) foundSite = seg;
    removedAny = true;
    cut--;
  }
  let out = parts[0];
  for (let i = 1; i < cut; i++) out += seps[i - 1] + parts[i];
  out = out.trim();
  if (!out) return { title, site: null };
  return { title: out, site: foundSite };
}

function isBadTitleChar(s: string): boolean {
  return SENTENCE_MARK.test(s);
}

/** A whole title that is only a site or channel name (网易娱乐, 新浪网, 人民网-时政频道). */
function isBareSiteName(title: string, siteName: string | null): boolean {
  const t = title.trim();
  if (siteName && normText(t) === normText(siteName)) return true;
  return t.length <= 12 && !isBadTitleChar(t) && /[网網]|新[闻聞]|[频頻]道|娱乐|娛樂|在[线線]|[门門][户戶]|首[页頁]|[论論][坛壇]|社[区區]|博客|\.com|\.cn/i.test(t) && !/\s/.test(t);
}

function metaValue(metas: Array<[string, string]>, keys: string[]): string | null {
  for (const k of keys) {
    for (const [key, value] of metas) if (key === k && value) return value;
  }
  return null;
}

const PUBLISHED_KEYS = [
  'article:published_time', 'og:article:published_time', 'og:release_date', 'article:published', 'datepublished',
  'pubdate', 'publishdate', 'publish_date', 'publish-date', 'publishtime', 'publish_time', 'publish-time', 'ptime',
  'dc.date.issued', 'dcterms.issued', 'dc.date.created', 'dcterms.created', 'dc.date', 'sailthru.date', 'parsely-pub-date',
  'og:time', 'weibo: article:create_at', 'article:create_at', 'firstpublishedtime', 'releasedate', 'publication_date',
  'citation_publication_date', 'apub:time', 'date', 'created', 'createdate',
];

/** Last resort: when the page was changed is usually the day it went up. */
const MODIFIED_KEYS = ['article:modified_time', 'og:updated_time', 'datemodified', 'dateupdate', 'weibo: article:update_at', 'lastmodified', 'last-modified'];

/** Walks parsed JSON-LD iteratively (pages can nest deeply) collecting string fields by key. */
function jsonLdValues(blobs: string[], key: string): string[] {
  const out: string[] = [];
  for (const blob of blobs) {
    let data: unknown;
    try {
      data = JSON.parse(blob.trim().replace(/^<!--|-->$/g, ''));
    } catch {
      continue;
    }
    const todo: unknown[] = [data];
    let steps = 0;
    while (todo.length && steps++ < 10000) {
      const v = todo.pop();
      if (Array.isArray(v)) {
        for (let i = v.length - 1; i >= 0; i--) todo.push(v[i]);
      } else if (v && typeof v === 'object') {
        const o = v as Record<string, unknown>;
        const hit = o[key];
        if (typeof hit === 'string') out.push(hit);
        else if (hit && typeof hit === 'object') {
          const name = (hit as Record<string, unknown>).name;
          if (typeof name === 'string') out.push(name);
          else if (Array.isArray(hit)) for (const h of hit) {
            if (typeof h === 'string') out.push(h);
            else if (h && typeof h === 'object' && typeof (h as Record<string, unknown>).name === 'string') out.push((h as Record<string, string>).name);
          }
        }
        for (const k of Object.keys(o)) if (k !== key && o[k] && typeof o[k] === 'object') todo.push(o[k]);
      }
    }
  }
  return out;
}

/** Labels that introduce a page's own publish time. */
const TIME_LABEL = /(?:发布|发表|发稿|更新|上传|录入|刊发|稿件)?(?:时间|日期)|发布于|发表于|时间/;

const MAY_HOLD_DATE = /[0-9０-９〇年月]/u;

interface NearDate {
  /** A full date found in the dateline, or null. */
  value: string | null;
  /** A labelled date without a year (`XXXX-10-08T12:00`), to be completed from another source. */
  noYear: string | null;
}

/**
 * Publish time from the text around the headline: a labelled date
 * (发布时间：…) wins, then the first date with a time of day, then the first day.
 * Dates inside long prose lines are events the story reports, so only short
 * lines (datelines) count unless labelled.
 */
function dateNearHeadline(lines: Line[], headline: number, firstContent: number): NearDate {
  let from: number;
  let to: number;
  if (headline >= 0) {
    from = Math.max(0, headline - 3);
    to = Math.min(lines.length, headline + 16);
  } else if (firstContent >= 0) {
    from = Math.max(0, firstContent - 15);
    to = Math.min(lines.length, firstContent + 5);
  } else {
    from = 0;
    to = Math.min(lines.length, 40);
  }
  let withTime: string | null = null;
  let dayOnly: string | null = null;
  let noYear: NearDate['noYear'] = null;
  // Look after the headline first: dates above it are usually the site's "today" bar.
  const order: number[] = [];
  const pivot = headline >= 0 ? headline : from;
  for (let i = pivot; i < to; i++) order.push(i);
  for (let i = from; i < pivot; i++) order.push(i);
  for (const i of order) {
    const t = lines[i].text;
    // A date is written with digits, 〇, 年 or 月: a line with none of them holds no date to read (most lines of the window).
    if (t.length > 300 || !MAY_HOLD_DATE.test(t)) continue;
    // Datelines are short and not sentences; a date inside a sentence is an event the story reports.
    const short = t.length <= 80;
    // A longer line counts only for a date right after a label: without a label word it is not read at all;
    // nor is a short one once an unlabelled date with a time and a day are found, for they can only be outdone by a label.
    if ((!short || (withTime && dayOnly)) && !TIME_LABEL.test(t)) continue;
    const sentence = /[，。！？；]/.test(t);
    for (const date of findPublishDates(t)) {
      const before = t.slice(Math.max(0, date.start - 8), date.start);
      if (TIME_LABEL.test(before)) return { value: date.value, noYear: null };
      if (!short || (sentence && date.start > 2)) continue;
      if (date.hasTime && !withTime) withTime = date.value;
      if (!dayOnly) dayOnly = date.value;
    }
    if (!noYear && short) {
      // Sites that omit the current year: 发布时间：10-08 12:00
      const label = /(?:发布|发表|更新)?时间|发布于|发表于/.exec(t);
      if (label) noYear = yearlessPublishDate(t.slice(label.index + label[0].length));
    }
  }
  return { value: withTime ?? dayOnly, noYear };
}

function resolveUrl(href: string | null, base?: string): string | null {
  if (!href) return null;
  try {
    return new URL(href, base).href;
  } catch {
    return /^https?:\/\//i.test(href) ? href : base ? null : href;
  }
}

/** Inputs of {@link extractMeta} besides the parsed page. */
export interface MetaContext {
  /** The caller's URL for the page (options.url). */
  url?: string;
}

/** Picks the page title from headings, og:title and `<title>`; also returns the site name seen in `<title>`. */
export function chooseTitle(parsed: ParsedHtml): { title: string | null; site: string | null } {
  const ogSite = metaValue(parsed.metas, ['og:site_name', 'og:sitename', 'application-name']);
  const og = metaValue(parsed.metas, ['og:title', 'twitter:title', 'title']);
  const tag = parsed.title;
  const fromTag = tag ? stripSiteSuffix(tag, ogSite) : null;
  const fromOg = og ? stripSiteSuffix(og, ogSite) : null;
  const site = fromTag?.site ?? fromOg?.site ?? null;
  const refs = [tag, og, fromTag?.title, fromOg?.title].filter((s): s is string => !!s).map(normText);
  const cleanRef = normText(fromTag?.title ?? fromOg?.title ?? '');

  // A heading whose text the <title>/og:title repeats is the headline; logos and section names are too short to cover it.
  let best: string | null = null;
  let bestLevel = 9;
  let bestLen = 0;
  let firstH1: string | null = null;
  for (const ln of parsed.lines) {
    if (ln.heading === 0 || ln.heading > 3) continue;
    const t = ln.text;
    if (ln.heading === 1 && !firstH1 && t.length >= 4 && t.length <= 120) firstH1 = t;
    const nt = normText(t);
    if (nt.length < 2 || nt.length > 200) continue;
    if (!refs.some((r) => r.includes(nt))) continue;
    if (cleanRef && nt.length < 0.5 * cleanRef.length) continue;
    if (site && nt === normText(site)) continue;
    if (ln.heading < bestLevel || (ln.heading === bestLevel && nt.length > bestLen)) {
      best = t;
      bestLevel = ln.heading;
      bestLen = nt.length;
    }
  }
  let title = best ?? fromOg?.title ?? fromTag?.title ?? firstH1 ?? null;
  let siteOut = ogSite ?? site;
  // Old pages often title every page with just the site name: that is a site, not a headline.
  if (!best && title && title === (fromOg?.title ?? fromTag?.title) && isBareSiteName(title, ogSite)) {
    siteOut = siteOut ?? title;
    title = firstH1 && normText(firstH1) !== normText(title) ? firstH1 : null;
  }
  return { title: title && title.trim() ? title.trim() : null, site: siteOut };
}

/** The publish time the markup states: a meta tag, then JSON-LD, then `<time>` elements (the published ones first). */
function statedPublishTime({ metas, jsonLd, times }: ParsedHtml): string | null {
  const meta = metaValue(metas, PUBLISHED_KEYS);
  const fromMeta = meta ? readPublishTime(meta) : null;
  if (fromMeta) return fromMeta;
  for (const value of jsonLdValues(jsonLd, 'datePublished')) {
    const time = readPublishTime(value);
    if (time) return time;
  }
  for (const published of [true, false]) {
    for (const tag of times) {
      const time = tag.published === published ? readPublishTime(tag.value) : null;
      if (time) return time;
    }
  }
  return null;
}

const NO_NEAR_DATE: NearDate = { value: null, noYear: null };

/**
 * The page's publish time: the one the markup states, made precise to the minute by the dateline near the
 * headline, else the dateline's, else (a dateline without its year completed from it) the URL's day, else the
 * modified time. Each source is read only when the ones before it leave the answer open.
 */
function publishTime(parsed: ParsedHtml, where: { headline: number; firstContent: number }, urls: Array<string | null | undefined>): string | null {
  let published = statedPublishTime(parsed);
  // A stated time with its time of day is final: the dateline could only add a time to a bare day.
  const near = published && published.includes('T') ? NO_NEAR_DATE : dateNearHeadline(parsed.lines, where.headline, where.firstContent);
  const fromText = near.value;
  if (!published) published = fromText;
  else if (fromText && !published.includes('T') && fromText.startsWith(published) && fromText.includes('T')) published = fromText;
  if (published) return published;
  const fromUrl = urls.map((u) => (u ? dateFromUrl(u) : null)).find((d) => d) ?? null;
  let modified: string | null | undefined;
  const modifiedTime = (): string | null => {
    if (modified === undefined) {
      const raw = metaValue(parsed.metas, MODIFIED_KEYS) ?? jsonLdValues(parsed.jsonLd, 'dateModified')[0] ?? null;
      modified = raw ? readPublishTime(raw) : null;
    }
    return modified;
  };
  if (near.noYear) {
    // The year comes from a date the page gives elsewhere.
    const source = fromUrl ?? modifiedTime();
    if (source) published = completeYearNotAfter(near.noYear, source);
  }
  return published || fromUrl || modifiedTime();
}

/**
 * Extracts metadata from a parsed page. `headline`/`firstContent` (line
 * indices from the content stage) locate the dateline for text dates.
 */
export function extractMeta(
  parsed: ParsedHtml,
  chosen: { title: string | null; site: string | null },
  where: { headline: number; firstContent: number },
  ctx: MetaContext = {},
): PageMeta {
  const { metas } = parsed;
  const url =
    resolveUrl(parsed.canonical, ctx.url) ?? resolveUrl(metaValue(metas, ['og:url', 'twitter:url']), ctx.url);

  const published = publishTime(parsed, where, [url, ctx.url]);

  let author = metaValue(metas, ['author', 'article:author', 'byl', 'dc.creator', 'sailthru.author', 'parsely-author']);
  if (author && /^https?:/i.test(author)) author = null;
  if (!author) author = jsonLdValues(parsed.jsonLd, 'author')[0] ?? null;
  const description = metaValue(metas, ['description', 'og:description', 'twitter:description']);

  return {
    title: chosen.title,
    publishedTime: published,
    siteName: chosen.site ? collapseWhitespace(chosen.site) : null,
    url,
    author: author ? collapseWhitespace(author) : null,
    description: description ? collapseWhitespace(description) : null,
  };
}
