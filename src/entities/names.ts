/**
 * Name slots: where the grammar knows a name stands (after a title or a credit label, between list
 * separators, before a title), which span fills the slot. The trained name model scores the spans
 * (name-model.ts); the helpers here add what the grammar knows for sure: names already found in the
 * document, dotted names, and that a title, a form of address or a place is not a name.
 */
import { PHRASE_END_CHARS, unitsMatching } from '../normalize/index.js';
import { lazy, type PositionedWord } from '../nlp/index.js';
import type { Span } from '../types.js';
import type { EntityDoc } from './document.js';
import type { NameSet } from './findings.js';
import type { TitleMatch } from './titles.js';
import { TITLE_MODIFIERS, codeBits, codeBitsOfTable, hasCodeBit, honorificStarts, setCodeBit, nameFollowers, namesKnownThing, surnames, titleHeads, mayStartWord, unitAt, wordStartingAt, wordsEndingWith, writtenEndingAt } from './lexicon.js';

const WHITE_SPACE = /\s/u;

/**
 * Characters that end a phrase (punctuation, white space): a name right before one of them is complete. One bit
 * per UTF-16 code (see codeBits), so the test is a look-up; the marks are read one part at a time (`\s` stands for
 * white space).
 */
const phraseEnds = lazy(() => {
  const table = unitsMatching(WHITE_SPACE);
  for (const part of PHRASE_END_CHARS) {
    if (part === '\\s') continue;
    for (let i = 0; i < part.length; i++) table[part.charCodeAt(i)] = 1;
  }
  return codeBitsOfTable(table);
});

/** True when `view[at]` ends a phrase (punctuation, space, the end of the text). */
export function isBoundary(view: string, at: number): boolean {
  return at >= view.length || hasCodeBit(phraseEnds(), view.charCodeAt(at));
}

// The first units of the modifiers: the modifiers are compared with the text only where one of them stands.
const MODIFIER_STARTS = new Set(TITLE_MODIFIERS.map((modifier) => modifier.charCodeAt(0)));

/** The follower word (一同, 和, 指出 …) or title, with its modifier (副局长), that starts at `at`, if any. */
export function wordAfterName(view: string, at: number): string | null {
  const follower = wordStartingAt(view, at, nameFollowers().starts);
  if (follower !== null) return follower;
  const mayHoldModifier = at < 0 || MODIFIER_STARTS.has(view.charCodeAt(at));
  const modifier = (mayHoldModifier ? TITLE_MODIFIERS.find((candidate) => view.startsWith(candidate, at)) : undefined) ?? '';
  const head = wordStartingAt(view, at + modifier.length, titleHeads().starts);
  return head === null ? null : modifier + head;
}

// Bit sets of UTF-16 codes (see codeBits): where a one-character surname is that character, and where a two-unit
// surname (欧阳) starts with it.
const surnameCodes = lazy(() => {
  const single = codeBits();
  const twoUnitFirst = codeBits();
  for (const name of surnames().keys()) {
    if (name.length === 1) setCodeBit(single, name.charCodeAt(0));
    else if (name.length === 2) setCodeBit(twoUnitFirst, name.charCodeAt(0));
  }
  return { single, twoUnitFirst };
});

/** The length of the surname that starts `view[start, end)` (surnameOf without the string), or 0. */
function surnameLengthAt(view: string, start: number, end: number): number {
  const { single, twoUnitFirst } = surnameCodes();
  const first = view.charCodeAt(start);
  if (end - start >= 3 && hasCodeBit(twoUnitFirst, first) && surnames().has(view.slice(start, start + 2))) return 2;
  return hasCodeBit(single, first) ? 1 : 0;
}

/** The surname that starts `candidate` (compound surnames first), or null. */
export function surnameOf(candidate: string): string | null {
  const { single, twoUnitFirst } = surnameCodes();
  const first = candidate.charCodeAt(0);
  if (candidate.length >= 3 && hasCodeBit(twoUnitFirst, first)) {
    const two = candidate.slice(0, 2);
    if (surnames().has(two)) return two;
  }
  return hasCodeBit(single, first) ? candidate[0] : null;
}

/** The document's jieba words, indexed by where they start. */
export interface DocumentWords {
  list: readonly PositionedWord[];
  /** The index of the word starting at an offset, or undefined where none does. */
  startingAt(start: number): number | undefined;
}

