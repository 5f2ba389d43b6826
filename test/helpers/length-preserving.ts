// A converter that never changes a string's length: the whole text when its conversion keeps the length,
// else character by character, keeping a character whose conversion would not. Tests compare xinwen's
// Simplified view and its Traditional round trips against opencc-js run this way.

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
