/**
 * HTML → a flat list of elements and text lines, in one streaming pass.
 *
 * htmlparser2's callback Parser is used instead of a DOM because every later
 * step needs only parent links and per-line statistics; a flat array whose
 * parents always precede their children lets scoring run as simple loops
 * (no recursion, so a 10,000-deep page cannot overflow the stack).
 */
import { createRequire } from 'node:module';
import type { Parser as HtmlParser } from 'htmlparser2';
import { COLONS, COMMAS, DOUBLE_QUOTES, ENUMERATION_COMMA, fullWidthOnly, halfWidthOnly, SEMICOLONS, SENTENCE_END_MARKS } from '../normalize/index.js';
import { lazy } from '../nlp/index.js';
import { hintFromReading, readClassAndId, type Hint } from './hints.js';
import { ATTRIBUTE, readTags, type AttributeValues } from './open-tags.js';

// htmlparser2 is loaded on the first HTML page: a caller who passes page text never needs it.
type Htmlparser2 = typeof import('htmlparser2');
const parserClass = lazy((): typeof HtmlParser => (createRequire(import.meta.url)('htmlparser2') as Htmlparser2).Parser);

/** One element of the page; `parent` is an index into {@link ParsedHtml.els} and always smaller than the element's own index. */
export interface El {
  tag: string;
  parent: number;
  hint: Hint;
  /** Images directly owned by this element (descendants are summed later). */
  imgs: number;
  /** class and id, lower-cased, for caption hints. */
  cls: string;
}

/** One block of visible text. */
export interface Line {
  text: string;
  /** The deepest element that contains all of the line's text. */
  el: number;
  /** Non-space characters. */
  len: number;
  /** Non-space characters inside `<a>`. */
  linkLen: number;
  /** Sentence punctuation marks (Chinese ，。、；：！？“” and ASCII ,.;!? before a space). */
  punct: number;
  /** Level of the innermost enclosing `<h1>`…`<h6>`, else 0. */
  heading: number;
}

/** A `<time>` element or `itemprop=datePublished` value. */
export interface TimeTag {
  value: string;
  /** True for `itemprop=datePublished` or `pubdate`. */
  published: boolean;
  el: number;
}

/** Everything the later stages need from the markup. */
export interface ParsedHtml {
  els: El[];
  lines: Line[];
  /** Text of the first `<title>`. */
  title: string | null;
  /** `<meta>` name/property/itemprop/http-equiv (lower-cased) → content, in document order. */
  metas: Array<[string, string]>;
  /** `<link rel=canonical>` href. */
  canonical: string | null;
  /** Bodies of `<script type=application/ld+json>`. */
  jsonLd: string[];
  times: TimeTag[];
}

/** Elements whose content is never visible text. */
const SILENT = new Set(['script', 'style', 'noscript', 'template', 'svg', 'math', 'iframe', 'object', 'embed', 'canvas', 'audio', 'video', 'textarea', 'title']);

/** Elements that start and end a line. */
const BLOCK = new Set([
  'address', 'article', 'aside', 'blockquote', 'body', 'br', 'caption', 'center', 'dd', 'details', 'dialog', 'dir', 'div', 'dl', 'dt',
  'fieldset', 'figcaption', 'figure', 'footer', 'form', 'frameset', 'frame', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'hgroup', 'hr',
  'html', 'li', 'main', 'menu', 'nav', 'ol', 'option', 'p', 'pre', 'section', 'summary', 'table', 'tbody', 'td', 'tfoot', 'th',
  'thead', 'tr', 'ul', 'legend', 'select', 'button', 'head',
]);

