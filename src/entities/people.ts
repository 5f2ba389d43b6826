/**
 * People without an office: credited in the text (记者 X), listed with 、, called 同志, run together in a
 * headline, or named at the start of a clause before a follower word.
 */
import { lazy, readDictRows, type PositionedWord } from '../nlp/index.js';
import type { PersonRole, Span } from '../types.js';
import { surnames } from './lexicon.js';
import { isBoundary, isClauseBoundary, nameAt, readsAsPersonName, surnameOf, wordAfterName, type NameContext } from './names.js';

/** A person found without an office: credited in a byline, listed with other names, or called 同志. */
export interface PersonMention extends Span {
  name: string;
  role: PersonRole | null;
  /** The credit label as written (记者, 编辑). */
  roleText?: string;
}

const creditLabels = lazy(() => {
  const roles = new Map<string, PersonRole>();
  for (const [label, role, forms = ''] of readDictRows('credit-roles.txt')) {
    // Only labels that stand bare before names (记者 X) open a byline in running text: 摄 and 图 follow the
    // name, 来源 names an outlet, and single characters (文, 审) start many words (dict/credit-roles.txt, forms).
    if (role !== 'source' && forms.split(',').includes('bare')) roles.set(label, role as PersonRole);
  }
  const labels = [...roles.keys()].sort((a, b) => b.length - a.length);
  return { roles, labels, pattern: new RegExp(`(${labels.join('|')})[:：]?\\s?`, 'gu') };
});

const COMMON_SURNAME = 30;
const PHOTO_MARK = /^\s?\/?\s?摄(?:影)?/u;

/**
 * People named in bylines inside the text (记者 韩松报道, 本报记者 陶宏远 通讯员 孔令书, 编辑:周思雨,
 * 记者 赵文静 摄), with their roles. A label must stand at the start of a phrase.
 */
export function findCreditedPeople(view: string, context: NameContext): PersonMention[] {
  const { roles, labels, pattern } = creditLabels();
  const found: PersonMention[] = [];
  for (const match of view.matchAll(pattern)) {
    const labelStart = match.index;
    const before = view.slice(Math.max(0, labelStart - 3), labelStart);
    if (labelStart > 0 && !isBoundary(view, labelStart - 1) && !/(本报|新华社|中新社|本台|据|电)$/u.test(before)) continue;
    let role = roles.get(match[1]) ?? null;
    let at = labelStart + match[0].length;
    const names: PersonMention[] = [];
    for (let count = 0; count < 4; count++) {
      const end = nameAt(view, at, context);
      if (end === null || end - at > 4) break;
      names.push({ start: at, end, name: view.slice(at, end), role, roleText: match[1] });
      at = end;
      if (view[at] !== ' ' && view[at] !== '、') break;
      // The next label (通讯员, 摄影) ends this role's names.
      if (!surnameOf(view.slice(at + 1, at + 4)) || labels.some((label) => view.startsWith(label, at + 1))) break;
      at++;
    }
    if (names.length > 0 && PHOTO_MARK.test(view.slice(at, at + 4))) role = 'photographer';
    for (const person of names) found.push({ ...person, role });
  }
  return found;
}

const LIST_SEPARATOR = '、';
const ITEM = /^\p{Script=Han}{2,4}$/u;

function isListedName(item: string): boolean {
  return ITEM.test(item) && surnameOf(item) !== null && readsAsPersonName(item);
}

function hasCommonSurname(item: string): boolean {
  const surname = surnameOf(item);
  return surname !== null && (surnames().get(surname) ?? 0) >= COMMON_SURNAME;
}

/**
 * Lists of three or more names joined by 、 without a title (参加会议的有A、B、C等): every item must
 * read as a name on its own (a common surname, and jieba reads it as a name), or the list is not one.
 */
export function findNameLists(view: string, context: NameContext): PersonMention[] {
  const found: PersonMention[] = [];
  for (let at = view.indexOf(LIST_SEPARATOR); at !== -1; ) {
    // Walk one run of 、-joined items.
    const separators: number[] = [at];
    let next = view.indexOf(LIST_SEPARATOR, at + 1);
    while (next !== -1 && next - separators[separators.length - 1] <= 5) {
      separators.push(next);
      next = view.indexOf(LIST_SEPARATOR, next + 1);
    }
    at = next;
    if (separators.length < 2) continue;
    const items: PersonMention[] = [];
    // The first item ends at the first separator; it starts where a name of 2–4 characters can.
    const first = separators[0];
    const firstStart = [3, 2, 4].map((length) => first - length).find((start) => start >= 0 && isListedName(view.slice(start, first)));
    if (firstStart === undefined) continue;
    items.push({ start: firstStart, end: first, name: view.slice(firstStart, first), role: null });
    for (let i = 0; i + 1 < separators.length; i++) {
      items.push({ start: separators[i] + 1, end: separators[i + 1], name: view.slice(separators[i] + 1, separators[i + 1]), role: null });
    }
    const lastStart = separators[separators.length - 1] + 1;
    const lastEnd = nameAt(view, lastStart, context);
    if (lastEnd === null) continue;
    items.push({ start: lastStart, end: lastEnd, name: view.slice(lastStart, lastEnd), role: null });
    const common = items.filter((item) => hasCommonSurname(item.name)).length;
    const readAsNames = items.filter((item) => isListedName(item.name)).length;
    const allSurnamed = items.every((item) => ITEM.test(item.name) && surnameOf(item.name) !== null);
    if (allSurnamed && common * 3 >= items.length * 2 && readAsNames * 3 >= items.length * 2) found.push(...items);
  }
  return found;
}

