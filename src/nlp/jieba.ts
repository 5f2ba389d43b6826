/**
 * The nodejieba backend: the process's one nodejieba handle, loaded on first use, its mixed (HMM) cut,
 * and the dictionary files its tagger reads tags from (nlp/pos.ts reads the same files).
 * Nothing outside src/nlp/ touches nodejieba; stages go through `tagWords` (nlp/words.ts).
 *
 * nodejieba keeps one dictionary per process (per thread), shared with any host application that also uses
 * it (its API has no per-instance dictionary and no way to remove a word). xinwen therefore never
 * changes it: it calls neither `load()` nor `insertWord()`, so the host's configuration stays as the
 * host set it. The one exception is the lean load (`useLeanNodejieba`), only in threads xinwen owns or
 * where the user asks for it. The flip side: a host that loaded its own dictionaries before xinwen's first call
 * makes xinwen segment with them (the tags still come from nodejieba's default dictionary files).
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { XinwenError } from '../errors.js';

/** The slice of nodejieba's API xinwen uses: read-only calls, the lean load, and where its default dictionaries are. */
interface NodeJieba {
  load(paths: { idfDict?: string }): boolean;
  cut(text: string, hmm: boolean): string[];
  tag(text: string): { word: string; tag: string }[];
  DEFAULT_DICT?: string;
  DEFAULT_USER_DICT?: string;
}

// Loaded on first use because loading costs about a second and 240 MB; nodejieba's own lazy default
// load runs on the first call, never an explicit `load()`.
let handle: NodeJieba | undefined;

// nodejieba's first call also loads the IDF table of its keyword extraction (`extract`), which xinwen never calls:
// about 170 ms and 19 MB of a ~1 s, ~270 MB load. Where xinwen owns the thread (its batch workers, and so the CLI,
// which parses on them), or where the user asks for it (XINWEN_LEAN_JIEBA=1), nodejieba is loaded with a one-word
// table instead. Never by default in a caller's process: that would break a host application's own `extract`.
let lean = process.env.XINWEN_LEAN_JIEBA === '1';

/**
 * Loads nodejieba in this thread without its keyword table, if it is not loaded yet: for threads xinwen owns
 * (nodejieba keeps one dictionary per thread, so the choice stays in the thread).
 */
export function useLeanNodejieba(): void {
  lean = true;
}

/** A one-line IDF file (cppjieba's format has no comments and needs a line), written for the load and removed after. */
function loadWithoutKeywordTable(nodejieba: NodeJieba): void {
  let folder: string | undefined;
  try {
    folder = mkdtempSync(join(tmpdir(), 'xinwen-jieba-'));
    const idfDict = join(folder, 'idf.utf8');
    writeFileSync(idfDict, '新闻 1\n');
    nodejieba.load({ idfDict });
  } catch {
    // no writable temporary folder: nodejieba loads its own table on the first call, as by default
  } finally {
    if (folder) rmSync(folder, { recursive: true, force: true });
  }
}

/**
 * nodejieba, loaded and proven to work. Every way its native addon can be missing or broken becomes
 * `E_NATIVE`: the package absent (require throws), the addon not built (`npm install --ignore-scripts`:
 * nodejieba's require succeeds and its first call throws BINDING_NOT_FOUND), or built for another
 * Node (the first call fails to dlopen). So the first call is made here, inside the same guard.
 */
function loadNodejieba(): NodeJieba {
  const requireFromHere = createRequire(import.meta.url);
  try {
    const loaded = requireFromHere('nodejieba') as NodeJieba & { default?: NodeJieba };
    const usable = typeof loaded.cut === 'function' ? loaded : (loaded.default as NodeJieba);
    if (lean) loadWithoutKeywordTable(usable);
    usable.cut('新闻', true);
    return usable;
  } catch (error) {
    const reason = error instanceof Error ? ((error as NodeJS.ErrnoException).code ?? error.message) : String(error);
    throw new XinwenError(
      'E_NATIVE',
      `nodejieba (the native segmenter xinwen uses) could not be loaded (${reason}); reinstall with install scripts allowed ` +
        '(npm 11: add "allowScripts": { "nodejieba": true } to package.json) and a C++ toolchain available, or run `npm rebuild nodejieba`',
      { cause: error },
    );
  }
}

/** nodejieba's words, HMM on (so unknown words are joined): the words its `tag` would give. */
export function nodejiebaCut(text: string): string[] {
  handle ??= loadNodejieba();
  return handle.cut(text, true);
}

/** nodejieba's words with their tags (its `tag`: the same words as `nodejiebaCut`, tagged from its dictionary). */
export function nodejiebaTag(text: string): { word: string; tag: string }[] {
  handle ??= loadNodejieba();
  return handle.tag(text);
}

/**
 * nodejieba's default dictionary and user dictionary files, the ones its tagger reads tags from.
 * Found from the package folder without loading nodejieba, so a caller's own segmenter can borrow the
 * tags while nodejieba stays unloaded.
 */
export function nodejiebaDictionaryFiles(): { dictionary: string; userDictionary: string } {
  if (handle?.DEFAULT_DICT && handle.DEFAULT_USER_DICT) return { dictionary: handle.DEFAULT_DICT, userDictionary: handle.DEFAULT_USER_DICT };
  try {
    const folder = join(dirname(createRequire(import.meta.url).resolve('nodejieba/package.json')), 'submodules', 'cppjieba', 'dict');
    return { dictionary: join(folder, 'jieba.dict.utf8'), userDictionary: join(folder, 'user.dict.utf8') };
  } catch (error) {
    throw new XinwenError('E_NATIVE', 'nodejieba is not installed, and its dictionary gives xinwen its part-of-speech tags; reinstall xinwen', { cause: error });
  }
}
