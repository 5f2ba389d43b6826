/**
 * Forms of address: a surname with a title (王市长, 李书记) is how the text calls someone it named in full
 * elsewhere, never a name of its own (names.ts keeps such spans out). Where exactly one person found in
 * the document has that surname, the title joins that person's titles.
 */
import type { EntityDoc } from './document.js';
import { addTitle, type Finding, type FoundPeople } from './findings.js';
import { titleHeads, wordStartingAt } from './lexicon.js';
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
    bySurname.set(surname, [...(bySurname.get(surname) ?? []), person]);
  }
  for (let at = 0; at < view.length; at++) {
    const before = view[at - 1];
    if (at > 0 && HAN.test(before) && !MAY_PRECEDE.has(before)) continue;
    const surname = surnameOf(view.slice(at, at + 3));
    if (surname === null) continue;
    const head = wordStartingAt(view, at + surname.length, titleHeads().byFirstChar);
    if (head === null) continue;
    const bearers = bySurname.get(surname) ?? [];
    if (bearers.length !== 1) continue;
    const [person] = bearers;
    const start = at + surname.length;
    const end = start + head.length;
    const same = person.titles.find((title) => view.slice(title.start, title.end).endsWith(head));
    addTitle(person, { start, end, resolved: same ? same.resolved : [{ start, end }], via: 'address' }, view);
    at = end - 1;
  }
}
