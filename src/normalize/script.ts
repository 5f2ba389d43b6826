/**
 * Simplified/Traditional conversion with opencc-js, character by character where needed so the result
 * always has the input's length, and script detection.
 */
import { DictRowCursor, readDictText } from '../nlp/index.js';
import { openccToSimplified, openccToTraditional, openccVersion } from './opencc.js';
import { convertByGroups, toTaiwanTraditional, type Group } from './traditional.js';
import { trieChainConverter } from './trie-chain.js';
import { foldsWidth } from './width.js';

type Convert = (text: string) => string;
let toSimplifiedConverter: Convert | undefined;
let toTraditionalConverter: Convert | undefined;

// In both directions, up to this length and until the full converter is loaded, a text is converted by a
// converter built for it alone (traditional.ts `convertByGroups`, `toTaiwanTraditional`): a Simplified page with a
// stray Taiwan variant (著) never builds the tw/hk → cn tries, and the words the entity engine writes on
// Traditional pages never build opencc-js's full cn → tw tries (~40 MB of heap). A longer text (a Traditional
// page's view; a long line of the article converted with `script: 'traditional'`) loads the full converter,
// which is faster per text, and every text uses it after.
const SHORT_TEXT = 64;

// Character-level presets keep almost every string the same length, which is what lets offsets found
// on the Simplified view point into the original text unchanged (convertPerChar catches the rest).
// The Simplified view undoes both regional variant sets before the Traditional → Simplified step, so
// Hong Kong forms (衞, 綫, 着) read the same as Taiwan forms (衛, 線, 著); one trie chain does all three.
function toSimplifiedRaw(text: string): string {
  if (toSimplifiedConverter === undefined && text.length <= SHORT_TEXT) return convertByGroups(simplifiedChain(), text, openccToSimplified().Trie);
  toSimplifiedConverter ??= trieChainConverter(simplifiedChain(), openccToSimplified().Trie, libraryToSimplified) ?? libraryToSimplified();
  return toSimplifiedConverter(text);
}

let libraryToSimplifiedConverter: Convert | undefined;

/** opencc-js's own converter for the chain, for the texts the table-gated one leaves to it. */
function libraryToSimplified(): Convert {
  if (libraryToSimplifiedConverter === undefined) {
    const { ConverterFactory, Locale } = openccToSimplified();
    libraryToSimplifiedConverter = ConverterFactory(Locale.from.tw, Locale.from.hk, Locale.to.cn);
  }
  return libraryToSimplifiedConverter;
}

let simplifiedGroups: Group[] | undefined;

/** The dictionary groups of the tw → cn, hk → cn chain, in order, as `ConverterFactory` takes them apart. */
function simplifiedChain(): Group[] {
  if (simplifiedGroups) return simplifiedGroups;
  const { Locale } = openccToSimplified();
  simplifiedGroups = [Locale.from.tw, Locale.from.hk, Locale.to.cn].flatMap((locale) => locale.map((group) => (Array.isArray(group) ? group : [group]) as Group));
  return simplifiedGroups;
}

function toTraditionalRaw(text: string): string {
  if (text.length <= SHORT_TEXT && toTraditionalConverter === undefined) return toTaiwanTraditional(text);
  toTraditionalConverter ??= openccToTraditional().Converter({ from: 'cn', to: 'tw' });
  return toTraditionalConverter(text);
}

/** Converts character by character, so the result always has the input's length. */
function convertPerChar(text: string, convert: Convert): string {
  let out = '';
  for (const ch of text) {
    const converted = convert(ch);
    out += converted.length === ch.length ? converted : ch;
  }
  return out;
}

function lengthPreserving(text: string, convert: Convert): string {
  const converted = convert(text);
  return converted.length === text.length ? converted : convertPerChar(text, convert);
}

