/**
 * Appointment, election and removal clauses as one recogniser: 任命X为…, 选举X为…, X当选为…, X同志任…
 * give posts the person takes up (`status: 'new'`); 免去X的…职务, X不再担任…, X辞去…职务 give posts the
 * person leaves (`status: 'former'`); 免去其…职务 takes the person named just before; the profile of a notice
 * before an appointment (X，男，…，现任…，拟任…) gives the current post and the proposed one. The clause fixes
 * where the name stands; the titles are the ones the title grammar reads inside the clause, with the organisation
 * inherited along the list.
 */
import type { TitleStatus } from '../types.js';
import type { EntityDoc } from './document.js';
import type { Finding, FoundPeople, NameSet } from './findings.js';
import {
  LIST_SEPARATOR, comradesEndingAt, delimitedName, fixedItemEnd, fixedItemStart, nameAt, nameEndingAt, peopleCountAt, type SlotName,
} from './names.js';
import { personInSlot, titleFindings } from './officials.js';
import { titleHeads } from './lexicon.js';
import type { Recogniser } from './recognisers.js';
import { committeeOf, inheritedOrganisation, resolveTitle, type TitleMatch } from './titles.js';

/** A clause pattern: the trigger words, whether the name comes after (任命X) or before (X当选) them, and the status. */
interface ClausePattern {
  trigger: RegExp;
  nameAfter: boolean;
  status?: TitleStatus;
}

// The trigger words; where the name comes after the trigger, the titles follow 为 (任命X为…) or the name (免去X…职务).
const PATTERNS: readonly ClausePattern[] = [
  // 委任 and 委派 are how Hong Kong and Macau appoint (委任X为…局长).
  { trigger: /(?:决定|提请|拟)?(?:任命|委任|委派)/gu, nameAfter: true, status: 'new' },
  { trigger: /选举出?/gu, nameAfter: true, status: 'new' },
  { trigger: /(?:决定)?免去/gu, nameAfter: true, status: 'former' },
  { trigger: /(?:拟)?(?:提名|提拔|推荐)/gu, nameAfter: true, status: 'new' },
  { trigger: /(?:当选为|当选|被任命为|出任|同志任|接任)/gu, nameAfter: false, status: 'new' },
  // An acting post (X将署理行政长官职务): the modifier 署理 stays in the title.
  { trigger: /将(?=署理|代理)/gu, nameAfter: false, status: 'new' },
  { trigger: /(?:不再担任|辞去|卸任)/gu, nameAfter: false, status: 'former' },
  // X任… right after a name (柴某任县教育局局长): 任 alone, not the end or start of another word (担任, 主任, 任务). It
  // says the post, not when it began (骆某任组长: serves as), so the post gets no status; last, so a clause that
  // says more (X同志任…, new) gives the post first.
  { trigger: /(?<![担出接继兼现曾历拟调升改时原主责信放聘委就赴连留新前后离到卸专胜听一首再转志])任(?![务何期性意命职免])/gu, nameAfter: false },
];

// Where the titles of a clause end: the end of the clause, or the word 职务 (免去X的市长职务).
const CLAUSE_END = /[,，。;；!！?？\n]|职务/u;
const CHAIN_LINKS = new Set([LIST_SEPARATOR, '兼']);
// Words the grammar does not read between the trigger and the first title (任医院*委书记).
const MAX_LEAD = 8;
const MAX_CLAUSE = 80;
// A note in brackets after a name (王雨桐(女), 扎西(藏族)).
const NOTE_BEFORE = /[(（]\p{Script=Han}{1,4}[)）]$/u;
// Between the name and its titles: 同志, 的, 为 (任命X同志为…, 免去X的…).
const NAME_TO_TITLES = /^(?:同志)?(?:的|为)?/u;
// The names of one clause joined by 、 (任命A、B、C为…): at most this many.
const MAX_NAMES = 30;
// Clauses that go on with the same trigger after a comma (选举A为主席，B为镇长，C、D为副镇长): at most this many.
const MAX_CLAUSES = 12;
const CLAUSE_COMMAS = new Set([',', '，']);

function clauseEnd(view: string, from: number): number {
  const rest = view.slice(from, from + MAX_CLAUSE);
  const match = CLAUSE_END.exec(rest);
  return from + (match ? match.index : rest.length);
}

