import * as OpenCC from 'opencc-js';

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

function toTraditionalRaw(text: string): string {
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

/** The Simplified view of `text`, exactly as long as `text`. */
export function toSimplified(text: string): string {
  return lengthPreserving(text, toSimplifiedRaw);
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
