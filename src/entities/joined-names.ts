/**
 * A name joined by 和, 与, 及 or 同 to a person already found (A和B包揽了金银牌, B与A会谈): two people side by side.
 * The model reads the second name of such a pair less surely than a name on its own (a rare given name after 和
 * is read as a word), so the pair's grammar decides: a span of two to four Han characters led by a common surname
 * that the model does not rule out, that is not one common word, and that ends where nothing goes on with it.
 */
import type { EntityDoc } from './document.js';
import type { Finding, FoundPeople } from './findings.js';
import { unitAt } from './lexicon.js';
import { JOINING, LIST_SCORE, isOneCommonWord, nameAt, nameEndingAt, nothingGoesOnAt, type SlotName } from './names.js';
import { hasCommonSurname } from './people.js';
import type { Recogniser } from './recognisers.js';

const JOINED_ITEM = /^\p{Script=Han}{2,4}$/u;

/** True when `name` may stand as the other half of a pair: short, led by a common surname, not one common word, and ended. */
function joinable(doc: EntityDoc, name: SlotName | null): name is SlotName {
  if (name === null) return false;
  const text = doc.view.slice(name.start, name.end);
  return JOINED_ITEM.test(text) && hasCommonSurname(text) && !isOneCommonWord(doc, name.start, name.end) && nothingGoesOnAt(doc, name.end);
}

export const joinedNames: Recogniser = {
  name: 'joined names',
  find(doc: EntityDoc, found: FoundPeople): Finding[] {
    const { view } = doc;
    const known = found.names();
    const out: Finding[] = [];
    const add = (name: SlotName) => out.push({ start: name.start, end: name.end, name: view.slice(name.start, name.end), via: 'joined', score: name.score, titles: [] });
    for (const person of found.all()) {
      if (person.start < 0) continue;
      if (JOINING.has(unitAt(view, person.end))) {
        const after = nameAt(doc, person.end + 1, known, LIST_SCORE);
        if (joinable(doc, after)) add(after);
      }
      if (person.start > 0 && JOINING.has(view.charCodeAt(person.start - 1))) {
        const before = nameEndingAt(doc, person.start - 1, known, LIST_SCORE);
        if (joinable(doc, before)) add(before);
      }
    }
    return out;
  },
};
