/**
 * The language service the stages share: the dict reader (plain-text vocabularies in dict/) and the
 * segmenter (words with part-of-speech tags; which segmenter is chosen by the entry points with
 * `withSegmenter`). segment/, entities/ and boilerplate/ use only this surface, never nodejieba or the
 * file system directly.
 */
export { DictRowCursor, lazy, readDictRows, readDictText } from './dict.js';
export { tagWithOffsets, tagWords } from './words.js';
export type { PositionedWord, TaggedWord } from './words.js';
export { checkSegmenter, withSegmenter } from './segmenter.js';
export { useLeanNodejieba } from './jieba.js';
