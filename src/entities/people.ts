/**
 * People without an office, as recognisers: credited in the text (记者 X), listed with 、, called 同志, or
 * run together in a headline. Each fixes where a name stands; the name model scores the span.
 */
import { lazy, readDictRows, type PositionedWord } from '../nlp/index.js';
import type { PersonRole, Span } from '../types.js';
import type { EntityDoc } from './document.js';
import type { Finding, FoundPeople } from './findings.js';
import { COMMON_SURNAME, codeBits, hasCodeBit, setCodeBit, surnames } from './lexicon.js';
import {
  LIST_SCORE, LIST_SEPARATOR, delimitedName, fixedItemEnd, fixedSpanName, isBoundary, nameAt, nameEndingAt, surnameOf, wordAfterName, type SlotName,
} from './names.js';
import { inPlaceList } from './not-people.js';
import type { Recogniser } from './recognisers.js';

const creditLabels = lazy(() => {
  const roles = new Map<string, PersonRole>();
  for (const [label, role, forms = ''] of readDictRows('credit-roles.txt')) {
    // Only labels that stand bare before names (记者 X) open a byline in running text: 摄 and 图 follow the
    // name, 来源 names an outlet, and single characters (文, 审) start many words (dict/credit-roles.txt, forms).
    if (role !== 'source' && forms.split(',').includes('bare')) roles.set(label, role as PersonRole);
  }
  const labels = [...roles.keys()].sort((a, b) => b.length - a.length);
  // The units labels begin with: the pattern is tried only where one stands (see labelsIn).
  const firstUnits = codeBits(labels.map((label) => label.charCodeAt(0)));
  return { roles, labels, firstUnits, pattern: new RegExp(`(${labels.join('|')})[:：]?\\s?`, 'uy') };
});

/**
 * The credit labels of `view`, left to right, each from the end of the one before: what `matchAll` of the label
 * pattern gives, with the pattern run only at offsets whose unit begins a label (one read elsewhere).
 */
function* labelsIn(view: string): Generator<RegExpExecArray> {
  const { firstUnits, pattern } = creditLabels();
  for (let at = 0; at < view.length; ) {
    if (!hasCodeBit(firstUnits, view.charCodeAt(at))) {
      at++;
      continue;
    }
    pattern.lastIndex = at;
    const match = pattern.exec(view);
    if (match === null) {
      at++;
      continue;
    }
    yield match;
    at = match.index + match[0].length;
  }
}

const PHOTO_MARK = /^\s?\/?\s?摄(?:影)?/u;
// A part written right after a name in a byline: /文 (words), /图 or /摄 (pictures).
const PART_MARK = /^\/(文|图|摄)/u;
// Where a byline stands inside a sentence: right after the outlet or the dateline (本报记者, 新华社记者, 电 记者).
const BYLINE_LEAD = /(本报|新华社|中新社|本台|据|电)$/u;
const MAX_CREDITED = 4;
// What ends a credited name: a space, 、, punctuation, the end of the line, or the credit's own tail (摄, 报道).
const DELIMITER = /[\s、,，。;；:：()（）/]|摄|报道|$/u;

function person(doc: EntityDoc, name: SlotName, via: Finding['via'], role: PersonRole | null = null, roleSpan?: Span): Finding {
  const finding: Finding = { start: name.start, end: name.end, name: doc.view.slice(name.start, name.end), via, score: name.score, titles: [], role };
  if (roleSpan) finding.roleSpan = roleSpan;
  return finding;
}

const PAIR = /^\p{Script=Han}{4}$/u;

/**
 * Two two-character names a byline runs together (记者王立李红): four characters, each half led by a common
 * surname (a single surname with a three-character given name is rare), and the model not ruling out either
 * half. Else the name as found.
 */
function splitPair<T extends SlotName>(doc: EntityDoc, name: T): T[] {
  const text = doc.view.slice(name.start, name.end);
  if (!PAIR.test(text) || surnameOf(text)?.length !== 1 || !hasCommonSurname(text) || !hasCommonSurname(text.slice(2))) return [name];
  const middle = name.start + 2;
  const first = doc.names.spanScore(name.start, middle);
  const second = doc.names.spanScore(middle, name.end);
  if (Math.min(first, second) < LIST_SCORE) return [name];
  return [{ ...name, end: middle, score: first }, { ...name, start: middle, score: second }];
}

/**
 * People named in bylines inside the text (记者 韩松报道, 本报记者 陶宏远 通讯员 孔令书, 编辑:周思雨,
 * 记者 赵文静 摄), with their roles. A label must stand at the start of a phrase.
 */
