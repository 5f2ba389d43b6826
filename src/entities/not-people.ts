/**
 * Filters that rule out a name the model alone reads as a person when the words around it say it names
 * something else: a work (inside 《》), a team (战胜X, X队), a place or an institution (X湾, X博物馆).
 * News of sport, games and culture is full of foreign clubs, places and titles whose transliterations look
 * like names; the grammar recognisers never need these filters, so only model-only names pass through them.
 * A name ruled out once in a document is ruled out everywhere in it (a club is a club on the whole page).
 */
import { lazy, readDictRows } from '../nlp/index.js';
import type { Span } from '../types.js';
import type { EntityDoc } from './document.js';
import { knownThings, surnames } from './lexicon.js';
import { findMentions } from './mentions.js';
import { transliterationChars } from './name-features.js';

/** Why a span is not a person: which filter ruled it out. */
export type NotPersonReason = 'work-title' | 'team' | 'place-word' | 'place-list' | 'company' | 'known-name' | 'surname-only' | 'function-word';

// The file's known-name and known-team rows (whole words of firms, platforms and clubs) are read by lexicon.ts `knownThings`.
type CueKind = 'place-after' | 'place-before' | 'team-after' | 'team-before' | 'match-after' | 'company-before' | 'team-sport' | 'settlement-end';

const cues = lazy(() => {
  const byKind = new Map<CueKind, string[]>();
  for (const [cue, kind] of readDictRows('non-person-cues.txt')) {
    const list = byKind.get(kind as CueKind) ?? [];
    list.push(cue.toLowerCase());
    byKind.set(kind as CueKind, list);
  }
  const get = (kind: CueKind) => (byKind.get(kind) ?? []).sort((a, b) => b.length - a.length);
  return {
    placeAfter: get('place-after'),
    placeBefore: get('place-before'),
    teamAfter: get('team-after'),
    teamBefore: get('team-before'),
    matchAfter: get('match-after'),
    companyBefore: get('company-before'),
    teamSport: get('team-sport'),
    settlementEnds: new Set(get('settlement-end').map((cue) => cue.charCodeAt(0))),
  };
});

// How far a title mark may stand from a span it encloses; a work's title is short.
const TITLE_REACH = 40;
const OPEN_TITLE = new Set(['《', '〈']);
const CLOSE_TITLE = new Set(['》', '〉']);
const NAME_DOT = /[·•・‧\s]/u;
const LONGEST_CUE = 6;
// A head-to-head record with draws (6胜1平3负) in team-sport text is a team's (a chess player's record has
// draws too, so it counts only where the text is about team sport).
const RECORD_WITH_DRAWS = /^\d{1,3}胜\d{1,3}平\d{1,3}负/u;
const RECORD_REACH = 12;

// What joins the items of a list of places (王庄、唐营和苗庄).
const PLACE_LIST_JOINERS = new Set(['、', '和', '及', '与']);
const HAN = /\p{Script=Han}/u;
// The lengths of an item of such a list: a village's name is two to four characters.
const SHORTEST_PLACE_ITEM = 2;
const LONGEST_PLACE_ITEM = 4;

/**
 * True when `[start, end)` ends in a character that ends village names (dict/non-person-cues.txt, settlement-end)
 * and an item next to it in a list does too (督查了王庄、唐营、苗庄; 对岳寨、卞寨和穆庄): a list of places, not of
 * people, whose names would otherwise read as a surname and a given name. One item alone is never enough (王庄
 * may be a person).
 */
export function inPlaceList(view: string, start: number, end: number): boolean {
  const ends = cues().settlementEnds;
  if (!ends.has(view.charCodeAt(end - 1))) return false;
  if (start >= 2 && PLACE_LIST_JOINERS.has(view[start - 1]) && ends.has(view.charCodeAt(start - 2))) return true;
  if (!PLACE_LIST_JOINERS.has(view[end])) return false;
  for (let next = end + 1 + SHORTEST_PLACE_ITEM; next <= end + 1 + LONGEST_PLACE_ITEM && next <= view.length; next++) {
    if (ends.has(view.charCodeAt(next - 1)) && (next === view.length || !HAN.test(view[next]) || PLACE_LIST_JOINERS.has(view[next]))) return true;
  }
  return false;
}

