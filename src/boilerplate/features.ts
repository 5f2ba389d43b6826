/**
 * Features of each line of a page for the line classifier, in the spirit of jusText and trafilatura: what a
 * line looks like (length, share of Han characters, sentence punctuation, digits and dates, separators,
 * furniture words, credit labels), where it stands (before, inside or after the run of prose that is the
 * article, first or last, a copy of the title, a repeat), and, where the page was HTML, its link density,
 * heading level and images. All are read on the Simplified view, so both scripts give the same numbers.
 *
 * The names and the order here are the columns of the weights in dict/line-model.txt.
 */
import type { LexiconHits } from './lexicon.js';
import { HOLDS, type CharFacts } from './line-facts.js';
import { UnitSet } from './unit-set.js';
import type { LineShape } from './shapes.js';

/** What the HTML stage knows of a line; absent for page text. */
export interface MarkupFacts {
  /** Share of the line's characters inside links. */
  linkDensity: number;
  /** Level of the enclosing `<h1>`…`<h6>`, else 0. */
  heading: number;
  /** The line's block holds or sits next to an image, or has a picture/caption class. */
  image: boolean;
  /** The line's element has a weak furniture hint (class/id such as `tag`, `more`, `tool`). */
  weakFurniture: boolean;
}

/** One line of a page as the classifier sees it. */
export interface PageLine {
  /** The cleaned line (white space folded). */
  text: string;
  /** Its Simplified, half-width view (same length). */
  view: string;
  /** The shape facts of the view, shared by the rules and the features. */
  shape: LineShape;
  markup?: MarkupFacts;
}

/** What the rule readers already said about a line; the model sees it as features. */
export interface LineClues {
  /** The whole line reads as credits only. */
  creditLine: boolean;
  /** The line holds a credit somewhere. */
  credit: boolean;
  /** dict/boilerplate.txt calls the line furniture. */
  pattern: boolean;
}

/** Page-level facts every line's features refer to. */
export interface PageContext {
  lines: readonly PageLine[];
  /** The comparable form of each line. */
  keys: readonly string[];
  clues: readonly LineClues[];
  /** The furniture words of line `i`, read on first use (settled paragraphs never need them). */
  lexicon: (i: number) => LexiconHits;
  /** First and last paragraph of the page: the run of prose that holds the article (-1 when there is none). */
  coreStart: number;
  coreEnd: number;
  /** Comparable form of the title, or null. */
  titleKey: string | null;
  /** Whether each line occurs more than once on the page (by its comparable form). */
  repeated: readonly boolean[];
}

// Marks read at one end of a line are looked up by that character: a pattern ending in `$` would be tried at
// every position of the line.
const SENTENCE_CLOSERS = UnitSet.of('。!?;…"”’)）');
const BULLETS = UnitSet.of('·•●▪■□◆◇★☆▲►→>-*+');
const BRACKET_OPENERS = UnitSet.of('([【〔《<');
const BRACKETED = /^[(\[【〔《<].{0,80}[)\]】〕》>]$/u;
const URL_OR_MAIL = /https?:\/\/|www\.|\.(?:com|cn|net|org|gov)\b|@[\w-]+\./u;
const CLOCK = /\d{1,2}:\d{2}/u;
const FIELD_LABEL = /(?:^|\s)[\p{Script=Han}]{1,6}\s?:/gu;

function count(view: string, pattern: RegExp): number {
  pattern.lastIndex = 0;
  let n = 0;
  while (pattern.exec(view) !== null) n++;
  return n;
}

/**
 * Comparable form of a line: without spaces and case, so a repeated headline with other spacing still matches.
 * `mask` is the line's HOLDS mask when the caller has read it (line-facts.ts): its space and capital bits say
 * exactly whether the line holds a space or a capital, so neither is searched for; without it both are.
 */
export function comparable(view: string, mask?: number): string {
  const spaced = mask === undefined ? view.includes(' ') : (mask & HOLDS.space) !== 0;
  const compact = spaced ? view.replace(/ /gu, '') : view;
  const upper = mask === undefined ? /[A-Z]/u.test(compact) : (mask & HOLDS.upper) !== 0;
  return upper ? compact.toLowerCase() : compact;
}

