/**
 * Telling HTML from plain text, and making strings safe to process.
 */

/** Markers that only an HTML document starts with (after whitespace, a BOM or comments). */
const STRONG_START = /^<(?:!doctype\s+html|html[\s>]|head[\s>]|body[\s>]|meta\s|title>|\?xml\s)/i;
/** Document-level tags: one of them anywhere early is enough. */
const STRONG_ANY = /<(?:!doctype\s+html|html[\s>]|head>|body[\s>])/i;
/** Common body tags; `(?:\s[^<>]{0,300})?` keeps the attribute scan bounded so the regex stays linear. */
const TAG = /<(\/?)(p|div|br|span|a|table|tbody|tr|td|th|li|ul|ol|dl|dt|dd|h[1-6]|img|strong|em|b|i|u|section|article|header|footer|nav|main|font|center|blockquote|pre|figure|figcaption|script|style|meta|link|iframe|form|input|hr)(?:\s[^<>]{0,300})?\/?>/gi;

function skipLeadingComments(s: string): string {
  let t = s;
  while (t.startsWith('<!--')) {
    const end = t.indexOf('-->');
    if (end < 0) return t;
    t = t.slice(end + 3).trimStart();
  }
  return t;
}

/**
 * Guesses whether `text` is HTML: a document marker (`<!doctype html`, `<html`,
 * `<head`, `<body`) near the start, a text that starts with a known tag, or
 * several well-formed known tags including a closing one. Plain text that
 * merely contains `a<b` or `x < y > z` does not count.
 */
export function looksLikeHtml(text: string): boolean {
  const head = text.slice(0, 65536).replace(/^\uFEFF/, '').trimStart();
  if (STRONG_START.test(skipLeadingComments(head))) return true;
  if (STRONG_ANY.test(head.slice(0, 4096))) return true;
  let count = 0;
  let closing = 0;
  let first = -1;
  TAG.lastIndex = 0;
  for (let m = TAG.exec(head); m; m = TAG.exec(head)) {
    if (first < 0) first = m.index;
    count++;
    if (m[1] === '/' || /^(br|img|hr|input|meta|link)$/i.test(m[2])) closing++;
    if (count >= 3 && closing >= 1) return true;
  }
  // A fragment such as "<p>正文" is still HTML when it opens with a known tag.
  return first === 0;
}

// String.prototype.isWellFormed (Node 20+) answers natively; the pattern is the fallback of older engines.
const WELL_FORMED = (String.prototype as { isWellFormed?: (this: string) => boolean }).isWellFormed;
function isWellFormed(text: string): boolean {
  return WELL_FORMED ? WELL_FORMED.call(text) : !/[\uD800-\uDFFF]/.test(text);
}

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
const AFTER_TAG_OPEN_LONE_SURROGATE = /<(?:[\uD800-\uDBFF](?![\uDC00-\uDFFF])|[\uDC00-\uDFFF])/g;
const AFTER_TAG_OPEN_NUL = /<\0/g;
const REPLACEMENT = '\uFFFD';

/**
 * Removes NUL characters and lone UTF-16 surrogates, which break downstream
 * tools (and JSON) but carry no text. Returns the clean string and how many
 * of each were removed (right after '<', replaced).
 */
export function sanitizeString(text: string): { text: string; nuls: number; surrogates: number } {
  let nuls = 0;
  let surrogates = 0;
  let out = text;
  // Lone surrogates first: two halves parted by a NUL (\uD800\0\uDFFF) would pair up into a character
  // the page never had if the NUL went first.
  // A unit taken out right after '<' would let the '<' open a tag the page never had (<\uD800h… → <h…): there the
  // replacement character stands in for it, as a decoder puts it for a byte it cannot read.
  if (!isWellFormed(out)) {
    const before = out.length;
    out = out.replace(AFTER_TAG_OPEN_LONE_SURROGATE, () => {
      surrogates++;
      return `<${REPLACEMENT}`;
    });
    out = out.replace(LONE_SURROGATE, '');
    surrogates += before - out.length;
  }
  if (out.includes('\0')) {
    const before = out.length;
    out = out.replace(AFTER_TAG_OPEN_NUL, () => {
      nuls++;
      return `<${REPLACEMENT}`;
    });
    out = out.replace(/\0/g, '');
    nuls += before - out.length;
  }
  return { text: out, nuls, surrogates };
}
