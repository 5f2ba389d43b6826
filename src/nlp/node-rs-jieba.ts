/**
 * The @node-rs/jieba backend (an optional peer dependency): jieba-rs through N-API, prebuilt, about
 * half of nodejieba's cut time and a third of its memory, and freed with its worker thread. Loaded on
 * first use from the caller's install; one instance per process (or worker), built from the package's
 * own dictionary, whose bytes also give the part-of-speech tags (nlp/pos.ts).
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { XinwenError } from '../errors.js';

/** The slice of @node-rs/jieba's API xinwen uses. */
interface RsJiebaModule {
  Jieba: { withDict(dictionary: Uint8Array): RsJieba };
}
interface RsJieba {
  cut(text: string, hmm: boolean): string[];
}

let handle: { jieba: RsJieba; dictionary: Uint8Array } | undefined;

function loadRsJieba(): { jieba: RsJieba; dictionary: Uint8Array } {
  const requireFromHere = createRequire(import.meta.url);
  try {
    const loaded = requireFromHere('@node-rs/jieba') as RsJiebaModule;
    // Its `dict` export also reads the 6 MB keyword file xinwen does not use: read the dictionary alone.
    const dictionary = readFileSync(join(dirname(requireFromHere.resolve('@node-rs/jieba/package.json')), 'dict.txt'));
    const jieba = loaded.Jieba.withDict(dictionary);
    jieba.cut('新闻', true);
    return { jieba, dictionary };
  } catch (error) {
    const reason = error instanceof Error ? ((error as NodeJS.ErrnoException).code ?? error.message) : String(error);
    throw new XinwenError(
      'E_NATIVE',
      `the segmenter 'node-rs-jieba' needs the optional package @node-rs/jieba, which could not be loaded (${reason}); ` +
        'install it beside xinwen (`npm install @node-rs/jieba`), or leave out the `segmenter` option to use nodejieba',
      { cause: error },
    );
  }
}

/** @node-rs/jieba's words, HMM on. */
export function rsJiebaCut(text: string): string[] {
  handle ??= loadRsJieba();
  return handle.jieba.cut(text, true);
}

/** The dictionary @node-rs/jieba segments with (loading it if need be), for its tags. */
export function rsJiebaDictionary(): Uint8Array {
  handle ??= loadRsJieba();
  return handle.dictionary;
}
