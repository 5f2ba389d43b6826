/**
 * Officials from the title grammar, as two recognisers: titles before names (title chains, inherited
 * organisations, lists sharing one title) and titles written after names (邓佳宁书记). The grammar fixes
 * where a name stands; the name model (through names.ts) decides which span fills the slot. Also the
 * organisations the titles name.
 */
import { charClass, COLONS, COMMAS, DOUBLE_QUOTES, ENUMERATION_COMMA, PARENTHESES, SEMICOLONS, SENTENCE_END_MARKS, unitsMatching } from '../normalize/index.js';
import { lazy } from '../nlp/index.js';
import type { OrganizationType, Span, TitleStatus, Via } from '../types.js';
import type { EntityDoc } from './document.js';
import { composedText, type Composed, type Finding, type FoundPeople, type NameSet, type TitleFinding } from './findings.js';
import {
  COUNT_NUMBER, LIST_SCORE, LIST_SEPARATOR, LIST_SEPARATOR_CODE, MAX_LIST_ITEM, delimitedName, isBoundary, isOneCommonWord, joinedItemEnd, surnameOf, fixedSpanName, knownNameEndingAt, nameAt, nameBeforeFollower, nameEndingAt, type SlotName,
} from './names.js';
import { COMMON_SURNAME, surnames, unitAt } from './lexicon.js';
import type { Recogniser } from './recognisers.js';
import { committeeOf, inheritedOrganisation, resolveTitle, titleOrganisation, type TitleMatch } from './titles.js';

// What links the titles of a chain, by code (read at every title; `view[at]` of a Chinese character makes a string).
const CHAIN_LINKS = new Set([LIST_SEPARATOR, '兼'].map((link) => link.charCodeAt(0)));
const ITEM_END = new RegExp(charClass(ENUMERATION_COMMA, COMMAS, SENTENCE_END_MARKS, SEMICOLONS, COLONS, '\\s', PARENTHESES, DOUBLE_QUOTES), 'u');
/** ITEM_END as a table of a byte per UTF-16 unit: a list item is read character by character. */
const itemEnds = lazy(() => unitsMatching(ITEM_END));

/** Whether the unit at `at` ends a list item (ITEM_END; nothing past the end of the view). */
function endsItem(view: string, at: number): boolean {
  return at < view.length && itemEnds()[view.charCodeAt(at)] === 1;
}
// A note in brackets between a title and the name, saying how the post is held: (兼), (代), (挂职).
const POST_NOTE = /^[(（]\p{Script=Han}{1,2}[)）]/u;
// Modifiers saying the post is no longer held (原市长, 前总统).
const FORMER = new Set(['原', '前']);

/** Where a list item starting at `start` ends: at the next separator or punctuation. */
function listItemEnd(view: string, start: number): number {
  let end = start;
  while (end < view.length && end - start <= MAX_LIST_ITEM && !endsItem(view, end)) end++;
  return end;
}

/** A title of a chain with its resolved form. */
interface ChainLink {
  title: TitleMatch;
  resolved: Composed;
}

/** Whether the title's own words say the post is left (原, 前). */
function statusOfModifier(title: TitleMatch): TitleStatus | undefined {
  return FORMER.has(title.modifier) || title.former ? 'former' : undefined;
}

/** The titles of a chain as findings. */
export function titleFindings(chain: readonly ChainLink[], via: Via, status?: TitleStatus): TitleFinding[] {
  return chain.map(({ title, resolved }) => {
    const finding: TitleFinding = { start: title.start, end: title.end, resolved, via };
    const own = status ?? statusOfModifier(title);
    if (own) finding.status = own;
    return finding;
  });
}

/** A person found in a slot, with titles. */
export function personInSlot(doc: EntityDoc, name: SlotName, via: Via, titles: TitleFinding[]): Finding {
  return { start: name.start, end: name.end, name: doc.view.slice(name.start, name.end), via, score: name.score, titles };
}