/** Indexes a document's jieba words (in text order, within a text of `length` characters) by offset. */
export function indexWords(list: readonly PositionedWord[], length: number): DocumentWords {
  // 1 + the index of the word starting at each offset, 0 where none does.
  const starts = new Int32Array(length + 1);
  list.forEach((word, index) => {
    starts[word.start] = index + 1;
  });
  return { list, startingAt: (start) => (start >= 0 && start <= length && starts[start] > 0 ? starts[start] - 1 : undefined) };
}

/** Longest Chinese name without a dot read in a slot: a compound surname and two characters (欧阳明远), or one inner space (黄 蕾). */
const MAX_PLAIN_NAME = 4;

/** The known name that ends exactly at `end`, longest first, or null. */
export function knownNameEndingAt(view: string, end: number, known: NameSet): string | null {
  for (const length of known.lengths) {
    if (length > end || length < 2) continue;
    const candidate = view.slice(end - length, end);
    if (known.has(candidate)) return candidate;
  }
  return null;
}

/**
 * The score an item of a list of names needs (省领导A、B、C): the separators fixed both its ends and the
 * list began with a name, so the model need only not rule the item out.
 */
export const LIST_SCORE = 0.05;

// What a name is made of: Han characters, middle dots between parts (买买提·艾力; pages also write •, ・ or ‧),
// or one space inside a
// short Chinese name (黄 蕾); never other punctuation.
const NAME_SHAPE = /^(?:\p{Script=Han}{2,4}|\p{Script=Han} \p{Script=Han}{1,2}|\p{Script=Han}{1,10}(?:[·•・‧]\p{Script=Han}{1,10}){1,3}|\p{Script=Han}{5,10})$/u;

// The bit of every UTF-16 code of a Han character (Unicode script Han; see codeBits): one read per character.
const hanCodes = lazy(() => codeBitsOfTable(unitsMatching(/\p{Script=Han}/u)));
const SPACE = 0x20;
// The middle dots of NAME_SHAPE (·, •, ・, ‧), by code.
const isNameDot = (code: number) => code === 0xb7 || code === 0x2022 || code === 0x30fb || code === 0x2027;

/**
 * NAME_SHAPE's test of `view[start, end)`, read unit by unit where the span holds no surrogate (every span of a
 * Chinese text): the test runs for every span a slot tries, and the pattern would need a string made for each.
 * A span with a surrogate (a character outside the BMP counts as one in the pattern) is left to the pattern.
 */
function nameShaped(view: string, start: number, end: number): boolean {
  const han = hanCodes();
  let spaces = 0;
  let dots = 0;
  let part = 0;
  for (let at = start; at < end; at++) {
    const code = view.charCodeAt(at);
    if ((code & 0xf800) === 0xd800) return NAME_SHAPE.test(view.slice(start, end));
    if (hasCodeBit(han, code)) {
      // A part between dots is at most ten characters.
      if (++part > 10) return false;
    } else if (code === SPACE) {
      // One space, after the first character of a name of three or four (黄 蕾).
      if (at !== start + 1 || dots > 0 || ++spaces > 1) return false;
    } else if (isNameDot(code)) {
      // Two to four parts, none empty.
      if (part === 0 || spaces > 0 || ++dots > 3) return false;
      part = 0;
    } else return false;
  }
  const length = end - start;
  if (spaces > 0) return length === 3 || length === 4;
  if (dots > 0) return part > 0;
  return length >= 2 && length <= 10;
}

/**
 * A name may not begin inside a place or organisation, but a place may begin inside a name:
 * 赵长春 holds 长春, and is still a name.
 */
function startsInsideBlocked(doc: EntityDoc, start: number): boolean {
  return doc.insideBlocked[start] === 1;
}

// A year in the brackets of a document number, right after the issuer's abbreviation.
const DOCUMENT_YEAR_AFTER = /^[[〔［【]\d{4}[\]〕］】]/u;
// The brackets DOCUMENT_YEAR_AFTER opens with: where none stands, the pattern is not run.
const YEAR_OPENERS = new Set([...'[〔［【'].map((bracket) => bracket.charCodeAt(0)));

/** What joins the items of a list of names (王某、张某). */
export const LIST_SEPARATOR = '、';
/**
 * Its code, for the tests of one offset: `view[at]` of a Chinese character makes a new string (only Latin-1
 * characters have shared ones), where a unit is read in place.
 */
