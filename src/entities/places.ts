/**
 * Administrative places: gazetteer names (full and short forms) and units chained below a known place
 * (县 → 镇 → 村), with every later occurrence of a chained unit.
 */
import type { PlaceType, Span } from '../types.js';
import { lazy } from '../nlp/index.js';
import { unitsMatching } from '../normalize/index.js';
import { gazetteer, unitAt, wordStartingAt } from './lexicon.js';
import { occurrencesOf } from './mentions.js';

/** A place found in text. */
export interface PlaceMention extends Span {
  name: string;
  /** The full official name (呼和浩特 → 呼和浩特市); equal to `name` when written in full. */
  fullName: string;
  type: PlaceType;
}

// Suffixes of units below the county level that the gazetteer does not list: of one character by its code, of
// two by the string, with the codes their last characters have (so a pair is sliced only where one may end).
const SUB_PLACE_ONE = new Map<number, PlaceType>(
  Object.entries({ 乡: 'township', 镇: 'township', 村: 'village', 旗: 'county', 县: 'county', 区: 'district', 市: 'city', 盟: 'city' } as const).map(([suffix, type]) => [suffix.charCodeAt(0), type]),
);
const SUB_PLACE_TWO = new Map<string, PlaceType>(Object.entries({ 街道: 'township', 苏木: 'township', 嘎查: 'village', 社区: 'village' } as const));
const TWO_ENDS = new Set([...SUB_PLACE_TWO.keys()].map((suffix) => suffix.charCodeAt(1)));
// Characters that never occur inside the name of a village or township but often follow a place in news text.
const NOT_IN_PLACE_NAME = new Set([...'委党政府的了在和与来到我你他是对为把被将也都就并及等向从于'].map((ch) => ch.charCodeAt(0)));
const MAX_SUB_PLACE = 6;
// First characters of two-character words for an area that end in 区: 地区, 城区, 市区, 园区, 景区, 郊区, 辖区, 全区 ….
const AREA_KINDS = new Set([...'地城市园景郊灾辖片该本全各小校矿山牧街林厂营病赛'].map((ch) => ch.charCodeAt(0)));

// 1 for every UTF-16 code of a Han character (Unicode script Han), 0 otherwise: one read per character.
const hanCodes = lazy(() => unitsMatching(/\p{Script=Han}/u));

type Gazetteer = ReturnType<typeof gazetteer>;

/** Whether one of the text's words begins at `at` (or the text ends there). */
export type WordBegins = (at: number) => boolean;

/**
 * The gazetteer name at `at`, if any. A short form jieba does not read as a place word on its own must stand at the
 * text's word edges, or against another place the same word holds (吉林长春 is one word of two places): 台中 of
 * 平台中 is none. `placeEnded` says whether a place ends at `at`.
 */
function gazetteerMatchAt(view: string, at: number, wordBegins: WordBegins, placeEnded: boolean, places: Gazetteer): PlaceMention | null {
  const { levels, shortForms, anywhere, atEdgesOnly, starts } = places;
  const name = wordStartingAt(view, at, starts);
  if (name === null) return null;
  const level = levels.get(name);
  const end = at + name.length;
  if (atEdgesOnly.has(name) || (!level && !anywhere.has(name))) {
    const atEdges = (placeEnded || wordBegins(at)) && (wordBegins(end) || wordStartingAt(view, end, starts) !== null);
    if (!atEdges) return null;
  }
  const fullName = level ? name : (shortForms.get(name) ?? name);
  return { start: at, end: at + name.length, name, fullName, type: level ?? levels.get(fullName) ?? 'place' };
}

/** A unit below the gazetteer's levels written right after a known place (阜平县|龙泉关镇|顾家村). */
function subPlaceAt(view: string, at: number): PlaceMention | null {
  const han = hanCodes();
  const first = unitAt(view, at);
  if (han[first] !== 1 || NOT_IN_PLACE_NAME.has(first)) return null;
  for (let length = 2; length <= MAX_SUB_PLACE && at + length <= view.length; length++) {
    const code = view.charCodeAt(at + length - 1);
    if (han[code] === 0 || NOT_IN_PLACE_NAME.has(code)) return null;
    // A two-character suffix ends here: it names the unit (when something stands before it), and a unit is
    // never the bare suffix.
    const typeOfTwo = TWO_ENDS.has(code) ? SUB_PLACE_TWO.get(view.slice(at + length - 2, at + length)) : undefined;
    const type = (length > 2 ? typeOfTwo : undefined) ?? SUB_PLACE_ONE.get(code);
    // Two characters ending in 市, or in 区 after a word for a kind of area (地区, 城区, 全区), are no city or district.
    const areaWord = length === 2 && (type === 'city' || (type === 'district' && AREA_KINDS.has(view.charCodeAt(at))));
    if (type && !(length === 2 && typeOfTwo !== undefined) && !areaWord) {
      const name = view.slice(at, at + length);
      return { start: at, end: at + length, name, fullName: name, type };
    }
  }
  return null;
}

/** Whether an offset of `[from, to)` is covered already. */
function anyCovered(covered: Uint8Array, from: number, to: number): boolean {
  for (let at = from; at < to; at++) if (covered[at] === 1) return true;
  return false;
}

/**
 * Administrative places: gazetteer names (full and short forms, a short form only where the text's words begin and
 * end with it, as `wordBegins` tells), units chained after a known place (保定市阜平县, 阜平县龙泉关镇顾家村), and
 * every later occurrence of a chained unit.
 */
export function findPlaces(view: string, wordBegins: WordBegins): PlaceMention[] {
  const places = gazetteer();
  const found: PlaceMention[] = [];
  const learned = new Map<string, PlaceType>();
  // Where the last place found ends (-1 before the first).
  let lastEnd = -1;
  for (let at = 0; at < view.length; ) {
    const match = gazetteerMatchAt(view, at, wordBegins, lastEnd === at, places);
    if (!match) {
      at++;
      continue;
    }
    found.push(match);
    let chainEnd = match.end;
    for (let sub = subPlaceAt(view, chainEnd); sub; sub = subPlaceAt(view, chainEnd)) {
      if (gazetteerMatchAt(view, sub.start, wordBegins, true, places)) break;
      found.push(sub);
      learned.set(sub.name, sub.type);
      chainEnd = sub.end;
    }
    at = chainEnd;
    lastEnd = chainEnd;
  }
  if (learned.size > 0) addLaterOccurrences(view, found, learned);
  return found.sort((a, b) => a.start - b.start);
}

/** Adds to `found` every later occurrence of the units chained after known places (`learned`) that no place covers. */
function addLaterOccurrences(view: string, found: PlaceMention[], learned: ReadonlyMap<string, PlaceType>): void {
  const covered = new Uint8Array(view.length);
  for (const place of found) covered.fill(1, place.start, place.end);
  const occurrences = occurrencesOf(view, learned.keys());
  for (const [name, type] of learned) {
    // Left to right, each occurrence after the end of the one before (as a search from there finds them).
    let from = 0;
    for (const at of occurrences.get(name) ?? []) {
      if (at < from) continue;
      from = at + name.length;
      if (anyCovered(covered, at, at + name.length)) continue;
      covered.fill(1, at, at + name.length);
      found.push({ start: at, end: at + name.length, name, fullName: name, type });
    }
  }
}
