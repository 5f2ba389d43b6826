/**
 * The person-name model: whether a name starts at a position and where it ends, read from surname and
 * given-name statistics, jieba's reading of the window, and what follows (punctuation, a follower word,
 * a title). Shared by the officials and people passes.
 */
import { charClass, CLAUSE_END_CHARS, PHRASE_END_CHARS } from '../normalize/index.js';
import type { Span } from '../types.js';
import { tagWords as jiebaTag, type PositionedWord, type TaggedWord } from '../nlp/index.js';
import { TITLE_MODIFIERS, givenNameChars, honorifics, nameFollowers, surnames, titleHeads, wordStartingAt } from './lexicon.js';

const HAN_CHAR = /^\p{Script=Han}$/u;
// Characters that end a phrase: a name right before one of them is complete.
const BOUNDARY = new RegExp(`^${charClass(...PHRASE_END_CHARS)}$`, 'u');

function isHan(ch: string | undefined): boolean {
  return ch !== undefined && HAN_CHAR.test(ch);
}

// Punctuation that ends a clause; unlike BOUNDARY it leaves out the middle dot inside names (买买提·艾力).
const CLAUSE_END = new RegExp(`^${charClass(...CLAUSE_END_CHARS)}$`, 'u');

/** True when `view[at]` ends a clause, so a name may start right after it. */
export function isClauseBoundary(view: string, at: number): boolean {
  return at < 0 || at >= view.length || CLAUSE_END.test(view[at]);
}

/** True when `view[at]` ends a phrase (punctuation, space, the end of the text). */
export function isBoundary(view: string, at: number): boolean {
  return at >= view.length || BOUNDARY.test(view[at]);
}

/** The follower word (一同, 和, 指出 …) or title, with its modifier (副局长), that starts at `at`, if any. */
export function wordAfterName(view: string, at: number): string | null {
  const follower = wordStartingAt(view, at, nameFollowers().byFirstChar);
  if (follower !== null) return follower;
  const modifier = TITLE_MODIFIERS.find((candidate) => view.startsWith(candidate, at)) ?? '';
  const head = wordStartingAt(view, at + modifier.length, titleHeads().byFirstChar);
  return head === null ? null : modifier + head;
}

/** The surname that starts `candidate` (compound surnames first), or null. */
export function surnameOf(candidate: string): string | null {
  const table = surnames();
  if (candidate.length >= 3 && table.has(candidate.slice(0, 2))) return candidate.slice(0, 2);
  return table.has(candidate[0]) ? candidate[0] : null;
}

/** How name-like the given-name characters are: positive when each is common in given names. */
function givenNameScore(given: string): number {
  const counts = givenNameChars();
  if (given.length === 1) return (counts.get(given)?.single ?? 0) + (counts.get(given)?.second ?? 0) > 5 ? 1 : -0.5;
  let score = 0;
  const first = counts.get(given[0]);
  const second = counts.get(given[1]);
  score += first && first.first + first.single > 5 ? 0.5 : -0.5;
  score += second && second.second + second.single > 5 ? 0.5 : -0.5;
  return score;
}

const WINDOW = 8;
// Tags of dictionary words that a name cannot start with: verbs, adverbs, prepositions, conjunctions,
// particles, pronouns, numbers, locatives, time words (首相|提出, 负责人|介绍, 领导|和群众).
// Particles that never stand in a given name (会见了, 说的).
const PARTICLES = new Set([...'了的着过地得吗呢吧啊之其也']);
const JOINING_TAGS = new Set(['c', 'p', 'u', 'uj', 'ul']);
const NOT_NAME_START = new Set(['v', 'vd', 'vn', 'd', 'p', 'c', 'u', 'uj', 'ul', 'uz', 'ug', 'uv', 'ud', 'r', 'rr', 'rz', 'm', 'q', 'f', 't', 'a', 'ad', 'y', 'e', 'o']);
/** Longest name looked up among known names (names with a middle dot run long). */
export const MAX_NAME_LENGTH = 16;

/**
 * jieba's reading of a short window from `start`: where its words end (evidence for a name's end, not
 * a decision) and whether its first word is a function word no name starts with.
 */
