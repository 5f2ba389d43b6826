/**
 * The process's pools of parsing threads (piscina), one per kind of segmenter. Workers are started on
 * demand, up to the largest concurrency any batch call has asked for. With nodejieba they are never
 * ended: nodejieba holds ~250 MB per thread and does not give it back when a worker is terminated, so a
 * pool that recycled or idled out workers would grow the process by that much each time. @node-rs/jieba
 * frees its dictionary with its thread, so its pool lets idle workers go. Idle workers are unref'd by
 * piscina, so they do not keep a finished program alive.
 */
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import type { Piscina } from 'piscina';
import type { PageOutcome, PageTask } from './worker.js';

/** Most worker threads one process may hold: at ~250 MB each, more would only exhaust memory. */
export const MAX_WORKERS = 64;

/**
 * The built worker script. tsup builds it as its own entry beside the module that starts the pool
 * (dist/index.js, dist/index.cjs or dist/cli.js), in the same format; from the sources (tests) the
 * repository's dist/ is used, which `npm test` builds first.
 */
function workerFile(): string {
  const here = import.meta.url;
  const name = here.endsWith('.cjs') ? 'batch-worker.cjs' : 'batch-worker.js';
  for (const candidate of [new URL(`./${name}`, here), new URL(`../../dist/${name}`, here)]) {
    const file = fileURLToPath(candidate);
    if (existsSync(file)) return file;
  }
  throw new Error(`xinwen: the batch worker script ${name} is missing beside ${fileURLToPath(here)}; the package install is incomplete`);
}

/** How long an idle worker of the recyclable pool is kept before it ends and its memory is freed. */
const RECYCLED_IDLE_MS = 30_000;

// piscina is required on the first batch, not at import: a process that never calls parseMany
// (most callers of parseArticle) does not pay for loading it.
function newPool(idleTimeout: number): Piscina<PageTask, PageOutcome> {
  const { Piscina: PoolClass } = createRequire(import.meta.url)('piscina') as typeof import('piscina');
  return new PoolClass<PageTask, PageOutcome>({ filename: workerFile(), minThreads: 0, maxThreads: MAX_WORKERS, idleTimeout });
}

let pool: Piscina<PageTask, PageOutcome> | undefined;
let recyclablePool: Piscina<PageTask, PageOutcome> | undefined;

/**
 * The shared pool, created on first use: the one whose workers live as long as the process, or with
 * `recyclable` (workers whose segmenter frees its memory, @node-rs/jieba) the one that ends idle workers.
 */
export function sharedPool(recyclable = false): Piscina<PageTask, PageOutcome> {
  if (recyclable) {
    recyclablePool ??= newPool(RECYCLED_IDLE_MS);
    return recyclablePool;
  }
  pool ??= newPool(Infinity);
  return pool;
}

/** Thread ids of the pool's workers (for tests that check workers are kept, not recycled). */
export function poolThreadIds(): number[] {
  // Sorted: the pool may list the same threads in another order after a call.
  return pool ? pool.threads.map((thread) => thread.threadId).sort((a, b) => a - b) : [];
}
