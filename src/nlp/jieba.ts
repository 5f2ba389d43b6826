/**
 * The nodejieba backend: the process's one nodejieba handle, loaded on first use, and its tagger.
 * Nothing outside src/nlp/ touches nodejieba; stages go through `tagWords` (nlp/words.ts).
 *
 * nodejieba keeps one dictionary per process, shared with any host application that also uses it
 * (its API has no per-instance dictionary and no way to remove a word). xinwen therefore never
 * changes it: it calls neither `load()` nor `insertWord()`, so the host's configuration stays as the
 * host set it. The flip side: a host that loaded its own dictionaries before xinwen's first call
 * makes xinwen segment with them.
 */
import { createRequire } from 'node:module';
import { XinwenError } from '../errors.js';

/** A word and its part-of-speech tag, as jieba returns them. */
export interface TaggedWord {
  word: string;
  tag: string;
}

/** The slice of nodejieba's API xinwen uses: read-only calls. */
interface NodeJieba {
  tag(text: string): TaggedWord[];
}

// Loaded on first use because loading costs about a second and 240 MB; nodejieba's own lazy default
// load runs on the first call, never an explicit `load()`.
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
    const usable = typeof loaded.tag === 'function' ? loaded : (loaded.default as NodeJieba);
    usable.tag('新闻');
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

/** nodejieba's words with part-of-speech tags (HMM on, so unknown words are joined). */
export function nodejiebaTag(text: string): TaggedWord[] {
  handle ??= loadNodejieba();
  return handle.tag(text);
}
