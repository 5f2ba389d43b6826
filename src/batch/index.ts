/**
 * The batch stage: many pages parsed on a pool of long-lived worker threads, for crawls of
 * thousands of pages. Results come back in input order, each naming its input; a page that fails
 * is a result with an error, so one bad page never ends the batch.
 */
import { availableParallelism } from 'node:os';
import { parseArticle } from '../article/index.js';
import { extractDates } from '../dates/index.js';
import { XinwenError } from '../errors.js';
import { useLeanNodejieba } from '../nlp/index.js';
import type { Article, ParseOptions } from '../types.js';
import { failureOf, type BatchError } from './failure.js';
import { MAX_WORKERS, sharedPool } from './pool.js';
import { Slots } from './slots.js';

export type { BatchError, BatchErrorCode } from './failure.js';

/** A page: text or bytes, as {@link parseArticle} takes it. */
export type PageInput = string | Uint8Array;

/** One input of a batch, named. */
export interface BatchItem {
  /** Names the input in its result: a file name, a URL, a database id. */
  source: string;
  /**
   * The page, or a function that produces it. A function is called only when the batch is ready
   * for the page, so a crawl is read a few pages at a time; what it throws becomes this item's
   * failure (`E_IO` for a file system error).
   */
  input: PageInput | (() => PageInput | Promise<PageInput>);
  /** Options for this page only, over the batch's (a page's own `url` or `referenceDate`). */
  options?: ParseOptions;
}

/** Options of {@link parseMany}: every {@link ParseOptions} field, applied to each page, and the concurrency. */
export interface BatchOptions extends ParseOptions {
  /**
   * Pages parsed at once, each on its own worker thread (each holds ~250 MB for nodejieba once it
   * has parsed a page with the analysis; with `analyze: false` nodejieba is not loaded).
   * Default: the number of CPUs less one, at least 1; at most 64.
   */
  concurrency?: number;
}

/** A page parsed. */
export interface BatchSuccess {
  source: string;
  article: Article;
  error?: undefined;
}

/** A page that could not be parsed (or read), and why. */
export interface BatchFailure {
  source: string;
  error: BatchError;
  article?: undefined;
}

/** One result per input, in input order. */
export type BatchResult = BatchSuccess | BatchFailure;

/** What names the input iterable itself in a result when the iterable throws. */
const INPUTS_SOURCE = '(inputs)';

function checkConcurrency(value: unknown): number {
  if (value === undefined) return Math.max(1, availableParallelism() - 1);
  if (typeof value !== 'number' || !Number.isInteger(value) || value < 1 || value > MAX_WORKERS) {
    throw new XinwenError('E_OPTION', `concurrency must be a whole number from 1 to ${MAX_WORKERS}; got ${String(value)}`);
  }
  return value;
}

/**
 * Checks parse options once, before any page is sent to a worker, so a bad option is one error
 * rather than one per page: an empty page is parsed with them (which checks every option the
 * way each page will be checked, without loading the segmenter), and the reference date is read
 * by the date engine.
 */
export function assertParseOptions(options: ParseOptions): void {
  parseArticle(new Uint8Array(0), options);
  if (options.referenceDate !== undefined) extractDates('', { referenceDate: options.referenceDate });
}

function asItem(value: unknown, index: number): BatchItem {
  if (typeof value === 'string' || value instanceof Uint8Array) return { source: `#${index}`, input: value };
  if (value !== null && typeof value === 'object' && 'input' in value) {
    const item = value as BatchItem;
    return { ...item, source: typeof item.source === 'string' ? item.source : `#${index}` };
  }
  // parseArticle refuses it with E_INPUT_TYPE, naming what it got.
  return { source: `#${index}`, input: value as PageInput };
}

/** Set when the caller stops iterating, so pages not yet sent to a worker are not sent. */
interface BatchState {
  stopped: boolean;
}

/** Reads (if need be) and parses one item; never rejects. */
async function parseItem(item: BatchItem, options: ParseOptions, slots: Slots, state: BatchState): Promise<BatchResult> {
  let input: PageInput;
  try {
    input = typeof item.input === 'function' ? await item.input() : item.input;
  } catch (error) {
    return { source: item.source, error: failureOf(error) };
  }
  await slots.acquire();
  if (state.stopped) {
    slots.release();
    return { source: item.source, error: { code: 'E_INTERNAL', message: 'not parsed: the batch was stopped' } }; // never yielded
  }
  try {
    const pageOptions = item.options ? { ...options, ...item.options } : options;
    // A page's own options are checked here, not up front: a function cannot cross to a worker thread.
    if (typeof pageOptions.segmenter === 'function') return { source: item.source, error: failureOf(functionSegmenterError()) };
    // Only workers that never load nodejieba may be recycled (pool.ts).
    const outcome = await sharedPool(pageOptions.segmenter === 'node-rs-jieba').run({ input, options: pageOptions });
    return 'article' in outcome ? { source: item.source, article: outcome.article } : { source: item.source, error: outcome.error };
  } catch (error) {
    // the worker died or could not take the task
    return { source: item.source, error: failureOf(error) };
  } finally {
    slots.release();
  }
}

