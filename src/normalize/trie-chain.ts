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

/** One step of the chain: its trie, and what each UTF-16 unit may begin in it. */
interface ChainStep {
  trie: Trie;
  /** NO_KEY, ONE_UNIT_KEY or LONGER_KEY by unit (an astral key begins with its high surrogate, a longer key). */
  startUnits: Uint8Array;
  /** For a unit whose only key is itself: the trie's replacement for it. */
  oneUnitValues: string[];
}

const NO_KEY = 0;
/** The unit is a key, and no longer key begins with it: the trie's answer there is known without asking. */
const ONE_UNIT_KEY = 1;
/** A key of two or more units begins with the unit: the trie is asked. */
const LONGER_KEY = 2;

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

/**
 * What each unit begins among the keys of a group's dictionaries (`source target|source target|…`): a key of
 * one unit only, or a longer key; null for dictionaries in another form.
 */
function startUnitsOf(group: Group): Uint8Array | null {
  const units = new Uint8Array(65536);
  for (const dict of group) {
    if (typeof dict !== 'string') return null;
    for (let start = 0; start < dict.length; ) {
      let end = dict.indexOf('|', start);
      if (end === -1) end = dict.length;
      const space = dict.indexOf(' ', start);
      if (space > start && space < end) {
        const first = dict.charCodeAt(start);
        units[first] = space - start > 1 ? LONGER_KEY : Math.max(units[first], ONE_UNIT_KEY);
      }
      start = end + 1;
    }
  }
  return units;
}

/** The trie's replacement of each unit that is a key of one unit and begins no longer key, asked once. */
function oneUnitValuesOf(trie: Trie, startUnits: Uint8Array): string[] {
  const values: string[] = [];
  for (let unit = 0; unit < startUnits.length; unit++) {
    if (startUnits[unit] !== ONE_UNIT_KEY) continue;
    const match = trie.matchPrefix(String.fromCharCode(unit), 0);
    // Every such unit is a key, so the trie matches it; were it not, the unit is left to the trie.
    if (match === null) startUnits[unit] = LONGER_KEY;
    else values[unit] = match.value;
  }
  return values;
}

/** `text` through one step: each longest key from the left replaced, the rest copied. */
function convertStep(step: ChainStep, text: string): string {
  const { trie, startUnits, oneUnitValues } = step;
  let out = '';
  let copiedTo = 0;
  for (let at = 0; at < text.length; ) {
    const unit = text.charCodeAt(at);
    const begins = startUnits[unit];
    // A unit no key begins (a low surrogate never does) is passed; opencc-js passes the same characters.
    if (begins === NO_KEY) {
      at++;
      continue;
    }
    let value: string;
    let end: number;
    if (begins === ONE_UNIT_KEY) {
      value = oneUnitValues[unit];
      end = at + 1;
    } else {
      const match = trie.matchPrefix(text, at);
      if (match === null) {
        at++;
        continue;
      }
      value = match.value;
      end = match.end;
    }
    out += text.slice(copiedTo, at) + value;
    copiedTo = at = end;
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
    steps.push({ trie, startUnits, oneUnitValues: oneUnitValuesOf(trie, startUnits) });
  }
  return (text: string) => {
    if (holdsIdeographicDescription(text)) return library()(text);
    let converted = text;
    for (const step of steps) converted = convertStep(step, converted);
    return converted;
  };
}
