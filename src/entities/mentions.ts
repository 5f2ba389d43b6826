/**
 * Every mention of the names found, longest names first, never overlapping a place, an organisation or
 * another name. One scan of the text per distinct name length (not per name), so a page listing a hundred
 * thousand names costs a few passes over it.
 */
import type { Span } from '../types.js';
import { orgSuffixes, wordStartingAt } from './lexicon.js';

/** The names of one length, in the order they are taken, and each one's place in that order. */
interface LengthGroup {
  length: number;
  names: string[];
  order: Map<string, number>;
  /** 1 at the UTF-16 code of every first character of these names: most offsets are passed over on one read. */
  firstChars: Uint8Array;
}

/** Distinct names of two characters or more, grouped by length, longest first; within a length, in the order given. */
function groupByLength(names: readonly string[]): LengthGroup[] {
  const groups = new Map<number, LengthGroup>();
  for (const name of names) {
    if (name.length < 2) continue;
    let group = groups.get(name.length);
    if (!group) {
      group = { length: name.length, names: [], order: new Map(), firstChars: new Uint8Array(0x10000) };
      groups.set(name.length, group);
    }
    if (group.order.has(name)) continue;
    group.order.set(name, group.names.length);
    group.names.push(name);
    group.firstChars[name.charCodeAt(0)] = 1;
  }
  return [...groups.values()].sort((a, b) => b.length - a.length);
}

/**
 * Every occurrence of each name in `view`, longest names first, never overlapping one another or a
 * blocked span; an occurrence followed by an organisation suffix (鞍钢集团) is the organisation, not the person.
 * Names of one length are taken one name after another, in the order given: where two of them overlap, the
 * earlier name wins, wherever it stands.
 */
export function findMentions(view: string, names: readonly string[], blocked: readonly Span[] = []): Map<string, Span[]> {
  // One flag per character: checking a span costs its length, however many mentions there are.
  const taken = new Uint8Array(view.length);
  const take = (span: Span) => taken.fill(1, span.start, span.end);
  const isFree = (start: number, end: number) => taken.subarray(start, end).every((flag) => flag === 0);
  blocked.forEach(take);
  const result = new Map<string, Span[]>();
  for (const group of groupByLength(names)) {
    // Where each name of the group occurs, left to right, found in one scan of the text.
    const occurrences: number[][] = group.names.map(() => []);
    for (let at = 0; at + group.length <= view.length; at++) {
      if (group.firstChars[view.charCodeAt(at)] === 0) continue;
      const index = group.order.get(view.slice(at, at + group.length));
      if (index !== undefined) occurrences[index].push(at);
    }
    group.names.forEach((name, index) => {
      const spans: Span[] = [];
      for (const at of occurrences[index]) {
        const end = at + name.length;
        if (!isFree(at, end) || wordStartingAt(view, end, orgSuffixes().starts) !== null) continue;
        spans.push({ start: at, end });
      }
      spans.forEach(take);
      result.set(name, spans);
    });
  }
  return result;
}
