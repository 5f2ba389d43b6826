/**
 * The entities stage: officials with their titles, people, places and organisations in one text.
 *
 * Passes, in order (each later pass sees what the earlier ones found):
 *   1. places         gazetteer names and chained units (places.ts);
 *   2. words          one segmentation of the whole view (nlp service), shared by every later pass;
 *   3. organisations  suffix grammar over those words (organizations.ts);
 *   4. officials      titles and the names they introduce (officials.ts, titles.ts, names.ts);
 *   5. Latin names    people and organisations in Latin script (latin.ts);
 *   6. people         credited in the text, lists, 同志, run-together headline names, clause-initial
 *                     names (people.ts), in that order;
 *   7. mentions       every occurrence of every name (mentions.ts).
 * Precedence: places and organisations block names (a name may not start inside one); a person found
 * with a title is an official and never also listed in `people`; among people, the page's own credits
 * (options.credited, from the boilerplate stage) come first, then the passes of step 6 in order, and the
 * first role found for a name is kept; mentions go to the longest name first.
 */
import { analysisView } from '../normalize/index.js';
import type { Article, Entity, EntityType, Official, OrganizationType, Person, PersonRole, Span } from '../types.js';
import { findLatinEntities } from './latin.js';
import { findMentions } from './mentions.js';
import { indexWords } from './names.js';
import { findOfficials } from './officials.js';
import { findOrganisations } from './organizations.js';
import { findComrades, findCreditedPeople, findNameLists, findRunTogetherNames, findClauseInitialNames } from './people.js';
import { tagWithOffsets } from '../nlp/index.js';
import { findPlaces, type PlaceMention } from './places.js';
import type { RegionResolver } from './titles.js';

/** A person credited by the page (photographer, editor …), passed in so they are listed as people. */
export interface CreditedPerson {
  name: string;
  role: PersonRole;
  /** The credit label as written (记者, 责任编辑). */
  roleText?: string;
}

/** Options of the entity engine. */
export interface EntityOptions {
  /** People the page credits; they become `people` with their role. */
  credited?: readonly CreditedPerson[];
  /** Outlets the page credits as source; they become organisations of type `outlet`. */
  outlets?: readonly string[];
}

/** Everything the entity engine finds in one text: the entity fields of an Article. */
export type EntitiesFound = Pick<Article, 'officials' | 'people' | 'places' | 'organizations'>;

// Bare levels resolve to a full place name of that level; 区 excludes 自治区 and 特别行政区, which end in 区 too.
const LEVEL_SUFFIX: Record<string, RegExp> = { 自治区: /自治区$/u, 省: /省$/u, 市: /市$/u, 县: /[县旗]$/u, 区: /(?<!自治|行政)区$/u };

/** Bare 自治区 / 省 / 市 / 县 resolve to the one region of that level the document names in full, if just one. */
function regionResolver(places: readonly PlaceMention[]): RegionResolver {
  const resolved = new Map<string, string | null>();
  return (level) => {
    const pattern = LEVEL_SUFFIX[level];
    if (!pattern) return null;
    if (!resolved.has(level)) {
      const names = new Set(places.filter((place) => place.name === place.fullName && pattern.test(place.name)).map((place) => place.name));
      resolved.set(level, names.size === 1 ? [...names][0] : null);
    }
    return resolved.get(level) ?? null;
  };
}

function groupEntities<T extends Span & { name: string }>(found: readonly T[], typeOf: (item: T) => EntityType, fullNameOf?: (item: T) => string | undefined): Entity[] {
  const byName = new Map<string, { entity: Entity; starts: Set<number> }>();
  for (const item of [...found].sort((a, b) => a.start - b.start)) {
    let group = byName.get(item.name);
    if (!group) {
      const entity: Entity = { name: item.name, type: typeOf(item), mentions: [] };
      const fullName = fullNameOf?.(item);
      if (fullName && fullName !== item.name) entity.fullName = fullName;
      group = { entity, starts: new Set() };
      byName.set(item.name, group);
    }
    if (group.starts.has(item.start)) continue;
    group.starts.add(item.start);
    group.entity.mentions.push({ start: item.start, end: item.end });
  }
  return [...byName.values()].map((group) => group.entity);
}

/**
 * Officials with their titles, people, places and organisations in `view` (Simplified, half-width:
 * see `analysisView`). Spans are offsets into `view`, and so into any text it was made from.
 */
export function extractEntitiesFromView(view: string, options: EntityOptions = {}): EntitiesFound {
  const places = findPlaces(view);
  const words = tagWithOffsets(view);
  const organisations = findOrganisations(view, places, words);
  const blocked: Span[] = [...places, ...organisations];
  const documentWords = indexWords(words);
  const { officials, titleOrganisations } = findOfficials(view, places, organisations, regionResolver(places), documentWords);
  const latin = findLatinEntities(view);

  const officialNames = new Set(officials.map((official) => official.name));
  const context = { known: officialNames, blocked, words: documentWords };
  const found = [...findCreditedPeople(view, context), ...findNameLists(view, context), ...findComrades(view), ...findRunTogetherNames(view, words, blocked), ...findClauseInitialNames(view, context)];
  const credited: Array<{ name: string; role: PersonRole | null; roleText?: string }> = [...(options.credited ?? []), ...found.map((person) => ({ name: person.name, role: person.role, roleText: person.roleText }))]
    .filter((person, index, all) => !officialNames.has(person.name) && all.findIndex((other) => other.name === person.name) === index);
  const latinPeople = latin.filter((entity) => entity.kind === 'person');
  const names = [...officials.map((official) => official.name), ...credited.map((person) => person.name)];
  const mentions = findMentions(view, names, blocked);
  for (const official of officials) official.mentions = mentions.get(official.name) ?? [];

  const people: Person[] = credited.map((person) => ({
    name: person.name,
    role: person.role || null,
    ...(person.roleText ? { roleText: person.roleText } : {}),
    mentions: mentions.get(person.name) ?? [],
  }));
  for (const entity of latinPeople) {
    const known = people.find((person) => person.name === entity.name);
    if (known) known.mentions.push({ start: entity.start, end: entity.end });
    else people.push({ name: entity.name, role: null, mentions: [{ start: entity.start, end: entity.end }] });
  }

  const organisationFindings: Array<Span & { name: string; type: OrganizationType; fullName?: string }> = [
    ...organisations,
    ...titleOrganisations.map((found) => ({ ...found, type: found.kind === 'party' ? ('party' as const) : ('organization' as const), fullName: found.fullName })),
    ...latin.filter((entity) => entity.kind === 'organization').map((entity) => ({ ...entity, type: 'organization' as const })),
  ];
  const organizations = groupEntities(organisationFindings, (item) => item.type, (item) => item.fullName);
  for (const outlet of options.outlets ?? []) {
    if (!organizations.some((entity) => entity.name === outlet)) organizations.push({ name: outlet, type: 'outlet', mentions: [] });
  }
  return {
    officials,
    people,
    places: groupEntities(places, (place) => place.type, (place) => place.fullName),
    organizations,
  };
}

/**
 * Officials (people named with an office) and other people in `text`, with spans into `text`.
 * Works on Simplified or Traditional text, half- or full-width.
 */
export function extractOfficials(text: string, options: EntityOptions = {}): { officials: Official[]; people: Person[] } {
  const { officials, people } = extractEntitiesFromView(analysisView(text), options);
  return { officials, people };
}