export const LIST_SEPARATOR_CODE = LIST_SEPARATOR.charCodeAt(0);

// A count of the people just named (A、B三位同志, A等两名同志, A、B这两位): 位 always counts people, 名 only before
// 同志 (李三名下 keeps its name).
/** The number of a count of people (三, 十二, 15), as a pattern source. */
export const COUNT_NUMBER = String.raw`(?:[两二三四五六七八九十]{1,3}|\d{1,3})`;
const PEOPLE_COUNT = String.raw`[等这那]?${COUNT_NUMBER}(?:位|名(?=同志))`;
const PEOPLE_COUNT_AT = new RegExp(`^${PEOPLE_COUNT}`, 'u');
// The characters a count of people can begin with (PEOPLE_COUNT's first): elsewhere the pattern is not run.
const COUNT_OPENERS = new Set([...'等这那两二三四五六七八九十0123456789'].map((unit) => unit.charCodeAt(0)));
const COUNT_AND_COMRADE_BEFORE = new RegExp(`(?:${PEOPLE_COUNT})?同志$`, 'u');
/** The longest list item read between separators (a name with middle dots). */
export const MAX_LIST_ITEM = 12;

/** The length of the count of people written at `at` (三位, 这两位, 等两名 before 同志), or 0. */
export function peopleCountAt(view: string, at: number): number {
  if (!COUNT_OPENERS.has(unitAt(view, at))) return 0;
  return PEOPLE_COUNT_AT.exec(view.slice(at, at + 8))?.[0].length ?? 0;
}

/** The length of 同志, with a count of people before it (两位同志), that ends at `end`, or 0. */
export function comradesEndingAt(view: string, end: number): number {
  return COUNT_AND_COMRADE_BEFORE.exec(view.slice(Math.max(0, end - 10), end))?.[0].length ?? 0;
}

/**
 * Where the list item starting at `start` ends when the text fixes its end: at the next 、 (with `atSeparator`) or
 * at a count of the list's people (…、魏某三位同志), within a name's length; -1 when neither is there.
 */
export function fixedItemEnd(view: string, start: number, atSeparator: boolean): number {
  for (let end = start + 2; end <= start + MAX_LIST_ITEM && end <= view.length; end++) {
    if ((atSeparator && unitAt(view, end) === LIST_SEPARATOR_CODE) || peopleCountAt(view, end) > 0) return end;
  }
  return -1;
}

/** Where the list item ending at `end` starts when a 、 before it fixes its start, within a name's length; -1 when none does. */
export function fixedItemStart(view: string, end: number): number {
  for (let start = end - 2; start >= end - MAX_LIST_ITEM && start > 0; start--) if (view.charCodeAt(start - 1) === LIST_SEPARATOR_CODE) return start;
  return -1;
}

/** True when the span's last character is the numeral of a count of people after the name (魏某三|位同志). */
function endsInCount(view: string, end: number): boolean {
  return peopleCountAt(view, end - 1) > 0;
}

/** True when `[start, end)` could be a person's name at all: its shape, no title head at its start, no form of address. */
export function couldBeName(doc: EntityDoc, start: number, end: number): boolean {
  return hasNameShape(doc, start, end) && fitsNameContext(doc, start, end);
}

/** couldBeName's first, cheapest checks: the span starts outside places and organisations and is shaped as a name. */
function hasNameShape(doc: EntityDoc, start: number, end: number): boolean {
  return !startsInsideBlocked(doc, start) && nameShaped(doc.view, start, end);
}

/** couldBeName's other checks, on a span with the shape of a name: what it spells and what stands around it. */
function fitsNameContext(doc: EntityDoc, start: number, end: number): boolean {
  const { view } = doc;
  // The checks are read on the view in place, no string made, the cheapest first: slots try many spans.
  // A title is never a name, however name-like its first character (书记, 主任).
  if (wordStartingAt(view, start, titleHeads().starts) !== null) return false;
  const heads = wordsEndingWith(titleHeads().ends, unitAt(view, end - 1));
  for (let i = 0; heads !== undefined && i < heads.words.length; i++) {
    if (heads.values[i] < end - start && writtenEndingAt(view, end, heads, i)) return false;
  }
  if (endsInCount(view, end) || endsInSpeechVerb(view, start, end)) return false;
  // The issuer's abbreviation of a document number (某政发〔2018〕2号) is no name.
  if (YEAR_OPENERS.has(unitAt(view, end)) && DOCUMENT_YEAR_AFTER.test(view.slice(end, end + 6))) return false;
  // A surname with a form of address (李总, 张经理, 郑阿姨) is how someone is called, not a full name.
  const surname = surnameLengthAt(view, start, end);
  if (surname > 0 && wordStartingAt(view, start + surname, honorificStarts()) !== null) return false;
  return !endsInJoinedTitle(doc, end) && !namesKnownThing(view, start, end);
}