const COMRADE = '同志';
const NAME_MAY_PRECEDE = new Set([...'向对和与及同在由被让请把将是为给从以据']);

/** A name called 同志 (欧阳明远同志任…, 王建民同志): a person whose office the sentence may not say. */
export function findComrades(view: string): PersonMention[] {
  const found: PersonMention[] = [];
  for (let at = view.indexOf(COMRADE); at !== -1; at = view.indexOf(COMRADE, at + COMRADE.length)) {
    for (const length of [4, 3, 2]) {
      const start = at - length;
      if (start < 0) continue;
      if (start > 0 && !isBoundary(view, start - 1) && !NAME_MAY_PRECEDE.has(view[start - 1])) continue;
      const candidate = view.slice(start, at);
      const surname = surnameOf(candidate);
      if (!surname || (length === 4 && surname.length !== 2)) continue;
      // Four characters fall outside the list-name shape; jieba's reading alone decides them.
      const readsAsName = length === 4 ? readsAsPersonName(candidate) : isListedName(candidate);
      if (!readsAsName) continue;
      found.push({ start, end: at, name: candidate, role: null });
      break;
    }
  }
  return found;
}

const RUN_TOGETHER_MIN = 3;
const GIVEN_PART = /^\p{Script=Han}{1,2}$/u;

/** A name of 2–3 characters starting at word `index`: the word itself, or a lone surname and the word after it (黄|启明). */
function runNameAt(words: readonly PositionedWord[], index: number): { start: number; end: number; next: number } | null {
  const word = words[index];
  const nameTag = (tag: string) => tag === 'x' || tag.startsWith('nr');
  if (word.word.length >= 2 && word.word.length <= 3 && nameTag(word.tag) && hasCommonSurname(word.word)) {
    return { start: word.start, end: word.end, next: index + 1 };
  }
  const given = words[index + 1];
  if (word.word.length === 1 && hasCommonSurname(word.word) && given && given.start === word.end && GIVEN_PART.test(given.word)) {
    return { start: word.start, end: given.end, next: index + 2 };
  }
  return null;
}

/**
 * Names written one after another without separators, as headlines do (林国栋何晓梅陈志远出席座谈会):
 * three or more names of 2–3 characters in a row, each led by a common surname, the run standing between
 * the start of a phrase and punctuation or a follower word (参加, 出席). One name alone is not enough.
 */
export function findRunTogetherNames(view: string, words: readonly PositionedWord[], blocked: readonly Span[]): PersonMention[] {
  const found: PersonMention[] = [];
  for (let index = 0; index < words.length; ) {
    const runStart = words[index].start;
    const run: Array<{ start: number; end: number }> = [];
    let cursor = index;
    for (let name = runNameAt(words, cursor); name && (run.length === 0 || run[run.length - 1].end === name.start); name = cursor < words.length ? runNameAt(words, cursor) : null) {
      run.push(name);
      cursor = name.next;
    }
    const runEnd = run.length > 0 ? run[run.length - 1].end : runStart;
    const standsApart = (runStart === 0 || isBoundary(view, runStart - 1)) && (isBoundary(view, runEnd) || wordAfterName(view, runEnd) !== null);
    const free = run.every((name) => !blocked.some((span) => name.start < span.end && name.end > span.start));
    if (run.length >= RUN_TOGETHER_MIN && standsApart && free) {
      for (const name of run) found.push({ ...name, name: view.slice(name.start, name.end), role: null });
    }
    index = Math.max(index + 1, cursor);
  }
  return found;
}

/**
 * A name at the start of a clause followed by a word that follows names (…。王建民说, ,李红梅表示,
 * 周海峰在会上…, 吴德明等): the clause boundary fixes its start and the follower its end, and the name
 * model must still accept it.
 */
export function findClauseInitialNames(view: string, context: NameContext): PersonMention[] {
  const found: PersonMention[] = [];
  for (let at = 0; at < view.length; at++) {
    if (at > 0 && !isClauseBoundary(view, at - 1)) continue;
    for (const length of [3, 2, 4]) {
      const end = at + length;
      if (end > view.length || !wordAfterName(view, end)) continue;
      const name = view.slice(at, end);
      if (!ITEM.test(name) || !hasCommonSurname(name) || !readsAsPersonName(name) || nameAt(view, at, context) !== end) continue;
      found.push({ start: at, end, name, role: null });
      break;
    }
  }
  return found;
}
