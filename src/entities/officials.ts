/**
 * Officials: names introduced by titles (title chains, inherited organisations, lists sharing a title)
 * and titles written after names. Also returns the organisations the titles name.
 */
import { charClass, COLONS, COMMAS, DOUBLE_QUOTES, ENUMERATION_COMMA, PARENTHESES, SEMICOLONS, SENTENCE_END_MARKS } from '../normalize/index.js';
import type { Official, OfficialTitle, Span } from '../types.js';
import { DOTTED_NAME, isAcceptableListName, isBoundary, knownNameEndingAt, nameAt, readsAsPersonName, surnameOf, wordAfterName, type DocumentWords, type NameContext } from './names.js';
import { findHeads, headAt, indexByEnd, inheritedOrganisation, resolveTitle, titleEndingWith, type RegionResolver, type TitleMatch } from './titles.js';
import type { PlaceMention } from './places.js';

/** An official as first found, before mentions are gathered. */
interface Finding {
  name: string;
  titles: OfficialTitle[];
  /** Where the name was read with its title. */
  at: number;
}

/** Officials with their titles, and the organisations their titles name. */
export interface OfficialsFound {
  officials: Official[];
  titleOrganisations: Array<{ name: string; fullName: string; start: number; end: number; kind: string }>;
}

const LIST_SEPARATOR = '、';
const CHAIN_LINKS = new Set([LIST_SEPARATOR, '兼']);
// Function characters after which a name may start without punctuation (向|对 王建民总书记).
const NAME_MAY_FOLLOW = new Set([...'向对和与及同在由被让请把将是为给从']);
const ITEM_END = new RegExp(charClass(ENUMERATION_COMMA, COMMAS, SENTENCE_END_MARKS, SEMICOLONS, COLONS, '\\s', PARENTHESES, DOUBLE_QUOTES), 'u');
const MAX_LIST_ITEM = 12;

function addTitle(finding: Finding, title: OfficialTitle): void {
  const duplicate = finding.titles.some(
    (known) => known.text === title.text || known.text.endsWith(title.text) || known.resolved === title.resolved,
  );
  if (!duplicate) finding.titles.push(title);
}

/** Where a list item starting at `start` ends: at the next separator or punctuation. */
function listItemEnd(view: string, start: number): number {
  let end = start;
  while (end < view.length && end - start <= MAX_LIST_ITEM && !ITEM_END.test(view[end])) end++;
  return end;
}

/**
 * Reads officials introduced by titles: title chains (国务委员、湖北省委书记钟建平),
 * inherited organisations (江苏省委副书记、省长韩文涛 → 江苏省省长), lists sharing one title
 * (福建省领导黄启明、郑秀兰), then titles written after known names (邓佳宁书记, 王建民总书记).
 */
export function findOfficials(
  view: string,
  places: readonly PlaceMention[],
  organisations: ReadonlyArray<Span & { name: string }>,
  resolveRegion: RegionResolver,
  words?: DocumentWords,
): OfficialsFound {
  const blocked: Span[] = [...places, ...organisations];
  const known = { places: indexByEnd(places), organisations: indexByEnd(organisations) };
  const heads = findHeads(view, places);
  const titles = heads.map((head) => titleEndingWith(view, head, known));
  const titleAt = new Map(titles.map((title) => [title.start, title]));
  const byName = new Map<string, Finding>();
  const knownNames = new Set<string>();
  const context: NameContext = { known: knownNames, blocked, words };
  const titleOrganisations: OfficialsFound['titleOrganisations'] = [];
  const consumedHeads = new Set<number>();

  const record = (name: string, at: number, written: Array<{ title: TitleMatch; resolved: string }>) => {
    let finding = byName.get(name);
    if (!finding) {
      finding = { name, titles: [], at };
      byName.set(name, finding);
    }
    for (const { title, resolved } of written) addTitle(finding, { text: title.text, resolved });
    knownNames.add(name);
  };

  let chain: Array<{ title: TitleMatch; resolved: string }> = [];
  // The last title given to a named official, for a bare title that continues a list of officials (组长周海峰、副组长吴德明).
  let previousInList: TitleMatch | null = null;
  let listEnd = -1;
  for (const title of titles) {
    const previousLink = chain[chain.length - 1]?.title;
    const continuesChain = previousLink !== undefined && CHAIN_LINKS.has(view[title.start - 1]) && previousLink.end === title.start - 1;
    if (!continuesChain) chain = [];
    const followsListedName = view[title.start - 1] === LIST_SEPARATOR && listEnd === title.start - 1;
    const inheritFrom: TitleMatch | null = title.pieces.length > 0 ? null : (chain[chain.length - 1]?.title ?? (followsListedName ? previousInList : null));
    const inherited = inheritFrom ? inheritedOrganisation(inheritFrom, title.headKind, resolveRegion) : null;
    chain.push({ title, resolved: resolveTitle(title, inherited, resolveRegion) });
    if (title.pieces.some((piece) => piece.kind === 'body' || piece.kind === 'party')) {
      const organisation = title.pieces.map((piece) => piece.text).join('');
      const fullName = resolveTitle({ ...title, head: '', modifier: '' }, null, resolveRegion);
      titleOrganisations.push({ name: organisation, fullName, start: title.start, end: title.pieces[title.pieces.length - 1].end, kind: title.headKind });
    }
    // A bare title right after a known name belongs to that name (邓佳宁书记), not to what follows.
    if (title.pieces.length === 0 && knownNameEndingAt(view, title.start, knownNames) !== null) {
      chain = [];
      continue;
    }
    // The title goes on to another title of the same person: wait for the name.
    if (CHAIN_LINKS.has(view[title.end]) && titleAt.has(title.end + 1)) continue;
    // After a title with its organisation the slot is a name even without a Han surname (副主席格桑卓玛主持).
    const nameEnd = nameAt(view, title.end, context) ?? (title.pieces.length > 0 ? nameBeforeFollower(view, title.end) : null);
    if (nameEnd === null) {
      chain = [];
      continue;
    }
    for (const link of chain) consumedHeads.add(link.title.end);
    record(view.slice(title.end, nameEnd), title.end, chain);
    previousInList = title.pieces.length > 0 ? title : (inheritFrom ?? title);
    // A list sharing the chain's titles: 福建省领导黄启明、郑秀兰.
    let cursor = nameEnd;
    while (view[cursor] === LIST_SEPARATOR && !titleAt.has(cursor + 1)) {
      const itemStart = cursor + 1;
      const itemEnd = listItemEnd(view, itemStart);
      const strict = itemEnd < view.length && ITEM_END.test(view[itemEnd]);
      let end = strict && isAcceptableListName(view.slice(itemStart, itemEnd)) ? itemEnd : nameAt(view, itemStart, context);
      if (end === null) end = nameBeforeFollower(view, itemStart);
      if (end === null) break;
      record(view.slice(itemStart, end), itemStart, chain);
      cursor = end;
    }
    listEnd = cursor;
  }

  const bareHeads = titles.filter((title) => title.pieces.length === 0 && !consumedHeads.has(title.end));
  addTitlesAfterNames(view, bareHeads, byName, context, record);
  return { officials: [...byName.values()].sort((a, b) => a.at - b.at).map(toOfficial), titleOrganisations };
}