// Two filters decide whether a text needs the Traditional → Simplified conversion, the costliest step of the
// view; text that fails either converts to itself, so the conversion is skipped for it.
//
// STARTS_CHANGE marks the UTF-16 units that can start a change of the whole conversion (for an astral
// character, its high surrogate): the characters of the converter's single-character entries that it changes,
// and the first characters of its phrase entries that it changes (回覆 → 回复 and 瞭解 → 了解 are phrases of
// characters that stay as they are alone). Each entry is run through the converter once, since a chain of
// dictionaries may map a character back to itself (户 → 戶 → 户).
//
// IN_CHANGE is the proof that a text converts to itself: each dictionary of the chain replaces only whole keys
// it finds, so a text that holds no unit of any key that the dictionary changes passes it unchanged. One unit
// per changed key is enough (a text holding the key holds all its units): the first unit where key and value
// differ, which for a phrase is nearly always a Traditional character (二噁英 marks 噁, not 二). A single
// character that the chain maps back to itself (台 → 臺 → 台) is left unmarked when neither it nor any of its
// images stands in any phrase key of any dictionary: no phrase can then match across it, so it goes through
// the chain alone and comes out as it went in.
//
// SEPARATES marks the units that stand in no key of any dictionary: no match can hold one, so the chain
// converts the pieces between them one by one, and only the pieces that hold an IN_CHANGE unit need the
// converter (a page with one Traditional name converts that clause, not the page). An ideographic
// description character (U+2FF0–U+2FFF) makes the converter skip the characters it describes, so a text
// holding one is converted whole (IDEOGRAPHIC_DESCRIPTION).
const STARTS_CHANGE = 1;
const IN_CHANGE = 2;
const SEPARATES = 4;
const IDEOGRAPHIC_DESCRIPTION = 8;
let conversionUnits: Uint8Array | undefined;

type Entry = readonly [key: string, value: string];

/** The entries of each dictionary group of the converter chain, in chain order (one trie per group). */
function chainEntries(): Entry[][] {
  const groups: Entry[][] = [];
  const { Locale } = openccToSimplified();
  for (const locale of [Locale.from.tw, Locale.from.hk, Locale.to.cn]) {
    for (const group of locale) {
      const entries: Entry[] = [];
      for (const dictionary of Array.isArray(group) ? group : [group]) {
        // A dictionary is a 'key value|key value' string, or (in the library's types) a list of pairs.
        const pairs = typeof dictionary === 'string' ? dictionary.split('|').map((entry) => entry.split(' ')) : (dictionary as ReadonlyArray<readonly string[]>);
        for (const [key, value] of pairs) if (key && value !== undefined) entries.push([key, value]);
      }
      groups.push(entries);
    }
  }
  return groups;
}

function markStartsOfChange(units: Uint8Array, groups: readonly Entry[][]): void {
  const keys = [...new Set(groups.flat().map(([key]) => key))];
  const converted = toSimplifiedRaw(keys.join('\n')).split('\n');
  keys.forEach((key, index) => {
    // A phrase marks its first character: the converter matches phrases from their start.
    if (converted.length !== keys.length || converted[index] !== key) units[key.charCodeAt(0)] |= STARTS_CHANGE;
  });
}

function markUnitsOfChange(units: Uint8Array, groups: readonly Entry[][]): void {
  const inPhrases = new Uint8Array(65536);
  for (const entries of groups) {
    for (const [key] of entries) if (key.length > 1) for (let at = 0; at < key.length; at++) inPhrases[key.charCodeAt(at)] = 1;
  }
  // Within a group the first dictionary wins a key (the trie loads them in reverse), so the Map is filled in reverse.
  const singleMaps = groups.map((entries) => new Map(entries.filter(([key]) => key.length === 1).reverse()));
  const returnsAlone = (unit: string): boolean => {
    let image = unit;
    for (const map of singleMaps) {
      if (inPhrases[image.charCodeAt(0)] === 1) return false;
      image = map.get(image) ?? image;
      if (image.length !== 1) return false;
    }
    return image === unit && inPhrases[image.charCodeAt(0)] === 0;
  };
  for (const entries of groups) {
    for (const [key, value] of entries) {
      if (key === value) continue;
      if (key.length === 1 && returnsAlone(key)) continue;
      let at = 0;
      while (at < key.length - 1 && key.charCodeAt(at) === value.charCodeAt(at)) at++;
      units[key.charCodeAt(at)] |= IN_CHANGE;
    }
  }
}

