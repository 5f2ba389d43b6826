/**
 * The lines of a page as the classifier reads them: cleaned, with their Simplified views, shapes, comparable
 * keys, paragraph flags and rule verdicts. Pages repeat many lines (separators, menu items, share widgets:
 * about a fifth of the lines of the bench pages), and what a line says by itself depends on its text alone,
 * so a repeated line is cleaned and read once and its repeats share the reading.
 */
import { cleanLine, viewsOfLines } from '../normalize/index.js';
import { comparable, isParagraph, repeatedKeys, type MarkupFacts, type PageLine } from './features.js';
import { ruleVerdict, type RuleVerdict } from './line-rules.js';
import { LineShape } from './shapes.js';

/** A line handed to the classifier, with what the markup knew about it when the page was HTML. */
export interface InputLine {
  text: string;
  markup?: MarkupFacts;
}

/** The lines of a page that are not blank, each with what it says by itself, in page order. */
export interface PageLines {
  lines: PageLine[];
  /** The comparable form of each line. */
  keys: string[];
  paragraphs: boolean[];
  verdicts: Array<RuleVerdict | null>;
  /** Whether each line occurs more than once on the page (by its comparable form). */
  repeated: boolean[];
}

/** What one distinct line says by itself. */
interface LineReading {
  /** The line without markup facts, which every repeat of it without markup shares. */
  line: PageLine;
  /** The comparable form of the view. */
  key: string;
  paragraph: boolean;
  verdict: RuleVerdict | null;
}

function readLine(text: string, view: string): LineReading {
  const shape = new LineShape(view);
  return { line: { text, view, shape, markup: undefined }, key: comparable(view, shape.mask), paragraph: isParagraph(view, shape), verdict: ruleVerdict(text, view, shape) };
}

// Lines a page repeats are short (menu items, separators, widgets; on the bench pages 99 % of the repeats have
// at most 32 characters): a longer line is read as it stands, which spares hashing its text.
const REPEATS_UP_TO = 32;

/**
 * The cleaned lines to read (a short line once however often it stands), and for each input line the index of
 * its line to read (-1 when blank).
 */
function distinctLines(input: ReadonlyArray<string | InputLine>): { distinct: string[]; slots: Int32Array } {
  // Keyed by the line as given: a repeat is found before it is cleaned. Two lines that differ only in white
  // space (or two long lines) get two slots with the same cleaned text, which read alike.
  const slotOf = new Map<string, number>();
  const distinct: string[] = [];
  const slots = new Int32Array(input.length);
  for (let i = 0; i < input.length; i++) {
    const item = input[i];
    const given = typeof item === 'string' ? item : item.text;
    const repeats = given.length <= REPEATS_UP_TO;
    let slot = repeats ? slotOf.get(given) : undefined;
    if (slot === undefined) {
      const text = cleanLine(given);
      slot = text === '' ? -1 : distinct.length;
      if (text !== '') distinct.push(text);
      if (repeats) slotOf.set(given, slot);
    }
    slots[i] = slot;
  }
  return { distinct, slots };
}

/** Cleans the lines of a page (blank lines are dropped) and reads what each says by itself. */
export function readPageLines(input: ReadonlyArray<string | InputLine>): PageLines {
  const { distinct, slots } = distinctLines(input);
  // The views of the distinct lines only: no conversion entry spans a line, so each line's view is its own.
  const views = viewsOfLines(distinct);
  const readings = distinct.map((text, d) => readLine(text, views[d]));
  // A line repeats when its distinct line stands twice, or when another distinct line has the same key.
  const keyRepeated = repeatedKeys(readings.map((reading) => reading.key));
  const uses = new Int32Array(distinct.length);
  for (let i = 0; i < slots.length; i++) if (slots[i] >= 0) uses[slots[i]]++;
  const page: PageLines = { lines: [], keys: [], paragraphs: [], verdicts: [], repeated: [] };
  for (let i = 0; i < slots.length; i++) {
    const slot = slots[i];
    if (slot < 0) continue;
    const { line, key, paragraph, verdict } = readings[slot];
    const item = input[i];
    const markup = typeof item === 'string' ? undefined : item.markup;
    page.lines.push(markup === undefined ? line : { ...line, markup });
    page.keys.push(key);
    page.paragraphs.push(paragraph);
    page.verdicts.push(verdict);
    page.repeated.push(uses[slot] > 1 || keyRepeated[slot]);
  }
  return page;
}
