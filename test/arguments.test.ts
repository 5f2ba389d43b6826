// Every public function checks its text and its options before any work: the wrong type of text is
// E_INPUT_TYPE, an unknown or bad option is E_OPTION naming it; and segment keeps every token around
// lone surrogates and refuses protected spans that are not spans of its text.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { XinwenError, extractDates, extractOfficials, segment, stripBoilerplate } from '../src/index.js';

function thrown(run: () => unknown): XinwenError {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(XinwenError);
    return error as XinwenError;
  }
  throw new Error('expected a XinwenError, but nothing was thrown');
}

const engines: Array<[string, (text: unknown, options?: unknown) => unknown]> = [
  ['segment', (text, options) => segment(text as string, options as never)],
  ['extractDates', (text, options) => extractDates(text as string, options as never)],
  ['stripBoilerplate', (text, options) => stripBoilerplate(text as string, options as never)],
  ['extractOfficials', (text, options) => extractOfficials(text as string, options as never)],
];

const sentence = '市长王建华昨天在会上讲话。';

describe.each(engines)('%s checks its arguments', (name, run) => {
  it('refuses null, a number, an object, an array and a function with E_INPUT_TYPE naming the function', () => {
    for (const input of [null, undefined, 42, {}, ['一段话'], () => 1]) {
      const error = thrown(() => run(input));
      expect(error.code).toBe('E_INPUT_TYPE');
      expect(error.message).toContain(name);
    }
  });

  it('reports an unknown option by name with E_OPTION', () => {
    const error = thrown(() => run(sentence, { refrenceDate: '2024-01-01' }));
    expect(error.code).toBe('E_OPTION');
    expect(error.message).toContain('refrenceDate');
  });

  it('accepts, and ignores, an option another engine knows (one options object for the whole pipeline)', () => {
    expect(() => run(sentence, { referenceDate: '2024-01-01', tokens: false, format: 'text' })).not.toThrow();
  });

  it('refuses options that are not an object, and reads null as no options', () => {
    expect(thrown(() => run(sentence, 'fine')).code).toBe('E_OPTION');
    expect(thrown(() => run(sentence, ['x'])).code).toBe('E_OPTION');
    expect(() => run(sentence, null)).not.toThrow();
  });
});

describe('bad option values are E_OPTION', () => {
  it('segment', () => {
    expect(thrown(() => segment(sentence, { granularity: 'coarse' as 'fine' })).code).toBe('E_OPTION');
    expect(thrown(() => segment(sentence, { names: ['王建华', 7 as unknown as string] })).code).toBe('E_OPTION');
    expect(thrown(() => segment(sentence, { referenceDate: 'soon', dates: [] })).code).toBe('E_OPTION');
  });
  it('extractDates', () => {
    expect(thrown(() => extractDates(sentence, { calendar: 'julian' as 'roc' })).code).toBe('E_OPTION');
  });
  it('stripBoilerplate', () => {
    expect(thrown(() => stripBoilerplate(sentence, { title: 3 as unknown as string })).code).toBe('E_OPTION');
    expect(thrown(() => stripBoilerplate(sentence, { bylines: '记者 王建华' as unknown as string[] })).code).toBe('E_OPTION');
  });
  it('extractOfficials', () => {
    expect(thrown(() => extractOfficials(sentence, { nameThreshold: 2 })).code).toBe('E_OPTION');
    expect(thrown(() => extractOfficials(sentence, { explain: 'yes' as unknown as boolean })).code).toBe('E_OPTION');
    expect(thrown(() => extractOfficials(sentence, { outlets: [null as unknown as string] })).code).toBe('E_OPTION');
    expect(thrown(() => extractOfficials(sentence, { credited: [{ name: '王建华' } as never] })).code).toBe('E_OPTION');
  });
  it('good options still work', () => {
    expect(extractOfficials(sentence, { explain: true, nameThreshold: 0.5 }).officials.map((official) => official.name)).toContain('王建华');
    expect(stripBoilerplate('记者 王建华\n' + sentence, { title: null }).text).toContain(sentence);
  });
});

describe('segment: lone surrogates and protected spans', () => {
  it('keeps every token after a lone surrogate, each slicing the text', () => {
    const text = '\ud800一九八九年四月';
    const tokens = segment(text);
    expect(tokens.map((token) => token.word).join('')).toBe(text);
    expect(tokens.some((token) => token.word.includes('四月'))).toBe(true);
    for (const token of tokens) expect(text.slice(token.start, token.end)).toBe(token.word);
  });

  it('keeps the words around lone surrogates in the middle and a real astral character', () => {
    const text = '我们\udc00在北京\ud83d\ude00开会\ud800';
    const tokens = segment(text);
    expect(tokens.map((token) => token.word).join('')).toBe(text);
    expect(tokens.map((token) => token.word)).toContain('开会');
    for (const token of tokens) expect(text.slice(token.start, token.end)).toBe(token.word);
  });

  it('refuses protected spans outside the text, reversed or not whole numbers', () => {
    const text = '我们在北京开会。';
    for (const span of [
      { start: 0, end: 1e6 },
      { start: -1, end: 2 },
      { start: 3, end: 1 },
      { start: 0.5, end: 2 },
      { start: 0, end: Number.NaN },
    ]) {
      expect(thrown(() => segment(text, { protect: [{ ...span, tag: 'n' }] })).code).toBe('E_OPTION');
    }
    expect(thrown(() => segment(text, { protect: [{ start: 0, end: 2 }] as never })).code).toBe('E_OPTION');
    expect(thrown(() => segment(text, { dates: [{ start: 2, end: 99 }] })).code).toBe('E_OPTION');
  });

  it('keeps a protected span that lies inside the text as one token', () => {
    const text = '我们在北京开会。';
    const tokens = segment(text, { protect: [{ start: 3, end: 7, tag: 'x' }] });
    expect(tokens).toContainEqual({ word: '北京开会', tag: 'x', start: 3, end: 7 });
  });
});

describe('segment loses no character', () => {
  // Pieces of our own news sentences, lone surrogates, astral characters, white space and Latin words, mixed at random.
  const piece = fc.constantFrom('市政府', '召开', '会议', '一九八九年四月', '2024年3月5日', '\ud800', '\udfff', '\ud83d\ude00', ' ', '\n', 'GDP', '《通知》', '、', '。', '王建华', '123.5亿元');
  it('covers every character that is not white space with exactly one token, each slicing the text', () => {
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 30 }), (pieces) => {
        const text = pieces.join('');
        const tokens = segment(text);
        let reach = 0;
        const covered = new Uint8Array(text.length);
        for (const token of tokens) {
          expect(token.start).toBeGreaterThanOrEqual(reach);
          expect(text.slice(token.start, token.end)).toBe(token.word);
          covered.fill(1, token.start, token.end);
          reach = token.end;
        }
        for (let at = 0; at < text.length; at++) if (!/\s/u.test(text[at])) expect(covered[at]).toBe(1);
      }),
      { numRuns: 300 },
    );
  });
});
