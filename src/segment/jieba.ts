import { createRequire } from 'node:module';
import { readDictRows } from '../dict.js';
import { XinwenError } from '../errors.js';

/** The slice of nodejieba's API xinwen uses. */
interface NodeJieba {
  cut(text: string, hmm?: boolean): string[];
  tag(text: string): Array<{ word: string; tag: string }>;
  insertWord(word: string, tag?: string): boolean;
}

/** A word and its part-of-speech tag, as jieba returns them. */
export interface TaggedWord {
  word: string;
  tag: string;
}

// The one nodejieba handle of the process. It is loaded on first use because loading costs
// about a second and 240 MB; its own lazy default load is used, never `load()`, so a host
// application that configured nodejieba keeps its dictionaries.
let handle: NodeJieba | undefined;

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
    usable.cut('新闻', false);
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

/** Adds dict/news-words.txt entries that jieba does not already keep whole. */
function insertNewsWords(jieba: NodeJieba): void {
  for (const [word, tag] of readDictRows('news-words.txt')) {
    if (jieba.cut(word, false).length > 1) jieba.insertWord(word, tag);
  }
}

function jieba(): NodeJieba {
  if (!handle) {
    const loaded = loadNodejieba();
    insertNewsWords(loaded);
    handle = loaded;
  }
  return handle;
}

/** jieba's words with part-of-speech tags (HMM on, so unknown words are joined). */
export function jiebaTag(text: string): TaggedWord[] {
  return text === '' ? [] : jieba().tag(text);
}

/** A jieba word with its tag and its offsets in the text it was cut from. */
export interface PositionedWord extends TaggedWord {
  start: number;
  end: number;
}

/** jieba's words over `text[start, end)`, with offsets into `text`. */
export function tagWithOffsets(text: string, start = 0, end = text.length): PositionedWord[] {
  const words: PositionedWord[] = [];
  let cursor = start;
  for (const { word, tag } of jiebaTag(text.slice(start, end))) {
    // jieba returns the input's characters in order, so each word sits at the cursor.
    const at = text.startsWith(word, cursor) ? cursor : text.indexOf(word, cursor);
    if (at === -1 || at + word.length > end) break;
    words.push({ word, tag, start: at, end: at + word.length });
    cursor = at + word.length;
  }
  return words;
}
