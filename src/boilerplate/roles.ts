/**
 * Credit roles in one place: the credit labels of dict/credit-roles.txt (which role each gives, and where it
 * may stand: before a colon, bare before the names, after the names), and the one map from a credited
 * person's role to the `Credits` list it fills. Every reader of credits uses this.
 */
import { lazy, readDictRows } from '../nlp/index.js';
import { pairUnit, UnitSet } from './unit-set.js';
import { CREDIT_ROLES, type CreditRole, type Credits, type PersonRole } from '../types.js';

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

/** Where a label may stand relative to the names it credits (the third column of dict/credit-roles.txt). */
export type LabelForm = 'colon' | 'bare' | 'after' | 'glued';

const FORMS = new Set<string>(['colon', 'bare', 'after', 'glued']);

/** One credit label. */
export interface CreditLabel {
  label: string;
  role: CreditRole;
  forms: ReadonlySet<LabelForm>;
}

/** The labels, indexed by their first character and longest first within each group. */
export const creditLabels = lazy(() => {
  const byLabel = new Map<string, CreditLabel>();
  for (const [label, role, forms = 'colon'] of readDictRows('credit-roles.txt')) {
    if (!(CREDIT_ROLES as readonly string[]).includes(role)) throw new Error(`dict/credit-roles.txt: unknown role ${role} for ${label}`);
    const set = new Set<LabelForm>(['colon']);
    for (const form of forms.split(',')) {
      if (!FORMS.has(form.trim())) throw new Error(`dict/credit-roles.txt: unknown form ${form} for ${label}`);
      set.add(form.trim() as LabelForm);
    }
    byLabel.set(label, { label, role: role as CreditRole, forms: set });
  }
  const byFirstChar = new Map<string, CreditLabel[]>();
  for (const entry of byLabel.values()) {
    const group = byFirstChar.get(entry.label[0]);
    if (group) group.push(entry);
    else byFirstChar.set(entry.label[0], [entry]);
  }
  for (const group of byFirstChar.values()) group.sort((a, b) => b.label.length - a.label.length);
  // The same groups keyed by the first UTF-16 unit, for scans that read a line by code unit.
  const byFirstUnit = new Map<number, CreditLabel[]>();
  for (const [first, group] of byFirstChar) byFirstUnit.set(first.charCodeAt(0), group);
  return { byLabel, byFirstChar, byFirstUnit };
});

/** Which characters start a label (by UTF-16 code), for a quick look over a line. */
export const labelStarts = lazy(() => {
  const starts = new UnitSet();
  for (const label of creditLabels().byLabel.keys()) starts.add(label.charCodeAt(0));
  return starts;
});

/**
 * What may follow a label's first unit where a label stands: the second unit of a label of two or more units
 * (pairs), and the first units of the one-unit labels (图, 文, 摄), which stand only before a mark, a space or the
 * line's end, never before a Han character (credit-reader.ts `labelFits`).
 */
export const labelOpenings = lazy(() => {
  const pairs = new UnitSet();
  const singles = new UnitSet();
  for (const label of creditLabels().byLabel.keys()) {
    if (label.length === 1) singles.add(label.charCodeAt(0));
    else pairs.add(pairUnit(label.charCodeAt(0), label.charCodeAt(1)));
  }
  return { pairs, singles };
});

/** The labels that start at `at` in `view`, longest first. */
export function labelsAt(view: string, at: number): readonly CreditLabel[] {
  const group = creditLabels().byFirstChar.get(view[at]);
  if (!group) return [];
  return group.filter((entry) => view.startsWith(entry.label, at));
}