export const bylines: Recogniser = {
  name: 'bylines',
  find(doc: EntityDoc, found: FoundPeople): Finding[] {
    const { view } = doc;
    const { roles, labels } = creditLabels();
    const known = found.names();
    const out: Finding[] = [];
    for (const match of labelsIn(view)) {
      const labelStart = match.index;
      if (labelStart > 0 && !isBoundary(view, labelStart - 1) && !BYLINE_LEAD.test(view.slice(Math.max(0, labelStart - 3), labelStart))) continue;
      let role = roles.get(match[1]) ?? null;
      let at = labelStart + match[0].length;
      const names: Array<SlotName & { photographer: boolean }> = [];
      for (let count = 0; count < MAX_CREDITED; count++) {
        // A name the byline delimits (by a space, 、 or punctuation) needs only not be ruled out.
        const delimiter = DELIMITER.exec(view.slice(at + 2, at + 5));
        const end = delimiter ? at + 2 + delimiter.index : -1;
        // Only in a byline's own layout is the item's end sure: the label set off by a colon or a space (记者 X,
        // 编辑:X), not 记者走访时说.
        const laidOut = match[0].length > match[1].length || count > 0;
        const delimited = end === -1 ? null : laidOut ? delimitedName(doc, at, end) : fixedSpanName(doc, at, end, LIST_SCORE);
        const name = delimited ?? nameAt(doc, at, known);
        if (name === null || name.end - at > 4) break;
        at = name.end;
        // A mark after the name gives its own part (林某/文 常某/图): the byline goes on after it.
        const mark = PART_MARK.exec(view.slice(at, at + 3));
        // Field by field: a spread adding a field takes the runtime's slow copy.
        names.push({ start: name.start, end: name.end, score: name.score, photographer: mark !== null && mark[1] !== '文' });
        if (mark) at += mark[0].length;
        if (view[at] !== ' ' && view[at] !== '、') break;
        // The next label (通讯员, 摄影) ends this role's names.
        if (!surnameOf(view.slice(at + 1, at + 4)) || labels.some((label) => view.startsWith(label, at + 1))) break;
        at++;
      }
      if (names.length > 0 && PHOTO_MARK.test(view.slice(at, at + 4))) role = 'photographer';
      const label = { start: labelStart, end: labelStart + match[1].length };
      for (const name of names.flatMap((name) => splitPair(doc, name))) out.push(person(doc, name, 'byline', name.photographer ? 'photographer' : role, label));
    }
    return out;
  },
};

const ITEM = /^\p{Script=Han}{2,4}$/u;
const MAX_ITEM_GAP = 5;

// Per UTF-16 code: bit 1 for a common single-character surname, bit 2 for the first character of a compound
// surname; read once per word of a document.
const COMMON_SINGLE = 1;
const COMPOUND_FIRST = 2;
const surnameStarts = lazy(() => {
  const table = new Uint8Array(0x10000);
  for (const [surname, frequency] of surnames()) {
    if (surname.length === 2) table[surname.charCodeAt(0)] |= COMPOUND_FIRST;
    else if (frequency >= COMMON_SURNAME) table[surname.charCodeAt(0)] |= COMMON_SINGLE;
  }
  return table;
});

/** The codes surnameStarts marks, as a bit set: what the scan of every word of a document reads (see codeBits). */
const surnameStartBits = lazy(() => {
  const table = surnameStarts();
  const bits = codeBits();
  for (let code = 0; code < table.length; code++) if (table[code] !== 0) setCodeBit(bits, code);
  return bits;
});

/** True when `item` starts with a common surname (a single one, or a compound one before a given name). */
export function hasCommonSurname(item: string): boolean {
  return commonSurnameLeads(item, 0, item.length);
}

/** hasCommonSurname of `text[at, at + length)`, read in place: a string is made only for a compound surname. */
function commonSurnameLeads(text: string, at: number, length: number): boolean {
  const start = surnameStarts()[text.charCodeAt(at)];
  if (start & COMPOUND_FIRST && length >= 3) {
    const compound = text.slice(at, at + 2);
    if (surnames().has(compound)) return (surnames().get(compound) ?? 0) >= COMMON_SURNAME;
  }
  return (start & COMMON_SINGLE) !== 0;
}

/**
 * Lists of three or more names joined by 、 without a title (参加会议的有A、B、C等): the separators fix
 * the items, and two thirds of them must be names the model accepts and that have a common surname.
 */
export const nameLists: Recogniser = {
  name: 'name lists',
  find(doc: EntityDoc, found: FoundPeople): Finding[] {
    const { view } = doc;
    const known = found.names();
    const out: Finding[] = [];
    for (let at = view.indexOf(LIST_SEPARATOR); at !== -1; ) {
      // Walk one run of 、-joined items.
      const separators: number[] = [at];
      let next = view.indexOf(LIST_SEPARATOR, at + 1);
      while (next !== -1 && next - separators[separators.length - 1] <= MAX_ITEM_GAP) {
        separators.push(next);
        next = view.indexOf(LIST_SEPARATOR, next + 1);
      }
      at = next;
      if (separators.length < 2) continue;
      const first = nameEndingAt(doc, separators[0], known);
      // The last item ends where a count of the list's people begins (…、魏某三位同志), or where the slot reader ends it.
      const lastStart = separators[separators.length - 1] + 1;
      const countedEnd = fixedItemEnd(view, lastStart, false);
      const last = (countedEnd !== -1 ? fixedSpanName(doc, lastStart, countedEnd, 0) : null) ?? nameAt(doc, lastStart, known);
      if (first === null || last === null) continue;
      const items: Array<SlotName | null> = [first];
      for (let i = 0; i + 1 < separators.length; i++) items.push(fixedSpanName(doc, separators[i] + 1, separators[i + 1], 0));
      items.push(last);
      const named = items.filter((item): item is SlotName => item !== null);
      // A list of villages (王庄、唐营、苗庄) reads like one of names.
      if (named.some((item) => inPlaceList(view, item.start, item.end))) continue;
      const accepted = named.filter((item) => item.score >= 0.5 && hasCommonSurname(view.slice(item.start, item.end)));
      if (named.length === items.length && named.every((item) => ITEM.test(view.slice(item.start, item.end))) && accepted.length * 3 >= items.length * 2) {
        for (const item of named) out.push(person(doc, item, 'name-list'));
      }
    }
    return out;
  },
};

