/**
 * Every mention of the names found, longest names first, never overlapping a place, an organisation or
 * another name.
 */
import type { Span } from '../types.js';
import { orgSuffixes, wordStartingAt } from './lexicon.js';

/**
 * Every occurrence of each name in `view`, longest names first, never overlapping one another or a
 * blocked span; an occurrence followed by an organisation suffix (鞍钢集团) is the organisation, not the person.
 */
export function findMentions(view: string, names: readonly string[], blocked: readonly Span[] = []): Map<string, Span[]> {
  // One flag per character: checking a span costs its length, however many mentions there are.
  const taken = new Uint8Array(view.length);
  const take = (span: Span) => taken.fill(1, span.start, span.end);
  const isFree = (start: number, end: number) => taken.subarray(start, end).every((flag) => flag === 0);
  blocked.forEach(take);
  const result = new Map<string, Span[]>();
  const ordered = [...new Set(names)].filter((name) => name.length >= 2).sort((a, b) => b.length - a.length);
  for (const name of ordered) {
    const spans: Span[] = [];
    for (let at = view.indexOf(name); at !== -1; at = view.indexOf(name, at + 1)) {
      const end = at + name.length;
      if (!isFree(at, end) || wordStartingAt(view, end, orgSuffixes().byFirstChar) !== null) continue;
      spans.push({ start: at, end });
    }
    spans.forEach(take);
    result.set(name, spans);
  }
  return result;
}
