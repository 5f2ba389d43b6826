// opencc-js as the tests use it for reference: the tw/hk → cn chain the Simplified view is defined by, and a
// converter that never changes a string's length (the whole text when its conversion keeps the length, else
// character by character, keeping a character whose conversion would not).
import * as OpenCC from 'opencc-js';

/** A text converter, such as one opencc-js makes. */
export type Convert = (text: string) => string;

/** `convert`, made length-preserving. */
export function lengthPreserving(convert: Convert): Convert {
  return (text) => {
    const whole = convert(text);
    if (whole.length === text.length) return whole;
    let out = '';
    for (const ch of text) {
      const one = convert(ch);
      out += one.length === ch.length ? one : ch;
    }
    return out;
  };
}

/** Taiwan and Hong Kong forms → Simplified, in one trie chain: the conversion the Simplified view stands on. */
export const twHkToCn: Convert = OpenCC.ConverterFactory(OpenCC.Locale.from.tw, OpenCC.Locale.from.hk, OpenCC.Locale.to.cn);
