/**
 * The people recognisers and their precedence, declared in one list (the way chrono declares its parsers
 * and refiners). Each recogniser reads the document and reports findings; they run in the order below,
 * and an earlier recogniser wins: a later finding for a name already found only adds titles (and a role
 * the name had none of), and a later finding whose span crosses an earlier one is dropped. The grammar
 * recognisers come first because they are sure where a name stands; the name model comes last and decides
 * only where nothing else spoke. Forms of address (王市长) are linked to the full name afterwards.
 */
import type { Via } from '../types.js';
import { linkFormsOfAddress } from './address.js';
import { appointments } from './appointments.js';
import type { EntityDoc } from './document.js';
import { FoundPeople, type Finding } from './findings.js';
import { couldBeName, withoutWordAfterName } from './names.js';
import { ruleOutNonPeople } from './not-people.js';
import { listHeadings, titlesAfterNames, titlesBeforeNames } from './officials.js';
import { joinedNames } from './joined-names.js';
import { bylines, comrades, nameLists, runTogetherNames } from './people.js';

/** One recogniser: what it is, and what it finds in a document given what the recognisers before it found. */
export interface Recogniser {
  /** What the recogniser reads, for people reading the list. */
  name: string;
  find(doc: EntityDoc, found: FoundPeople): Finding[];
}

/** The people the page's own credit lines name (passed in by parseArticle from the boilerplate stage). */
const pageCredits: Recogniser = {
  name: 'page credits',
  find(doc: EntityDoc): Finding[] {
    return doc.credited.map((person) => {
      const finding: Finding = { start: -1, end: -1, name: person.name, via: 'page-credit', score: 1, titles: [], role: person.role };
      if (person.roleText) finding.roleText = person.roleText;
      return finding;
    });
  },
};

// An English name in brackets right after a Chinese one is the same person's other name: 李家明(Alan Li).
const ALIAS_OPEN = /[(（]\s?$/u;

/** People named in Latin script (compromise reads them; the model does not), except a bracketed alias of a name found. */
const latinNames: Recogniser = {
  name: 'Latin-script names',
  find(doc: EntityDoc, found: FoundPeople): Finding[] {
    return doc.latin
      .filter((entity) => entity.kind === 'person')
      .filter((entity) => {
        const open = ALIAS_OPEN.exec(doc.view.slice(Math.max(0, entity.start - 2), entity.start));
        return !(open && found.endingAt(entity.start - open[0].length));
      })
      .map((entity) => ({ start: entity.start, end: entity.end, name: entity.name, via: 'latin' as Via, score: 1, titles: [] }));
  },
};

/**
 * Names only the model vouches for: candidates scoring the threshold that could be names, cross nothing found,
 * and that no filter of not-people.ts rules out as a work, team, place or institution.
 */
const modelNames: Recogniser = {
  name: 'name model',
  find(doc: EntityDoc, found: FoundPeople): Finding[] {
    const accepted = doc.names.candidates
      .filter((candidate) => candidate.type === 'person' && candidate.score >= doc.nameThreshold)
      .map((candidate) => withoutWordAfterName(doc, candidate))
      .filter((candidate) => couldBeName(doc, candidate.start, candidate.end) && !found.conflicts(candidate));
    return ruleOutNonPeople(doc, accepted)
      .filter((judged) => judged.reason === null)
      .map(({ candidate }) => candidate)
      .map((candidate) => ({ start: candidate.start, end: candidate.end, name: doc.view.slice(candidate.start, candidate.end), via: 'model' as Via, score: candidate.score, titles: [] }));
  },
};

/** The recognisers, in the order they run and win. */
export const RECOGNISERS: readonly Recogniser[] = [
  pageCredits,
  bylines,
  titlesBeforeNames,
  appointments,
  titlesAfterNames,
  listHeadings,
  runTogetherNames,
  comrades,
  nameLists,
  latinNames,
  modelNames,
  joinedNames,
];

/** Runs every recogniser over the document, in order, and links forms of address to the people found. */
export function recognisePeople(doc: EntityDoc): FoundPeople {
  const found = new FoundPeople(doc.view.length);
  for (const recogniser of RECOGNISERS) {
    for (const finding of recogniser.find(doc, found)) found.add(finding, doc.view);
  }
  linkFormsOfAddress(doc, found);
  return found;
}