/** A list's last item without punctuation after it (…、苏和、马金花参加活动): the name ends where a follower word starts. */
function nameBeforeFollower(view: string, start: number): number | null {
  for (let end = start + 2; end <= start + 4 && end <= view.length; end++) {
    if (wordAfterName(view, end) && isAcceptableListName(view.slice(start, end))) return end;
  }
  return null;
}

/**
 * Titles after names: a known name followed by a head (邓佳宁书记) adds the title unless it repeats one;
 * an unknown surname-led name standing after punctuation and before a head (，王建民总书记) is read as a new official.
 */
function addTitlesAfterNames(
  view: string,
  bareTitles: readonly TitleMatch[],
  byName: Map<string, Finding>,
  context: NameContext,
  record: (name: string, at: number, written: Array<{ title: TitleMatch; resolved: string }>) => void,
): void {
  for (const title of bareTitles) {
    const head = { start: title.start, end: title.end, head: title.text };
    const knownName = knownNameEndingAt(view, head.start, byName);
    if (knownName !== null) {
      const finding = byName.get(knownName)!;
      addTitle(finding, { text: head.head, resolved: finding.titles.find((t) => t.text.endsWith(head.head))?.resolved ?? head.head });
      continue;
    }
    const dotted = dottedNameEndingAt(view, head.start);
    if (dotted !== null) {
      record(view.slice(dotted, head.start), dotted, [{ title: bareTitle(head), resolved: head.head }]);
      continue;
    }
    // Two characters only where jieba reads them as a name (邓佳宁书记, not 双方领导); four with a compound surname (欧阳明远).
    for (const length of [4, 3, 2]) {
      const start = head.start - length;
      if (start < 0) continue;
      const before = view[start - 1];
      if (start > 0 && !isBoundary(view, start - 1) && !NAME_MAY_FOLLOW.has(before)) continue;
      const candidate = view.slice(start, head.start);
      const surname = surnameOf(candidate);
      if (!surname || (length === 4 && surname.length !== 2) || headAt(view, start) || !/^\p{Script=Han}+$/u.test(candidate)) continue;
      if (!readsAsPersonName(candidate) || nameAt(view, start, { ...context, known: new Set() }) !== head.start) continue;
      record(candidate, start, [{ title: bareTitle(head), resolved: head.head }]);
      break;
    }
  }
}

function bareTitle(head: Span & { head: string }): TitleMatch {
  return { start: head.start, end: head.end, text: head.head, head: head.head, headKind: 'other', modifier: '', pieces: [] };
}

/** A dotted name (买买提·艾力) that ends at `end` and starts at the beginning of a phrase. */
function dottedNameEndingAt(view: string, end: number): number | null {
  let start = end;
  while (start > 0 && end - start < 40 && /[\p{Script=Han}·]/u.test(view[start - 1])) start--;
  const candidate = view.slice(start, end);
  if (!candidate.includes('·') || candidate.startsWith('·')) return null;
  const match = DOTTED_NAME.exec(candidate);
  return match && match[0].length === candidate.length ? start : null;
}

function toOfficial(finding: Finding): Official {
  return { name: finding.name, titles: finding.titles, mentions: [] };
}
