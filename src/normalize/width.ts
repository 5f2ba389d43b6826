/**
 * Full-width ASCII (U+FF01–U+FF5E) and the ideographic space fold to their half-width forms.
 * Every folded character is one UTF-16 unit before and after, so offsets are unchanged.
 */
export function foldWidth(text: string): string {
  return FULL_WIDTH.test(text) ? text.replace(FULL_WIDTH_ALL, foldOne) : text;
}

/** True for a UTF-16 unit {@link foldWidth} changes. */
export function foldsWidth(unit: number): boolean {
  return (unit >= 0xff01 && unit <= 0xff5e) || unit === 0x3000;
}

const FULL_WIDTH = /[\uff01-\uff5e\u3000]/u;
const FULL_WIDTH_ALL = /[\uff01-\uff5e\u3000]/gu;

function foldOne(ch: string): string {
  return ch === '\u3000' ? ' ' : String.fromCharCode(ch.charCodeAt(0) - 0xfee0);
}

// Space-like characters scraped pages carry (no-break, thin, zero-width, BOM, tabs): all become one plain space.
const SPACE_LIKE = /[\s\u00a0\u1680\u2000-\u200b\u2028\u2029\u202f\u205f\u3000\ufeff]+/g;

/** One line of page text with its white space folded to single spaces and trimmed. */
export function cleanLine(line: string): string {
  return line.replace(SPACE_LIKE, ' ').trim();
}