/** The titles written inside `[from, to)`, each inheriting the organisation of the one before it (市委委员、常委). */
function titlesIn(doc: EntityDoc, from: number, to: number): Array<{ title: TitleMatch; resolved: ReturnType<typeof resolveTitle> }> {
  const chain: Array<{ title: TitleMatch; resolved: ReturnType<typeof resolveTitle> }> = [];
  // The titles are in text order: start at the first one at or after `from`.
  let first = 0;
  for (let high = doc.titles.length; first < high; ) {
    const middle = (first + high) >> 1;
    if (doc.titles[middle].start < from) first = middle + 1;
    else high = middle;
  }
  for (let index = first; index < doc.titles.length && doc.titles[index].start < to; index++) {
    const title = doc.titles[index];
    if (title.end > to) break;
    // A role with no organisation (辞去领导职务) names no post.
    if (title.pieces.length === 0 && title.modifier === '' && titleHeads().roles.has(title.head)) break;
    const previous = chain[chain.length - 1]?.title;
    // The titles of one person form a chain (市长、市委副书记, 国务委员兼外长): a gap ends it (任A为X、B为Y).
    if (previous && !(CHAIN_LINKS.has(doc.view[previous.end]) && title.start === previous.end + 1)) break;
    if (!previous && title.start - from > MAX_LEAD) break;
    const inherited = title.pieces.length === 0 && previous ? inheritedOrganisation(previous, title.headKind, doc.resolveRegion) : committeeOf(title, previous, doc.resolveRegion);
    chain.push({ title, resolved: resolveTitle(title, inherited, doc.resolveRegion) });
  }
  return chain;
}

/** The names of a slot: one name, or several joined by 、 (任命A、B为…), and where what follows them begins. */
interface SlotNames {
  names: SlotName[];
  end: number;
}

/**
 * The names starting at `start`, one or a list joined by 、, and where what follows them begins; null when no
 * name stands there. The first name is read as a slot's; an item after a 、 whose end the text fixes needs only
 * what an item of a list needs (delimitedName), and is read as a slot's where it does not meet even that.
 */
function namesFrom(doc: EntityDoc, start: number, known: NameSet): SlotNames | null {
  const { view } = doc;
  const names: SlotName[] = [];
  for (let at = start; names.length < MAX_NAMES; ) {
    const fixedEnd = names.length > 0 ? fixedItemEnd(view, at, true) : -1;
    const name = (fixedEnd !== -1 ? delimitedName(doc, at, fixedEnd) : null) ?? nameAt(doc, at, known);
    if (name === null) break;
    names.push(name);
    if (view[name.end] !== LIST_SEPARATOR) break;
    at = name.end + 1;
  }
  if (names.length === 0) return null;
  const last = names[names.length - 1].end;
  return { names, end: last + peopleCountAt(view, last) };
}

/**
 * The names ending at `end`, one or a list joined by 、 (A、B两位同志辞去…), in text order; null when none does.
 * An item whose start a 、 fixes needs only what an item of a list needs, and is read as a slot's where it does not.
 */
function namesEndingAt(doc: EntityDoc, end: number, known: NameSet): SlotName[] | null {
  const { view } = doc;
  const names: SlotName[] = [];
  for (let at = end - comradesEndingAt(view, end); names.length < MAX_NAMES; ) {
    const fixedStart = fixedItemStart(view, at);
    const name = (fixedStart !== -1 ? delimitedName(doc, fixedStart, at) : null) ?? nameEndingAt(doc, at, known);
    if (name === null) break;
    names.unshift(name);
    if (view[name.start - 1] !== LIST_SEPARATOR) break;
    at = name.start - 1;
  }
  return names.length === 0 ? null : names;
}

/** The findings of the names of one clause, each with the clause's titles. */
function clauseFindings(doc: EntityDoc, names: readonly SlotName[], chain: ReturnType<typeof titlesIn>, status: TitleStatus | undefined): Finding[] {
  return names.map((name) => personInSlot(doc, name, 'appointment', titleFindings(chain, 'appointment', status)));
}

/**
 * The clauses after a trigger the names follow (任命X为…): the first, then each that goes on after a comma with
 * names and 为 (选举A为主席，B为镇长，C、D两位同志为副镇长), all with the trigger's status.
 */
function clausesAfter(doc: EntityDoc, triggerEnd: number, known: NameSet, status: TitleStatus | undefined): Finding[] {
  const { view } = doc;
  const out: Finding[] = [];
  for (let from = triggerEnd, clause = 0; clause < MAX_CLAUSES; clause++) {
    const slot = namesFrom(doc, from, known);
    if (slot === null) break;
    const link = NAME_TO_TITLES.exec(view.slice(slot.end, slot.end + 3))?.[0] ?? '';
    // A clause that goes on from the one before names its people and then 为, or it is another sentence part.
    if (clause > 0 && !link.endsWith('为')) break;
    const titlesFrom = slot.end + link.length;
    const end = clauseEnd(view, titlesFrom);
    const chain = titlesIn(doc, titlesFrom, end);
    if (chain.length === 0) break;
    for (const finding of clauseFindings(doc, slot.names, chain, status)) out.push(finding);
    if (!CLAUSE_COMMAS.has(view[end])) break;
    from = end + 1;
  }
  return out;
}

// A profile of someone proposed for a post, as the notices before an appointment give it (任前公示): the name, then
// 男 or 女 between commas, then the birth, schooling and current post (现任…), and the proposed one (拟任…).
const PROFILE_GENDER = /[,，][男女][,，]/gu;
const PROFILE_POSTS = /现任|拟任(?:命为)?|拟提名为|拟推荐为|拟提拔为/gu;
const CURRENT_POST = '现任';
const SENTENCE_END = /[。；;!！?？\n]/u;
const MAX_PROFILE = 300;