const HIDDEN_STYLE = /display\s*:\s*none|visibility\s*:\s*hidden/i;
const CJK = /[\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef]/;
const WS_RUN = /[\s\u200b]+/g;
const INVISIBLE = /[\u200b\ufeff]/;
const INVISIBLE_ALL = /[\u200b\ufeff]/g;
const LINE_BREAK = /[\n\r]/;
// Sentence punctuation by UTF-16 unit: full-width marks count wherever they stand, ASCII ones before white space.
const FULL_WIDTH_MARK = 1;
const ASCII_MARK = 2;
const PUNCTUATION = (() => {
  const table = new Uint8Array(0x10000);
  for (const mark of fullWidthOnly(COMMAS + SENTENCE_END_MARKS + ENUMERATION_COMMA + SEMICOLONS + COLONS + DOUBLE_QUOTES)) table[mark.charCodeAt(0)] = FULL_WIDTH_MARK;
  for (const mark of halfWidthOnly(COMMAS + '.' + SEMICOLONS + SENTENCE_END_MARKS)) table[mark.charCodeAt(0)] = ASCII_MARK;
  return table;
})();

/**
 * Collapses whitespace like a browser, but drops a line break between two CJK
 * characters entirely (CSS Text's segment-break rule): hard-wrapped Chinese
 * source must not grow spaces inside words.
 */
export function collapseWhitespace(raw: string): string {
  const s = INVISIBLE.test(raw) ? raw.replace(INVISIBLE_ALL, '') : raw;
  // Only a run between two characters can be dropped, so line breaks at either end (source indentation
  // around a text) do not count: without one inside, every run becomes one space, with no callback per run.
  const trimmed = s.trim();
  if (!LINE_BREAK.test(trimmed)) return trimmed.replace(WS_RUN, ' ');
  return s
    .replace(WS_RUN, (run: string, off: number) => {
      if (/[\n\r]/.test(run) && off > 0 && CJK.test(s[off - 1]) && CJK.test(s[off + run.length] ?? '')) return '';
      return ' ';
    })
    .trim();
}

/** Whether a UTF-16 unit is white space as `\s` reads it. */
function isWhiteSpace(code: number): boolean {
  if (code <= 0x20) return code === 0x20 || (code >= 0x09 && code <= 0x0d);
  if (code < 0xa0) return false;
  return code === 0xa0 || code === 0x1680 || (code >= 0x2000 && code <= 0x200a) || code === 0x2028 || code === 0x2029 || code === 0x202f || code === 0x205f || code === 0x3000 || code === 0xfeff;
}

/** Non-space characters of a string (UTF-16 units that `\S` matches), counted in one loop: it runs on every text node. */
export function visibleLength(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) if (!isWhiteSpace(s.charCodeAt(i))) n++;
  return n;
}

/** Whether the UTF-16 unit at `i` of `s` is a sentence mark: a full-width one anywhere, an ASCII one before white space. */
function isSentenceMarkAt(s: string, i: number): boolean {
  const kind = PUNCTUATION[s.charCodeAt(i)];
  return kind === FULL_WIDTH_MARK || (kind === ASCII_MARK && i + 1 < s.length && isWhiteSpace(s.charCodeAt(i + 1)));
}

/** Whether a string has a character that is not white space (as `\S` reads it), stopping at the first. */
function hasVisible(s: string): boolean {
  for (let i = 0; i < s.length; i++) if (!isWhiteSpace(s.charCodeAt(i))) return true;
  return false;
}

/** Sentence punctuation in a string (used to tell prose from menus). */
export function punctuationCount(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) if (isSentenceMarkAt(s, i)) n++;
  return n;
}

/** A new line of `text` owned by element `el`, with its visible length and sentence marks counted in one loop over it. */
function measuredLine(text: string, el: number, linkLen: number, heading: number): Line {
  let len = 0;
  let punct = 0;
  for (let i = 0; i < text.length; i++) {
    if (!isWhiteSpace(text.charCodeAt(i))) len++;
    if (isSentenceMarkAt(text, i)) punct++;
  }
  return { text, el, len, linkLen, punct, heading };
}

