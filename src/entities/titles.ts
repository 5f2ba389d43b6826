/**
 * The title grammar: title heads in text, and the organisation read right to left before a head
 * (北京|市委|副|书记), resolved against the places and organisations of the document.
 */
import type { Span } from '../types.js';
import { TITLE_MODIFIERS, orgWordsByLastChar, titleHeads, wordStartingAt, type HeadKind, type OrgWordKind } from './lexicon.js';
import type { PlaceMention } from './places.js';

/** One piece of the organisation part of a title (北京 | 市委, 中央 | 第一 | 指导组). */
export interface OrgPiece extends Span {
  text: string;
  kind: OrgWordKind | 'place' | 'ordinal';
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
}

const ORDINAL = /第[一二三四五六七八九十]{1,3}$/u;

/** The longest title head starting at `at`, or null. */
export function headAt(view: string, at: number): string | null {
  return wordStartingAt(view, at, titleHeads().byFirstChar);
}

/** Every title head in `view`, left to right, not overlapping, none starting inside a place name (省长 of 湖南省长沙市). */
export function findHeads(view: string, places: readonly PlaceMention[]): Array<Span & { head: string }> {
  const found: Array<Span & { head: string }> = [];
  const placeStarts = new Uint8Array(view.length + 1);
  for (const place of places) placeStarts[place.start] = 1;
  for (let at = 0; at < view.length; at++) {
    const head = headAt(view, at);
    if (!head) continue;
    const end = at + head.length;
    if (placeStarts.subarray(at + 1, end).includes(1)) continue;
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
  for (const [word, kind] of orgWordsByLastChar().get(view[end - 1]) ?? []) {
    const start = end - word.length;
    if (start >= 0 && view.startsWith(word, start)) pieces.push({ start, end, text: word, kind });
  }
  const ordinal = ORDINAL.exec(view.slice(Math.max(0, end - 4), end));
  if (ordinal) pieces.push({ start: end - ordinal[0].length, end, text: ordinal[0], kind: 'ordinal' });
  const named = namedBodyEndingAt(view, end, known);
  if (named) pieces.push(named);
  return pieces;
}

// Characters that end the name of an organ (卫生健康委, 新闻办, 宣传部, 公安局, 研究院).
const BODY_ENDINGS = new Set([...'委办局部厅署处院会所队站']);
const NAMED_BODY_TEXT = /^\p{Script=Han}{2,7}$/u;
const MAX_NAMED_BODY = 7;

/**
 * An organ named in free words between a place or level and a body ending: 市|卫生健康委, 市政府|新闻办.
 * Only where something the grammar knows stands right before it, so a stray word ending in 会 is no organ.
 */
function namedBodyEndingAt(view: string, end: number, known: KnownSpans): OrgPiece | null {
  if (!BODY_ENDINGS.has(view[end - 1])) return null;
  for (let start = end - 3; start >= Math.max(0, end - MAX_NAMED_BODY); start--) {
    const text = view.slice(start, end);
    // A party committee (党委, 党组) is a piece of its own, never the end of a named organ.
    if (!NAMED_BODY_TEXT.test(text) || headAt(view, start) !== null || text.includes('党')) return null;
    const before = [...(known.places.get(start) ?? [])].length > 0 || (orgWordsByLastChar().get(view[start - 1]) ?? []).some(([word, kind]) => kind !== 'body' && view.startsWith(word, start - word.length));
    if (before) return { start, end, text, kind: 'body' };
  }
  return null;
}

/**
 * The piece of organisation ending at `end`. One step of look-ahead decides between readings:
 * 北京市委 is 北京市|委 (a place continues it) rather than ?|市委, and 自治区党委 is 自治区|党委.
 */
function orgPieceEndingAt(view: string, end: number, known: KnownSpans): OrgPiece | null {
  let best: OrgPiece | null = null;
  let bestContinues = false;
  for (const piece of orgPiecesEndingAt(view, end, known)) {
    const continues = orgPiecesEndingAt(view, piece.start, known).length > 0;
    const longer = !best || piece.end - piece.start > best.end - best.start;
    if (!best || (continues && !bestContinues) || (continues === bestContinues && longer)) {
      best = piece;
      bestContinues = continues;
    }
  }
  return best;
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

/**
 * Reads the whole title that ends with the head at `head`: its modifier (副, 常务) and, right to
 * left, the organisation pieces before it (places, 市委, 党委, 指导组, 第一, 中央 …).
 */
export function titleEndingWith(
  view: string,
  head: Span & { head: string },
  known: KnownSpans,
): TitleMatch {
  let start = head.start;
  let modifier = '';
  for (const candidate of TITLE_MODIFIERS) {
    if (view.startsWith(candidate, start - candidate.length)) {
      modifier = candidate;
      start -= candidate.length;
      break;
    }
  }
  const pieces: OrgPiece[] = [];
  for (let piece = orgPieceEndingAt(view, start, known); piece && pieces.length < MAX_PIECES; ) {
    pieces.unshift(piece);
    start = piece.start;
    piece = orgPieceEndingAt(view, start, known);
  }
  // A lone ordinal or level word is not an organisation (第一书记 has its ordinal as modifier).
  if (pieces.length === 1 && pieces[0].kind === 'ordinal') {
    start = pieces[0].end;
    pieces.length = 0;
  }
  const kind = titleHeads().kinds.get(head.head) ?? 'other';
  return { start, end: head.end, text: view.slice(start, head.end), head: head.head, headKind: kind, modifier, pieces };
}

/** Resolves bare level words (自治区, 省) to the one such region the document names. */
export type RegionResolver = (level: string) => string | null;

function renderOwnPieces(pieces: readonly OrgPiece[], resolveRegion: RegionResolver): string {
  if (pieces.length === 0) return '';
  const [first, ...rest] = pieces;
  const firstText = first.kind === 'level' ? (resolveRegion(first.text) ?? first.text) : first.text;
  return firstText + rest.map((piece) => piece.text).join('');
}

/**
 * The organisation a title without one inherits from the title before it in the same chain or list:
 * a government head (市长) takes the place without its party committee (北京市委 → 北京市);
 * other heads take the organisation whole (中央第一指导组).
 */
export function inheritedOrganisation(from: TitleMatch, headKind: HeadKind, resolveRegion: RegionResolver): string {
  let pieces = from.pieces;
  // A party committee belongs to party titles only: 党委书记、主任 → the organ's 主任, 市委副书记、市长 → the city's 市长.
  if (headKind !== 'party') {
    while (pieces.length > 0 && pieces[pieces.length - 1].kind === 'party') pieces = pieces.slice(0, -1);
  }
  const last = pieces[pieces.length - 1];
  if (last?.kind === 'place' && pieces.length === 1) return last.fullName ?? last.text;
  // A bare level the document does not name in full (市委常委、常务副市长) says nothing: leave the title as written.
  if (last?.kind === 'level' && pieces.length === 1 && resolveRegion(last.text) === null) return '';
  return renderOwnPieces(pieces, resolveRegion);
}

/** The title with its organisation filled in: written pieces, a bare 自治区 resolved, or the inherited organisation. */
export function resolveTitle(title: TitleMatch, inherited: string | null, resolveRegion: RegionResolver): string {
  if (title.pieces.length > 0) return renderOwnPieces(title.pieces, resolveRegion) + title.modifier + title.head;
  return (inherited ?? '') + title.modifier + title.head;
}