// 为 or 由 after a title that say who holds it: 局长为X， (a name of two or three characters alone up to the
// punctuation) and 局长由X兼任.
// 市长为X颁奖 (gave X an award) has more after the name, and is left alone.
const HOLDER_AFTER = /^(?:为\p{Script=Han}{2,3}(?!\p{Script=Han})|由\p{Script=Han}{2,4}?(?:兼任|担任|出任))/u;

/**
 * Where the name after a title starts: right after it, after a note in brackets (书记(兼)佘某), or after the 为 or
 * 由 that says who holds the post (副局长为X，, 局长由X兼任).
 */
function nameSlotAfter(view: string, titleEnd: number): number {
  const note = POST_NOTE.exec(view.slice(titleEnd, titleEnd + 4));
  if (note) return titleEnd + note[0].length;
  return HOLDER_AFTER.test(view.slice(titleEnd, titleEnd + 9)) ? titleEnd + 1 : titleEnd;
}

/**
 * True when a bare title belongs to the name written right before it rather than to what follows: the model
 * reads a name ending at the title, past the score a name needs on its own and above what the slot after it holds
 * (习某某总书记|曾多次…: the title is 习某某's, 曾多次 no name).
 */
function readsBetterBefore(doc: EntityDoc, titleStart: number, after: SlotName, known: NameSet): boolean {
  const before = nameEndingAt(doc, titleStart, known, doc.nameThreshold);
  return before !== null && before.score > after.score;
}

/**
 * True when a bare title right after a lone common surname that opens a phrase is a form of address (。曲局长为…):
 * the person is the one addressed, and what follows the title is no name of theirs.
 */
function addressForm(view: string, title: TitleMatch): boolean {
  if (title.pieces.length > 0 || title.start < 1) return false;
  const surname = view[title.start - 1];
  return (surnames().get(surname) ?? 0) >= COMMON_SURNAME && (title.start === 1 || isBoundary(view, title.start - 2));
}

/**
 * Titles before names: title chains (国务委员、湖北省委书记钟建平), inherited organisations
 * (江苏省委副书记、省长韩文涛 → 江苏省省长), lists sharing one title (福建省领导黄启明、郑秀兰).
 */