function markSeparators(units: Uint8Array, groups: readonly Entry[][]): void {
  const inKeys = new Uint8Array(65536);
  for (const entries of groups) for (const [key] of entries) for (let at = 0; at < key.length; at++) inKeys[key.charCodeAt(at)] = 1;
  for (let unit = 0; unit < 65536; unit++) if (inKeys[unit] === 0) units[unit] |= SEPARATES;
  for (let unit = 0x2ff0; unit <= 0x2fff; unit++) units[unit] = (units[unit] & ~SEPARATES) | IDEOGRAPHIC_DESCRIPTION;
}

/** The unit table from opencc-js's dictionaries (tools/build-conversion-units.ts writes it to dict/). */
export function buildConversionUnits(): Uint8Array {
  const units = new Uint8Array(65536);
  const groups = chainEntries();
  markStartsOfChange(units, groups);
  markUnitsOfChange(units, groups);
  markSeparators(units, groups);
  return units;
}

export const CONVERSION_UNITS_FILE = 'conversion-units.txt';
const VERSION_ROW = '@opencc-js';

/**
 * The unit table shipped in dict/ (runs of equal flags: the hex unit a run starts at, its flags), or undefined
 * when it was built from another opencc-js version than the installed one: then it is built at run time
 * (about 50 ms and the converter's tries), the same table for any version.
 */
export function shippedConversionUnits(): Uint8Array | undefined {
  const text = readDictText(CONVERSION_UNITS_FILE);
  const rows = new DictRowCursor(text);
  const installed = openccVersion();
  if (installed === null || !rows.next() || text.slice(rows.start, rows.end) !== `${VERSION_ROW}\t${installed}`) return undefined;
  // The runs are read in place (some 6,000 rows, on the first parse of a process): each fills up to the next.
  const units = new Uint8Array(65536);
  let from = -1;
  let flags = 0;
  while (rows.next()) {
    let tab = text.indexOf('\t', rows.start);
    if (tab === -1 || tab > rows.end) tab = rows.end;
    const start = Number.parseInt(text.slice(rows.start, tab), 16);
    if (from !== -1) units.fill(flags, from, start);
    from = start;
    flags = Number.parseInt(text.slice(tab + 1, rows.end), 16);
  }
  if (from !== -1) units.fill(flags, from, units.length);
  return units;
}

/** The rows of the shipped table for `units` (what tools/build-conversion-units.ts writes after the header). */
export function conversionUnitRows(units: Uint8Array, version: string): string[] {
  const rows = [`${VERSION_ROW}\t${version}`];
  for (let unit = 0; unit < units.length; unit++) {
    if (unit === 0 || units[unit] !== units[unit - 1]) rows.push(`${unit.toString(16).padStart(4, '0')}\t${units[unit].toString(16)}`);
  }
  return rows;
}

function unitsOfConversion(): Uint8Array {
  return (conversionUnits ??= shippedConversionUnits() ?? buildConversionUnits());
}

function mayConvertToSimplified(text: string): boolean {
  const units = unitsOfConversion();
  let seen = 0;
  for (let at = 0; at < text.length; at++) {
    seen |= units[text.charCodeAt(at)];
    if ((seen & (STARTS_CHANGE | IN_CHANGE)) === (STARTS_CHANGE | IN_CHANGE)) return true;
  }
  return false;
}

// Below this share of the text in pieces that can change, the converter runs piece by piece; above it, once
// on the whole text (the same output, since no match holds a separator), as each call has a cost of its own.
const PIECEWISE_BELOW = 0.25;