const COMRADE = '同志';

/** A name called 同志 (欧阳明远同志任…, 王建民同志): a person whose office the sentence may not say. */
export const comrades: Recogniser = {
  name: 'comrades',
  find(doc: EntityDoc, found: FoundPeople): Finding[] {
    const known = found.names();
    const out: Finding[] = [];
    for (let at = doc.view.indexOf(COMRADE); at !== -1; at = doc.view.indexOf(COMRADE, at + COMRADE.length)) {
      const name = nameEndingAt(doc, at, known);
      if (name !== null && surnameOf(doc.view.slice(name.start, name.end)) !== null) out.push(person(doc, name, 'comrade'));
    }
    return out;
  },
};

const RUN_TOGETHER_MIN = 3;
const GIVEN_PART = /^\p{Script=Han}{1,2}$/u;

/** A name of 2–3 characters starting at word `index`: the word itself, or a lone surname and the word after it (黄|启明). */
const nameTag = (tag: string) => tag === 'x' || tag.startsWith('nr');

// Tags of words that never make a given name: prepositions, adverbs, conjunctions, particles, pronouns, numerals,
// measure words, directions (曾|一再, 曾|把 of a sentence whose words merely start with surnames).
const FUNCTION_TAGS = new Set(['p', 'd', 'c', 'u', 'uj', 'ul', 'uz', 'ug', 'uv', 'ud', 'r', 'm', 'q', 'f']);

function runNameAt(view: string, words: readonly PositionedWord[], index: number, starts: Int32Array): { start: number; end: number; next: number } | null {
  const word = words[index];
  // Every name of a run starts with a surname: most words are ruled out by their first character, read from the
  // view (which the scan keeps in the caches) rather than from the word's own string; so are the word's length (its
  // offsets span it) and surname, where the word's string (made when the word was first seen) is seldom in the caches.
  if (!hasCodeBit(starts, view.charCodeAt(word.start))) return null;
  const length = word.end - word.start;
  if (length >= 2 && length <= 3 && nameTag(word.tag) && commonSurnameLeads(view, word.start, length)) {
    return { start: word.start, end: word.end, next: index + 1 };
  }
  const given = words[index + 1];
  if (length === 1 && commonSurnameLeads(view, word.start, 1) && given && given.start === word.end && GIVEN_PART.test(given.word) && !FUNCTION_TAGS.has(given.tag)) {
    return { start: word.start, end: given.end, next: index + 2 };
  }
  return null;
}

/** Whether a run from `start` to `end` stands between the start of a phrase and punctuation or a follower word. */
function standsApart(view: string, start: number, end: number): boolean {
  return (start === 0 || isBoundary(view, start - 1)) && (isBoundary(view, end) || wordAfterName(view, end) !== null);
}

/** Whether no offset of `span` lies inside a place or organisation. */
function outsideBlocked(doc: EntityDoc, span: Span): boolean {
  for (let at = span.start; at < span.end; at++) if (doc.insideBlocked[at] !== 0) return false;
  return true;
}

/**
 * Names written one after another without separators, as headlines do (林国栋何晓梅陈志远出席座谈会):
 * three or more names of 2–3 characters in a row, each led by a common surname, the run standing between
 * the start of a phrase and punctuation or a follower word (参加, 出席). One name alone is not enough.
 */
export const runTogetherNames: Recogniser = {
  name: 'run-together names',
  find(doc: EntityDoc): Finding[] {
    const { view, words } = doc;
    const starts = surnameStartBits();
    const out: Finding[] = [];
    for (let index = 0; index < words.length; ) {
      const first = runNameAt(view, words, index, starts);
      if (first === null) {
        index++;
        continue;
      }
      const run = [first];
      let cursor = first.next;
      const nextName = (index: number) => (index < words.length ? runNameAt(view, words, index, starts) : null);
      for (let name = nextName(cursor); name && run[run.length - 1].end === name.start; name = nextName(cursor)) {
        run.push(name);
        cursor = name.next;
      }
      // Most runs are one name: their edges and spans are not read.
      if (run.length >= RUN_TOGETHER_MIN && standsApart(view, first.start, run[run.length - 1].end) && run.every((name) => outsideBlocked(doc, name))) {
        for (const name of run) out.push(person(doc, { start: name.start, end: name.end, score: doc.names.spanScore(name.start, name.end) }, 'run-together'));
      }
      index = cursor;
    }
    return out;
  },
};
