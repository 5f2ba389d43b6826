/**
 * Full-width ASCII (U+FF01–U+FF5E) and the ideographic space fold to their half-width forms.
 * Every folded character is one UTF-16 unit before and after, so offsets are unchanged.
 */
export function foldWidth(text: string): string {
  let first = 0;
  while (first < text.length && !foldsWidth(text.charCodeAt(first))) first++;
  if (first === text.length) return text;
  if (text.length < FOLD_CHUNK) return text.replace(FULL_WIDTH_ALL, foldOne);
  // Chinese text folds a unit every few characters: the units are folded into a buffer that is decoded as one
  // string, which costs far less than a replacement call per folded character. The decoder would replace a lone
  // surrogate, so text holding any surrogate is made a string in chunks instead.
  const units = new Uint16Array(text.length);
  let surrogates = false;
  for (let at = 0; at < text.length; at++) {
    const unit = text.charCodeAt(at);
    if (unit >= 0xd800 && unit <= 0xdfff) surrogates = true;
    units[at] = unit === 0x3000 ? 0x20 : unit >= 0xff01 && unit <= 0xff5e ? unit - 0xfee0 : unit;
  }
  if (!surrogates && LITTLE_ENDIAN) return UTF16.decode(units);
  let out = '';
  for (let at = 0; at < units.length; at += FOLD_CHUNK) out += String.fromCharCode.apply(null, units.subarray(at, at + FOLD_CHUNK) as unknown as number[]);
  return out;
}

// Decodes the folded units; a byte-order mark stays a character of the text. The buffer holds the units in the
// machine's byte order, which the decoder reads right only on a little-endian machine.
const UTF16 = new TextDecoder('utf-16le', { ignoreBOM: true });
const LITTLE_ENDIAN = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1;

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
  return isClean(line) ? line : line.replace(SPACE_LIKE, ' ').trim();
}

/** True for a unit of {@link SPACE_LIKE} other than the plain space (checked by code: this runs on every character of a page). */
export function isSpaceLike(unit: number): boolean {
  if (unit < 0x21) return unit >= 9 && unit <= 13;
  return unit >= 0xa0 && (unit === 0xa0 || unit === 0x1680 || (unit >= 0x2000 && unit <= 0x200b) || unit === 0x2028 || unit === 0x2029 || unit === 0x202f || unit === 0x205f || unit === 0x3000 || unit === 0xfeff);
}

/** True when `line` is already clean: single plain spaces between words, none at either end (most lines are). */
function isClean(line: string): boolean {
  let afterSpace = true;
  for (let at = 0; at < line.length; at++) {
    const unit = line.charCodeAt(at);
    // Han characters and most others lie above every space-like unit but the byte-order mark.
    if (unit > 0x3000 && unit !== 0xfeff) {
      afterSpace = false;
    } else if (unit === 32) {
      if (afterSpace) return false;
      afterSpace = true;
    } else if (isSpaceLike(unit)) {
      return false;
    } else {
      afterSpace = false;
    }
  }
  return !afterSpace || line.length === 0;
}