export const titlesBeforeNames: Recogniser = {
  name: 'titles before names',
  find(doc: EntityDoc, found: FoundPeople): Finding[] {
    const { view, titles } = doc;
    // 1 where a title starts (asked of an offset or two per title).
    const titleAt = new Uint8Array(view.length + 2);
    for (const title of titles) titleAt[title.start] = 1;
    const known = found.names();
    const out: Finding[] = [];
    const record = (name: SlotName, chain: readonly ChainLink[], via: Via) => {
      out.push(personInSlot(doc, name, via, titleFindings(chain, via)));
      known.add(view.slice(name.start, name.end));
    };
    let chain: ChainLink[] = [];
    // The last title given to a named official, for a bare title that continues a list of officials (组长周海峰、副组长吴德明).
    let previousInList: TitleMatch | null = null;
    let listEnd = -1;
    for (const title of titles) {
      const previousLink = chain[chain.length - 1]?.title;
      const continuesChain = previousLink !== undefined && CHAIN_LINKS.has(unitAt(view, title.start - 1)) && previousLink.end === title.start - 1;
      if (!continuesChain) chain = [];
      const followsListedName = unitAt(view, title.start - 1) === LIST_SEPARATOR_CODE && listEnd === title.start - 1;
      const inheritFrom: TitleMatch | null = title.pieces.length > 0 ? null : (chain[chain.length - 1]?.title ?? (followsListedName ? previousInList : null));
      const inherited = inheritFrom ? inheritedOrganisation(inheritFrom, title.headKind, doc.resolveRegion) : committeeOf(title, chain[chain.length - 1]?.title, doc.resolveRegion);
      chain.push({ title, resolved: resolveTitle(title, inherited, doc.resolveRegion) });
      // A bare title right after a known name belongs to that name (邓佳宁书记), not to what follows.
      if (title.pieces.length === 0 && knownNameEndingAt(view, title.start, known) !== null) {
        chain = [];
        continue;
      }
      // The title goes on to another title of the same person: wait for the name.
      if (CHAIN_LINKS.has(unitAt(view, title.end)) && titleAt[title.end + 1] === 1) continue;
      const slot = nameSlotAfter(view, title.end);
      // A short item that punctuation ends right after a title (市领导A、B, 书记(兼)佘某,): both its ends are fixed.
      const itemEnd = listItemEnd(view, slot);
      // …or a conjunction joining the next official (部长刘某和副部长李某).
      const joinedEnd = joinedItemEnd(doc, slot);
      // After a note in brackets (书记(兼)佘某,) the model reads the name against the bracket and scores it low: a
      // surname starting the fixed item is enough there.
      // A lone item that is one common word (国王|海滩，) is a name only where the model reads one as it would in a
      // slot; the first item of a list (市领导林海、…) keeps the list's trust.
      const loneCommonWord = unitAt(view, itemEnd) !== LIST_SEPARATOR_CODE && isOneCommonWord(doc, slot, itemEnd);
      const itemScore = loneCommonWord ? doc.slotThreshold : slot > title.end && surnameOf(view.slice(slot, itemEnd)) !== null ? 0 : LIST_SCORE;
      const delimited =
        (itemEnd - slot >= 2 && itemEnd - slot <= 4 ? fixedSpanName(doc, slot, itemEnd, itemScore) : null) ?? (joinedEnd > 0 ? fixedSpanName(doc, slot, joinedEnd, LIST_SCORE) : null);
      const name = delimited ?? nameAt(doc, slot, known);
      if (name === null || (title.pieces.length === 0 && (addressForm(view, title) || readsBetterBefore(doc, title.start, name, known)))) {
        chain = [];
        continue;
      }
      record(name, chain, 'title');
      previousInList = title.pieces.length > 0 ? title : (inheritFrom ?? title);
      // A list sharing the chain's titles: 福建省领导黄启明、郑秀兰.
      let cursor = name.end;
      while (unitAt(view, cursor) === LIST_SEPARATOR_CODE && titleAt[cursor + 1] !== 1) {
        const itemStart = cursor + 1;
        const itemEnd = listItemEnd(view, itemStart);
        const delimited = endsItem(view, itemEnd);
        const item = (delimited ? delimitedName(doc, itemStart, itemEnd) : null) ?? nameAt(doc, itemStart, known) ?? nameBeforeFollower(doc, itemStart);
        if (item === null) break;
        record(item, chain, 'shared-title');
        cursor = item.end;
      }
      listEnd = cursor;
    }
    return out;
  },
};

// A heading that gives its title to every official of the list after it (13位新闻发言人分别是：A；B…, 委员名单如下：…).
// A title with only a colon after it (发言人：…) introduces what someone says, so the heading needs 分别是, 名单如下,
// or a count of people before the title (五位副组长：…).
const HEADING_AFTER = /^(?:分别(?:是|为)[:：]?|名单如下[:：]?|[:：])/u;
const COUNT_BEFORE_TITLE = new RegExp(`${COUNT_NUMBER}[位名]$`, 'u');
// How far the list after a heading reaches: to the end of its paragraph, at most this many characters.
const HEADING_REACH = 800;

/** Where the list after a heading at `from` ends: its paragraph's end, or HEADING_REACH characters on. */
function headingListEnd(view: string, from: number): number {
  const lineEnd = view.indexOf('\n', from);
  return Math.min(lineEnd === -1 ? view.length : lineEnd, from + HEADING_REACH);
}

/**
 * Shared roles over a list under a heading: every official found in the list after 13位新闻发言人分别是： also has
 * the heading's title. Runs after the recognisers that find the officials of the list.
 */
