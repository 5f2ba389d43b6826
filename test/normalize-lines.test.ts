// Many lines converted in one call (viewsOfLines) must give each line its own view, and the script read from
// those views must be the one detectScript reads from the joined text.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analysisView, detectScript, detectScriptOfViews, viewsOfLines } from '../src/normalize/index.js';
import { twHkToCn } from './helpers/opencc.js';

const scale = Number(process.env.XINWEN_FUZZ_SCALE ?? 1);

// Characters of the converter's keys, Simplified forms, full-width forms, and one the converter writes as two
// UTF-16 units (蒍 → 𫇭), which makes a conversion change the length.
const alphabet = [...'會議瞭解臺灣發佈時間市长主持开会後着衞綫台风過後２０，。ＡＢ　的了1a蒍'];
const line = fc.array(fc.constantFrom(...alphabet), { maxLength: 12 }).map((chars) => chars.join(''));
const lines = fc.array(line, { minLength: 1, maxLength: 8 });

describe('the views of many lines', () => {
  it('gives each line the view it has alone', () => {
    fc.assert(
      fc.property(lines, (written) => {
        const views = viewsOfLines(written);
        expect(views).toEqual(written.map(analysisView));
      }),
      { numRuns: 2000 * scale },
    );
  });

  it('keeps the phrases of the other lines when one line holds a character the converter lengthens', () => {
    const written = ['我們瞭解了會議的安排。', '蒍'];
    expect(twHkToCn(written[1]).length).not.toBe(written[1].length);
    const views = viewsOfLines(written);
    expect(views[0]).toBe('我们了解了会议的安排。');
    expect(views[1]).toBe('蒍');
  });

  it('reads the same script as detectScript on the joined text', () => {
    fc.assert(
      fc.property(lines, (written) => {
        const joined = written.join('\n');
        fc.pre(twHkToCn(joined).length === joined.length);
        expect(detectScriptOfViews(written, viewsOfLines(written))).toBe(detectScript(joined));
      }),
      { numRuns: 2000 * scale },
    );
  });

  it('tells a Traditional page, a Simplified one and one without Han apart', () => {
    const traditional = ['臺灣發佈會議時間', '會議由市長主持。'];
    const simplified = ['市政府召开会议', '会议由市长主持。'];
    const latin = ['Breaking news', '２０２４'];
    expect(detectScriptOfViews(traditional, viewsOfLines(traditional))).toBe('zh-Hant');
    expect(detectScriptOfViews(simplified, viewsOfLines(simplified))).toBe('zh-Hans');
    expect(detectScriptOfViews(latin, viewsOfLines(latin))).toBe('und');
  });
});