// What an open element passes on to its content, packed in one number per stack entry (no object per element):
/** Inside a silent or hidden subtree: no lines are produced. */
const SILENT_FRAME = 1;
/** Inside `<a>`. */
const LINK_FRAME = 2;
/** Inside preformatted text: line breaks end lines. */
const PRE_FRAME = 4;
/** The level of the innermost enclosing heading sits above these bits. */
const HEADING_SHIFT = 3;
const HEADING_BITS = 7 << HEADING_SHIFT;
/** Not passed on: the tag starts and ends a line. */
const BLOCK_TAG = 1 << 6;

/**
 * What each tag name tells the reading, as the frame bits it sets (silent, link, preformatted, heading level)
 * and whether it is a block: one look-up per tag instead of one per question.
 */
const TAG_BITS = (() => {
  const bits = new Map<string, number>();
  const add = (names: Iterable<string>, bit: number) => {
    for (const name of names) bits.set(name, (bits.get(name) ?? 0) | bit);
  };
  add(SILENT, SILENT_FRAME);
  add(BLOCK, BLOCK_TAG);
  add(['a'], LINK_FRAME);
  add(['pre', 'textarea', 'listing', 'plaintext'], PRE_FRAME);
  for (let level = 1; level <= 6; level++) add([`h${level}`], level << HEADING_SHIFT);
  return bits;
})();

const ROOT_HINT: Hint = { kind: 'none', reason: null };

/**
 * Parses HTML forgivingly (fragments, text before `<body>`, broken nesting,
 * unterminated comments) into elements, lines and raw metadata.
 */
