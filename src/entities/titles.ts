/**
 * The title grammar: title heads in text, and the organisation read right to left before a head
 * (北京|市委|副|书记), resolved against the places and organisations of the document.
 */
import type { Span } from '../types.js';
import type { Composed } from './findings.js';
import {
  TITLE_MODIFIERS, committeeDepartments, orgWordEnds, orgWordStarts, orgWords, titleHeads, unitAt, wordStartingAt, wordsEndingWith, writtenEndingAt, type HeadKind, type OrgWordKind,
} from './lexicon.js';
import type { PlaceMention } from './places.js';

/** One piece of the organisation part of a title (北京 | 市委, 中央 | 第一 | 指导组). */
export interface OrgPiece extends Span {
  text: string;
  /** `free`: words the grammar does not know, between a separator and a title (、政法委书记, 、高新区党工委书记). */
  kind: OrgWordKind | 'place' | 'ordinal' | 'free';
  /** For places: the full name (北京 → 北京市). */
  fullName?: string;
}

/** A title as written before or after a name: organisation pieces, modifier, head. */
export interface TitleMatch extends Span {
  text: string;
  head: string;
  headKind: HeadKind;
  modifier: string;
  pieces: OrgPiece[];
  /** 原 or 前 written before the organisation or inside it (原市委书记, 省政协原副主席): the post was left. */
  former: boolean;
}

const ORDINAL = /第[一二三四五六七八九十]{1,3}$/u;
// The numerals an ordinal ends with: where none ends a piece, ORDINAL is not run.
const ORDINAL_DIGITS = new Set([...'一二三四五六七八九十'].map((digit) => digit.charCodeAt(0)));

/** The longest title head starting at `at`, or null. */
export function headAt(view: string, at: number): string | null {
  return wordStartingAt(view, at, titleHeads().starts);
}

/**
 * Every title head in `view`, left to right, not overlapping, none starting inside a place name (省长 of
 * 湖南省长沙市) and none that only begins a longer organisation word (常委 of 人大常委会, 委员 of 委员会).
 * `places` are in text order (as findPlaces gives them).
 */
export function findHeads(view: string, places: readonly PlaceMention[]): Array<Span & { head: string }> {
  const found: Array<Span & { head: string }> = [];
  const heads = titleHeads().starts;
  // The first place that starts after the offset read: the places are walked once, as the heads are found.
  let nextPlace = 0;
  for (let at = 0; at < view.length; at++) {
    const head = wordStartingAt(view, at, heads);
    if (!head) continue;
    const end = at + head.length;
    while (nextPlace < places.length && places[nextPlace].start <= at) nextPlace++;
    if (nextPlace < places.length && places[nextPlace].start < end) continue;
    if ((wordStartingAt(view, at, orgWordStarts())?.length ?? 0) > head.length) continue;
    found.push({ start: at, end, head });
    at = end - 1;
  }
  return found;
}

function orgPiecesEndingAt(view: string, end: number, known: KnownSpans): OrgPiece[] {
  const pieces: OrgPiece[] = [];
  for (const organisation of known.organisations.get(end) ?? []) {
    pieces.push({ start: organisation.start, end, text: organisation.name, kind: 'body' });
  }
  for (const place of known.places.get(end) ?? []) {
    pieces.push({ start: place.start, end, text: place.name, kind: 'place', fullName: place.fullName });
  }
  // No word ends at the view's start: the unit before it is not asked for (a NaN there slows the scans that read it).
  const words = end > 0 ? wordsEndingWith(orgWordEnds(), unitAt(view, end - 1)) : undefined;
  for (let i = 0; words !== undefined && i < words.words.length; i++) {
    if (writtenEndingAt(view, end, words, i)) pieces.push({ start: end - words.words[i].length, end, text: words.words[i], kind: words.values[i] });
  }
  const ordinal = ORDINAL_DIGITS.has(unitAt(view, end - 1)) ? ORDINAL.exec(view.slice(Math.max(0, end - 4), end)) : null;
  if (ordinal) pieces.push({ start: end - ordinal[0].length, end, text: ordinal[0], kind: 'ordinal' });
  const named = namedBodyEndingAt(view, end, known);
  if (named) pieces.push(named);
  // A level word that ends a place's own name (the 市 of 湖州市) is that place, not a level of its own.
  if (pieces.some((piece) => piece.kind === 'place')) return pieces.filter((piece) => piece.kind !== 'level');
  return pieces;
}

