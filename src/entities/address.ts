/**
 * Forms of address: a surname with a title (王市长, 李书记) is how the text calls someone it named in full
 * elsewhere, never a name of its own (names.ts keeps such spans out). Where exactly one person found in
 * the document has that surname, the title joins that person's titles.
 */
import type { EntityDoc } from './document.js';
import { addTitle, type Finding, type FoundPeople } from './findings.js';
import { surnameOf } from './names.js';

const HAN = /\p{Script=Han}/u;
// Characters after which a form of address may start inside a clause (向王市长, 对李书记).
const MAY_PRECEDE = new Set([...'向对和与及同在由被让请把将是为给从跟陪']);

/** Links every 王市长 of the document to the one person surnamed 王, adding 市长 to their titles. */
export function linkFormsOfAddress(doc: EntityDoc, found: FoundPeople): void {
  const { view } = doc;
  const bySurname = new Map<string, Finding[]>();
  for (const person of found.all()) {
    const surname = surnameOf(person.name);
    if (surname === null || person.name.length <= surname.length) continue;
    const bearers = bySurname.get(surname);
    if (bearers) bearers.push(person);
    else bySurname.set(surname, [person]);
  }
  // A form of address is a bare title (no organisation of its own) right after a surname.
  for (const title of doc.titles) {
    if (title.pieces.length > 0) continue;
    for (const length of [2, 1]) {
      const at = title.start - length;
      if (at < 0) continue;
      const surname = view.slice(at, title.start);
      const bearers = bySurname.get(surname);
      if (bearers === undefined) continue;
      const before = view[at - 1];
      if (at > 0 && HAN.test(before) && !MAY_PRECEDE.has(before)) break;
      if (bearers.length !== 1) break;
      const [person] = bearers;
      const same = person.titles.find((known) => view.slice(known.start, known.end).endsWith(title.head));
      addTitle(person, { start: title.start, end: title.end, resolved: same ? same.resolved : [{ start: title.start, end: title.end }], via: 'address' }, view);
      break;
    }
  }
}
