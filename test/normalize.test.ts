// The Simplified view skips the converter where it can prove the text converts to itself, and runs it only on
// the pieces between separators that can change: whatever it skips, its answer must be the converter's own.
import fc from 'fast-check';
import * as OpenCC from 'opencc-js';
import { describe, expect, it } from 'vitest';
import { analysisView, foldWidth, toSimplified } from '../src/normalize/index.js';
import { lengthPreserving, twHkToCn } from './helpers/opencc.js';

const scale = Number(process.env.XINWEN_FUZZ_SCALE ?? 1);

// The converter chain the view is defined by, run on the whole text, character by character when a
// conversion would change the length.
const convertedWhole = lengthPreserving(twHkToCn);

// Every key of the chain's dictionaries, and their characters: text made of them meets every phrase, every
// round trip (台 → 臺 → 台) and every key that crosses a piece boundary the view might cut at.
const keys: string[] = [];
for (const locale of [OpenCC.Locale.from.tw, OpenCC.Locale.from.hk, OpenCC.Locale.to.cn]) {
  for (const group of locale) {
    for (const dictionary of group) {
      const entries = typeof dictionary === 'string' ? dictionary.split('|').map((entry) => entry.split(' ')) : dictionary;
      for (const [key] of entries) if (key) keys.push(key);
    }
  }
}
const keyChars = [...new Set(keys.join(''))];
const separators = ['，', '。', '\n', ' ', '的', 'a', '1', '⿰', '𫫇', '\ud800'];
const piece = fc.oneof(fc.constantFrom(...keys), fc.constantFrom(...keyChars), fc.constantFrom(...separators));
const text = fc.array(piece, { maxLength: 24 }).map((parts) => parts.join(''));

describe('the Simplified view', () => {
  it("gives the converter's own answer on text made of its dictionaries' keys", () => {
    fc.assert(
      fc.property(text, (written) => {
        expect(toSimplified(written)).toBe(convertedWhole(written));
      }),
      { numRuns: 3000 * scale },
    );
  });

  it('converts a Traditional clause inside a Simplified page and leaves the rest as written', () => {
    const page = '今天上午，市政府召开常务会议。\n會議由市長主持，研究部署了下一步工作。\n台风过后，全市恢复正常。';
    const view = toSimplified(page);
    expect(view).toBe(convertedWhole(page));
    expect(view.split('\n')[1]).toBe('会议由市长主持，研究部署了下一步工作。');
    expect(view.split('\n')[0]).toBe(page.split('\n')[0]);
  });

  it('keeps the length of the text, full-width forms folded', () => {
    const written = '２０２４年５月８日，臺北市舉行會議。';
    const view = analysisView(written);
    expect(view.length).toBe(written.length);
    expect(view).toBe('2024年5月8日,台北市举行会议。');
  });

  it('folds width unit by unit, lone surrogates and byte-order marks kept as they are', () => {
    const unit = fc.oneof(fc.integer({ min: 0xff00, max: 0xff60 }), fc.constantFrom(0x3000, 0x3001, 0x20, 0xd800, 0xdc00, 0xfeff, 0x4e2d, 0x41), fc.integer({ min: 0, max: 0xffff }));
    fc.assert(
      fc.property(fc.array(unit, { maxLength: 40 }), (units) => {
        const written = units.map((code) => String.fromCharCode(code)).join('');
        const folded = units.map((code) => String.fromCharCode(code === 0x3000 ? 0x20 : code >= 0xff01 && code <= 0xff5e ? code - 0xfee0 : code)).join('');
        expect(foldWidth(written)).toBe(folded);
      }),
      { numRuns: 2000 * scale },
    );
  });
});