const FULL_STOP_ANYWHERE = /[。!?]|\. /u;

/**
 * A paragraph of running text: at least 40 characters with a full stop, or a Chinese sentence ended by one. Such a line is the article's or
 * another text's; which one is a question of page structure, not of the line's shape, so the line model
 * leaves it alone.
 */
export function isParagraph(view: string, shape: CharFacts): boolean {
  const n = view.length;
  if (n < 2) return false;
  // A full stop is 。!? or a dot before a space.
  const stops = (shape.mask & (HOLDS.fullStop | HOLDS.dot)) !== 0;
  if (n >= 40 && stops && FULL_STOP_ANYWHERE.test(view)) return true;
  const han = shape.han;
  // A long run of clauses that the page cut before its full stop.
  if (n >= 60 && shape.comma >= 3 && han >= 0.6 * n) return true;
  // A short paragraph: a sentence, ended, in Chinese (张三陪同考察。).
  const last = CLOSING_QUOTES.includes(view[n - 1]) ? view[n - 2] : view[n - 1];
  return (last === '。' || last === '!' || last === '?') && han >= Math.max(2, 0.5 * n);
}

const CLOSING_QUOTES = '"”’)';

/**
 * Builds the page-level facts the features need; `titleKey` and `keys` are the comparable forms of the title's
 * and the lines' views, and `paragraphs` says which lines are paragraphs (the caller has all of them already).
 */
export function pageContext(lines: readonly PageLine[], clues: readonly LineClues[], titleKey: string | null, keys: readonly string[], paragraphs: readonly boolean[], repeated: readonly boolean[]): PageContext {
  return {
    lines,
    keys,
    clues,
    lexicon: (i: number) => lines[i].shape.lexicon(),
    coreStart: paragraphs.indexOf(true),
    coreEnd: paragraphs.lastIndexOf(true),
    titleKey,
    repeated,
  };
}

// Buckets of line signatures (length and end characters, hashed), reused page after page and left zeroed.
const SIGNATURE_BUCKETS = new Int32Array(1 << 12);

function signatureBucket(key: string): number {
  const signature = key.length * 0x20000 + ((key.charCodeAt(0) * 31 + key.charCodeAt(key.length - 1)) & 0x1ffff);
  return (signature ^ (signature >>> 12) ^ (signature >>> 24)) & (SIGNATURE_BUCKETS.length - 1);
}

/**
 * Whether each comparable line occurs more than once on the page. Lines are first told apart by a bucket of
 * their length and end characters; only lines that share a bucket with another are compared as strings.
 */
export function repeatedKeys(keys: readonly string[]): boolean[] {
  const n = keys.length;
  const buckets = new Int32Array(n);
  for (let i = 0; i < n; i++) {
    buckets[i] = signatureBucket(keys[i]);
    SIGNATURE_BUCKETS[buckets[i]]++;
  }
  let counts: Map<string, number> | null = null;
  for (let i = 0; i < n; i++) {
    if (SIGNATURE_BUCKETS[buckets[i]] > 1) {
      counts ??= new Map();
      counts.set(keys[i], (counts.get(keys[i]) ?? 0) + 1);
    }
  }
  const repeated: boolean[] = [];
  for (let i = 0; i < n; i++) {
    repeated.push(counts !== null && SIGNATURE_BUCKETS[buckets[i]] > 1 && (counts.get(keys[i]) as number) > 1);
  }
  for (let i = 0; i < n; i++) SIGNATURE_BUCKETS[buckets[i]] = 0;
  return repeated;
}

// min(1, log1p(n) / 6) for the lengths below the one where it reaches 1.
const LOG_LENGTH = Float64Array.from({ length: 404 }, (_, n) => Math.min(1, Math.log1p(n) / 6));
// min(1, log1p(d) / 3) for the distances to the core below the one where it reaches 1.
const LOG_DISTANCE = Float64Array.from({ length: 20 }, (_, d) => Math.min(1, Math.log1p(d) / 3));