// Characters that end the name of an organ (卫生健康委, 新闻办, 宣传部, 公安局, 研究院, 巡察组).
const BODY_ENDINGS = new Set([...'委办局部厅署处院会所队站组']);
const BODY_ENDING_CODES = new Set([...BODY_ENDINGS].map((ending) => ending.charCodeAt(0)));
const NAMED_BODY_TEXT = /^\p{Script=Han}{2,7}$/u;
const MAX_NAMED_BODY = 7;

/**
 * An organ named in free words between a place or level and a body ending: 市|卫生健康委, 市政府|新闻办.
 * Only where something the grammar knows stands right before it, so a stray word ending in 会 is no organ.
 */
function namedBodyEndingAt(view: string, end: number, known: KnownSpans): OrgPiece | null {
  if (!BODY_ENDING_CODES.has(unitAt(view, end - 1))) return null;
  for (let start = end - 3; start >= Math.max(0, end - MAX_NAMED_BODY); start--) {
    const text = view.slice(start, end);
    // A party committee (党委, 党组) is a piece of its own, never the end of a named organ.
    if (!NAMED_BODY_TEXT.test(text) || headAt(view, start) !== null || text.includes('党') || NOT_IN_ORGAN.test(text) || text.includes('兼')) return null;
    if ((known.places.get(start)?.length ?? 0) > 0 || levelOrScopeEndsAt(view, start)) return { start, end, text, kind: 'body' };
  }
  return null;
}

/** Whether an organisation word that is no organ (a level, a party, a scope: 市, 党委, 中央) ends at `end`. */
function levelOrScopeEndsAt(view: string, end: number): boolean {
  const words = end > 0 ? wordsEndingWith(orgWordEnds(), unitAt(view, end - 1)) : undefined;
  for (let i = 0; words !== undefined && i < words.words.length; i++) {
    if (words.values[i] === 'body') continue;
    // A word longer than the text before `end` is compared from the view's start, as startsWith reads a negative position.
    const start = end - words.words[i].length;
    if (start >= 0 ? writtenEndingAt(view, end, words, i) : view.startsWith(words.words[i], 0)) return true;
  }
  return false;
}

/**
 * The piece of organisation ending at `end`. One step of look-ahead decides between readings:
 * 北京市委 is 北京市|委 (a place continues it) rather than ?|市委, and 自治区党委 is 自治区|党委.
 */
function orgPieceEndingAt(view: string, end: number, known: KnownSpans, read: PiecesRead): OrgPiece | null {
  const pieces = piecesEndingAt(view, end, known, read);
  let best: OrgPiece | null = null;
  let bestContinues = 0;
  let bestReach = end;
  for (const piece of pieces) {
    const before = piecesEndingAt(view, piece.start, known, read);
    const continues = continuation(before);
    const longer = !best || piece.end - piece.start > best.end - best.start;
    if (!best || continues > bestContinues || (continues === bestContinues && longer)) {
      best = piece;
      bestContinues = continues;
      bestReach = before.reduce((start, other) => Math.min(start, other.start), piece.start);
    }
  }
  // A word of the organisation vocabulary that spans the whole of that reading is one organ, not its pieces
  // (团市委 is the Youth League's city committee, not 团|市|委).
  const whole = pieces.find((piece) => piece !== best && piece.kind === 'body' && piece.start <= bestReach && isOrgWord(piece));
  return whole ?? best;
}

/**
 * The pieces ending at each offset already read for one title: the look-ahead reads the pieces before every
 * reading, and the next step reads those of the reading chosen again. A title reads a handful of offsets, so two
 * short lists searched in turn serve, where a map per title (some six hundred a pass over news-gold) cost more to make.
 */
interface PiecesRead {
  ends: number[];
  pieces: OrgPiece[][];
}

