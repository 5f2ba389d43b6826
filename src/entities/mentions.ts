/**
 * Every mention of the names found, longest names first, never overlapping a place, an organisation or
 * another name. One scan of the text for all the names (at each offset, a look-up per distinct name length, not
 * per name), so a page listing a hundred thousand names costs one pass over it.
 */
import type { Span } from '../types.js';
import { clearCodeBit, codeBits, hasCodeBit, orgSuffixes, setCodeBit, wordStartingAt } from './lexicon.js';

/** Distinct names of two characters or more, grouped by length, longest first; within a length, in the order given. */
function groupByLength(names: readonly string[]): string[][] {
  const groups = new Map<number, Set<string>>();
  for (const name of names) {
    if (name.length < 2) continue;
    const group = groups.get(name.length);
    if (group) group.add(name);
    else groups.set(name.length, new Set([name]));
  }
  return [...groups.entries()].sort((a, b) => b[0] - a[0]).map(([, group]) => [...group]);
}

// The bit of the code of every first (and every second) character of the names being looked for: most offsets
// are passed over on one read or two, without a string made. One bit set each (8 KB, see codeBits) serves every
// call (calls never overlap); each call clears what it set.
const firstChars = codeBits();
const secondChars = codeBits();

/**
 * With at most this many distinct first units among the names, the view is searched for each unit (indexOf, the
 * engine's own search, many times faster than a loop over the units) instead of read unit by unit; more would
 * make a search per unit cost more than the one scan, and unboundedly many (a page listing thousands of names).
 */
const MAX_SEARCHED_UNITS = 8;

/**
 * Where each of `names` occurs in `view`, left to right, overlaps included: one scan of the view for every length
 * (or a search per first unit, when the names begin with few). The map's order is not the text's.
 */
export function occurrencesOf(view: string, names: Iterable<string>): Map<string, number[]> {
  const byLength = new Map<number, Set<string>>();
  const firstUnits: number[] = [];
  for (const name of names) {
    if (!hasCodeBit(firstChars, name.charCodeAt(0))) firstUnits.push(name.charCodeAt(0));
    setCodeBit(firstChars, name.charCodeAt(0));
    if (name.length >= 2) setCodeBit(secondChars, name.charCodeAt(1));
    const group = byLength.get(name.length);
    if (group) group.add(name);
    else byLength.set(name.length, new Set([name]));
  }
  const found = new Map<string, number[]>();
  if (byLength.size === 0) return found;
  const groups = [...byLength];
  if (firstUnits.length <= MAX_SEARCHED_UNITS) {
    // Each name has one first unit, so its occurrences still come left to right.
    for (const unit of firstUnits) {
      const first = String.fromCharCode(unit);
      for (let at = view.indexOf(first); at !== -1; at = view.indexOf(first, at + 1)) recordNamesAt(view, at, groups, found);
    }
  } else {
    for (let at = 0; at < view.length; at++) if (hasCodeBit(firstChars, view.charCodeAt(at))) recordNamesAt(view, at, groups, found);
  }
  // Every bit set was set for one of the names, so clearing the bits of each name clears them all.
  for (const group of byLength.values()) {
    for (const name of group) {
      clearCodeBit(firstChars, name.charCodeAt(0));
      if (name.length >= 2) clearCodeBit(secondChars, name.charCodeAt(1));
    }
  }
  return found;
}

/** Adds `at` to the occurrences of every name of `groups` (by length) written at `at`, whose first unit stands there. */
function recordNamesAt(view: string, at: number, groups: ReadonlyArray<[number, Set<string>]>, found: Map<string, number[]>): void {
  const secondMatches = at + 1 < view.length && hasCodeBit(secondChars, view.charCodeAt(at + 1));
  for (const [length, group] of groups) {
    if (at + length > view.length || (length >= 2 && !secondMatches)) continue;
    const candidate = view.slice(at, at + length);
    if (!group.has(candidate)) continue;
    const list = found.get(candidate);
    if (list) list.push(at);
    else found.set(candidate, [at]);
  }
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
  const isFree = (start: number, end: number) => {
    for (let at = start; at < end; at++) if (taken[at] !== 0) return false;
    return true;
  };
  blocked.forEach(take);
  const result = new Map<string, Span[]>();
  const groups = groupByLength(names);
  const occurrences = occurrencesOf(view, groups.flat());
  for (const group of groups) {
    for (const name of group) {
      const spans: Span[] = [];
      for (const at of occurrences.get(name) ?? []) {
        const end = at + name.length;
        if (!isFree(at, end) || wordStartingAt(view, end, orgSuffixes().starts) !== null) continue;
        spans.push({ start: at, end });
      }
      spans.forEach(take);
      result.set(name, spans);
    }
  }
  return result;
}
