/**
 * The line model: two logistic regressions whose weights are data in dict/line-model.txt (fitted by
 * tools/train-line-model.ts). The first scores each line from its own features; the second, the context pass,
 * rescores it from its own score and its neighbours' (a short line between furniture is furniture, a short
 * line among paragraphs is body). Page text and HTML pages have their own weights: HTML knows links.
 */
import { lazy, readDictRows } from '../nlp/index.js';
import { CONTEXT_FEATURE_COUNT, CONTEXT_FEATURES, FEATURE_COUNT, FEATURES, contextFeatures, lineFeatures, type PageContext } from './features.js';

/** Weights of one kind of page. */
export interface LineWeights {
  first: Float64Array;
  context: Float64Array;
  /** A line is body when the context pass gives it a probability of at least this. */
  threshold: number;
}

/** The weights for page text and for HTML. */
export interface LineModels {
  text: LineWeights;
  html: LineWeights;
}

/** Reads the sections of dict/line-model.txt ([text], [text context], [html], [html context]). */
export function parseLineModel(rows: readonly string[][]): LineModels {
  const sections = new Map<string, Map<string, number>>();
  let current: Map<string, number> | null = null;
  for (const row of rows) {
    const head = /^\[(.+)\]$/u.exec(row[0]);
    if (head) {
      current = new Map();
      sections.set(head[1], current);
    } else if (current && row.length >= 2) current.set(row[0], Number(row[1]));
  }
  const vector = (section: string, names: readonly string[]) => {
    const values = sections.get(section);
    if (!values) throw new Error(`dict/line-model.txt: section [${section}] missing`);
    return Float64Array.from(names, (name) => values.get(name) ?? 0);
  };
  const weights = (kind: string): LineWeights => ({
    first: vector(kind, FEATURES),
    context: vector(`${kind} context`, CONTEXT_FEATURES),
    threshold: sections.get(kind)?.get('threshold') ?? 0.5,
  });
  return { text: weights('text'), html: weights('html') };
}

/** The shipped weights, read once. */
export const lineModels = lazy(() => parseLineModel(readDictRows('line-model.txt')));

function dot(weights: Float64Array, features: Float64Array): number {
  let sum = 0;
  for (let i = 0; i < weights.length; i++) sum += weights[i] * features[i];
  return sum;
}

/** The scores of a page's lines: first pass and context pass, as logits. */
export interface LineScores {
  first: Float64Array;
  final: Float64Array;
}

/**
 * Scores every line. `fixed[i]` is a logit the rules already settled (a credit line is furniture, a caption
 * is kept): such lines skip the first pass but still stand as context for their neighbours.
 */
export function scoreLines(context: PageContext, fixed: ReadonlyArray<number | null>, weights: LineWeights): LineScores {
  const n = context.lines.length;
  const first = new Float64Array(n);
  const features = new Float64Array(FEATURE_COUNT);
  for (let i = 0; i < n; i++) first[i] = fixed[i] ?? dot(weights.first, lineFeatures(context, i, features));
  const final = new Float64Array(n);
  const around = new Float64Array(CONTEXT_FEATURE_COUNT);
  // The context pass corrects the first-pass score: a confident line keeps its side unless its neighbours disagree strongly.
  for (let i = 0; i < n; i++) final[i] = fixed[i] ?? first[i] + dot(weights.context, contextFeatures(first, context.lines, i, around));
  return { first, final };
}

/** The probability of a logit. */
export function probability(logit: number): number {
  return 1 / (1 + Math.exp(-logit));
}