function piecesEndingAt(view: string, end: number, known: KnownSpans, read: PiecesRead): OrgPiece[] {
  const index = read.ends.indexOf(end);
  if (index !== -1) return read.pieces[index];
  const pieces = orgPiecesEndingAt(view, end, known);
  read.ends.push(end);
  read.pieces.push(pieces);
  return pieces;
}

/** Whether `piece` is a word of dict/org-words.txt (not a place or a named organ). */
function isOrgWord(piece: OrgPiece): boolean {
  return orgWords().has(piece.text);
}

/**
 * How well the pieces before a reading continue it: a place or a named organ (湖州市|委) better than a bare
 * level word (湖|州|市委), which is better than nothing.
 */
function continuation(before: readonly OrgPiece[]): number {
  let strength = 0;
  for (const piece of before) strength = Math.max(strength, piece.kind === 'place' || piece.kind === 'body' ? 2 : 1);
  return strength;
}

/** Places and organisations already found, indexed by where they end, for the right-to-left reading of a title. */
export interface KnownSpans {
  places: Map<number, PlaceMention[]>;
  organisations: Map<number, Array<Span & { name: string }>>;
}

/** Indexes spans by where they end. */
export function indexByEnd<T extends Span>(spans: readonly T[]): Map<number, T[]> {
  const byEnd = new Map<number, T[]>();
  for (const span of spans) {
    const list = byEnd.get(span.end) ?? [];
    list.push(span);
    byEnd.set(span.end, list);
  }
  return byEnd;
}

const MAX_PIECES = 8;

// Characters that end the name of a place of a level with its own head (阜平县 + 县长 → 阜平县长).
const LEVEL_ENDINGS = new Set([...'省市县区州旗盟乡镇村']);

/**
 * The organ or place whose last character the head shares, for a short form of 机关 + 长 (外交部长 = 外交部 +
 * 部长, 行政院长, 公安局长, 花莲县长 = 花莲县 + 县长): only heads made of a body or level ending and 长, and only an
 * organ or place the grammar knows.
 */
function sharedCharacterOrgan(view: string, head: Span & { head: string }, known: KnownSpans): OrgPiece | null {
  if (head.head.length !== 2 || head.head[1] !== '长' || !(BODY_ENDINGS.has(head.head[0]) || LEVEL_ENDINGS.has(head.head[0]))) return null;
  // The organ written out in full before the head (宣传部|部长, 公安局|局长) shares no character with it.
  if (view[head.start - 1] === head.head[0]) return null;
  let best: OrgPiece | null = null;
  for (const piece of orgPiecesEndingAt(view, head.start + 1, known)) {
    if (piece.start < head.start && (!best || piece.start < best.start)) best = piece;
  }
  return best;
}

// 原 and 前, by code: read before every title.
const FORMER_MARKS = new Set(['原', '前'].map((mark) => mark.charCodeAt(0)));
const HAN_UNIT = /\p{Script=Han}/u;
// The last units of the modifiers: a modifier is compared with the text only where one of them stands.
const MODIFIER_ENDS = new Set(TITLE_MODIFIERS.map((modifier) => modifier.charCodeAt(modifier.length - 1)));

/**
 * The first of TITLE_MODIFIERS written right before `at` ('' when none is), as `view.startsWith(modifier, at -
 * modifier.length)` finds it (a position before the view's start reads from its start).
 */
function modifierBefore(view: string, at: number): string {
  if (at >= 3 && !MODIFIER_ENDS.has(view.charCodeAt(at - 1))) return '';
  for (const candidate of TITLE_MODIFIERS) if (view.startsWith(candidate, at - candidate.length)) return candidate;
  return '';
}

/**
 * Reads the whole title that ends with the head at `head`: its modifier (副, 常务) and, right to
 * left, the organisation pieces before it (places, 市委, 党委, 指导组, 第一, 中央 …).
 */