function jiebaWindow(view: string, start: number, words?: DocumentWords): { ends: Set<number>; first: TaggedWord | undefined } {
  const ends = new Set<number>();
  // Where the document's own jieba pass has a word starting here, read the window from it: no new call.
  const index = words?.byStart.get(start);
  if (words && index !== undefined) {
    for (let i = index; i < words.list.length && words.list[i].start < start + WINDOW; i++) ends.add(words.list[i].end);
    return { ends, first: words.list[index] };
  }
  let at = start;
  const cut = jiebaTag(view.slice(start, start + WINDOW));
  for (const { word } of cut) {
    at += word.length;
    ends.add(at);
  }
  return { ends, first: cut[0] };
}

/** The document's jieba words, indexed by where they start. */
export interface DocumentWords {
  list: readonly PositionedWord[];
  byStart: ReadonlyMap<number, number>;
}

/** Indexes a document's jieba words for the name model. */
export function indexWords(list: readonly PositionedWord[]): DocumentWords {
  return { list, byStart: new Map(list.map((word, index) => [word.start, index])) };
}

const isPersonTag = (tag: string) => tag.startsWith('nr') || tag === 'x';

/**
 * What jieba's first word says about a name starting here: `reject` for a function word (提出, 和),
 * the end of the word for a common word that can only be a name standing alone (高峰, 江山 before
 * punctuation), or null when jieba has no objection.
 */
function jiebaVerdict(view: string, start: number, first: TaggedWord | undefined): 'reject' | number | null {
  if (first === undefined) return null;
  // One character alone is usually the surname, whatever jieba tags it (张/q); only joining words count.
  if (first.word.length === 1) return JOINING_TAGS.has(first.tag) ? 'reject' : null;
  if (isPersonTag(first.tag)) return null;
  if (NOT_NAME_START.has(first.tag)) return 'reject';
  const end = start + first.word.length;
  return isBoundary(view, end) ? end : null;
}

/** True when jieba reads `candidate` as starting with a person's name or an unknown word, not a common word (会议由, 双方). */
export function readsAsPersonName(candidate: string): boolean {
  let verdict = personNameReadings.get(candidate);
  if (verdict === undefined) {
    if (personNameReadings.size > MAX_READINGS) personNameReadings.clear();
    verdict = jiebaReadsAsPersonName(candidate);
    personNameReadings.set(candidate, verdict);
  }
  return verdict;
}

// jieba's reading of a short string never changes, and news repeats names: remember the last few thousand.
const personNameReadings = new Map<string, boolean>();
const MAX_READINGS = 20_000;

function jiebaReadsAsPersonName(candidate: string): boolean {
  const words = jiebaTag(candidate);
  const first = words[0];
  if (first === undefined) return false;
  const personTag = isPersonTag(first.tag);
  // Two characters are too often a word (双方, 会议): only jieba's own reading of them as a name will do.
  if (candidate.length === 2) return words.length === 1 && personTag;
  // A lone first character is the surname unless jieba reads it as a pronoun or a joining word (他, 和).
  if (first.word.length === 1) return !JOINING_TAGS.has(first.tag) && !first.tag.startsWith('r');
  // A compound surname jieba tags as a place (欧阳/ns) still starts a name.
  return personTag || surnames().has(first.word);
}

/** The known name that ends exactly at `end`, longest first, or null. */
export function knownNameEndingAt(view: string, end: number, known: ReadonlySet<string> | ReadonlyMap<string, unknown>): string | null {
  for (let length = Math.min(MAX_NAME_LENGTH, end); length >= 2; length--) {
    const candidate = view.slice(end - length, end);
    if (known.has(candidate)) return candidate;
  }
  return null;
}

/** What is known about names while reading one document. */
export interface NameContext {
  /** Names already established in this document. */
  known: ReadonlySet<string>;
  /** Spans names must not overlap (places, organisations). */
  blocked?: readonly Span[];
  /** The document's jieba words, when already cut, so the name model need not cut windows again. */
  words?: DocumentWords;
}

/**
 * A name may not begin inside a place or organisation, but a place may begin inside a name:
 * 赵长春 holds 长春, and is still a name.
 */
function overlapsBlocked(start: number, end: number, blocked: readonly Span[] | undefined): boolean {
  return blocked?.some((span) => span.start <= start && start < span.end && end > span.start) ?? false;
}

/**
 * The most likely person name starting at `start`, read from surname and given-name statistics
 * and from what follows (punctuation, 和/及/一同, a title). Returns its end, or null.
 * Without a known surname a name is accepted only when `strictEnd` marks where it must end.
 */
