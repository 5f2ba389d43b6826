// Damaged UTF-8 is told from another encoding by counting what the WHATWG decoder makes of the bytes; the
// reading skips the full decode of bytes that cannot pass, and must decide exactly as the full count does.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isMostlyUtf8, readUtf8 } from '../src/input/utf8.js';

const scale = Number(process.env.XINWEN_FUZZ_SCALE ?? 1);
const LENIENT = new TextDecoder('utf-8', { fatal: false, ignoreBOM: true });
const encoder = new TextEncoder();

/** The decision made from the whole lenient decode: ten well-formed multi-byte characters per invalid sequence. */
function decidedByFullCount(bytes: Uint8Array): boolean {
  let cut = 0;
  for (let back = 1; back <= 3 && back <= bytes.length; back++) {
    const byte = bytes[bytes.length - back];
    if (byte >= 0x80 && byte <= 0xbf) continue;
    const needs = byte >= 0xf0 && byte <= 0xf4 ? 4 : byte >= 0xe0 && byte <= 0xef ? 3 : byte >= 0xc2 && byte <= 0xdf ? 2 : 0;
    cut = needs > back ? back : 0;
    break;
  }
  const whole = bytes.subarray(0, bytes.length - cut);
  const text = LENIENT.decode(whole);
  // A U+FFFD written in the bytes (EF BF BD) is a well-formed character, not damage.
  let literal = 0;
  for (let at = 0; at + 2 < whole.length; at++) if (whole[at] === 0xef && whole[at + 1] === 0xbf && whole[at + 2] === 0xbd) literal++;
  let replacements = -literal;
  let multibyte = literal;
  for (const ch of text) {
    if (ch === '\ufffd') replacements++;
    else if (ch.codePointAt(0)! >= 0x80) multibyte++;
  }
  if (replacements === 0 && cut === 0) return true;
  return multibyte > 0 && multibyte >= 10 * replacements;
}

// Pieces: Chinese and other UTF-8 text, GBK-like byte pairs, stray and truncated sequences, surrogate encodings.
const piece = fc.oneof(
  fc.constantFrom('今天上午', '会议。', 'abc ', 'é', '😀', '\ufffd').map((text) => [...encoder.encode(text)]),
  fc.constantFrom([0xbd, 0xf1], [0xcc, 0xec], [0xc0], [0xe4, 0xbd], [0xf0, 0x9f, 0x98], [0xed, 0xa0, 0x80], [0xe0, 0x80, 0x80], [0xf4, 0x90, 0x80, 0x80], [0xff], [0x80]),
  fc.integer({ min: 0, max: 255 }).map((byte) => [byte]),
);
const bytes = fc.array(piece, { maxLength: 60 }).map((pieces) => Uint8Array.from(pieces.flat()));

describe('reading damaged UTF-8', () => {
  it('decides as the full count of the lenient decode does', () => {
    fc.assert(
      fc.property(bytes, (written) => {
        expect(isMostlyUtf8(readUtf8(written))).toBe(decidedByFullCount(written));
      }),
      { numRuns: 5000 * scale },
    );
  });

  it('keeps a page with one bad byte as UTF-8, and gives up GBK bytes without decoding them', () => {
    const page = encoder.encode('今天上午，市政府召开常务会议，研究部署了下一步工作。'.repeat(4));
    const damaged = Uint8Array.from([...page.subarray(0, 30), 0xff, ...page.subarray(30)]);
    const reading = readUtf8(damaged);
    expect(isMostlyUtf8(reading)).toBe(true);
    expect(reading.invalid).toBe(1);
    const gbk = Uint8Array.from([0xbd, 0xf1, 0xcc, 0xec, 0xc9, 0xcf, 0xce, 0xe7, 0xa3, 0xac, 0xca, 0xd0, 0xd5, 0xfe, 0xb8, 0xae, 0xd5, 0xd9, 0xbf, 0xaa, 0xbb, 0xe1, 0xd2, 0xe9, 0xa1, 0xa3]);
    expect(isMostlyUtf8(readUtf8(gbk))).toBe(false);
  });
});