export function titleEndingWith(
  view: string,
  head: Span & { head: string },
  known: KnownSpans,
): TitleMatch {
  const modifier = modifierBefore(view, head.start);
  let start = head.start - modifier.length;
  const pieces: OrgPiece[] = [];
  const read: PiecesRead = { ends: [], pieces: [] };
  let former = false;
  // 原 before a modifier, after the organisation (省政协原副主席).
  if (modifier !== '' && FORMER_MARKS.has(unitAt(view, start - 1)) && orgPieceEndingAt(view, start - 1, known, read)) {
    former = true;
    start -= 1;
  }
  // 外交部长, 行政院长: the organ's last character is also the head's first (外交部 + 长).
  const shared = modifier === '' ? sharedCharacterOrgan(view, head, known) : null;
  if (shared) {
    pieces.push(shared);
    start = shared.start;
  }
  for (let piece = orgPieceEndingAt(view, start, known, read); piece && pieces.length < MAX_PIECES; ) {
    pieces.unshift(piece);
    start = piece.start;
    piece = orgPieceEndingAt(view, start, known, read);
    // 原 or 前 between two pieces says the post was left, and the organisation goes on before it (省人大常委会原党组书记).
    if (!piece && !former && FORMER_MARKS.has(unitAt(view, start - 1))) {
      piece = orgPieceEndingAt(view, start - 1, known, read);
      if (piece) {
        former = true;
        start -= 1;
      }
    }
  }
  // …or before the whole organisation, where a phrase starts (,原市委书记).
  if (pieces.length > 0 && !former && FORMER_MARKS.has(unitAt(view, start - 1)) && (start === 1 || !HAN_UNIT.test(view[start - 2] ?? ''))) {
    former = true;
    start -= 1;
  }
  // A lone ordinal or level word is not an organisation (第一书记 has its ordinal as modifier), nor a lone organ
  // character the head starts with (新闻局局长, its 新闻 unread: 局局长 is no title).
  const lonePiece = pieces.length === 1 ? view.slice(pieces[0].start, pieces[0].end) : '';
  if (pieces.length === 1 && (pieces[0].kind === 'ordinal' || (lonePiece.length === 1 && lonePiece === head.head[0]))) {
    start = pieces[0].end;
    pieces.length = 0;
  }
  const kind = titleHeads().kinds.get(head.head) ?? 'other';
  return { start, end: head.end, text: view.slice(start, head.end), head: head.head, headKind: kind, modifier, pieces, former };
}

/** The organisation a title names, as written (a bare 自治区 resolved): 北京市委 of 北京市委书记. */
export function titleOrganisation(title: TitleMatch, resolveRegion: RegionResolver): Composed {
  return ownPieces(title.pieces, resolveRegion);
}

/** Resolves bare level words (自治区, 省) to the one such region the document names in full, where it is written. */
export type RegionResolver = (level: string) => PlaceMention | null;

/** The organisation pieces as written, with a bare level word (自治区) replaced by the region it stands for. */
function ownPieces(pieces: readonly OrgPiece[], resolveRegion: RegionResolver): Composed {
  if (pieces.length === 0) return [];
  const [first] = pieces;
  const rest: Span[] = pieces.length > 1 ? [{ start: pieces[1].start, end: pieces[pieces.length - 1].end }] : [];
  const region = first.kind === 'level' ? resolveRegion(first.text) : null;
  return [region ? { start: region.start, end: region.end } : { start: first.start, end: first.end }, ...rest];
}

/**
 * The organisation a title without one inherits from the title before it in the same chain or list:
 * a government head (市长) takes the place without its party committee (北京市委 → 北京市);
 * other heads take the organisation whole (中央第一指导组).
 */
export function inheritedOrganisation(from: TitleMatch, headKind: HeadKind, resolveRegion: RegionResolver): Composed {
  let pieces = from.pieces;
  // A party committee belongs to party titles only: 党委书记、主任 → the organ's 主任, 市委副书记、市长 → the city's 市长.
  if (headKind !== 'party') {
    while (pieces.length > 0 && pieces[pieces.length - 1].kind === 'party') pieces = pieces.slice(0, -1);
  }
  const last = pieces[pieces.length - 1];
  // A place alone stands for its full name (北京 → 北京市), which the text may not spell.
  if (last?.kind === 'place' && pieces.length === 1) return last.fullName && last.fullName !== last.text ? [last.fullName] : [{ start: last.start, end: last.end }];
  // A bare level the document does not name in full (市委常委、常务副市长) says nothing: leave the title as written.
  if (last?.kind === 'level' && pieces.length === 1 && resolveRegion(last.text) === null) return [];
  return ownPieces(pieces, resolveRegion);
}