export function nameAt(view: string, start: number, context: NameContext, strictEnd?: number): number | null {
  if (strictEnd !== undefined) {
    const candidate = view.slice(start, strictEnd);
    return isAcceptableListName(candidate) ? strictEnd : null;
  }
  let best: { end: number; score: number } | null = null;
  const surname = surnameOf(view.slice(start, start + 3));
  for (let length = MAX_NAME_LENGTH; length >= 2; length--) {
    const known = view.slice(start, start + length);
    if (known.length === length && context.known.has(known) && (isBoundary(view, start + length) || wordAfterName(view, start + length))) {
      best = { end: start + length, score: 10 };
      break;
    }
  }
  if (best) return best.end;
  const foreign = transliteratedNameAt(view, start);
  if (foreign !== null) return foreign;
  // A title is never a name, however name-like its first character (书记, 主任).
  if (!surname || wordStartingAt(view, start, titleHeads().byFirstChar) !== null) return null;
  // A surname with a form of address (李总, 张经理, 郑阿姨) is how someone is called, not a full name.
  if (honorifics().some((word) => view.startsWith(word, start + surname.length))) return null;
  const window = jiebaWindow(view, start, context.words);
  const verdict = jiebaVerdict(view, start, window.first);
  if (verdict === 'reject') return null;
  if (typeof verdict === 'number') return overlapsBlocked(start, verdict, context.blocked) ? null : verdict;
  const wordEnds = window.ends;
  // jieba read a common word here (方向|东): still possibly a name, but it needs more evidence.
  const commonWord = window.first !== undefined && window.first.word.length > 1 && !isPersonTag(window.first.tag) ? 1 : 0;
  // Rare surnames (冀, 朱 are common; 提, 会 are rare) need more evidence than the common ones.
  const rarity = (surnames().get(surname) ?? 0) < RARE_SURNAME ? 1 : 0;
  for (const givenLength of [1, 2]) {
    const end = start + surname.length + givenLength;
    const given = view.slice(start + surname.length, end);
    if (given.length !== givenLength || ![...given].every((ch) => isHan(ch))) continue;
    if (overlapsBlocked(start, end, context.blocked) || [...given].some((ch) => PARTICLES.has(ch))) continue;
    let score = givenNameScore(given);
    // 和, 与, 同 are surnames too, but far more often the word that joins two names.
    if (surname.length === 1 && nameFollowers().words.includes(surname)) score -= 1.5;
    if (isBoundary(view, end)) score += 3;
    else if (wordAfterName(view, end)) score += 2;
    // jieba's HMM joins unknown names well; where it ends a word there is a likely name end.
    if (wordEnds.has(end)) score += 1.5;
    // A two-character given name whose last character is itself a follower (和, 在, 及) is usually a one-character name.
    if (givenLength === 2 && nameFollowers().words.includes(given[1])) score -= 2;
    if (!best || score > best.score) best = { end, score };
  }
  return best && best.score >= 1.5 + rarity + commonWord ? best.end : null;
}

const RARE_SURNAME = 30;
// A transliterated or minority name with a middle dot (买买提·艾力, 让·杜邦).
export const DOTTED_NAME = /^\p{Script=Han}{1,6}(?:·\p{Script=Han}{1,8}){1,3}/u;

/** A dotted name at `start` that ends at punctuation or before a follower word. */
function transliteratedNameAt(view: string, start: number): number | null {
  const match = DOTTED_NAME.exec(view.slice(start, start + 40));
  if (!match) return null;
  for (let end = start + match[0].length; end > start + match[0].lastIndexOf('·') + 1; end--) {
    if (isBoundary(view, end) || wordAfterName(view, end)) return end;
  }
  return null;
}

// Names written between list separators: Han names of 2–4 characters, or names with a middle dot (买买提·艾力).
const LIST_NAME = /^(?:\p{Script=Han}{2,4}|\p{Script=Han}{1,10}(?:·\p{Script=Han}{1,10}){1,3})$/u;

/** A list item that can be a name: the delimiters already fixed its ends, so any short Han string will do. */
export function isAcceptableListName(candidate: string): boolean {
  return LIST_NAME.test(candidate) && titleHeads().ordered.every((head) => !candidate.endsWith(head));
}