// Verbs of saying that follow a name (李建|说，, 王强|称): a given name hardly ever ends in one, and a slot that
// reads three characters or more through one has read the speech into the name.
const SPEECH_VERBS = new Set(['说', '称']);
function endsInSpeechVerb(view: string, start: number, end: number): boolean {
  return end - start >= 3 && SPEECH_VERBS.has(view[end - 1]);
}

// Taiwan's day after a name, 今(5)日 (on the half-width view): jieba often joins its 今 to the name (卓荣|泰今).
const DAY_IN_BRACKETS = /^[今昨明前]\(\d{1,2}\)日/u;
const OPEN_BRACKET = '('.charCodeAt(0);

/**
 * Where a name read over `[start, end)` really ends: before a verb of saying or Taiwan's 今(5)日 at its end
 * (李建|说, 卓荣泰|今(5)日), or before a word of two characters or more that follows names and begins at one of
 * jieba's words inside it (冀川|上月). The jieba word keeps a name whose last character merely starts such a
 * word (李志强|调研 is not 李志|强调). At least two characters stay.
 */
function endBeforeWordAfterName(doc: EntityDoc, start: number, end: number): number {
  const { view } = doc;
  if (end - start < 3) return end;
  if (endsInSpeechVerb(view, start, end) || (unitAt(view, end) === OPEN_BRACKET && DAY_IN_BRACKETS.test(view.slice(end - 1, end + 6)))) return end - 1;
  const followers = nameFollowers().starts;
  for (let at = start + 2; at < end; at++) {
    if (!mayStartWord(followers, view.charCodeAt(at)) || doc.wordIndex.startingAt(at) === undefined) continue;
    const follower = wordStartingAt(view, at, followers);
    if (follower !== null && follower.length >= 2) return at;
  }
  return end;
}

/** `span` without the words after a name the model read into it ({@link endBeforeWordAfterName}), else `span` itself. */
export function withoutWordAfterName<T extends Span>(doc: EntityDoc, span: T): T {
  const end = endBeforeWordAfterName(doc, span.start, span.end);
  return end === span.end ? span : { ...span, end };
}

// Conjunctions that join two people: 部长刘某和副部长李某, 刘某与李某 (by code: read at every end a slot tries).
export const JOINING = new Set([...'和与及同'].map((conjunction) => conjunction.charCodeAt(0)));

/**
 * True when a span ends in a conjunction followed by a title and a name (刘某和|副部长李某): the 和 joins two
 * officials and is no given name's last character. 王志和副市长出席, with no name after the title, stays a name.
 */
function endsInJoinedTitle(doc: EntityDoc, end: number): boolean {
  if (!JOINING.has(unitAt(doc.view, end - 1))) return false;
  const title = titleStartingAt(doc, end);
  if (title === undefined) return false;
  const next = doc.names.startingAt(title.end);
  return next !== undefined && next.type === 'person' && next.score >= doc.slotThreshold;
}

/**
 * Where a name starting at `start` ends when a conjunction, a title and a name follow it (刘某|和副部长李某), within
 * a name's length: both its ends are fixed, as a list item's are; -1 when no such conjunction follows.
 */
export function joinedItemEnd(doc: EntityDoc, start: number): number {
  for (let end = start + 2; end <= start + MAX_PLAIN_NAME && end < doc.view.length; end++) {
    if (endsInJoinedTitle(doc, end + 1)) return end;
  }
  return -1;
}

/** The title written from `at`, found by binary search over the document's titles (they are in text order). */
function titleStartingAt(doc: EntityDoc, at: number): TitleMatch | undefined {
  const { titles } = doc;
  let low = 0;
  let high = titles.length - 1;
  while (low <= high) {
    const middle = (low + high) >> 1;
    if (titles[middle].start < at) low = middle + 1;
    else if (titles[middle].start > at) high = middle - 1;
    else return titles[middle];
  }
  return undefined;
}

