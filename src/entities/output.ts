/**
 * From findings to the Article's officials and people, written as on the page: every name and every title
 * as written is sliced from the caller's text by its span (the view has the text's length), and only the
 * words the text does not spell there (an inherited 北京市, a full place name for a short form) are
 * converted to the page's script. `via` and `score` are kept only when the caller asks to explain.
 */
import { toTraditional } from '../normalize/index.js';
import type { Official, OfficialTitle, Person, Span } from '../types.js';
import type { Composed, Finding, TitleFinding } from './findings.js';

/**
 * The caller's text, whether words composed in the view's (Simplified) script must be written in Traditional,
 * and how a span the engine read maps to the text (itself, unless the engine read a condensed view: readings.ts).
 */
export interface PageText {
  text: string;
  traditional: boolean;
  original(span: Span): Span;
}

/** The text a span of the engine's view covers, as the page writes it. */
export function written(page: PageText, span: Span): string {
  const { start, end } = page.original(span);
  return page.text.slice(start, end);
}

/** A composed string as the page writes it. */
export function renderComposed(page: PageText, parts: Composed): string {
  return parts.map((part) => (typeof part === 'string' ? inPageScript(page, part) : written(page, part))).join('');
}

/** A word of the view's script (a literal the text does not spell) in the page's script. */
export function inPageScript(page: PageText, word: string): string {
  return page.traditional ? toTraditional(word) : word;
}

function renderTitle(page: PageText, title: TitleFinding, explain: boolean): OfficialTitle {
  const rendered: OfficialTitle = { text: written(page, title), resolved: renderComposed(page, title.resolved) };
  if (title.status) rendered.status = title.status;
  if (explain) rendered.via = title.via;
  return rendered;
}

/** How a finding's name is written: at its first mention, else where it was found, else as the page's credits gave it. */
function writtenName(page: PageText, finding: Finding, mentions: readonly Span[], given: ReadonlyMap<string, string>): string {
  const span = mentions[0] ?? (finding.start >= 0 ? finding : null);
  return span ? written(page, span) : (given.get(finding.name) ?? inPageScript(page, finding.name));
}

const roundScore = (score: number) => Math.round(score * 1000) / 1000;

/**
 * Officials (people with at least one title, in order of first mention) and people, as on the page.
 * `given` maps the view-script names of the page's credits to the names as the credits wrote them.
 */
export function renderPeople(
  page: PageText,
  findings: readonly Finding[],
  mentions: ReadonlyMap<string, Span[]>,
  given: ReadonlyMap<string, string>,
  explain: boolean,
): { officials: Official[]; people: Person[] } {
  // Each official with where it is first mentioned, to order them by (a stable sort, as of the officials themselves).
  const officials: Array<{ official: Official; at: number }> = [];
  const people: Person[] = [];
  for (const finding of findings) {
    const spans = mentions.get(finding.name) ?? [];
    const mentionsInText = spans.map((span) => page.original(span));
    const name = writtenName(page, finding, spans, given);
    // Built field by field in the order the output lists them: spreads of optional fields take the runtime's slow copy.
    if (finding.titles.length > 0) {
      const at = spans[0]?.start ?? (finding.start >= 0 ? finding.start : Number.MAX_SAFE_INTEGER);
      const official: Official = { name, titles: finding.titles.map((title) => renderTitle(page, title, explain)), mentions: mentionsInText };
      if (explain) addReasons(official, finding);
      officials.push({ official, at });
    } else {
      const roleText = finding.roleSpan ? written(page, finding.roleSpan) : finding.roleText;
      const role = finding.role ?? null;
      const person: Person = roleText ? { name, role, roleText, mentions: mentionsInText } : { name, role, mentions: mentionsInText };
      if (explain) addReasons(person, finding);
      people.push(person);
    }
  }
  officials.sort((a, b) => a.at - b.at);
  return { officials: officials.map(({ official }) => official), people };
}

/** Which recogniser found the person and the model's score, for a caller that asks to explain. */
function addReasons(entity: Official | Person, finding: Finding): void {
  entity.via = finding.via;
  entity.score = roundScore(finding.score);
}
