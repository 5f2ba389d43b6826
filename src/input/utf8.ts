/**
 * Reading bytes as UTF-8 when they are UTF-8 but for some damage: a few invalid bytes inside
 * (a bad copy, a stray byte from a template) or a character cut off at the end (a truncated
 * download). Either is a reason to warn, not a reason to read the page in another encoding.
 */
import { isUtf8, transcode } from 'node:buffer';

/** What the bytes look like read as UTF-8. */
export interface Utf8Reading {
  /** The text, each invalid sequence decoded as U+FFFD and a character cut at the end dropped. */
  text: string;
  /** Invalid sequences inside the bytes (the WHATWG decoder's U+FFFD, not counting a literal U+FFFD). */
  invalid: number;
  /** Well-formed characters of two to four bytes, the evidence that the bytes are UTF-8 at all (counted only for damaged bytes). */
  multibyte: number;
  /** Bytes (1–3) of a character cut off at the end of the input. */
  cut: number;
  /** True when the bytes are well-formed UTF-8 throughout (no damage of any kind). */
  wellFormed: boolean;
}

const LENIENT = new TextDecoder('utf-8', { fatal: false, ignoreBOM: true });

/** Length of an incomplete multi-byte character at the very end of `bytes` (0 when the end is whole). */
function cutAtEnd(bytes: Uint8Array): number {
  const last = bytes.length;
  for (let back = 1; back <= 3 && back <= last; back++) {
    const byte = bytes[last - back];
    if (byte >= 0x80 && byte <= 0xbf) continue; // a continuation byte: keep looking for the lead
    const needs = byte >= 0xf0 && byte <= 0xf4 ? 4 : byte >= 0xe0 && byte <= 0xef ? 3 : byte >= 0xc2 && byte <= 0xdf ? 2 : 0;
    return needs > back ? back : 0;
  }
  return 0;
}

/** Occurrences of U+FFFD written in the bytes themselves (EF BF BD), which are not damage. */
function literalReplacements(bytes: Uint8Array): number {
  let count = 0;
  for (let at = bytes.indexOf(0xef); at >= 0 && at + 2 < bytes.length; at = bytes.indexOf(0xef, at + 1)) {
    if (bytes[at + 1] === 0xbf && bytes[at + 2] === 0xbd) count++;
  }
  return count;
}

/**
 * Whether damaged bytes can still pass {@link isMostlyUtf8}, by a scan of the bytes that follows the WHATWG
 * decoder's rules (an invalid sequence ends where the decoder would write its U+FFFD) and stops as soon as even
 * every byte left being a well-formed two-byte character could not make up ten per invalid sequence. Bytes in
 * GBK or Big5 fail it within their first lines, so they are never decoded as UTF-8 in full.
 */
function mayBeMostlyUtf8(bytes: Uint8Array): boolean {
  let invalid = 0;
  let multibyte = 0;
  let at = 0;
  while (at < bytes.length) {
    const lead = bytes[at];
    if (lead < 0x80) {
      at++;
      continue;
    }
    const needs = lead >= 0xc2 && lead <= 0xdf ? 1 : lead >= 0xe0 && lead <= 0xef ? 2 : lead >= 0xf0 && lead <= 0xf4 ? 3 : 0;
    let lower = lead === 0xe0 ? 0xa0 : lead === 0xf0 ? 0x90 : 0x80;
    let upper = lead === 0xed ? 0x9f : lead === 0xf4 ? 0x8f : 0xbf;
    let next = at + 1;
    let seen = 0;
    while (seen < needs && next < bytes.length && bytes[next] >= lower && bytes[next] <= upper) {
      lower = 0x80;
      upper = 0xbf;
      seen++;
      next++;
    }
    if (needs > 0 && seen === needs) multibyte++;
    else invalid++;
    at = needs > 0 && seen === needs ? next : Math.max(next, at + 1);
    if (invalid > 0 && multibyte + (bytes.length - at) / 2 < 10 * invalid) return false;
  }
  return true;
}

/**
 * Well-formed UTF-8 to a string. Node's ICU transcoder turns UTF-8 into UTF-16 about twice as fast as
 * TextDecoder (measured on the gne pages, which are UTF-8), and on well-formed input both give the same
 * string; a Node built without ICU has no transcoder and gets TextDecoder, and so does a short input, for
 * which the transcoder's extra buffer costs more than it saves.
 */
function decodeWellFormed(bytes: Uint8Array): string {
  if (bytes.length >= 4096) {
    try {
      return transcode(bytes, 'utf8', 'utf16le').toString('utf16le');
    } catch {
      // no ICU: the decoder below
    }
  }
  return LENIENT.decode(bytes);
}

/**
 * Reads `bytes` as UTF-8 without giving up on damage, and says how much damage there was.
 * Well-formed input (checked natively, without decoding) costs one decode; only damaged input is counted,
 * and bytes that cannot be mostly UTF-8 are not decoded (their reading has an empty text and is not
 * {@link isMostlyUtf8}).
 */
export function readUtf8(bytes: Uint8Array): Utf8Reading {
  if (isUtf8(bytes)) return { text: decodeWellFormed(bytes), invalid: 0, multibyte: 0, cut: 0, wellFormed: true };
  const cut = cutAtEnd(bytes);
  const whole = cut > 0 ? bytes.subarray(0, bytes.length - cut) : bytes;
  if (!mayBeMostlyUtf8(whole)) return { text: '', invalid: 1, multibyte: 0, cut, wellFormed: false };
  const text = LENIENT.decode(whole);
  let replacements = 0;
  let nonAscii = 0;
  for (let i = 0; i < text.length; i++) {
    const unit = text.charCodeAt(i);
    if (unit === 0xfffd) replacements++;
    else if (unit >= 0xdc00 && unit <= 0xdfff) continue; // second half of a pair: counted with its first
    else if (unit >= 0x80) nonAscii++;
  }
  const literal = literalReplacements(whole);
  return { text, invalid: replacements - literal, multibyte: nonAscii + literal, cut, wellFormed: false };
}

/**
 * Whether a damaged reading is still UTF-8: no damage but a cut character after real UTF-8 text,
 * or at least ten well-formed multi-byte characters for every invalid sequence. Text in GBK or Big5
 * read as UTF-8 has the opposite ratio (most of its byte pairs are invalid), so the two never meet.
 */
export function isMostlyUtf8(reading: Utf8Reading): boolean {
  if (reading.invalid === 0 && reading.cut === 0) return true;
  return reading.multibyte > 0 && reading.multibyte >= 10 * reading.invalid;
}
