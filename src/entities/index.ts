/**
 * The entities stage: officials with their titles, people, places and organisations in one text.
 *
 * Passes, in order:
 *   1. the document (document.ts): places (gazetteer names and chained units), one segmentation of the
 *      view (nlp service), organisations (suffix grammar over those words), every title written, Latin-script
 *      names, and the trained name model's reading (name-model.ts), each done once for every later pass;
 *   2. people: the recognisers of recognisers.ts, in the order and with the precedence that list declares
 *      (page credits, bylines, titles before names, appointment clauses, titles after names, run-together
 *      names, 同志, name lists, Latin names, the name model alone), then forms of address linked to them;
 *   3. mentions: every occurrence of every name (mentions.ts);
 *   4. output (output.ts): names and titles sliced from the caller's text, so they are written as on the page.
 * Places and organisations block names (a name may not start inside one); a person with a title is an
 * official and never also listed in `people`.
 */
import { checkArrayOf, checkBoolean, checkNumberIn, checkOptionNames, checkText } from '../errors.js';
import { analysisView, detectScriptOfViews } from '../normalize/index.js';
import { withSegmenter } from '../nlp/index.js';
import type { Article, Entity, EntityType, Official, OrganizationType, Person, PersonRole, Segmenter, Span } from '../types.js';
import { readDocument, type EntityDoc } from './document.js';
import { findMentions, occurrencesOf } from './mentions.js';
import type { Finding } from './findings.js';
import type { PlaceMention } from './places.js';
import { titleOrganisations } from './officials.js';
import { inPageScript, renderPeople, written, type PageText } from './output.js';
import { withoutReadings } from './readings.js';
import { recognisePeople } from './recognisers.js';

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
  /** Keep `via` (which recogniser) and `score` on every official, person and title. Off by default. */
  explain?: boolean;
  /**
   * The name model's precision knob: the score in [0, 1] a name needs when only the model vouches for it.
   * Higher is stricter; the default is the model's own, chosen on held-out training data for precision.
   */
  nameThreshold?: number;
  /** Which segmenter cuts the text (see `Segmenter`). Default `'nodejieba'`. */
  segmenter?: Segmenter;
}

/** Everything the entity engine finds in one text: the entity fields of an Article. */
export type EntitiesFound = Pick<Article, 'officials' | 'people' | 'places' | 'organizations'>;

function groupEntities<T extends Span & { name: string }>(
  page: PageText,
  found: readonly T[],
  typeOf: (item: T) => EntityType,
  fullNameOf?: (item: T) => string | undefined,
): Entity[] {
  // The items in text order: a name's mentions come with their starts in order, so a repeated mention (the same
  // name found twice at one offset) is the one just taken, and each group keeps only its last start.
  const byName = new Map<string, { entity: Entity; lastStart: number }>();
  for (const item of [...found].sort((a, b) => a.start - b.start)) {
    let group = byName.get(item.name);
    if (!group) {
      // Written as on the page: the name at its first mention; a full name the text does not spell, converted.
      const entity: Entity = { name: written(page, item), type: typeOf(item), mentions: [] };
      const fullName = fullNameOf?.(item);
      if (fullName && fullName !== item.name) entity.fullName = inPageScript(page, fullName);
      group = { entity, lastStart: Number.NaN };
      byName.set(item.name, group);
    }
    if (group.lastStart === item.start) continue;
    group.lastStart = item.start;
    group.entity.mentions.push(page.original(item));
  }
  return [...byName.values()].map((group) => group.entity);
}

/** People, with their mentions, written as on the page: the recognisers' findings, each name's every occurrence. */
function peopleOf(view: string, page: PageText, options: EntityOptions) {
  // The page's credits are matched in the view, so they are read in its script; the output keeps them as given.
  const given = new Map((options.credited ?? []).map((person) => [analysisView(person.name), person.name]));
  const credited = (options.credited ?? []).map((person) => ({ ...person, name: analysisView(person.name) }));
  const doc = readDocument(view, { credited, nameThreshold: options.nameThreshold });
  const recognised = recognisePeople(doc).all();
  const places = placesOutsideNames(doc, recognised);
  const mentions = findMentions(view, recognised.map((finding) => finding.name), [...places, ...doc.organisations]);
  // A name only the model read, every occurrence of which belongs to a longer name found (努尔兰·阿 of 努尔兰·阿不都满金), is no name.
  const found = recognised.filter((finding) => finding.via !== 'model' || (mentions.get(finding.name)?.length ?? 0) > 0);
  return { doc, places, ...renderPeople(page, found, mentions, given, options.explain === true) };
}

