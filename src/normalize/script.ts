/**
 * Simplified/Traditional conversion with opencc-js, character by character where needed so the result
 * always has the input's length, and script detection.
 */
import * as OpenCC from 'opencc-js';
import { toTaiwanTraditional } from './traditional.js';

type Convert = (text: string) => string;
let toSimplifiedConverter: Convert | undefined;
let toTraditionalConverter: Convert | undefined;

// Character-level presets keep almost every string the same length, which is what lets offsets found
// on the Simplified view point into the original text unchanged (convertPerChar catches the rest).
// The Simplified view undoes both regional variant sets before the Traditional → Simplified step, so
// Hong Kong forms (衞, 綫, 着) read the same as Taiwan forms (衛, 線, 著); one trie chain does all three.
function toSimplifiedRaw(text: string): string {
  toSimplifiedConverter ??= OpenCC.ConverterFactory(OpenCC.Locale.from.tw, OpenCC.Locale.from.hk, OpenCC.Locale.to.cn);
  return toSimplifiedConverter(text);
}

// Up to this length, text is converted by a converter built for it alone (traditional.ts): the words the
// entity engine writes on Traditional pages then never build opencc-js's full cn → tw tries (~40 MB of heap).
// Longer text (the article with `script: 'traditional'`) uses the full converter, which is faster per line.
const SHORT_TEXT = 64;

function toTraditionalRaw(text: string): string {
  if (text.length <= SHORT_TEXT) return toTaiwanTraditional(text);
  toTraditionalConverter ??= OpenCC.Converter({ from: 'cn', to: 'tw' });
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

// UTF-16 units that can start a change of the Traditional → Simplified conversion (for an astral
// character, its high surrogate): the characters of the converter's single-character entries that it
// changes, and the first characters of its phrase entries that it changes (回覆 → 回复 and 瞭解 → 了解 are
// phrases of characters that stay as they are alone). Each entry is run through the converter once, since a
// chain of dictionaries may map a character back to itself (户 → 戶 → 户). Text with none of them converts
// to itself, so the conversion, the costliest step of the view, is skipped for it.
let unitsThatConvert: Uint8Array | undefined;

function buildUnitsThatConvert(): Uint8Array {
  const candidates = new Set<string>();
  for (const group of [OpenCC.Locale.from.tw, OpenCC.Locale.from.hk, OpenCC.Locale.to.cn]) {
    for (const dictionary of group) {
      for (const part of Array.isArray(dictionary) ? dictionary : [dictionary]) {
        for (const entry of part.split('|')) {
          const key = entry.slice(0, entry.indexOf(' '));
          if (key !== '') candidates.add(key);
        }
      }
    }
  }
  const keys = [...candidates];
  const converted = toSimplifiedRaw(keys.join('\n')).split('\n');
  const units = new Uint8Array(65536);
  keys.forEach((key, index) => {
    // A phrase marks its first character: the converter matches phrases from their start.
    if (converted.length !== keys.length || converted[index] !== key) units[key.charCodeAt(0)] = 1;
  });
  return units;
}

function canConvertToSimplified(text: string): boolean {
  unitsThatConvert ??= buildUnitsThatConvert();
  for (let at = 0; at < text.length; at++) if (unitsThatConvert[text.charCodeAt(at)] === 1) return true;
  return false;
}

/** The Simplified view of `text`, exactly as long as `text`. */
export function toSimplified(text: string): string {
  return canConvertToSimplified(text) ? lengthPreserving(text, toSimplifiedRaw) : text;
}

/** The Traditional (Taiwan standard characters) form of `text`, exactly as long as `text`. */
export function toTraditional(text: string): string {
  return lengthPreserving(text, toTraditionalRaw);
}

const HAN = /\p{Script=Han}/gu;

/**
 * `zh-Hant` when enough Han characters change under Traditional → Simplified conversion,
 * `zh-Hans` otherwise; pages with no Han text at all are reported as `und`.
 */
export function detectScript(text: string): 'zh-Hans' | 'zh-Hant' | 'und' {
  const sample = text.length > 20000 ? text.slice(0, 20000) : text;
  const hanCount = sample.match(HAN)?.length ?? 0;
  if (hanCount === 0) return 'und';
  const simplified = toSimplified(sample);
  let changed = 0;
  for (let i = 0; i < sample.length; i++) if (sample[i] !== simplified[i]) changed++;
  // Simplified text has almost no characters that convert; Traditional news has 15–30 %.
  return changed / hanCount > 0.04 ? 'zh-Hant' : 'zh-Hans';
}
