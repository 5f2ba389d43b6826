/**
 * Conversion by a converter built for each text over just the dictionary entries found in it, and with it
 * Simplified → Traditional (Taiwan standard) conversion, exactly as opencc-js's `Converter({ from: 'cn',
 * to: 'tw' })` gives it, without holding that converter: its tries (a Map per node over 49,000 phrases, built
 * twice: once to segment, once to convert) cost about 40 MB of heap. Conversion by longest match only ever
 * uses dictionary entries whose source occurs in the text being converted, so for each text this builds
 * the same converter (opencc-js's configuration, its Trie class, the steps of its `Converter`) over just those
 * entries. test/traditional-converter.test.ts checks the result is the full converter's.
 * The entries are kept as an index by first character, a few MB. The pipeline converts short words
 * (names it composes on Traditional pages) and, with `script: 'traditional'`, the article line by line.
 */
import type { Trie } from 'opencc-js';
import { openccToTraditional } from './opencc.js';

type Dict = string;
/** Dictionaries of one trie, in opencc-js's order (an earlier one wins a key). */
export type Group = readonly Dict[];
/** opencc-js's Trie class (each of its builds has its own). */
export type TrieClass = new () => Trie;
interface Config {
  normalizationChain?: readonly Group[];
  segmentation: Group;
  conversionChain: readonly Group[];
}

/**
 * One dictionary's entries as offsets into its own string (`source target|source target|…`, which opencc-js keeps
 * anyway), ordered by the UTF-16 unit their source starts with: 12 bytes an entry, where arrays of strings cost
 * about 100 (the 49,000 phrases of the cn → tw dictionaries would hold 5 MB of heap).
 */
interface DictIndex {
  dict: Dict;
  /** Where each entry starts in `dict`, in dictionary order. */
  starts: Int32Array;
  /** Where each entry's source ends (its space). */
  spaces: Int32Array;
  /** Entry numbers ordered by first unit (dictionary order within a unit). */
  byUnit: Int32Array;
  /** A first unit → where its entries start in `byUnit`. */
  unitStarts: Map<number, number>;
}

const indexes = new Map<Dict, DictIndex>();
/** Room for the entry number in a sort key of (first unit, entry): more entries than any dictionary has. */
const ENTRY_KEYS = 2 ** 24;

function indexOf(dict: Dict): DictIndex {
  const known = indexes.get(dict);
  if (known) return known;
  // Typed arrays from the start, sized by the separators: growing arrays of numbers would be copied as they grow.
  let bound = 1;
  for (let at = dict.indexOf('|'); at !== -1; at = dict.indexOf('|', at + 1)) bound++;
  const starts = new Int32Array(bound);
  const spaces = new Int32Array(bound);
  let count = 0;
  for (let start = 0; start < dict.length; ) {
    let end = dict.indexOf('|', start);
    if (end === -1) end = dict.length;
    const space = dict.indexOf(' ', start);
    if (space > start && space < end) {
      starts[count] = start;
      spaces[count++] = space;
    }
    start = end + 1;
  }
  // Ordered by first unit, then entry number, by the typed array's own numeric sort of (unit, entry) keys: a
  // comparator called from the sort (some 150,000 calls for the phrase dictionary) is most of a cold first use.
  const keys = new Float64Array(count);
  for (let entry = 0; entry < count; entry++) keys[entry] = dict.charCodeAt(starts[entry]) * ENTRY_KEYS + entry;
  keys.sort();
  const byUnit = new Int32Array(count);
  const unitStarts = new Map<number, number>();
  for (let at = 0; at < count; at++) {
    const unit = Math.floor(keys[at] / ENTRY_KEYS);
    byUnit[at] = keys[at] - unit * ENTRY_KEYS;
    if (at === 0 || unit !== dict.charCodeAt(starts[byUnit[at - 1]])) unitStarts.set(unit, at);
  }
  const index = { dict, starts: starts.subarray(0, count), spaces: spaces.subarray(0, count), byUnit, unitStarts };
  indexes.set(dict, index);
  return index;
}

