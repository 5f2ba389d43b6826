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

function loadNodejieba(): NodeJieba {
  const requireFromHere = createRequire(import.meta.url);
  try {
    const loaded = requireFromHere('nodejieba') as NodeJieba & { default?: NodeJieba };
    return typeof loaded.cut === 'function' ? loaded : (loaded.default as NodeJieba);
  } catch (error) {
    throw new XinwenError(
      'E_NATIVE',
      'nodejieba (the native segmenter xinwen uses) could not be loaded; reinstall with install scripts allowed ' +
        '(npm 11: add "allowScripts": { "nodejieba": true } to package.json) and a C++ toolchain available',
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

/** jieba's words; `hmm` false keeps to dictionary words. */
export function jiebaCut(text: string, hmm = true): string[] {
  return text === '' ? [] : jieba().cut(text, hmm);
}
