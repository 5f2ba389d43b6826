/**
 * Width folding and line cleaning: full-width ASCII (U+FF01–U+FF5E) and the ideographic space fold to their
 * half-width forms, and scraped white space folds to single spaces.
 */
import { Buffer } from 'node:buffer';

/**
 * Full-width ASCII (U+FF01–U+FF5E) and the ideographic space fold to their half-width forms.
 * Every folded character is one UTF-16 unit before and after, so offsets are unchanged.
 */
export function foldWidth(text: string): string {
  let first = 0;
  while (first < text.length && !foldsWidth(text.charCodeAt(first))) first++;
  if (first === text.length) return text;
  // Chinese text folds a unit every few characters (its commas, colons, brackets): the text's UTF-16 units are
  // folded in place as little-endian bytes and read back as one string, which costs far less than a replacement
  // call per folded unit. Buffer keeps a lone surrogate as it is both ways, and bytes need no machine byte order.
  const bytes = Buffer.from(text, 'utf16le');
  for (let at = first * 2; at < bytes.length; at += 2) {
    const high = bytes[at + 1];
    if (high === 0xff) {
      const low = bytes[at];
      if (low >= 0x01 && low <= 0x5e) {
        // U+FF01–U+FF5E → U+0021–U+007E
        bytes[at] = low + 0x20;
        bytes[at + 1] = 0;
      }
    } else if (high === 0x30 && bytes[at] === 0) {
      // U+3000, the ideographic space → U+0020
      bytes[at] = 0x20;
      bytes[at + 1] = 0;
    }
  }
  return bytes.toString('utf16le');
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
