/**
 * The credit labels of dict/credit-roles.txt, read once: which role each label gives and where it may
 * stand (before a colon, bare before the names, after the names). Every reader of credits uses this.
 */
import { lazy, readDictRows } from '../dict.js';

/** A role a credit label gives, as listed in dict/credit-roles.txt. */
export type CreditRole = 'reporter' | 'photographer' | 'editor' | 'reviewer' | 'author' | 'source';

/** Where a label may stand relative to the names it credits. */
export type LabelForm = 'colon' | 'bare' | 'after' | 'glued';

/** One credit label. */
export interface CreditLabel {
  label: string;
  role: CreditRole;
  forms: ReadonlySet<LabelForm>;
}

const ROLES = new Set<CreditRole>(['reporter', 'photographer', 'editor', 'reviewer', 'author', 'source']);

/** The labels, indexed by their first character and longest first within each group. */
export const creditLabels = lazy(() => {
  const byLabel = new Map<string, CreditLabel>();
  for (const [label, role, forms = 'colon'] of readDictRows('credit-roles.txt')) {
    if (!ROLES.has(role as CreditRole)) throw new Error(`dict/credit-roles.txt: unknown role ${role} for ${label}`);
    const set = new Set(forms.split(',').map((form) => form.trim()) as LabelForm[]);
    set.add('colon');
    byLabel.set(label, { label, role: role as CreditRole, forms: set });
  }
  const byFirstChar = new Map<string, CreditLabel[]>();
  for (const entry of byLabel.values()) {
    const group = byFirstChar.get(entry.label[0]);
    if (group) group.push(entry);
    else byFirstChar.set(entry.label[0], [entry]);
  }
  for (const group of byFirstChar.values()) group.sort((a, b) => b.label.length - a.label.length);
  const longest = Math.max(...[...byLabel.keys()].map((label) => label.length));
  return { byLabel, byFirstChar, longest };
});

/** The labels that start at `at` in `view`, longest first. */
export function labelsAt(view: string, at: number): readonly CreditLabel[] {
  const group = creditLabels().byFirstChar.get(view[at]);
  if (!group) return [];
  return group.filter((entry) => view.startsWith(entry.label, at));
}

/** The labels that may stand bare before names (记者 X), longest first: for readers of running text. */
export const bareLabels = lazy(() =>
  [...creditLabels().byLabel.values()].filter((entry) => entry.forms.has('bare')).sort((a, b) => b.label.length - a.label.length),
);
