/**
 * Organisations by suffix grammar: a known suffix (公司, 人民政府 …) and the words of the name to its left,
 * with leading places kept or dropped by what the document attests.
 */
import type { PositionedWord } from '../nlp/index.js';
import type { OrganizationType, Span } from '../types.js';
import { orgSuffixes, orgWords, wordStartingAt } from './lexicon.js';
import { spanIndexAt } from './spans.js';
import type { PlaceMention } from './places.js';

/** An organisation found in text. */
export interface OrganisationMention extends Span {
  name: string;
  type: OrganizationType;
}

// Tags of words that end an organisation name on its left (verbs, prepositions, conjunctions, particles,
// pronouns, adverbs, numbers, times). Single characters with these tags are often parts of unknown names
// (unknown brand names), so only multi-character words and a few function characters stop the scan.
const STOP_TAGS = new Set(['v', 'vd', 'p', 'c', 'u', 'uj', 'ul', 'uz', 'ug', 'uv', 'ud', 'r', 'rr', 'rz', 'd', 'ad', 'a', 't', 'm', 'q', 'f', 'y', 'e', 'o']);
const STOP_CHARS = new Set([...'在到从向对和与及同是为于把被让给由往赴将了的']);
const ORDINAL_WORD = /^第[一二三四五六七八九十]{1,3}$/u;
const HAN_WORD = /^\p{Script=Han}+$/u;
const MAX_NAME = 24;
// Types whose name must begin with a place or a scope word: 政府 alone, or 有为政府, is no organisation.
const NEEDS_PLACE = new Set<OrganizationType>(['government', 'party']);
// Types whose name usually keeps the county it belongs to (黄岛区第一中学), unlike companies (海润达电子科技有限公司).
const KEEPS_PLACE = new Set<OrganizationType>(['school', 'hospital', 'government', 'party', 'institute', 'organization']);

function stopsName(token: PositionedWord): boolean {
  if (!HAN_WORD.test(token.word)) return true;
  if (ORDINAL_WORD.test(token.word)) return false;
  if (token.word.length === 1) return STOP_CHARS.has(token.word);
  return STOP_TAGS.has(token.tag);
}

/**
 * A one-character suffix (局, 部) ends an organisation only as a word of its own (国家乡村振兴|局) or as the
 * end of a word jieba knows as an organisation (外交部/nt); inside other words (格局, 全部) it is no suffix.
 */
function standsAlone(tokens: readonly PositionedWord[], at: number): boolean {
  const token = tokens[spanIndexAt(tokens, at)];
  return token !== undefined && token.end === at + 1 && (token.start === at || token.tag === 'nt');
}

interface Candidate extends Span {
  suffixStart: number;
  type: OrganizationType;
  /** Start offsets the name may begin at: the scanned start, then after each leading place. */
  starts: number[];
}

/**
 * Organisations by suffix grammar: a known suffix (公司, 学校, 人民政府 …) and, to its left, the
 * words of the name up to a verb, preposition or punctuation. Leading places are dropped or kept by
 * what the rest of the document attests (a list that names 海润达电子科技有限公司 alone) or by the type.
 */
export function findOrganisations(view: string, places: readonly PlaceMention[], tokens: readonly PositionedWord[]): OrganisationMention[] {
  // A later place starting at the same offset wins, as in a map made from the list.
  const placeStarts = new Map<number, PlaceMention>();
  for (const place of places) placeStarts.set(place.start, place);
  const candidates: Candidate[] = [];
  const suffixes = orgSuffixes();
  for (let at = 1; at < view.length; at++) {
    const suffix = wordStartingAt(view, at, suffixes.starts);
    if (!suffix) continue;
    const suffixStart = at;
    const end = at + suffix.length;
    at = end - 1;
    if (suffix.length === 1 && !standsAlone(tokens, suffixStart)) continue;
    let start = suffixStart;
    for (let index = spanIndexAt(tokens, suffixStart - 1); index >= 0; index--) {
      const token = tokens[index];
      if (stopsName(token) || end - token.start > MAX_NAME) break;
      start = Math.min(start, token.start);
    }
    if (suffixStart - start < 2) continue;
    const starts = [start];
    for (let place = placeStarts.get(start); place && place.end < suffixStart; place = placeStarts.get(place.end)) starts.push(place.end);
    const type = suffixes.types.get(suffix) ?? 'organization';
    const first = tokens[spanIndexAt(tokens, start)];
    const knownOrganisation = first?.tag === 'nt' && first.end === end;
    if (NEEDS_PLACE.has(type) && !knownOrganisation && !placeStarts.has(start) && !orgWords().has(view.slice(start, start + 2))) continue;
    candidates.push({ start, end, suffixStart, type, starts });
  }
  const attested = new Map<string, number>();
  for (const candidate of candidates) {
    const name = view.slice(candidate.start, candidate.end);
    attested.set(name, (attested.get(name) ?? 0) + 1);
  }
  return candidates.map((candidate) => {
    const options = candidate.starts.map((start) => view.slice(start, candidate.end));
    const full = options[0];
    let chosen = options.findIndex((option, i) => i > 0 && (attested.get(option) ?? 0) > 0);
    if (chosen === -1) {
      const lastPlace = candidate.starts.length - 2;
      chosen = KEEPS_PLACE.has(candidate.type) ? Math.max(0, lastPlace) : candidate.starts.length - 1;
      if (view.slice(candidate.starts[chosen], candidate.suffixStart).length < 2 && chosen > 0) chosen--;
    }
    const start = candidate.starts[chosen];
    return { start, end: candidate.end, name: chosen === 0 ? full : options[chosen], type: candidate.type };
  });
}