/**
 * The document's places less those that begin inside a name found (赵长春 holds 长春, 王金华 holds 金华): where
 * the name is written, the person is named, not the city. Every occurrence of such a name counts.
 */
function placesOutsideNames(doc: EntityDoc, recognised: readonly Finding[]): readonly PlaceMention[] {
  const holding = new Set<string>();
  const startsAt = new Uint8Array(doc.view.length + 1);
  for (const place of doc.places) startsAt[place.start] = 1;
  for (const finding of recognised) {
    for (let at = finding.start + 1; finding.start >= 0 && at < finding.end; at++) if (startsAt[at] === 1) holding.add(finding.name);
  }
  if (holding.size === 0) return doc.places;
  const insideName = new Uint8Array(doc.view.length + 1);
  for (const [name, starts] of occurrencesOf(doc.view, holding)) for (const at of starts) insideName.fill(1, at + 1, at + name.length);
  return doc.places.filter((place) => insideName[place.start] === 0);
}

/** Organisations: by suffix, named in titles, in Latin script, and the outlets the page credits. */
function organisationsOf(doc: EntityDoc, page: PageText, outlets: readonly string[]): Entity[] {
  const findings: Array<Span & { name: string; type: OrganizationType; fullName?: string }> = [
    ...doc.organisations,
    ...titleOrganisations(doc),
    ...doc.latin.filter((entity) => entity.kind === 'organization').map((entity) => ({ ...entity, type: 'organization' as const })),
  ];
  const organizations = groupEntities(page, findings, (item) => item.type, (item) => item.fullName);
  for (const outlet of outlets) {
    if (!organizations.some((entity) => entity.name === outlet)) organizations.push({ name: outlet, type: 'outlet', mentions: [] });
  }
  return organizations;
}

/**
 * Officials with their titles, people, places and organisations in `view` (Simplified, half-width: see
 * `analysisView`). Spans are offsets into `view`, and so into `text`, the text the view was made from;
 * every name and title is written as `text` writes it. `traditional` says whether words the text does not
 * spell (an inherited organisation) are written in Traditional characters.
 */
export function extractEntitiesFromView(view: string, options: EntityOptions = {}, text = view, traditional = false): EntitiesFound {
  // Readings injected after characters (院長(zhǎng)) are skipped while reading and kept in what is returned.
  const condensed = withoutReadings(view);
  const page: PageText = { text, traditional, original: condensed ? condensed.original : (span) => span };
  const { doc, places, officials, people } = peopleOf(condensed?.view ?? view, page, options);
  return {
    officials,
    people,
    places: groupEntities(page, places, (place) => place.type, (place) => place.fullName),
    organizations: organisationsOf(doc, page, options.outlets ?? []),
  };
}

/**
 * Officials (people named with an office) and other people in `text`, with spans into `text`.
 * Works on Simplified or Traditional text, half- or full-width; names and titles come back as `text`
 * writes them.
 * @throws XinwenError `E_INPUT_TYPE` when `text` is not a string; `E_OPTION` for an unknown or bad option.
 */
export function extractOfficials(text: string, options: EntityOptions = {}): { officials: Official[]; people: Person[] } {
  // The public entry point checks its arguments; the pipeline calls extractEntitiesFromView with its own.
  checkText(text, 'extractOfficials');
  options = checkOptionNames<EntityOptions>(options, 'extractOfficials', ['credited', 'outlets', 'explain', 'nameThreshold', 'segmenter']);
  const isCredit = (item: unknown) => item !== null && typeof item === 'object' && typeof (item as CreditedPerson).name === 'string' && typeof (item as CreditedPerson).role === 'string';
  checkArrayOf(options.credited, 'credited', 'a { name, role } credit', isCredit);
  checkArrayOf(options.outlets, 'outlets', 'a string', (outlet) => typeof outlet === 'string');
  checkBoolean(options.explain, 'explain');
  checkNumberIn(options.nameThreshold, 'nameThreshold', 0, 1);
  const view = analysisView(text);
  const traditional = text !== view && detectScriptOfViews([text], [view]) === 'zh-Hant';
  const { officials, people } = withSegmenter(options.segmenter, () => extractEntitiesFromView(view, options, text, traditional));
  return { officials, people };
}