// Pieces are short (a few characters between separators) and the same ones come back page after page (什么, 这么,
// 台, 户: Simplified characters that can start a change only in Traditional company), so the converter's answer for
// each short piece is remembered; the converter is a pure function of its input, so the answer stays right.
const MEMO_PIECE_UP_TO = 16;
const MEMO_LIMIT = 4096;
const pieceMemo = new Map<string, string>();

/** The converter's output for one piece, from the memo for a short piece seen before. */
function convertPiece(piece: string): string {
  if (piece.length > MEMO_PIECE_UP_TO) return toSimplifiedRaw(piece);
  let converted = pieceMemo.get(piece);
  if (converted === undefined) {
    converted = toSimplifiedRaw(piece);
    if (pieceMemo.size >= MEMO_LIMIT) pieceMemo.clear();
    pieceMemo.set(piece, converted);
  }
  return converted;
}

/** The converter's output for `text`, running it only on the pieces between separators that can change. */
function toSimplifiedByPieces(text: string): string {
  const units = unitsOfConversion();
  const bounds: number[] = [];
  const wholeFrom = PIECEWISE_BELOW * text.length;
  const end = text.length;
  let changing = 0;
  let pieceEnd = 0;
  // One tight loop over the units that cannot change (nearly all of a Simplified text's) up to the next unit
  // that can; only there are the bounds of its piece looked for, back and forth to the nearest separators.
  for (let at = 0; at < end; at++) {
    while (at < end && (units[text.charCodeAt(at)] & (IN_CHANGE | IDEOGRAPHIC_DESCRIPTION)) === 0) at++;
    if (at === end) break;
    if ((units[text.charCodeAt(at)] & IDEOGRAPHIC_DESCRIPTION) !== 0) return toSimplifiedRaw(text);
    if (at < pieceEnd) continue; // another changing unit of the piece just recorded
    let pieceStart = at;
    while (pieceStart > 0 && (units[text.charCodeAt(pieceStart - 1)] & SEPARATES) === 0) pieceStart--;
    pieceEnd = at + 1;
    while (pieceEnd < end && (units[text.charCodeAt(pieceEnd)] & SEPARATES) === 0) pieceEnd++;
    bounds.push(pieceStart, pieceEnd);
    changing += pieceEnd - pieceStart;
    if (changing >= wholeFrom) return toSimplifiedRaw(text);
  }
  let out = '';
  let copiedTo = 0;
  for (let index = 0; index < bounds.length; index += 2) {
    const piece = text.slice(bounds[index], bounds[index + 1]);
    const converted = convertPiece(piece);
    if (converted === piece) continue;
    out += text.slice(copiedTo, bounds[index]) + converted;
    copiedTo = bounds[index + 1];
  }
  return copiedTo === 0 ? text : out + text.slice(copiedTo);
}

/** The Simplified view of `text`, exactly as long as `text`. */
export function toSimplified(text: string): string {
  return mayConvertToSimplified(text) ? lengthPreserving(text, toSimplifiedByPieces) : text;
}

/**
 * `toSimplified(joined)` of `joined = lines.join('\n')` in one conversion call, except that where the joined conversion would change
 * the length, each line falls back alone (toSimplified of the line): a rare character the converter writes as
 * two costs its own line its phrases, never the whole page. No conversion entry spans a line break.
 */
export function toSimplifiedLines(lines: readonly string[], joined: string): string {
  if (!mayConvertToSimplified(joined)) return joined;
  const converted = toSimplifiedByPieces(joined);
  return converted.length === joined.length ? converted : lines.map(toSimplified).join('\n');
}

/** The Traditional (Taiwan standard characters) form of `text`, exactly as long as `text`. */
export function toTraditional(text: string): string {
  return lengthPreserving(text, toTraditionalRaw);
}

const HAN_CHAR = /\p{Script=Han}/u;