/**
 * The party committee a department written after a title of that committee in a chain belongs to
 * (市委常委、宣传部部长: 宣传部 is 市委's), or null: the department must open the title's organisation and be one of
 * dict/org-words.txt's committee departments, and the title before it must name a committee.
 */
export function committeeOf(title: TitleMatch, previous: TitleMatch | undefined, resolveRegion: RegionResolver): Composed | null {
  const first = title.pieces[0];
  if (previous === undefined || first === undefined || first.kind !== 'body' || !committeeDepartments().has(first.text)) return null;
  let lastParty = previous.pieces.length - 1;
  while (lastParty >= 0 && previous.pieces[lastParty].kind !== 'party') lastParty--;
  return lastParty === -1 ? null : ownPieces(previous.pieces.slice(0, lastParty + 1), resolveRegion);
}

/**
 * The title with its organisation filled in: written pieces (after the committee they belong to, when one is
 * given: see committeeOf), a bare 自治区 resolved, or the inherited organisation.
 */
export function resolveTitle(title: TitleMatch, inherited: Composed | null, resolveRegion: RegionResolver): Composed {
  if (title.pieces.length > 0) {
    const lastPiece = title.pieces[title.pieces.length - 1];
    return [...(inherited ?? []), ...ownPieces(title.pieces, resolveRegion), { start: lastPiece.end, end: title.end }];
  }
  return [...(inherited ?? []), { start: title.start, end: title.end }];
}

const CHAIN_LINK = new Set(['、', '兼']);
const FREE_WORDS = /^\p{Script=Han}+$/u;
// Characters that do not stand in the name of an organ but do in the clause around a title (参加会议的有, 会议由).
const NOT_IN_ORGAN = /[的地得了在和与及由有是为对向将把被让给从以等请经]/u;
// Words of holding a post that jieba tags as nouns (现任 'incumbent'), which end no organ's name (,现任|镇党委副书记).
const HOLDS_POST = /(?:现|曾|历|拟|兼|担|调|升|出|接|继|改|时|原)任$/u;
const MAX_FREE_IN_CHAIN = 8;
const MAX_FREE_AT_PHRASE_START = 10;

/**
 * Titles whose organisation the grammar does not know, read from where they stand: in a chain the words
 * between the separator and the title are its organisation (市委副书记、高新区党工委书记), and so are a few
 * words between the start of a phrase and a known piece of organisation (,政法|委书记). Such words become a
 * `free` piece.
 */
export function withFreeOrganisations(
  view: string,
  titles: readonly TitleMatch[],
  isPhraseEnd: (at: number) => boolean,
  namesAnOrgan: (start: number, end: number) => boolean,
): TitleMatch[] {
  return titles.map((title, index) => {
    const previous = titles[index - 1];
    let from = -1;
    if (previous && CHAIN_LINK.has(view[previous.end]) && title.start - previous.end - 1 <= MAX_FREE_IN_CHAIN) from = previous.end + 1;
    else if (title.pieces.length > 0) {
      // At a phrase start only before a piece the grammar knows (,高新区党工|委书记): a name before a bare head is no organ (,陈立新书记).
      let at = title.start;
      while (at > 0 && title.start - at < MAX_FREE_AT_PHRASE_START && !isPhraseEnd(at - 1)) at--;
      // Only words that can name an organ (no name, no verb: ,张三任|市委书记 is no organ).
      if ((at === 0 || isPhraseEnd(at - 1)) && title.start - at >= 2 && namesAnOrgan(at, title.start)) from = at;
    }
    if (from === -1 || from >= title.start) return title;
    const text = view.slice(from, title.start);
    if (!FREE_WORDS.test(text) || NOT_IN_ORGAN.test(text) || HOLDS_POST.test(text)) return title;
    const free: OrgPiece = { start: from, end: title.start, text, kind: 'free' };
    return { ...title, start: from, text: view.slice(from, title.end), pieces: [free, ...title.pieces] };
  });
}