/**
 * True when `[start, end)` is an item of a 、 list whose item right before or right after it is a place the
 * gazetteer knows, and that place is the whole item (…、沧州、X、廊坊等): the list is one of places. Only 、
 * counts here (和 and 与 join a person and a place as readily as two places), and a place that only begins an
 * item (X、美国某大学教授Y) says nothing.
 */
function besideKnownPlace(view: string, places: PlaceEdges, start: number, end: number): boolean {
  const before = places.startByEnd.get(start - 1);
  if (view[start - 1] === LIST_MARK && before !== undefined && (before === 0 || ITEM_OPENERS.has(view[before - 1]) || MARK.test(view[before - 1]))) return true;
  const after = places.endByStart.get(end + 1);
  return view[end] === LIST_MARK && after !== undefined && (after === view.length || ITEM_CLOSERS.has(view[after]) || MARK.test(view[after]));
}

/** The document's places: where each one that ends at an offset starts, and where each one that starts there ends. */
interface PlaceEdges {
  startByEnd: Map<number, number>;
  endByStart: Map<number, number>;
}

// A surname and a word that says who the person is without naming them: 吕姓 (surnamed Lü), 杨母 (Yang's mother),
// 张妻, 王父. No given name is one of these characters alone.
const SURNAME_ONLY = /^\p{Script=Han}[姓母父妻]$/u;
// Pronouns and particles end no name: 谢谢您 (thank you) is no 谢 with a given name.
const FUNCTION_ENDING = /[您你们吧吗呢了的着过]$/u;

const LIST_MARK = '、';
// Punctuation or a space: an item ends there (a letter or a digit goes on with it: 加拿大GE).
const MARK = /[\p{P}\s]/u;
// What stands before and after a whole item of a list.
const ITEM_OPENERS = new Set(['、', '在', '到', '赴']);
const ITEM_CLOSERS = new Set(['、', '等', '和', '及', '与', '两', '三', '四', '五', '六', '七', '八', '九', '十']);

/** True when `[start, end)` stands between an opening and a closing title mark with no other mark between. */
function insideWorkTitle(view: string, start: number, end: number): boolean {
  let opened = false;
  for (let at = start - 1; at >= Math.max(0, start - TITLE_REACH); at--) {
    if (CLOSE_TITLE.has(view[at])) return false;
    if (OPEN_TITLE.has(view[at])) {
      opened = true;
      break;
    }
  }
  if (!opened) return false;
  for (let at = end; at < Math.min(view.length, end + TITLE_REACH); at++) {
    if (OPEN_TITLE.has(view[at])) return false;
    if (CLOSE_TITLE.has(view[at])) return true;
  }
  return false;
}

/**
 * True when a transliteration (the caller checks its shape) stands inside a work's title (《X》, 《X一家》):
 * the work, or a character of it. A Chinese name inside a title is most often the real person the work is
 * about (《X文选》, 《X》 of a biography) and stays a name, as does X in 《X的…》, a title about someone.
 */
function namesAWork(view: string, span: Span): boolean {
  return insideWorkTitle(view, span.start, span.end) && view[span.end] !== '的';
}

/**
 * True when every character of the span (dots aside) is one transliterated foreign names use, and its first
 * character is not more often a Chinese surname than a sound of a foreign name (李沐川 and 李焕 are Chinese).
 */
function transliterationShaped(name: string): boolean {
  const chars = transliterationChars();
  const first = name.charAt(0);
  if ((surnames().get(first) ?? 0) > (chars.get(first) ?? 0)) return false;
  let letters = 0;
  for (const ch of name) {
    if (NAME_DOT.test(ch)) continue;
    if (!chars.has(ch)) return false;
    letters++;
  }
  return letters >= 2;
}

const startsWithAny = (text: string, list: readonly string[]) => list.some((cue) => text.startsWith(cue));
const endsWithAny = (text: string, list: readonly string[]) => list.some((cue) => text.endsWith(cue));

