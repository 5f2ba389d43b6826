/**
 * The CLI's inputs as a list of names, in the order given: files, `-` (standard input) anywhere
 * among them, the files under directories (with -r), and the entries of a list file.
 */
import { readFile, readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { STDIN } from './read.js';

/** A mistake on the command line: reported once, exit code 2. */
export class UsageError extends Error {}

/**
 * The files under `dir`, depth first in name order. Hidden entries (.git, .DS_Store) are skipped,
 * symbolic links to directories are not followed (they could loop), and an explicit stack keeps
 * deep trees from exhausting the call stack.
 */
async function filesUnder(dir: string): Promise<string[]> {
  const files: string[] = [];
  const stack = [dir];
  while (stack.length > 0) {
    const current = stack.pop()!;
    const entries = (await readdir(current, { withFileTypes: true }))
      .filter((entry) => !entry.name.startsWith('.'))
      .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    const subdirectories: string[] = [];
    for (const entry of entries) {
      const path = join(current, entry.name);
      if (entry.isDirectory()) subdirectories.push(path);
      else if (entry.isFile() || (entry.isSymbolicLink() && (await stat(path).catch(() => null))?.isFile())) files.push(path);
    }
    // files of a directory come before its subdirectories; subdirectories in name order
    for (let i = subdirectories.length - 1; i >= 0; i--) stack.push(subdirectories[i]);
  }
  return files;
}

/** Paths in a list file: one a line, blank lines and lines starting with # skipped, relative to the working directory. */
async function readList(listFile: string, readStdin: () => Promise<Uint8Array>): Promise<string[]> {
  let text: string;
  try {
    text = listFile === STDIN ? Buffer.from(await readStdin()).toString('utf8') : await readFile(listFile, 'utf8');
  } catch (error) {
    throw new UsageError(`--from-list ${listFile}: ${(error as Error).message}`);
  }
  return text.split(/\r?\n/).map((line) => line.trim()).filter((line) => line !== '' && !line.startsWith('#'));
}

export interface SourceFlags {
  recursive?: boolean;
  fromList?: string;
}

/**
 * Expands the command line into the inputs to parse. A path that cannot be read stays in the list:
 * it fails in its turn, with a result of its own, so results match inputs one to one.
 */
export async function collectSources(args: string[], flags: SourceFlags, readStdin: () => Promise<Uint8Array>): Promise<string[]> {
  const sources: string[] = [];
  for (const arg of args) {
    const info = flags.recursive && arg !== STDIN ? await stat(arg).catch(() => null) : null;
    if (info?.isDirectory()) {
      let files: string[];
      try {
        files = await filesUnder(arg);
      } catch (error) {
        throw new UsageError(`-r ${arg}: ${(error as Error).message}`);
      }
      for (const file of files) sources.push(file);
    } else sources.push(arg);
  }
  if (flags.fromList !== undefined) for (const path of await readList(flags.fromList, readStdin)) sources.push(path);
  if (sources.filter((source) => source === STDIN).length + (flags.fromList === STDIN ? 1 : 0) > 1) {
    throw new UsageError('standard input (-) can be read only once');
  }
  return sources;
}
