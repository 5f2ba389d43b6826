/**
 * The input stage: whatever a scraper hands us (bytes or a string, HTML or
 * page text) becomes lines of main-content text plus page metadata, with
 * every dropped visible block reported.
 */
import type { Removed } from '../types.js';
import { checkOneOf, describeValue, XinwenError } from '../errors.js';
import { decodeBytes } from './decode.js';
import { looksLikeHtml, sanitizeString } from './sniff.js';
import { parseHtml } from './html.js';
import { selectContent } from './content.js';
import { chooseTitle, emptyMeta, extractMeta, type PageMeta } from './meta.js';
import { dateFromUrl } from '../dates/publish.js';
import { lineMarkup, type LineMarkup } from './line-facts.js';

export type { PageMeta } from './meta.js';
export { decodeBytes, type Decoded } from './decode.js';
export { looksLikeHtml } from './sniff.js';
export { stripSiteSuffix } from './meta.js';
export type { LineMarkup } from './line-facts.js';

/** The text of a page, ready for the boilerplate stage. */
export interface PageText {
  format: 'html' | 'text';
  /** The encoding used to decode bytes; null for string input. */
  encoding: string | null;
  /**
   * The page text as lines in reading order. For text input: the input split
   * on `\r\n|\n|\r`, untouched. For HTML: one line per block of the main
   * content, whitespace collapsed, the headline first.
   */
  lines: string[];
  /**
   * For HTML: what the markup says of each of `lines` (link density, heading, an image beside it), for the
   * boilerplate stage's line classifier; null for a line the markup did not hold. Empty for text input.
   */
  markup: Array<LineMarkup | null>;
  /** Visible HTML text dropped before `lines` (scripts, styles and hidden elements are not reported). */
  removed: Removed[];
  /**
   * The page's info bars (date, source, author above the article: `2024-03-16 10:00 来源:…`), dropped
   * from `lines` and reported in `removed` as `byline`, kept here so the boilerplate stage can read the
   * publish date and credits they carry. Empty for text input, whose info bars are among `lines`.
   */
  infoBars: string[];
  meta: PageMeta;
  warnings: string[];
}

/** Options of {@link readPage}. */
export interface ReadOptions {
  /** `auto` (default) sniffs HTML against plain text. */
  format?: 'auto' | 'html' | 'text';
  /** Encoding of `Uint8Array` input (used when the bytes are not valid UTF-8 and have no BOM). */
  encoding?: string;
  /** Larger inputs are refused with `E_TOO_LARGE`: bytes for `Uint8Array`, UTF-16 units for strings. Default 20 MiB. */
  maxSize?: number;
  /** Where the page came from: base for relative canonical links, last resort for the publish date. */
  url?: string;
}

const DEFAULT_MAX = 20 * 1024 * 1024;

function checkOptions(options: ReadOptions): void {
  checkOneOf(options.format, 'format', ['auto', 'html', 'text']);
  if (options.maxSize !== undefined && !(typeof options.maxSize === 'number' && options.maxSize > 0)) {
    throw new XinwenError('E_OPTION', `maxSize must be a positive number of bytes; got ${String(options.maxSize)}`);
  }
}

/**
 * Reads a scraped page: decodes bytes, tells HTML from text, and for HTML
 * finds the main content, the headline and the page metadata.
 *
 * Empty or whitespace-only input returns no lines and a warning rather than
 * throwing, so callers can still produce an (empty) article.
 *
 * @throws XinwenError `E_INPUT_TYPE` for anything but a string or Uint8Array;
 *   `E_TOO_LARGE` beyond `maxSize`; `E_ENCODING` for an unknown `encoding` or binary input;
 *   `E_OPTION` for an invalid option.
 */
export function readPage(input: unknown, options: ReadOptions = {}): PageText {
  checkOptions(options);
  const maxSize = options.maxSize ?? DEFAULT_MAX;
  const warnings: string[] = [];
  let text: string;
  let encoding: string | null = null;
  // Decoding may already know the text holds nothing to sanitize.
  let alreadyClean = false;
  if (typeof input === 'string') {
    if (input.length > maxSize) {
      throw new XinwenError('E_TOO_LARGE', `input is ${input.length} UTF-16 units, over the limit of ${maxSize}; raise options.maxSize if this is intended`);
    }
    text = input.replace(/^\uFEFF/, '');
  } else if (input instanceof Uint8Array) {
    if (input.byteLength > maxSize) {
      throw new XinwenError('E_TOO_LARGE', `input is ${input.byteLength} bytes, over the limit of ${maxSize} bytes; raise options.maxSize if this is intended`);
    }
    const d = decodeBytes(input, options.encoding);
    text = d.text;
    encoding = d.encoding;
    alreadyClean = d.clean;
    for (const warning of d.warnings) warnings.push(warning);
  } else {
    throw new XinwenError('E_INPUT_TYPE', `parseArticle expects a string or a Uint8Array (Buffer); got ${describeValue(input)}`);
  }

  if (!alreadyClean) {
    const clean = sanitizeString(text);
    text = clean.text;
    if (clean.nuls) warnings.push(`removed ${clean.nuls} NUL character(s)`);
    if (clean.surrogates) warnings.push(`removed ${clean.surrogates} lone surrogate(s)`);
  }

  const fmt = options.format ?? 'auto';
  const isHtml = fmt === 'html' || (fmt === 'auto' && looksLikeHtml(text));
  const format: PageText['format'] = isHtml ? 'html' : 'text';

  // A search for the first visible character, not a trimmed copy of the page.
  if (!/\S/.test(text)) {
    warnings.push('input is empty');
    return { format, encoding, lines: [], markup: [], removed: [], infoBars: [], meta: emptyMeta(), warnings };
  }

  if (!isHtml) {
    const meta = emptyMeta();
    if (options.url) meta.publishedTime = dateFromUrl(options.url);
    return { format, encoding, lines: text.split(/\r\n|\n|\r/), markup: [], removed: [], infoBars: [], meta, warnings };
  }

  const parsed = parseHtml(text);
  const chosen = chooseTitle(parsed);
  const content = selectContent(parsed, chosen.title);
  const meta = extractMeta(parsed, chosen, content, { url: options.url });
  for (const warning of content.warnings) warnings.push(warning);
  if (content.lines.length === 0) warnings.push('the HTML has no visible text');
  // Facts only for the lines kept: -1 stands for a title the markup held nowhere.
  const held = content.sources.filter((index) => index >= 0);
  const facts = lineMarkup(parsed, held);
  let next = 0;
  const markup = content.sources.map((index) => (index >= 0 ? facts[next++] : null));
  return { format, encoding, lines: content.lines, markup, removed: content.removed, infoBars: content.infoBars, meta, warnings };
}