/**
 * Parses one item on the calling thread, with the result {@link parseMany} would give for it (read failures
 * included), for a process of xinwen's own that parses a single page: the command line with one input, where
 * starting a worker thread and loading the bundle again in it costs more than the page. Like a batch worker, the
 * thread loads nodejieba without its keyword table (nlp/jieba.ts), so it must be a thread xinwen owns; not part of
 * the package's API.
 */
export async function parseOnOwnThread(item: BatchItem, options: ParseOptions): Promise<BatchResult> {
  let input: PageInput;
  try {
    input = typeof item.input === 'function' ? await item.input() : item.input;
  } catch (error) {
    return { source: item.source, error: failureOf(error) };
  }
  useLeanNodejieba();
  try {
    return { source: item.source, article: parseArticle(input, item.options ? { ...options, ...item.options } : options) };
  } catch (error) {
    return { source: item.source, error: failureOf(error) };
  }
}

function functionSegmenterError(): XinwenError {
  return new XinwenError('E_OPTION', "parseMany runs pages on worker threads, which cannot be sent a function: use segmenter 'nodejieba' or 'node-rs-jieba'");
}

async function* runBatch(
  inputs: AsyncIterable<unknown> | Iterable<unknown>,
  options: ParseOptions,
  concurrency: number,
): AsyncGenerator<BatchResult, void, undefined> {
  const iterator = Symbol.asyncIterator in inputs ? inputs[Symbol.asyncIterator]() : (inputs as Iterable<unknown>)[Symbol.iterator]();
  const slots = new Slots(concurrency);
  const state: BatchState = { stopped: false };
  // Results waiting to be yielded, in input order. Twice the concurrency keeps every worker busy
  // while the oldest page is still being parsed, and bounds the pages held in memory.
  const pending: Array<Promise<BatchResult>> = [];
  let index = 0;
  let exhausted = false;
  try {
    for (;;) {
      while (!exhausted && pending.length < concurrency * 2) {
        try {
          const step = await iterator.next();
          if (step.done) exhausted = true;
          else pending.push(parseItem(asItem(step.value, index), options, slots, state));
          index++;
        } catch (error) {
          exhausted = true;
          pending.push(Promise.resolve({ source: INPUTS_SOURCE, error: failureOf(error) }));
        }
      }
      const next = pending.shift();
      if (!next) return;
      yield await next;
    }
  } finally {
    state.stopped = true;
    // the caller stopped early: let the input iterable clean up (close its files)
    if (!exhausted) await Promise.resolve(iterator.return?.()).catch(() => undefined);
  }
}

/**
 * Parses many pages on a pool of worker threads and yields one result per input, **in input
 * order**, each naming its input: `{ source, article }` or `{ source, error: { code, message } }`.
 * A page that cannot be read or parsed is a failure result; the iterator itself never rejects
 * (an input iterable that throws ends the batch with a failure whose source is `(inputs)`).
 *
 * Inputs are pages (named `#0`, `#1` … by position) or {@link BatchItem}s with their own `source`.
 * The worker threads are shared by every call in the process and kept for its life (see the README).
 *
 * @throws XinwenError `E_OPTION` (or `E_ENCODING` for an unknown `encoding`) at the call, before
 *   any page is read, for options that every page would fail with.
 */
export function parseMany(
  inputs: AsyncIterable<PageInput | BatchItem> | Iterable<PageInput | BatchItem>,
  options: BatchOptions = {},
): AsyncGenerator<BatchResult, void, undefined> {
  if (inputs === null || typeof inputs !== 'object' || !(Symbol.asyncIterator in inputs || Symbol.iterator in inputs)) {
    throw new XinwenError('E_INPUT_TYPE', 'parseMany expects an iterable or async iterable of pages');
  }
  if (options === null || typeof options !== 'object') throw new XinwenError('E_OPTION', `options must be an object; got ${typeof options}`);
  const { concurrency, ...parseOptions } = options;
  const threads = checkConcurrency(concurrency);
  if (typeof parseOptions.segmenter === 'function') throw functionSegmenterError();
  assertParseOptions(parseOptions);
  return runBatch(inputs, parseOptions, threads);
}
