/**
 * Full-width ASCII (U+FF01–U+FF5E) and the ideographic space fold to their half-width forms.
 * Every folded character is one UTF-16 unit before and after, so offsets are unchanged.
 */
export function foldWidth(text: string): string {
  let first = 0;
  while (first < text.length && !foldsWidth(text.charCodeAt(first))) first++;
  if (first === text.length) return text;
  if (text.length < FOLD_CHUNK) return text.replace(FULL_WIDTH_ALL, foldOne);
  // Chinese text folds a unit every few characters: the units are folded into a buffer and made a string in
  // chunks, which costs far less than a replacement call per folded character.
  const units = new Uint16Array(text.length);
  for (let at = 0; at < text.length; at++) {
    const unit = text.charCodeAt(at);
    units[at] = unit === 0x3000 ? 0x20 : unit >= 0xff01 && unit <= 0xff5e ? unit - 0xfee0 : unit;
  }
  let out = '';
  for (let at = 0; at < units.length; at += FOLD_CHUNK) out += String.fromCharCode.apply(null, units.subarray(at, at + FOLD_CHUNK) as unknown as number[]);
  return out;
}

// Units per String.fromCharCode call: a bounded argument list. Shorter text is folded by one replacement.
const FOLD_CHUNK = 4096;
const FULL_WIDTH_ALL = /[\uff01-\uff5e\u3000]/gu;

function foldOne(ch: string): string {
  return ch === '\u3000' ? ' ' : String.fromCharCode(ch.charCodeAt(0) - 0xfee0);
}

/** True for a UTF-16 unit {@link foldWidth} changes. */
export function foldsWidth(unit: number): boolean {
  return (unit >= 0xff01 && unit <= 0xff5e) || unit === 0x3000;
}


// Space-like characters scraped pages carry (no-break, thin, zero-width, BOM, tabs): all become one plain space.
const SPACE_LIKE = /[\s\u00a0\u1680\u2000-\u200b\u2028\u2029\u202f\u205f\u3000\ufeff]+/g;

/** One line of page text with its white space folded to single spaces and trimmed. */
export function cleanLine(line: string): string {
  return line.replace(SPACE_LIKE, ' ').trim();
}