/** The features of a line, in the order of {@link FEATURES}. */
export const FEATURES = [
  'bias',
  'len_1_2', 'len_3_5', 'len_6_10', 'len_11_20', 'len_21_40', 'len_41_80', 'len_81_up', 'log_len',
  'han_share', 'latin_share', 'digit_share', 'no_han',
  'sentence_marks', 'ends_sentence', 'commas', 'stop_chars',
  'separators', 'bullet_start', 'bracketed', 'field_labels', 'ends_colon',
  'full_date', 'clock', 'url', 'publication_header',
  'credit_line', 'credit_inside', 'pattern',
  'lexicon_share', 'lexicon_words', 'lexicon_whole',
  'title_copy', 'title_inside', 'repeated',
  'before_core', 'after_core', 'distance_to_core', 'in_core', 'no_core', 'first_line', 'last_line',
  'link_density', 'link_full', 'heading', 'image', 'weak_furniture', 'markup',
] as const;

/** Number of features per line. */
export const FEATURE_COUNT = FEATURES.length;

/** Writes the features of line `i` into `out` (length {@link FEATURE_COUNT}). */
export function lineFeatures(context: PageContext, i: number, out: Float64Array): Float64Array {
  const { view, markup, shape } = context.lines[i];
  const clues = context.clues[i];
  const lexicon = context.lexicon(i);
  const chars = shape;
  const length = chars.visible || 1;
  const han = chars.han;
  // Written straight into `out` (booleans as 0/1 by `+`): no closure is made per line.
  let k = 0;
  out[k++] = 1;
  out[k++] = +(length <= 2);
  out[k++] = +(length >= 3 && length <= 5);
  out[k++] = +(length >= 6 && length <= 10);
  out[k++] = +(length >= 11 && length <= 20);
  out[k++] = +(length >= 21 && length <= 40);
  out[k++] = +(length >= 41 && length <= 80);
  out[k++] = +(length > 80);
  out[k++] = +(length < LOG_LENGTH.length ? LOG_LENGTH[length] : 1);
  out[k++] = +(han / length);
  out[k++] = +(chars.latin / length);
  out[k++] = +(chars.digit / length);
  out[k++] = +(han === 0);
  out[k++] = +(Math.min(1, (chars.sentence * 40) / length));
  out[k++] = +(SENTENCE_CLOSERS.has(view.charCodeAt(view.length - 1)));
  out[k++] = +(Math.min(1, (chars.comma * 20) / length));
  out[k++] = +(Math.min(1, (chars.stop * 5) / length));
  out[k++] = +(Math.min(1, (chars.separator * 5) / length));
  out[k++] = +(BULLETS.has(view.charCodeAt(0)));
  out[k++] = +(BRACKET_OPENERS.has(view.charCodeAt(0)) && BRACKETED.test(view));
  out[k++] = +(shape.holds(HOLDS.colon) ? Math.min(1, count(view, FIELD_LABEL) / 3) : 0);
  out[k++] = +(view.endsWith(':'));
  out[k++] = +(shape.hasFullDate());
  out[k++] = +(shape.holds(HOLDS.colon) && CLOCK.test(view));
  // Every form of an address holds a dot, except a scheme (http://).
  out[k++] = +((shape.holds(HOLDS.dot) || (shape.holds(HOLDS.slash) && view.includes('//'))) && URL_OR_MAIL.test(view));
  out[k++] = +(shape.isPublicationHeader());
  out[k++] = +(clues.creditLine);
  out[k++] = +(clues.credit);
  out[k++] = +(clues.pattern);
  out[k++] = +(Math.min(1, lexicon.covered / length));
  out[k++] = +(Math.min(1, lexicon.words / 3));
  out[k++] = +(lexicon.covered >= length - 1);
  const key = context.keys[i];
  out[k++] = +(context.titleKey !== null && key === context.titleKey);
  out[k++] = +(context.titleKey !== null && context.titleKey.length >= 4 && key.length > context.titleKey.length && key.includes(context.titleKey));
  out[k++] = +(context.repeated[i]);
  const { coreStart, coreEnd } = context;
  const hasCore = coreStart >= 0;
  out[k++] = +(hasCore && i < coreStart);
  out[k++] = +(hasCore && i > coreEnd);
  const distance = !hasCore ? 0 : i < coreStart ? coreStart - i : i > coreEnd ? i - coreEnd : 0;
  out[k++] = +(distance < LOG_DISTANCE.length ? LOG_DISTANCE[distance] : 1);
  out[k++] = +(hasCore && i >= coreStart && i <= coreEnd);
  out[k++] = +(!hasCore);
  out[k++] = +(i === 0);
  out[k++] = +(i === context.lines.length - 1);
  out[k++] = +(markup ? markup.linkDensity : 0);
  out[k++] = +(markup ? markup.linkDensity >= 0.8 : false);
  out[k++] = +(markup ? markup.heading > 0 : false);
  out[k++] = +(markup ? markup.image : false);
  out[k++] = +(markup ? markup.weakFurniture : false);
  out[k++] = +(markup !== undefined);
  return out;
}

