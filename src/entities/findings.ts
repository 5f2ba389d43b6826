/**
 * What the recognisers of entities/recognisers.ts report, and how their reports become one list of people:
 * a finding is a name span with the recogniser that found it (`via`), the name model's score for it, and
 * the titles or credit role it came with. Titles carry their own span (written as on the page) and a
 * resolved form composed of spans and, where the text does not spell it, literal words.
 */
import type { PersonRole, Span, TitleStatus, Via } from '../types.js';

/**
 * A string made of pieces of the text (spans) and of words the text does not spell out here (literals,
 * in the Simplified view's script: an inherited 北京市 for a title written 市长). Rendered against the
 * caller's text, the spans keep the page's script and only the literals are converted.
 */
export type Composed = ReadonlyArray<Span | string>;

/** The composed string in the view's script. */
export function composedText(view: string, parts: Composed): string {
  return parts.map((part) => (typeof part === 'string' ? part : view.slice(part.start, part.end))).join('');
}

/** A title given to a finding: where it is written, its resolved form, and who gave it. */
export interface TitleFinding extends Span {
  resolved: Composed;
  via: Via;
  status?: TitleStatus;
}

/** A person found by one recogniser. A name given by the page's credits has no span (start = end = -1). */
export interface Finding extends Span {
  /** The name in the view's script. */
  name: string;
  via: Via;
  /** The name model's score for the span (1 where the page's credits give the name). */
  score: number;
  titles: TitleFinding[];
  role?: PersonRole | null;
  /** The credit label as the page's credits gave it (记者, 责任编辑). */
  roleText?: string;
  /** Where the credit label is written in the text, for a label read in the text (记者 X). */
  roleSpan?: Span;
}

/** Names known in a document, with the lengths they come in, so a look-up tries only those lengths. */
export class NameSet {
  private readonly names = new Set<string>();
  /** The lengths of the names, longest first. */
  lengths: number[] = [];

  constructor(names: Iterable<string> = []) {
    for (const name of names) this.add(name);
  }

  /** A copy to add to without changing this set: its set copied whole and its lengths as they are, none sorted again. */
  copy(): NameSet {
    const copied = new NameSet();
    for (const name of this.names) copied.names.add(name);
    copied.lengths = this.lengths;
    return copied;
  }

  has(name: string): boolean {
    return this.names.has(name);
  }

  add(name: string): void {
    if (this.names.has(name)) return;
    this.names.add(name);
    if (!this.lengths.includes(name.length)) this.lengths = [...this.lengths, name.length].sort((a, b) => b - a);
  }
}

/** The people found so far, by name and by where their spans end, for the recognisers that run later. */
export class FoundPeople {
  private readonly byName = new Map<string, Finding>();
  private readonly spans: Span[] = [];
  /** Per offset of the text, 1 + the index in `spans` of a span covering it, 0 where none does. */
  private readonly owner: Int32Array;
  private readonly endsAt = new Map<number, Finding>();
  /** The names of `byName`, kept as they are added: each recogniser asks for them (see names()). */
  private readonly known = new NameSet();

  constructor(length: number) {
    this.owner = new Int32Array(length + 1);
  }

  /** Every person, in the order first found. */
  all(): Finding[] {
    return [...this.byName.values()];
  }

  get(name: string): Finding | undefined {
    return this.byName.get(name);
  }

  /** The names found so far, as a set the caller may add to. */
  names(): NameSet {
    return this.known.copy();
  }

  /** The person whose span ends exactly at `end`, if one does. */
  endingAt(end: number): Finding | undefined {
    return this.endsAt.get(end);
  }

  /** True when `span` overlaps a span found earlier without being that span. */
  conflicts(span: Span): boolean {
    for (let at = span.start; at < span.end; at++) {
      const index = this.owner[at];
      if (index === 0) continue;
      const other = this.spans[index - 1];
      if (other.start !== span.start || other.end !== span.end) return true;
    }
    return false;
  }

