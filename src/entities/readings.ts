/**
 * Pinyin readings that some pages inject after characters (黃振發(fā), 院長(zhǎng)): they break names and
 * titles apart, so the entity engine reads a condensed view without them and maps every span back to the
 * text, where a name or title written with a reading keeps it (as written, damage included).
 */
import type { Span } from '../types.js';

// A reading in brackets right after a Han character: Latin letters with at least one tone mark (fā, zhǎng, lǜ).
const READING = /(?<=\p{Script=Han})\((?=[a-zü]{0,6}[āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ])[a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]{1,7}\)/gu;

// What may come right after the bracket that opens a reading: the pattern's letters.
const READING_START = /[a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]/u;

/**
 * Whether some bracket in `view` opens with a letter a reading may start with. Almost no page injects readings,
 * and most brackets hold Chinese or digits: the brackets are found by indexOf, and the pattern (whose look-behind
 * is tried at every offset) runs only on a text where one may open a reading.
 */
function mayHoldReading(view: string): boolean {
  for (let at = view.indexOf('('); at !== -1; at = view.indexOf('(', at + 1)) {
    if (at + 1 < view.length && READING_START.test(view[at + 1])) return true;
  }
  return false;
}

/** The view without its readings, and how a span of it maps back to the text. */
export interface CondensedView {
  view: string;
  /** The span of the text a span of the condensed view covers, with a reading right after its last character. */
  original(span: Span): Span;
}

/** The condensed view of `view`, or null when it has no injected readings. */
export function withoutReadings(view: string): CondensedView | null {
  if (!mayHoldReading(view)) return null;
  const readings = [...view.matchAll(READING)];
  if (readings.length === 0) return null;
  const offsets: number[] = [];
  // After each kept character, where the text goes on (past a reading that follows it).
  const resumeAfter: number[] = [];
  let condensed = '';
  let cursor = 0;
  for (const reading of readings) {
    for (let at = cursor; at < reading.index; at++) {
      offsets.push(at);
      resumeAfter.push(at + 1);
    }
    condensed += view.slice(cursor, reading.index);
    resumeAfter[resumeAfter.length - 1] = reading.index + reading[0].length;
    cursor = reading.index + reading[0].length;
  }
  for (let at = cursor; at < view.length; at++) {
    offsets.push(at);
    resumeAfter.push(at + 1);
  }
  condensed += view.slice(cursor);
  return {
    view: condensed,
    original: ({ start, end }) => ({
      start: start < offsets.length ? offsets[start] : view.length,
      end: end > 0 ? resumeAfter[end - 1] : 0,
    }),
  };
}