/**
 * The features of the context pass, in the spirit of jusText: the adjacent lines' first-pass scores, and the side of the nearest confident line above and below it (a short line between two
 * furniture lines is furniture, a short line between two paragraphs is body), separately for short lines
 * (which take their neighbours' side) and longer ones (which mostly speak for themselves).
 */
export const CONTEXT_FEATURES = [
  'bias', 'short', 'prev', 'next',
  'up_body', 'up_furniture', 'down_body', 'down_furniture', 'up_edge', 'down_edge',
  'short_between_body', 'short_between_furniture', 'short_body_furniture', 'long_between_body', 'long_between_furniture',
] as const;

/** Number of context features per line. */
export const CONTEXT_FEATURE_COUNT = CONTEXT_FEATURES.length;

const SHORT_LINE = 20;
// A first-pass logit at least this far from zero makes a line a confident neighbour.
const CONFIDENT = 1.5;
// How far to look for a confident neighbour.
const REACH = 6;

/** The side (+1 body, -1 furniture) of the nearest confident line from `i` in direction `step`, or 0. */
function nearestSide(scores: ArrayLike<number>, i: number, step: number): number {
  for (let j = i + step, k = 0; j >= 0 && j < scores.length && k < REACH; j += step, k++) {
    if (scores[j] >= CONFIDENT) return 1;
    if (scores[j] <= -CONFIDENT) return -1;
  }
  return 0;
}

/** Writes the context features of line `i` from the first-pass scores (logits) into `out`. */
export function contextFeatures(scores: ArrayLike<number>, lines: readonly PageLine[], i: number, out: Float64Array): Float64Array {
  const n = scores.length;
  const at = (j: number) => (j >= 0 && j < n ? Math.max(-6, Math.min(6, scores[j])) / 6 : 0);
  const short = lines[i].view.length <= SHORT_LINE ? 1 : 0;
  const long = 1 - short;
  const up = nearestSide(scores, i, -1);
  const down = nearestSide(scores, i, 1);
  const bothBody = up > 0 && down > 0 ? 1 : 0;
  const bothFurniture = up < 0 && down < 0 ? 1 : 0;
  const mixed = up * down < 0 ? 1 : 0;
  out[0] = 1;
  out[1] = short;
  out[2] = at(i - 1);
  out[3] = at(i + 1);
  out[4] = up > 0 ? 1 : 0;
  out[5] = up < 0 ? 1 : 0;
  out[6] = down > 0 ? 1 : 0;
  out[7] = down < 0 ? 1 : 0;
  out[8] = up === 0 ? 1 : 0;
  out[9] = down === 0 ? 1 : 0;
  out[10] = short * bothBody;
  out[11] = short * bothFurniture;
  out[12] = short * mixed;
  out[13] = long * bothBody;
  out[14] = long * bothFurniture;
  return out;
}
