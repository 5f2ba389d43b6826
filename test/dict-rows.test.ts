// The dict reader finds rows in place (DictRowCursor) rather than trimming each line: it must find exactly the rows
// that trimming each line finds (blank and # lines skipped), whatever white space stands around them.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DictRowCursor } from '../src/nlp/index.js';

function rowsByTrimming(text: string): string[] {
  return text.split('\n').map((line) => line.trim()).filter((line) => line !== '' && !line.startsWith('#'));
}

function rowsInPlace(text: string): string[] {
  const rows: string[] = [];
  for (const cursor = new DictRowCursor(text); cursor.next(); ) rows.push(text.slice(cursor.start, cursor.end));
  return rows;
}

describe('DictRowCursor', () => {
  it('finds the rows of a file with a header, blank lines, CRLF ends and white space around rows', () => {
    const text = '\ufeff# a header line\n#\n甲乙\tcity\r\n\n  丙丁\tcity \t\n\u3000戊己\u3000\n#注释\nabc\t1 2 3\n   \n\u00a0x\u2028';
    expect(rowsInPlace(text)).toEqual(['甲乙\tcity', '丙丁\tcity', '戊己', 'abc\t1 2 3', 'x']);
    expect(rowsInPlace(text)).toEqual(rowsByTrimming(text));
  });

  it('finds what trimming each line finds, on any text of row-like pieces', () => {
    const piece = fc.constantFrom('a', '中', '#', '\t', ' ', '\r', '\n', '\u3000', '\ufeff', '\u00a0', '\u2028', '\u3001', '1', '=');
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 40 }), (pieces) => {
        const text = pieces.join('');
        expect(rowsInPlace(text)).toEqual(rowsByTrimming(text));
      }),
      { numRuns: 2000 },
    );
  });
});
