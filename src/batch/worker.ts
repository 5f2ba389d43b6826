/**
 * The batch worker thread's task: one page in, one article or one failure out. Each worker loads
 * nodejieba once (~250 MB) and keeps it for its life; the pool never recycles workers (see pool.ts).
 * Failures are returned, not thrown, so their codes survive the trip back to the main thread.
 */
import { parseArticle } from '../article/index.js';
import { useLeanNodejieba } from '../nlp/index.js';
import type { Article, ParseOptions } from '../types.js';
import { failureOf, type BatchError } from './failure.js';

/** What the main thread sends: the page, already read, and the options for it. */
export interface PageTask {
  input: string | Uint8Array;
  options: ParseOptions;
}

/** What the worker sends back. */
export type PageOutcome = { article: Article } | { error: BatchError };

// The thread is xinwen's own, so its nodejieba is loaded without the keyword table nothing here uses (nlp/jieba.ts).
useLeanNodejieba();

export default function parsePage(task: PageTask): PageOutcome {
  try {
    return { article: parseArticle(task.input, task.options) };
  } catch (error) {
    return { error: failureOf(error) };
  }
}
