/**
 * Where the CLI's results go: pretty JSON for one input, JSON Lines (one line per input, failures
 * included, each naming its `source`), the clean text, or one JSON file per input in a directory.
 * Standard output is written with back-pressure, so a slow reader does not make the CLI buffer a
 * whole crawl in memory.
 */
import { once } from 'node:events';
import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, isAbsolute, join, parse as parsePath, relative, resolve } from 'node:path';
import type { BatchResult } from '../batch/index.js';
import type { Progress } from './progress.js';
import { STDIN } from './read.js';

export interface Sink {
  write(result: BatchResult): Promise<void>;
}

async function writeStdout(text: string): Promise<void> {
  if (!process.stdout.write(text)) await once(process.stdout, 'drain');
}

function failureLine(result: BatchResult): string {
  return `xinwen: ${result.source}: ${result.error!.code}: ${result.error!.message}`;
}

/** Each result as one JSON line: `{ source, article }` or `{ source, error: { code, message } }`. */
export function jsonLines(): Sink {
  return { write: (result) => writeStdout(JSON.stringify(result) + '\n') };
}

/** The article as indented JSON (one input); a failure goes to stderr. */
export function prettyJson(progress: Progress): Sink {
  return {
    async write(result) {
      if (result.error) progress.log(failureLine(result));
      else await writeStdout(JSON.stringify(result.article, null, 2) + '\n');
    },
  };
}

/** The clean text of each article, after a `==> source <==` line when there are several; failures go to stderr. */
export function plainText(progress: Progress, several: boolean): Sink {
  return {
    async write(result) {
      if (result.error) progress.log(failureLine(result));
      else await writeStdout((several ? `==> ${result.source} <==\n` : '') + result.article.text + '\n');
    },
  };
}

/**
 * The file a result is written to under `dir`: the input's path relative to the working directory
 * (its full path when it lies outside), plus `.json`, so the tree of inputs is mirrored and two
 * inputs never share a file.
 */
export function outputFileFor(dir: string, source: string): string {
  if (source === STDIN) return join(dir, 'stdin.json');
  const absolute = resolve(source);
  const inside = relative(process.cwd(), absolute);
  const name = inside !== '' && !inside.startsWith('..') && !isAbsolute(inside) ? inside : absolute.slice(parsePath(absolute).root.length);
  return join(dir, name + '.json');
}

/** One indented JSON file per input under `dir` (failures too, as `{ source, error }`); failures are also reported on stderr. */
export function jsonFiles(dir: string, progress: Progress): Sink {
  return {
    async write(result) {
      const file = outputFileFor(dir, result.source);
      await mkdir(dirname(file), { recursive: true });
      await writeFile(file, JSON.stringify(result, null, 2) + '\n');
      if (result.error) progress.log(failureLine(result));
    },
  };
}