/**
 * Why the team and place filters rule out `[start, end)` of the document (a transliteration-shaped name), or
 * null when nothing around it says so.
 */
function notPersonReason(doc: EntityDoc, span: Span, teamSport: () => boolean): NotPersonReason | null {
  const { view } = doc;
  const after = view.slice(span.end, span.end + LONGEST_CUE).toLowerCase();
  // A match word may take 了 before its object (战胜了X).
  const before = view.slice(Math.max(0, span.start - LONGEST_CUE), span.start).toLowerCase().trimEnd().replace(/了$/u, '');
  const { placeAfter, placeBefore, teamAfter, teamBefore, matchAfter, companyBefore } = cues();
  if (startsWithAny(after, teamAfter)) return 'team';
  const matchWordNear = endsWithAny(before, teamBefore) || startsWithAny(after, matchAfter) || RECORD_WITH_DRAWS.test(view.slice(span.end, span.end + RECORD_REACH));
  if (matchWordNear && teamSport()) return 'team';
  if (endsWithAny(before, companyBefore)) return 'company';
  if (startsWithAny(after, placeAfter) || endsWithAny(before, placeBefore)) return 'place-word';
  return null;
}

/** True when the text speaks of team sport (联赛, 球队, 主场): only then do match words make a name a team. */
function speaksOfTeamSport(view: string): boolean {
  const lower = view.toLowerCase();
  return cues().teamSport.some((cue) => lower.includes(cue));
}

/** Why the span itself (not the name everywhere) is no person: the words of a known firm, a work's title, a list of places. */
function spanReason(view: string, places: PlaceEdges, span: Span, name: string, shaped: boolean): NotPersonReason | null {
  const known = knownThings();
  if (known.teams.has(name)) return 'team';
  if (known.words.has(name)) return 'known-name';
  if (SURNAME_ONLY.test(name) && surnames().has(name[0])) return 'surname-only';
  if (FUNCTION_ENDING.test(name)) return 'function-word';
  if (shaped && namesAWork(view, span)) return 'work-title';
  if (inPlaceList(view, span.start, span.end) || besideKnownPlace(view, places, span.start, span.end)) return 'place-list';
  return null;
}

/**
 * Which of `candidates` the filters rule out, and why. A team or a place is one for the whole document, so
 * a name ruled out so at one span is ruled out at all; a work's title rules out only the span inside it
 * (a person a book is named after may be named elsewhere in the text).
 */
export function ruleOutNonPeople<T extends Span>(doc: EntityDoc, candidates: readonly T[]): Array<{ candidate: T; reason: NotPersonReason | null }> {
  if (candidates.length === 0) return [];
  // Whether the text is about team sport is asked only when a match word stands next to a transliteration.
  let sport: boolean | undefined;
  const teamSport = () => (sport ??= speaksOfTeamSport(doc.view));
  const byName = new Map<string, NotPersonReason>();
  // Only a transliteration-shaped name can be ruled out a team or a place, so only those are looked for.
  const shaped = new Set([...new Set(candidates.map((candidate) => doc.view.slice(candidate.start, candidate.end)))].filter(transliterationShaped));
  // Every place the name is written counts, not only where the model read it (X别墅 … X中心); the mentions
  // are found in one scan per name length, so the filter stays linear in the page.
  for (const [name, spans] of shaped.size === 0 ? [] : findMentions(doc.view, [...shaped])) {
    for (const span of spans) {
      const reason = notPersonReason(doc, span, teamSport);
      if (reason !== null) {
        byName.set(name, reason);
        break;
      }
    }
  }
  const places: PlaceEdges = {
    startByEnd: new Map(doc.places.map((place) => [place.end, place.start])),
    endByStart: new Map(doc.places.map((place) => [place.start, place.end])),
  };
  return candidates.map((candidate) => {
    const name = doc.view.slice(candidate.start, candidate.end);
    return { candidate, reason: byName.get(name) ?? spanReason(doc.view, places, candidate, name, shaped.has(name)) };
  });
}
