/**
 * The one map from a credited person's role to the `Credits` list it fills (reporter → reporters),
 * shared by the line classifier, which fills the lists, and the article, which lists credited people.
 */
import type { Credits, PersonRole } from '../types.js';

/** The `Credits` list each person role fills, in the order of `Credits`. */
export const CREDITS_KEY: Readonly<Record<PersonRole, keyof Credits>> = {
  reporter: 'reporters',
  photographer: 'photographers',
  editor: 'editors',
  reviewer: 'reviewers',
  author: 'authors',
};

/** An empty credits record. */
export function emptyCredits(): Credits {
  return { reporters: [], photographers: [], editors: [], reviewers: [], authors: [] };
}
