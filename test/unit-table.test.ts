// unitsMatching builds its table from regex passes over a string of all the units; it must give, unit for unit, what
// testing each unit alone gives (the way the tables were built before), surrogates and its own mark included.
import { describe, expect, it } from 'vitest';
import { unitsMatching } from '../src/normalize/index.js';

function testedOneByOne(pattern: RegExp): Uint8Array {
  const table = new Uint8Array(0x10000);
  for (let unit = 0; unit < 0x10000; unit++) table[unit] = pattern.test(String.fromCharCode(unit)) ? 1 : 0;
  return table;
}

function differences(pattern: RegExp): number[] {
  const fast = unitsMatching(pattern);
  const slow = testedOneByOne(pattern);
  const differing: number[] = [];
  for (let unit = 0; unit < 0x10000; unit++) if (fast[unit] !== slow[unit]) differing.push(unit);
  return differing;
}

describe('unitsMatching', () => {
  it.each([
    ['the Han script', /\p{Script=Han}/u],
    ['white space', /\s/u],
    ['sentence ends, quotes and white space', /[。.!?…"”’)）\s]/u],
    ['a negated class (it accepts lone surrogates and the mark itself)', /[^a-z\u4e00-\u9fff]/u],
    ['a class ignoring case, without the u flag', /[k-m]/i],
    ['control characters (the mark \\u0001 among them)', /[\u0000-\u001f]/u],
  ])('gives what testing each unit alone gives: %s', (_, pattern) => {
    expect(differences(pattern)).toEqual([]);
  });

  it('finds the units of a class and no others', () => {
    const table = unitsMatching(/[中文]/u);
    expect(table.reduce((sum, flag) => sum + flag, 0)).toBe(2);
    expect(table['中'.charCodeAt(0)]).toBe(1);
    expect(table['文'.charCodeAt(0)]).toBe(1);
  });

});