export function parseHtml(html: string): ParsedHtml {
  const els: El[] = [{ tag: '#root', parent: -1, hint: ROOT_HINT, imgs: 0, cls: '' }];
  const lines: Line[] = [];
  const metas: Array<[string, string]> = [];
  const jsonLd: string[] = [];
  const times: TimeTag[] = [];
  let title: string | null = null;
  let canonical: string | null = null;

  // The open elements, outermost first: each one's element index and what it passes on (the *_FRAME bits).
  const frameEl: number[] = [0];
  const frameFlags: number[] = [0];
  // Text of the line being built, and the stack depth its owner lives at.
  let pieces: string[] = [];
  let linkChars = 0;
  let lineMinDepth = Infinity;
  // Text captured from a silent element we still want (title, JSON-LD).
  let capture: { kind: 'title' | 'jsonld'; depth: number; parts: string[] } | null = null;

  const flush = (): void => {
    if (lineMinDepth === Infinity) {
      pieces = [];
      linkChars = 0;
      return;
    }
    const text = collapseWhitespace(pieces.length === 1 ? pieces[0] : pieces.join(''));
    if (text) {
      const depth = Math.min(lineMinDepth, frameEl.length);
      lines.push(measuredLine(text, frameEl[depth - 1], linkChars, (frameFlags[frameFlags.length - 1] & HEADING_BITS) >> HEADING_SHIFT));
    }
    pieces = [];
    linkChars = 0;
    lineMinDepth = Infinity;
  };

  const addText = (data: string, flags: number): void => {
    if (!data) return;
    pieces.push(data);
    // Link text is counted; other text only needs to show one visible character.
    const vis = flags & LINK_FRAME ? visibleLength(data) : hasVisible(data) ? 1 : 0;
    if (vis > 0) {
      if (lineMinDepth === Infinity || frameEl.length < lineMinDepth) lineMinDepth = frameEl.length;
      if (flags & LINK_FRAME) linkChars += vis;
    }
  };

  /** What a tag says of the page itself: `<meta>`, the canonical `<link>`, a publish time; the start of `<title>` or JSON-LD. */
  const readPageFacts = (name: string, attribs: AttributeValues, idx: number): void => {
    const itemprop = attribs[ATTRIBUTE.itemprop];
    const datetime = attribs[ATTRIBUTE.datetime];
    const content = attribs[ATTRIBUTE.content];
    if (name === 'meta') {
      const key = attribs[ATTRIBUTE.name] ?? attribs[ATTRIBUTE.property] ?? itemprop ?? attribs[ATTRIBUTE['http-equiv']];
      if (key && content !== undefined) metas.push([key.trim().toLowerCase(), content.trim()]);
    } else if (name === 'link') {
      const href = attribs[ATTRIBUTE.href];
      if (!canonical && href && /(?:^|\s)canonical(?:\s|$)/i.test(attribs[ATTRIBUTE.rel] ?? '')) canonical = href.trim();
    }
    if (name === 'time' && datetime) times.push({ value: datetime.trim(), published: attribs[ATTRIBUTE.pubdate] !== undefined || (itemprop !== undefined && /datepublished/i.test(itemprop)), el: idx });
    else if (itemprop !== undefined && /^datepublished$/i.test(itemprop) && name !== 'meta' && (content || datetime)) {
      times.push({ value: (content || datetime || '').trim(), published: true, el: idx });
    }
    if (name === 'title' && title === null && !capture) capture = { kind: 'title', depth: frameEl.length, parts: [] };
    if (name === 'script' && /ld\+json/i.test(attribs[ATTRIBUTE.type] ?? '') && !capture) capture = { kind: 'jsonld', depth: frameEl.length, parts: [] };
  };

  readTags(parserClass(), html, {
    onopentag(name, attribs) {
      const topFlags = frameFlags[frameFlags.length - 1];
      if (topFlags & SILENT_FRAME) {
        frameEl.push(frameEl[frameEl.length - 1]);
        frameFlags.push(topFlags);
        return;
      }
      const tagBits = TAG_BITS.get(name) ?? 0;
      if (tagBits & BLOCK_TAG) flush();
      const style = attribs[ATTRIBUTE.style];
      const hidden = attribs[ATTRIBUTE.hidden] !== undefined || (style !== undefined && HIDDEN_STYLE.test(style)) || attribs[ATTRIBUTE.type] === 'hidden';
      const idx = els.length;
      const parent = frameEl[frameEl.length - 1];
      const reading = readClassAndId(attribs[ATTRIBUTE.class] ?? '', attribs[ATTRIBUTE.id] ?? '');
      els.push({ tag: name, parent, hint: hintFromReading(name, reading), imgs: 0, cls: reading.lowered });
      if (name === 'img') els[parent].imgs++;
      readPageFacts(name, attribs, idx);
      // A heading's level replaces the one it sits in; silence, links and preformatting add up.
      const heading = tagBits & HEADING_BITS;
      frameEl.push(idx);
      frameFlags.push((heading ? (topFlags & ~HEADING_BITS) | heading : topFlags) | (tagBits & (SILENT_FRAME | LINK_FRAME | PRE_FRAME)) | (hidden ? SILENT_FRAME : 0));
    },
    ontext(data) {
      const topFlags = frameFlags[frameFlags.length - 1];
      if (topFlags & SILENT_FRAME) {
        if (capture) capture.parts.push(data);
        return;
      }
      if (topFlags & PRE_FRAME && data.includes('\n')) {
        const parts = data.split(/\r\n|\n|\r/);
        for (let i = 0; i < parts.length; i++) {
          if (i > 0) flush();
          addText(parts[i], topFlags);
        }
        return;
      }
      addText(data, topFlags);
    },
    onclosetag(name) {
      if (frameEl.length <= 1) return;
      const flags = frameFlags[frameFlags.length - 1];
      if (capture && capture.depth === frameEl.length - 1) {
        const text = capture.parts.join('');
        if (capture.kind === 'title') title = collapseWhitespace(text);
        else jsonLd.push(text);
        capture = null;
      }
      if (!(flags & SILENT_FRAME) && ((TAG_BITS.get(name) ?? 0) & BLOCK_TAG)) flush();
      frameEl.pop();
      frameFlags.pop();
      if (lineMinDepth !== Infinity && frameEl.length < lineMinDepth) lineMinDepth = frameEl.length;
    },
    onend() {
      flush();
    },
  });
  return { els, lines, title, metas, canonical, jsonLd, times };
}
