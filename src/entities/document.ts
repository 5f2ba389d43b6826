/**
 * One document as every recogniser sees it: the view, its one jieba pass, the places and organisations
 * found first, every title written in it, and the name model's reading. Built once per text, before the
 * recognisers run, so none of them segments, looks up places or runs the model again.
 */
import { tagWithOffsets, type PositionedWord } from '../nlp/index.js';
import type { PersonRole, Span } from '../types.js';
import { findLatinEntities, type LatinEntity } from './latin.js';
import { shippedNameModel, type NameModel, type NameReading } from './name-model.js';
import { indexWords, isBoundary, type DocumentWords } from './names.js';
import { findOrganisations, type OrganisationMention } from './organizations.js';
import { findPlaces, type PlaceMention } from './places.js';
import { findHeads, indexByEnd, titleEndingWith, withFreeOrganisations, type RegionResolver, type TitleMatch } from './titles.js';

/** What the recognisers share about one document. */
export interface EntityDoc {
  /** The Simplified, half-width view of the text (same length, same offsets). */
  view: string;
  words: readonly PositionedWord[];
  wordIndex: DocumentWords;
  places: readonly PlaceMention[];
  organisations: readonly OrganisationMention[];
  /** Places and organisations: a name may not start inside one. */
  blocked: readonly Span[];
  /** 1 at every offset inside a place or organisation. */
  insideBlocked: Uint8Array;
  /** Every title written in the view, left to right. */
  titles: readonly TitleMatch[];
  /** Bare 自治区 / 省 / 市 resolved to the one region of that level the document names in full. */
  resolveRegion: RegionResolver;
  /** The name model's reading of the whole view. */
  names: NameReading;
  /** The score a name needs when the model alone vouches for it. */
  nameThreshold: number;
  /** The score a name needs in a slot the grammar fixed (after a title or a credit label). */
  slotThreshold: number;
  /** People the page's credits name, their names in the view's script. */
  credited: readonly CreditedInView[];
  /** People and organisations written in Latin script. */
  latin: readonly LatinEntity[];
}

/** A person the page's credits name. */
export interface CreditedInView {
  name: string;
  role: PersonRole;
  roleText?: string;
}

/** What the caller tells the document. */
export interface DocumentOptions {
  credited?: readonly CreditedInView[];
  nameThreshold?: number;
  /** The name model to read with; the shipped one by default (the training script passes the one it is checking). */
  model?: NameModel;
}

// Bare levels resolve to a full place name of that level; 区 excludes 自治区 and 特别行政区, which end in 区 too.
const LEVEL_SUFFIX: Record<string, RegExp> = { 自治区: /自治区$/u, 省: /省$/u, 市: /市$/u, 县: /[县旗]$/u, 区: /(?<!自治|行政)区$/u };

/** Bare 自治区 / 省 / 市 / 县 resolve to the one region of that level the document names in full, if just one. */
function regionResolver(places: readonly PlaceMention[]): RegionResolver {
  const resolved = new Map<string, PlaceMention | null>();
  return (level) => {
    const pattern = LEVEL_SUFFIX[level];
    if (!pattern) return null;
    if (!resolved.has(level)) {
      const written = places.filter((place) => place.name === place.fullName && pattern.test(place.name));
      const names = new Set(written.map((place) => place.name));
      resolved.set(level, names.size === 1 ? written[0] : null);
    }
    return resolved.get(level) ?? null;
  };
}

// Tags of jieba words that can stand in the name of an organ: nouns, organisation and place names, other proper
// nouns, verbal nouns (侦查), abbreviations (政法), distinguishing words.
const ORGAN_TAGS = new Set(['n', 'nt', 'ns', 'nz', 'vn', 'j', 'b', 'ng', 'an']);

/** True when the jieba words over `[start, end)` start and end there and all could be words of an organ's name. */
function wordsNameAnOrgan(words: DocumentWords, start: number, end: number): boolean {
  let index = words.startingAt(start);
  if (index === undefined) return false;
  for (; index < words.list.length && words.list[index].start < end; index++) {
    if (!ORGAN_TAGS.has(words.list[index].tag) || words.list[index].end > end) return false;
  }
  return true;
}

/** Reads `view` once for every recogniser. */
export function readDocument(view: string, options: DocumentOptions = {}): EntityDoc {
  const words = tagWithOffsets(view);
  const wordIndex = indexWords(words, view.length);
  const places = findPlaces(view, (at) => at === view.length || wordIndex.startingAt(at) !== undefined);
  const organisations = findOrganisations(view, places, words);
  const known = { places: indexByEnd(places), organisations: indexByEnd(organisations) };
  const titles = withFreeOrganisations(
    view,
    findHeads(view, places).map((head) => titleEndingWith(view, head, known)),
    (at) => isBoundary(view, at),
    (start, end) => wordsNameAnOrgan(wordIndex, start, end),
  );
  const blocked = [...places, ...organisations];
  const model = options.model ?? shippedNameModel();
  const nameThreshold = options.nameThreshold ?? model.defaultThreshold;
  const insideBlocked = new Uint8Array(view.length + 1);
  for (const span of blocked) insideBlocked.fill(1, span.start, span.end);
  return {
    view,
    words,
    wordIndex,
    places,
    organisations,
    blocked,
    insideBlocked,
    titles,
    resolveRegion: regionResolver(places),
    names: model.read(view, words, { threshold: 0 }),
    nameThreshold,
    // A span the model accepts on its own is accepted in a slot too, so the grammar can give it its title.
    slotThreshold: Math.min(model.slotThreshold, nameThreshold),
    credited: options.credited ?? [],
    latin: findLatinEntities(view),
  };
}
