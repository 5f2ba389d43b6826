/**
 * Entities back in the script of the returned text: the engines read the Simplified view, so names
 * found there are taken back from the text (Traditional pages keep Traditional names).
 */
import type { EntitiesFound } from '../entities/index.js';
import { toTraditional } from '../normalize/index.js';
import type { Span } from '../types.js';

/**
 * Engines read the Simplified view, so the names they return are Simplified. When the text is not,
 * each name is taken back from the text at its first mention (the view has the text's length),
 * and strings with no mention in the text are converted.
 */
export function entitiesInTextScript(found: EntitiesFound, text: string, view: string, traditional: boolean): EntitiesFound {
  if (text === view) return found;
  const convert = (value: string) => (traditional ? toTraditional(value) : value);
  const nameOf = (name: string, mentions: readonly Span[]) =>
    mentions.length > 0 ? text.slice(mentions[0].start, mentions[0].end) : convert(name);
  return {
    officials: found.officials.map((official) => ({
      ...official,
      name: nameOf(official.name, official.mentions),
      titles: official.titles.map((title) => ({ text: convert(title.text), resolved: convert(title.resolved) })),
    })),
    people: found.people.map((person) => ({ ...person, name: nameOf(person.name, person.mentions) })),
    places: found.places.map((place) => ({ ...place, name: nameOf(place.name, place.mentions) })),
    organizations: found.organizations.map((organization) => ({ ...organization, name: nameOf(organization.name, organization.mentions) })),
  };
}