/** A span in a slot and the model's score for it. */
export interface SlotName {
  start: number;
  end: number;
  score: number;
}

/** The known name (found earlier in the document) starting at `start`, ending where a phrase or a follower word does. */
function knownNameAt(doc: EntityDoc, start: number, known: NameSet): SlotName | null {
  for (const length of known.lengths) {
    const end = start + length;
    if (length < 2) continue;
    if (end > doc.view.length || !known.has(doc.view.slice(start, end))) continue;
    if (isBoundary(doc.view, end) || wordAfterName(doc.view, end)) return { start, end, score: doc.names.spanScore(start, end) };
  }
  return null;
}


/**
 * A name with a middle dot starting at `start` (买买提·艾力, 让·杜邦): it can only end where what follows does not
 * go on with it (punctuation, a follower word, a title); among those ends the model picks. The dot makes the
 * grammar sure there is a name, so no threshold applies.
 */
function dottedNameAt(doc: EntityDoc, start: number): SlotName | null {
  const { view } = doc;
  // The first part is at most six characters: without a dot right after them there is no dotted name to read.
  if (!hasDotWithin(view, start + 1, start + 7)) return null;
  const match = DOTTED_NAME.exec(view.slice(start, start + 40));
  if (!match) return null;
  let lastDot = start - 1;
  for (const dot of NAME_DOTS) lastDot = Math.max(lastDot, start + match[0].lastIndexOf(dot));
  let best: SlotName | null = null;
  for (let end = start + match[0].length; end > lastDot + 1; end--) if (nothingGoesOnAt(doc, end)) best = betterName(doc, best, start, end, 0);
  return best;
}

// Tags of jieba words that never go on a name: verbs, prepositions, adverbs, conjunctions, particles.
const NOT_IN_NAME_TAGS = new Set(['v', 'vd', 'p', 'd', 'c', 'u', 'uj', 'ul', 'uz', 'ug', 'uv', 'ud', 'r', 'f', 't', 'm']);

/** True when a name may end at `end`: punctuation, a follower word, a title or form of address, a place, or a verb starts there. */
export function nothingGoesOnAt(doc: EntityDoc, end: number): boolean {
  const { view } = doc;
  if (isBoundary(view, end) || wordAfterName(view, end) || wordStartingAt(view, end, honorificStarts()) !== null) return true;
  if (doc.insideBlocked[end] === 1 && doc.insideBlocked[end - 1] !== 1) return true;
  const index = doc.wordIndex.startingAt(end);
  return index !== undefined && NOT_IN_NAME_TAGS.has(doc.words[index].tag);
}

/**
 * `[start, end)` with its score if it could be a name, scores at least `minScore` and more than `best` (the best span
 * a slot tried before it), else `best`: the spans a slot tries are passed one by one, the first best kept. The
 * score (a read of the model's passes) is read only for a span shaped as a name, and the checks of what it spells
 * and what stands around it run only for a span that would win: most spans a slot tries score too low. The model
 * may read a word after a name into it (李建说, 卓荣泰今(5)日): the name is then the span without it, as sure as
 * the model is of the span with it.
 */
function betterName(doc: EntityDoc, best: SlotName | null, start: number, spanEnd: number, minScore: number): SlotName | null {
  const end = endBeforeWordAfterName(doc, start, spanEnd);
  if (!hasNameShape(doc, start, end)) return best;
  const score = end === spanEnd ? doc.names.spanScore(start, end) : Math.max(doc.names.spanScore(start, end), doc.names.spanScore(start, spanEnd));
  return score >= minScore && (best === null || score > best.score) && fitsNameContext(doc, start, end) ? { start, end, score } : best;
}

/**
 * The name that fills a slot starting at `start` (after a title, a credit label, a separator): a name the
 * document already established, else the span the name model scores best, if it scores `minScore`: short Chinese
 * names, and the model's own reading of a longer one.
 */
