/**
 * Appointment, election and removal clauses as one recogniser: 任命X为…, 选举X为…, X当选为…, X同志任…
 * give posts the person takes up (`status: 'new'`); 免去X的…职务, X不再担任…, X辞去…职务 give posts the
 * person leaves (`status: 'former'`). The clause fixes where the name stands; the titles are the ones
 * the title grammar reads inside the clause, with the organisation inherited along the list.
 */
import type { TitleStatus } from '../types.js';
import type { EntityDoc } from './document.js';
import type { Finding, FoundPeople } from './findings.js';
import { nameAt, nameEndingAt, type SlotName } from './names.js';
import { personInSlot, titleFindings } from './officials.js';
import type { Recogniser } from './recognisers.js';
import { inheritedOrganisation, resolveTitle, type TitleMatch } from './titles.js';

/** A clause pattern: the trigger words, whether the name comes after (任命X) or before (X当选) them, and the status. */
interface ClausePattern {
  trigger: RegExp;
  nameAfter: boolean;
  status: TitleStatus;
}

// The trigger words; where the name comes after the trigger, the titles follow 为 (任命X为…) or the name (免去X…职务).
const PATTERNS: readonly ClausePattern[] = [
  { trigger: /(?:决定|提请|拟)?任命/gu, nameAfter: true, status: 'new' },
  { trigger: /选举/gu, nameAfter: true, status: 'new' },
  { trigger: /(?:决定)?免去/gu, nameAfter: true, status: 'former' },
  { trigger: /(?:当选为|当选|被任命为|出任|同志任|接任)/gu, nameAfter: false, status: 'new' },
  // An acting post (X将署理行政长官职务): the modifier 署理 stays in the title.
  { trigger: /将(?=署理|代理)/gu, nameAfter: false, status: 'new' },
  { trigger: /(?:不再担任|辞去|卸任)/gu, nameAfter: false, status: 'former' },
];

// Where the titles of a clause end: the end of the clause, or the word 职务 (免去X的市长职务).
const CLAUSE_END = /[,，。;；!！?？\n]|职务/u;
const CHAIN_LINKS = new Set(['、', '兼']);
// Words the grammar does not read between the trigger and the first title (任医院*委书记).
const MAX_LEAD = 8;
const MAX_CLAUSE = 80;
// A note in brackets after a name (王雨桐(女), 扎西(藏族)).
const NOTE_BEFORE = /[(（]\p{Script=Han}{1,4}[)）]$/u;
// Between the name and its titles: 同志, 的, 为 (任命X同志为…, 免去X的…).
const NAME_TO_TITLES = /^(?:同志)?(?:的|为)?/u;

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
    const previous = chain[chain.length - 1]?.title;
    // The titles of one person form a chain (市长、市委副书记, 国务委员兼外长): a gap ends it (任A为X、B为Y).
    if (previous && !(CHAIN_LINKS.has(doc.view[previous.end]) && title.start === previous.end + 1)) break;
    if (!previous && title.start - from > MAX_LEAD) break;
    const inherited = title.pieces.length === 0 && previous ? inheritedOrganisation(previous, title.headKind, doc.resolveRegion) : null;
    chain.push({ title, resolved: resolveTitle(title, inherited, doc.resolveRegion) });
  }
  return chain;
}

export const appointments: Recogniser = {
  name: 'appointment and removal clauses',
  find(doc: EntityDoc, found: FoundPeople): Finding[] {
    const { view } = doc;
    const known = found.names();
    const out: Finding[] = [];
    for (const pattern of PATTERNS) {
      for (const match of view.matchAll(pattern.trigger)) {
        const triggerEnd = match.index + match[0].length;
        let name: SlotName | null;
        let titlesFrom: number;
        if (pattern.nameAfter) {
          name = nameAt(doc, triggerEnd, known);
          if (name === null) continue;
          titlesFrom = name.end + (NAME_TO_TITLES.exec(view.slice(name.end, name.end + 3))?.[0].length ?? 0);
        } else {
          // The name ends where the trigger starts (同志任 takes 同志 into the trigger), or before a note on it (王雨桐(女)当选).
          const note = NOTE_BEFORE.exec(view.slice(Math.max(0, match.index - 8), match.index));
          name = nameEndingAt(doc, match.index - (note ? note[0].length : 0), known);
          if (name === null) continue;
          titlesFrom = triggerEnd;
        }
        const chain = titlesIn(doc, titlesFrom, clauseEnd(view, titlesFrom));
        if (chain.length === 0) continue;
        out.push(personInSlot(doc, name, 'appointment', titleFindings(chain, 'appointment', pattern.status)));
      }
    }
    return out;
  },
};
