/**
 * Full-width ASCII (U+FF01–U+FF5E) and the ideographic space fold to their half-width forms.
 * Every folded character is one UTF-16 unit before and after, so offsets are unchanged.
 */
export function foldWidth(text: string): string {
  let out = '';
  let changed = false;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code >= 0xff01 && code <= 0xff5e) {
      out += String.fromCharCode(code - 0xfee0);
      changed = true;
    } else if (code === 0x3000) {
      out += ' ';
      changed = true;
    } else {
      out += text[i];
    }
  }
  return changed ? out : text;
}

// Space-like characters scraped pages carry (no-break, thin, zero-width, BOM, tabs): all become one plain space.
const SPACE_LIKE = /[\s\u00a0\u1680\u2000-\u200b\u2028\u2029\u202f\u205f\u3000\ufeff]+/g;

/** One line of page text with its white space folded to single spaces and trimmed. */
export function cleanLine(line: string): string {
  return line.replace(SPACE_LIKE, ' ').trim();
}