/** Whether the BMP unit is a Han character: the two big ideograph blocks and the common non-Han ranges by code, the rest by the pattern. */
function isHanUnit(unit: number): boolean {
  if (unit < 0x2e80) return false;
  if ((unit >= 0x4e00 && unit <= 0x9fff) || (unit >= 0x3400 && unit <= 0x4dbf)) return true;
  if (unit >= 0xff00 && unit <= 0xffef) return false; // half- and full-width forms
  if (unit >= 0x3000 && unit <= 0x303f) return unit === 0x3005 || unit === 0x3007 || (unit >= 0x3021 && unit <= 0x3029) || (unit >= 0x3038 && unit <= 0x303b);
  return HAN_CHAR.test(String.fromCharCode(unit));
}

/** Han characters in `text` (an astral character is one, though two UTF-16 units), in one loop over its units. */
function countHan(text: string): number {
  let count = 0;
  for (let at = 0; at < text.length; at++) {
    const unit = text.charCodeAt(at);
    if ((unit & 0xfc00) === 0xd800 && at + 1 < text.length && (text.charCodeAt(at + 1) & 0xfc00) === 0xdc00) {
      if (HAN_CHAR.test(text.slice(at, at + 2))) count++;
      at++;
    } else if (isHanUnit(unit)) {
      count++;
    }
  }
  return count;
}

type Script = 'zh-Hans' | 'zh-Hant' | 'und';

// Script detection reads this many characters from the start of the text.
const SCRIPT_SAMPLE = 20000;

/** Simplified text has almost no characters that convert; Traditional news has 15–30 %. */
function scriptOf(hanCount: number, changed: number): Script {
  if (hanCount === 0) return 'und';
  return changed / hanCount > 0.04 ? 'zh-Hant' : 'zh-Hans';
}

/**
 * `zh-Hant` when enough Han characters change under Traditional → Simplified conversion,
 * `zh-Hans` otherwise; pages with no Han text at all are reported as `und`.
 */
export function detectScript(text: string): Script {
  const sample = text.length > SCRIPT_SAMPLE ? text.slice(0, SCRIPT_SAMPLE) : text;
  // No Han character: nothing to convert.
  if (countHan(sample) === 0) return 'und';
  return detectScriptOfViews([sample], [toSimplified(sample)]);
}

/**
 * {@link detectScript} of the lines joined by line breaks, read from their analysis views (`analysisView`, made
 * already by the caller) instead of converting them again: a unit counts as changed where its view differs and
 * the difference is not the width fold's.
 */
export function detectScriptOfViews(lines: readonly string[], views: readonly string[]): Script {
  const changed = changedUnits(lines, views);
  // The Han characters are counted only until the share of changed ones is at or below the Traditional mark:
  // more of them only lower it, so the answer is Simplified from there (on a Simplified page, at the first Han).
  let hanCount = 0;
  let left = SCRIPT_SAMPLE;
  for (let i = 0; i < lines.length && left > 0; i++) {
    hanCount += countHan(lines[i].length > left ? lines[i].slice(0, left) : lines[i]);
    if (hanCount > 0 && scriptOf(hanCount, changed) === 'zh-Hans') return 'zh-Hans';
    left -= lines[i].length + 1;
  }
  return scriptOf(hanCount, changed);
}

/** The units of the script sample that the views change, width folds aside (only lines whose view differs are read). */
function changedUnits(lines: readonly string[], views: readonly string[]): number {
  let changed = 0;
  let left = SCRIPT_SAMPLE;
  for (let i = 0; i < lines.length && left > 0; i++) {
    const view = views[i];
    if (view !== lines[i]) {
      const length = Math.min(lines[i].length, left);
      for (let at = 0; at < length; at++) {
        const unit = lines[i].charCodeAt(at);
        if (unit !== view.charCodeAt(at) && !foldsWidth(unit)) changed++;
      }
    }
    left -= lines[i].length + 1;
  }
  return changed;
}
