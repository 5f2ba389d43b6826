/**
 * The clean document: kept lines joined with `\n` into `Article.text`, each paragraph with its offsets,
 * and the lead sentence for `excerpt`.
 */
import type { KeptLine } from '../boilerplate/index.js';
import { charClass, charClassExcept, SENTENCE_END_MARKS } from '../normalize/index.js';
import type { Paragraph } from '../types.js';

/** The clean document and its paragraphs, with offsets. */
export interface Layout {
  text: string;
  paragraphs: Paragraph[];
  /** For each paragraph, the photographers its credit named. */
  photographers: string[][];
  /** The Simplified view of `text`, joined from the kept lines' views; null when the lines were converted. */
  view: string | null;
}

/**
 * Joins the kept lines with `\n` and records where each paragraph stands. `convert` turns a line into the
 * script asked for; without it the lines stay as written and their views are joined into the text's view.
 */
export function layOut(kept: readonly KeptLine[], convert?: (line: string) => string): Layout {
  const paragraphs: Paragraph[] = [];
  const photographers: string[][] = [];
  let text = '';
  for (const line of kept) {
    if (text !== '') text += '\n';
    const converted = convert ? convert(line.text) : line.text;
    paragraphs.push({ kind: line.kind, text: converted, start: text.length, end: text.length + converted.length });
    photographers.push(line.photographers);
    text += converted;
  }
  const view = convert ? null : kept.map((line) => line.view).join('\n');
  return { text, paragraphs, photographers, view };
}

// The lead ends at the first full stop; a paragraph without one is its own lead.
const FIRST_SENTENCE = new RegExp(`^${charClassExcept(SENTENCE_END_MARKS)}{1,300}${charClass(SENTENCE_END_MARKS)}`, 'u');

/** The first sentence of the first body paragraph. */
export function leadOf(paragraphs: readonly Paragraph[]): string | null {
  const first = paragraphs.find((paragraph) => paragraph.kind === 'body');
  if (!first) return null;
  return FIRST_SENTENCE.exec(first.text)?.[0] ?? first.text;
}