  /**
   * Adds a finding: a known name gains its titles (and a role if it had none); a new name whose span
   * crosses an earlier one is dropped (earlier recognisers win). Returns the finding kept, or null.
   */
  add(finding: Finding, view: string): Finding | null {
    const known = this.byName.get(finding.name);
    if (known) {
      for (const title of finding.titles) addTitle(known, title, view);
      if (known.role == null && finding.role) {
        known.role = finding.role;
        known.roleText = finding.roleText;
        known.roleSpan = finding.roleSpan;
      }
      if (finding.start >= 0) this.remember(finding);
      return known;
    }
    if (finding.start >= 0 && this.conflicts(finding)) return null;
    const kept = copyWithoutTitles(finding);
    for (const title of finding.titles) addTitle(kept, title, view);
    this.byName.set(kept.name, kept);
    this.known.add(kept.name);
    if (kept.start >= 0) this.remember(kept);
    return kept;
  }

  /** The people with a span found inside `[start, end)`, each once, in text order. */
  within(start: number, end: number): Finding[] {
    const inside: Finding[] = [];
    let last = 0;
    for (let at = Math.max(0, start); at < end && at < this.owner.length; at++) {
      const index = this.owner[at];
      if (index === 0 || index === last) continue;
      last = index;
      const span = this.spans[index - 1];
      const finding = span.start >= start && span.end <= end ? this.endsAt.get(span.end) : undefined;
      if (finding !== undefined && !inside.includes(finding)) inside.push(finding);
    }
    return inside;
  }

  private remember(finding: Finding): void {
    this.spans.push({ start: finding.start, end: finding.end });
    this.owner.fill(this.spans.length, finding.start, finding.end);
    this.endsAt.set(finding.end, this.byName.get(finding.name) ?? finding);
  }
}

/**
 * The finding with an empty list of titles, in one shape for every recogniser: a spread of findings of a dozen
 * shapes (each recogniser builds its own) falls to the runtime's slow path of copying.
 */
function copyWithoutTitles(finding: Finding): Finding {
  const kept: Finding = { start: finding.start, end: finding.end, name: finding.name, via: finding.via, score: finding.score, titles: [] };
  if (finding.role !== undefined) kept.role = finding.role;
  if (finding.roleText !== undefined) kept.roleText = finding.roleText;
  if (finding.roleSpan !== undefined) kept.roleSpan = finding.roleSpan;
  return kept;
}

/** What a person's titles say, so a new title is checked against all of them at once however many there are. */
interface TitleKeys {
  /** Every ending of every title as written (a title that ends a known one is that one, shorter). */
  endings: Set<string>;
  resolved: Set<string>;
  /** How many of the person's titles the sets hold. */
  count: number;
}

const titleKeys = new WeakMap<Finding, TitleKeys>();

function keysOf(finding: Finding, view: string): TitleKeys {
  let keys = titleKeys.get(finding);
  if (!keys || keys.count !== finding.titles.length) {
    keys = { endings: new Set(), resolved: new Set(), count: 0 };
    for (const known of finding.titles) remember(keys, known, view);
    titleKeys.set(finding, keys);
  }
  return keys;
}

function remember(keys: TitleKeys, title: TitleFinding, view: string): void {
  rememberResolved(keys, title, composedText(view, title.resolved), view);
}

/** `remember` with the title's resolved text already composed. */
function rememberResolved(keys: TitleKeys, title: TitleFinding, resolved: string, view: string): void {
  for (let start = title.start; start < title.end; start++) keys.endings.add(view.slice(start, title.end));
  keys.resolved.add(resolved);
  keys.count++;
}

/**
 * Adds a title unless the person already has it (the same words, a longer form, or the same resolved title). A
 * person's first title is taken as it is: the keys are made only when a second one comes (keysOf builds them
 * from all the titles then), and most people have one title.
 */
export function addTitle(finding: Finding, title: TitleFinding, view: string): void {
  if (finding.titles.length === 0) {
    finding.titles.push(title);
    return;
  }
  const keys = keysOf(finding, view);
  const resolved = composedText(view, title.resolved);
  if (keys.endings.has(view.slice(title.start, title.end)) || keys.resolved.has(resolved)) return;
  finding.titles.push(title);
  rememberResolved(keys, title, resolved, view);
}