export function nameAt(doc: EntityDoc, start: number, known: NameSet, minScore = doc.slotThreshold): SlotName | null {
  const established = knownNameAt(doc, start, known) ?? dottedNameAt(doc, start);
  if (established !== null) return established;
  let best: SlotName | null = null;
  for (let length = 2; length <= MAX_PLAIN_NAME && start + length <= doc.view.length; length++) best = betterName(doc, best, start, start + length, minScore);
  const read = doc.names.startingAt(start);
  if (read && read.type === 'person' && read.end - start > MAX_PLAIN_NAME) best = betterName(doc, best, start, read.end, minScore);
  return best;
}

/** The name that fills a slot ending at `end` (before a title written after the name: 王建民书记). */
export function nameEndingAt(doc: EntityDoc, end: number, known: NameSet, minScore = doc.slotThreshold): SlotName | null {
  const knownName = knownNameEndingAt(doc.view, end, known);
  if (knownName !== null) return { start: end - knownName.length, end, score: doc.names.spanScore(end - knownName.length, end) };
  let best: SlotName | null = null;
  for (let length = 2; length <= MAX_PLAIN_NAME && end - length >= 0; length++) best = betterName(doc, best, end - length, end, minScore);
  const read = doc.names.endingAt(end);
  if (read && read.type === 'person' && end - read.start > MAX_PLAIN_NAME) best = betterName(doc, best, read.start, end, minScore);
  return best;
}

/** The model's score for a span whose both ends the text fixed (a list item between separators), if it could be a name. */
export function fixedSpanName(doc: EntityDoc, start: number, end: number, minScore = doc.slotThreshold): SlotName | null {
  return betterName(doc, null, start, end, minScore);
}

/** True when the document's jieba pass reads `[start, end)` as one word that is not a name (时间/n, 领导/n). */
export function isOneCommonWord(doc: EntityDoc, start: number, end: number): boolean {
  const index = doc.wordIndex.startingAt(start);
  const word = index === undefined ? undefined : doc.words[index];
  return word !== undefined && word.end === end && !word.tag.startsWith('nr') && word.tag !== 'x';
}

const SHORT_HAN = /^\p{Script=Han}{2,4}$/u;

/**
 * A name whose both ends the text fixed (a list item between separators, a name set off after a credit label):
 * the model need only not rule it out, and a short item led by a surname that jieba does not read as one common
 * word is taken whatever it spells (钱进步, a given name the model finds unusual): the grammar is sure there.
 */
export function delimitedName(doc: EntityDoc, start: number, itemEnd: number): SlotName | null {
  const end = endBeforeFollower(doc.view, start, itemEnd);
  const item = doc.view.slice(start, end);
  const sure = SHORT_HAN.test(item) && surnameOf(item) !== null && !isOneCommonWord(doc, start, end);
  return fixedSpanName(doc, start, end, sure ? 0 : LIST_SCORE);
}

/**
 * Where a name ends inside an item that punctuation closes but that runs on into a word following names
 * (…、邱明出席。): before the first such word, if it has two characters or more; a given name often ends in
 * a one-character one (王太和, 李大同).
 */
function endBeforeFollower(view: string, start: number, end: number): number {
  for (let at = start + 2; at <= end - 2; at++) {
    const follower = wordStartingAt(view, at, nameFollowers().starts);
    if (follower === null) continue;
    // The first follower decides: a one-character one (袁某芳|等参加) leaves the item to the readers after.
    return follower.length >= 2 && at + follower.length <= end ? at : end;
  }
  return end;
}

/** The last item of a list, ended by a word that follows names rather than by punctuation (…、马金花参加活动). */
export function nameBeforeFollower(doc: EntityDoc, start: number, minScore = LIST_SCORE): SlotName | null {
  for (let end = start + 2; end <= start + MAX_PLAIN_NAME && end <= doc.view.length; end++) {
    if (wordAfterName(doc.view, end)) return fixedSpanName(doc, start, end, minScore);
  }
  return null;
}

// The middle dots pages write between the parts of a name.
const NAME_DOTS = ['·', '•', '・', '‧'];
/** Whether a middle dot stands in `[from, to)`: asked at every slot, so read by code, with no string made. */
function hasDotWithin(view: string, from: number, to: number): boolean {
  for (let at = from; at < to && at < view.length; at++) if (isNameDot(view.charCodeAt(at))) return true;
  return false;
}

// A transliterated or minority name with a middle dot (买买提·艾力, 让·杜邦).
const DOTTED_NAME = /^\p{Script=Han}{1,6}(?:[·•・‧]\p{Script=Han}{1,8}){1,3}/u;