/** Whether the source of `entry` stands in `text` at `at`. */
function sourceAt(index: DictIndex, entry: number, text: string, at: number): boolean {
  const { dict } = index;
  const from = index.starts[entry];
  const length = index.spaces[entry] - from;
  if (at + length > text.length) return false;
  for (let i = 1; i < length; i++) if (dict.charCodeAt(from + i) !== text.charCodeAt(at + i)) return false;
  return true;
}

/** The entries of `dict` whose source occurs in `text`, in the dictionary's order, as a dictionary string ('' for none). */
function entriesIn(dict: Dict, text: string): Dict {
  const index = indexOf(dict);
  const { byUnit, unitStarts, starts } = index;
  const found = new Set<number>();
  for (let at = 0; at < text.length; at++) {
    const unit = text.charCodeAt(at);
    const first = unitStarts.get(unit);
    if (first === undefined) continue;
    for (let k = first; k < byUnit.length && dict.charCodeAt(starts[byUnit[k]]) === unit; k++) {
      if (sourceAt(index, byUnit[k], text, at)) found.add(byUnit[k]);
    }
  }
  const entryEnd = (entry: number) => {
    const end = dict.indexOf('|', index.spaces[entry]);
    return end === -1 ? dict.length : end;
  };
  return [...found].sort((a, b) => a - b).map((entry) => dict.slice(starts[entry], entryEnd(entry))).join('|');
}

/** A group with each dictionary cut down to the entries found in `text`; empty dictionaries dropped (they add nothing). */
function groupIn(group: Group, text: string): Dict[] {
  return group.map((dict) => entriesIn(dict, text)).filter((dict) => dict !== '');
}

const CONFIG_NAME = 's2tw';

function fullConfig(): Config {
  const config = (openccToTraditional().Locale.configs as unknown as Record<string, Config | undefined>)[CONFIG_NAME];
  if (!config) throw new Error(`opencc-js has no ${CONFIG_NAME} configuration`);
  return config;
}

/** A trie of opencc-js over `group` (its own class: later dictionaries of a group give way to earlier ones). */
function trieOf(group: Group, trieClass: TrieClass = openccToTraditional().Trie): Trie {
  const trie = new trieClass();
  trie.loadDictGroup(group);
  return trie;
}

/** The normalisation steps in turn (what opencc-js's ConverterFactory does with them). */
function normalize(chain: readonly Group[], text: string): string {
  let normalized = text;
  for (const group of chain) normalized = trieOf(group).convert(normalized);
  return normalized;
}

/**
 * `text` through the tries of `groups` in turn, as opencc-js's `ConverterFactory(...groups)` converts it, each
 * trie built over just the entries of its group found in its input (a group with none leaves the text as it is).
 */
export function convertByGroups(groups: readonly Group[], text: string, trieClass: TrieClass): string {
  let converted = text;
  for (const group of groups) {
    const found = groupIn(group, converted);
    if (found.length > 0) converted = trieOf(found, trieClass).convert(converted);
  }
  return converted;
}

/**
 * `text` in Traditional characters (Taiwan standard), as opencc-js's cn → tw converter writes it: what its
 * `Converter` does with the configuration (normalise, cut into the segmentation dictionary's phrases, run
 * each phrase through every conversion step in turn), each step's dictionaries cut down to what the step's
 * input holds (an entry found only across two phrases is kept and never matches, as in the full converter).
 */
export function toTaiwanTraditional(text: string): string {
  const full = fullConfig();
  const normalization = (full.normalizationChain ?? []).map((group) => groupIn(group, text)).filter((group) => group.length > 0);
  const normalized = normalize(normalization, text);
  let pieces = trieOf(groupIn(full.segmentation, normalized)).segment(normalized);
  for (const step of full.conversionChain) {
    const trie = trieOf(groupIn(step, pieces.join('')));
    pieces = pieces.map((piece) => trie.convert(piece));
  }
  return pieces.join('');
}
