/**
 * Simplified → Traditional (Taiwan standard) conversion, exactly as opencc-js's `Converter({ from: 'cn',
 * to: 'tw' })` gives it, without holding that converter: its tries (a Map per node over 49,000 phrases, built
 * twice: once to segment, once to convert) cost about 40 MB of heap. Conversion by longest match only ever
 * uses dictionary entries whose source occurs in the text being converted, so for each text this builds
 * the same converter (opencc-js's configuration, its Trie class, the steps of its `Converter`) over just those
 * entries. test/traditional-converter.test.ts checks the result is the full converter's.
 * The entries are kept as an index by first character, a few MB. The pipeline converts short words
 * (names it composes on Traditional pages) and, with `script: 'traditional'`, the article line by line.
 */
import * as OpenCC from 'opencc-js';

type Dict = string;
type Group = readonly Dict[];
interface Config {
  normalizationChain?: readonly Group[];
  segmentation: Group;
  conversionChain: readonly Group[];
}

/** One dictionary's entries, by the UTF-16 unit their source starts with. */
interface DictIndex {
  sources: string[];
  targets: string[];
  byFirstUnit: Map<number, number[]>;
}

const indexes = new Map<Dict, DictIndex>();

function indexOf(dict: Dict): DictIndex {
  let index = indexes.get(dict);
  if (index) return index;
  index = { sources: [], targets: [], byFirstUnit: new Map() };
  for (const entry of dict.split('|')) {
    const space = entry.indexOf(' ');
    if (space <= 0) continue;
    const at = index.sources.length;
    index.sources.push(entry.slice(0, space));
    index.targets.push(entry.slice(space + 1));
    const unit = entry.charCodeAt(0);
    const list = index.byFirstUnit.get(unit);
    if (list) list.push(at);
    else index.byFirstUnit.set(unit, [at]);
  }
  indexes.set(dict, index);
  return index;
}

/** The entries of `dict` whose source occurs in `text`, in the dictionary's order, as a dictionary string ('' for none). */
function entriesIn(dict: Dict, text: string): Dict {
  const { sources, targets, byFirstUnit } = indexOf(dict);
  const found = new Set<number>();
  for (let at = 0; at < text.length; at++) {
    for (const entry of byFirstUnit.get(text.charCodeAt(at)) ?? []) if (text.startsWith(sources[entry], at)) found.add(entry);
  }
  return [...found].sort((a, b) => a - b).map((entry) => `${sources[entry]} ${targets[entry]}`).join('|');
}

/** A group with each dictionary cut down to the entries found in `text`; empty dictionaries dropped (they add nothing). */
function groupIn(group: Group, text: string): Dict[] {
  return group.map((dict) => entriesIn(dict, text)).filter((dict) => dict !== '');
}

const CONFIG_NAME = 's2tw';

function fullConfig(): Config {
  const config = (OpenCC.Locale.configs as unknown as Record<string, Config | undefined>)[CONFIG_NAME];
  if (!config) throw new Error(`opencc-js has no ${CONFIG_NAME} configuration`);
  return config;
}

/** A trie of opencc-js over `group` (its own class: later dictionaries of a group give way to earlier ones). */
function trieOf(group: Group): OpenCC.Trie {
  const trie = new OpenCC.Trie();
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