export const listHeadings: Recogniser = {
  name: 'list headings',
  find(doc: EntityDoc, found: FoundPeople): Finding[] {
    const { view } = doc;
    const out: Finding[] = [];
    // Lists under headings do not nest: a heading inside the list of another one starts no list of its own.
    let listedTo = -1;
    for (const title of doc.titles) {
      if (title.start < listedTo) continue;
      const heading = HEADING_AFTER.exec(view.slice(title.end, title.end + 6));
      if (heading === null) continue;
      const counted = COUNT_BEFORE_TITLE.test(view.slice(Math.max(0, title.start - 4), title.start));
      if (heading[0].length === 1 && !counted) continue;
      const listStart = title.end + heading[0].length;
      listedTo = headingListEnd(view, listStart);
      const shared = titleFindings([{ title, resolved: resolveTitle(title, null, doc.resolveRegion) }], 'shared-title');
      for (const person of found.within(listStart, listedTo)) {
        out.push({ start: person.start, end: person.end, name: person.name, via: 'shared-title', score: person.score, titles: shared });
      }
    }
    return out;
  },
};

/**
 * Titles after names: a bare title (no organisation of its own) right after a name, 王建民总书记,
 * 纪工委韩卫东书记, 杨某副局长. The name is one found earlier or the span the model scores best.
 */
/**
 * A title read as a place and a head (长春|副主任) whose place ends a name the model reads on its own (赵长春副主任,
 * 王中某副主任 of a city 中某): the bare head, with the place left to the name; null when the title's organisation
 * is its own.
 */
function withoutPlaceOfName(doc: EntityDoc, title: TitleMatch, known: NameSet): TitleMatch | null {
  const [first, ...rest] = title.pieces;
  if (first.kind !== 'place' || rest.length > 0) return null;
  const name = nameEndingAt(doc, first.end, known, doc.nameThreshold);
  if (name === null || name.start >= first.start) return null;
  const start = first.end;
  return { ...title, start, text: doc.view.slice(start, title.end), pieces: [] };
}

export const titlesAfterNames: Recogniser = {
  name: 'titles after names',
  find(doc: EntityDoc, found: FoundPeople): Finding[] {
    const known = found.names();
    const out: Finding[] = [];
    for (const written of doc.titles) {
      const title = written.pieces.length === 0 ? written : withoutPlaceOfName(doc, written, known);
      if (title === null) continue;
      const name = nameEndingAt(doc, title.start, known);
      if (name === null) continue;
      // The resolved title of a known person who has this head already stays theirs (市委书记X … X书记).
      const person = found.get(doc.view.slice(name.start, name.end));
      const same = person?.titles.find((known) => doc.view.slice(known.start, known.end).endsWith(title.head));
      const resolved: Composed = same ? same.resolved : [{ start: title.start, end: title.end }];
      out.push(personInSlot(doc, name, 'title-after-name', titleFindings([{ title, resolved }], 'title-after-name')));
      known.add(doc.view.slice(name.start, name.end));
    }
    return out;
  },
};

/** An organisation a title names (北京市委 of 北京市委书记), as an entity. */
export interface TitleOrganisation extends Span {
  name: string;
  fullName: string;
  type: OrganizationType;
}

/** The organisations the titles of the document name: every title with an organ or party committee in it. */
export function titleOrganisations(doc: EntityDoc): TitleOrganisation[] {
  const found: TitleOrganisation[] = [];
  for (const title of doc.titles) {
    if (!title.pieces.some((piece) => piece.kind === 'body' || piece.kind === 'party') || title.pieces.some((piece) => piece.kind === 'free')) continue;
    const end = title.pieces[title.pieces.length - 1].end;
    found.push({
      start: title.start,
      end,
      name: doc.view.slice(title.start, end),
      fullName: composedText(doc.view, titleOrganisation(title, doc.resolveRegion)),
      type: title.headKind === 'party' ? 'party' : 'organization',
    });
  }
  return found;
}
