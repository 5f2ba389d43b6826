/**
 * opencc-js's `ConverterFactory(...groups)` conversion, step for step, with a table of the UTF-16 units each
 * step's keys begin with. opencc-js asks its trie at every character of the text (a code point read, a Map
 * look-up, the ideographic description check), though on a Traditional page most characters begin no key of a
 * step; here a character no key begins is passed with one table read, and the trie is asked (its own
 * `matchPrefix`) only where a key may begin. The tries are opencc-js's own, built from the same groups, so every
 * match is the one opencc-js makes.
 */
import type { Trie } from 'opencc-js';
import type { Group, TrieClass } from './traditional.js';

/** One step of the chain: its trie, and the units its keys begin with (an astral key by its high surrogate). */
interface ChainStep {
  trie: Trie;
  startUnits: Uint8Array;
}

// opencc-js moves past an ideographic description sequence (⿰ and the characters it composes) as one
// character; a text holding one is left to opencc-js's own converter.
const IDEOGRAPHIC_DESCRIPTION_FIRST = 0x2ff0;
const IDEOGRAPHIC_DESCRIPTION_LAST = 0x2fff;

function holdsIdeographicDescription(text: string): boolean {
  for (let at = 0; at < text.length; at++) {
    const unit = text.charCodeAt(at);
    if (unit >= IDEOGRAPHIC_DESCRIPTION_FIRST && unit <= IDEOGRAPHIC_DESCRIPTION_LAST) return true;
  }
  return false;
}

/** The units the keys of a group's dictionaries (`source target|source target|…`) begin with; null for another form. */
function startUnitsOf(group: Group): Uint8Array | null {
  const units = new Uint8Array(65536);
  for (const dict of group) {
    if (typeof dict !== 'string') return null;
    for (let start = 0; start < dict.length; ) {
      let end = dict.indexOf('|', start);
      if (end === -1) end = dict.length;
      if (end > start) units[dict.charCodeAt(start)] = 1;
      start = end + 1;
    }
  }
  return units;
}

/** `text` through one step: each longest key from the left replaced, the rest copied. */
function convertStep(step: ChainStep, text: string): string {
  const { trie, startUnits } = step;
  let out = '';
  let copiedTo = 0;
  for (let at = 0; at < text.length; ) {
    // A unit no key begins (a low surrogate never does) is passed; opencc-js passes the same characters.
    if (startUnits[text.charCodeAt(at)] === 0) {
      at++;
      continue;
    }
    const match = trie.matchPrefix(text, at);
    if (match === null) {
      at++;
      continue;
    }
    out += text.slice(copiedTo, at) + match.value;
    copiedTo = at = match.end;
  }
  return copiedTo === 0 ? text : out + text.slice(copiedTo);
}

/**
 * A converter equal to opencc-js's `ConverterFactory(...groups)` (`groups` as it takes its arguments apart), or
 * null when a dictionary is not in the string form this reads. `library` converts the texts this leaves to it.
 */
export function trieChainConverter(groups: readonly Group[], trieClass: TrieClass, library: () => (text: string) => string): ((text: string) => string) | null {
  const steps: ChainStep[] = [];
  for (const group of groups) {
    const startUnits = startUnitsOf(group);
    if (startUnits === null) return null;
    const trie = new trieClass();
    trie.loadDictGroup(group);
    steps.push({ trie, startUnits });
  }
  return (text: string) => {
    if (holdsIdeographicDescription(text)) return library()(text);
    let converted = text;
    for (const step of steps) converted = convertStep(step, converted);
    return converted;
  };
}