/** Where the sentence that goes on at `from` ends (or MAX_PROFILE characters on). */
function sentenceEnd(view: string, from: number): number {
  const rest = view.slice(from, from + MAX_PROFILE);
  const match = SENTENCE_END.exec(rest);
  return from + (match ? match.index : rest.length);
}

/** The posts of the profiles in the text: 现任 gives the current post, 拟任 the proposed one (`status: 'new'`). */
function profilePosts(doc: EntityDoc, known: NameSet): Finding[] {
  const { view } = doc;
  const out: Finding[] = [];
  for (const gender of view.matchAll(PROFILE_GENDER)) {
    const name = nameEndingAt(doc, gender.index, known);
    if (name === null) continue;
    const from = gender.index + gender[0].length;
    const stretch = view.slice(from, sentenceEnd(view, from));
    for (const post of stretch.matchAll(PROFILE_POSTS)) {
      const titlesFrom = from + post.index + post[0].length;
      const chain = titlesIn(doc, titlesFrom, clauseEnd(view, titlesFrom));
      if (chain.length > 0) out.push(personInSlot(doc, name, 'appointment', titleFindings(chain, 'appointment', post[0] === CURRENT_POST ? undefined : 'new')));
    }
  }
  return out;
}

/** The findings of `sorted` (by start) that lie inside `[from, to)`: a binary search for the first, then a walk. */
function nearbyFindings(sorted: readonly Finding[], from: number, to: number): Finding[] {
  let low = 0;
  for (let high = sorted.length; low < high; ) {
    const middle = (low + high) >> 1;
    if (sorted[middle].start < from) low = middle + 1;
    else high = middle;
  }
  const inside: Finding[] = [];
  for (let index = low; index < sorted.length && sorted[index].start < to; index++) if (sorted[index].end <= to) inside.push(sorted[index]);
  return inside;
}

// A clause whose person is the one just named (任命王某为局长，免去其副局长职务): 其 after the trigger.
const PRONOUN = '其';

/** A trigger followed by 其 (免去其…): where it stands and the status of the posts after it. */
interface PronounClause {
  start: number;
  pronoun: number;
  status: TitleStatus | undefined;
}

/**
 * The clauses that name their person by 其 (免去其…职务, 任命其为…): the person is the nearest one named before the
 * trigger in the same sentence, by this recogniser or an earlier one.
 */
function pronounClauses(doc: EntityDoc, found: FoundPeople, named: readonly Finding[], clauses: readonly PronounClause[]): Finding[] {
  const { view } = doc;
  const out: Finding[] = [];
  const sorted = [...named].sort((a, b) => a.start - b.start);
  for (const { start, pronoun, status } of clauses) {
    // The person is named shortly before: the look back stops at the sentence's start or MAX_PROFILE characters back.
    let sentenceStart = start;
    while (sentenceStart > 0 && start - sentenceStart < MAX_PROFILE && !SENTENCE_END.test(view[sentenceStart - 1])) sentenceStart--;
    const before = [...nearbyFindings(sorted, sentenceStart, start), ...found.within(sentenceStart, start)];
    const person = before.reduce<Finding | null>((nearest, candidate) => (nearest === null || candidate.start > nearest.start ? candidate : nearest), null);
    if (person === null) continue;
    const titlesFrom = pronoun + 1 + (NAME_TO_TITLES.exec(view.slice(pronoun + 1, pronoun + 4))?.[0].length ?? 0);
    const chain = titlesIn(doc, titlesFrom, clauseEnd(view, titlesFrom));
    if (chain.length > 0) out.push({ ...person, via: 'appointment', titles: titleFindings(chain, 'appointment', status) });
  }
  return out;
}

export const appointments: Recogniser = {
  name: 'appointment and removal clauses',
  find(doc: EntityDoc, found: FoundPeople): Finding[] {
    const { view } = doc;
    const known = found.names();
    const out: Finding[] = profilePosts(doc, known);
    const pronouns: PronounClause[] = [];
    for (const pattern of PATTERNS) {
      for (const match of view.matchAll(pattern.trigger)) {
        const triggerEnd = match.index + match[0].length;
        if (pattern.nameAfter && view[triggerEnd] === PRONOUN) {
          // Read once every clause that names its person is known (below).
          pronouns.push({ start: match.index, pronoun: triggerEnd, status: pattern.status });
          continue;
        }
        if (pattern.nameAfter) {
          for (const finding of clausesAfter(doc, triggerEnd, known, pattern.status)) out.push(finding);
          continue;
        }
        // The name ends where the trigger starts (同志任 takes 同志 into the trigger), or before a note on it (王雨桐(女)当选).
        const note = NOTE_BEFORE.exec(view.slice(Math.max(0, match.index - 8), match.index));
        const names = namesEndingAt(doc, match.index - (note ? note[0].length : 0), known);
        if (names === null) continue;
        const chain = titlesIn(doc, triggerEnd, clauseEnd(view, triggerEnd));
        if (chain.length === 0) continue;
        for (const finding of clauseFindings(doc, names, chain, pattern.status)) out.push(finding);
      }
    }
    for (const finding of pronounClauses(doc, found, out, pronouns)) out.push(finding);
    return out;
  },
};
