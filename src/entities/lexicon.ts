/**
 * The entity vocabularies, built once from dict/ through the nlp service: surnames and given-name
 * statistics, title heads and modifiers, organisation words and suffixes, honorifics, name followers,
 * and the place gazetteer with its short forms; plus the index of how words start that answers
 * "which listed word starts here".
 */
import { lazy, readDictRows, tagWords, type TaggedWord } from '../nlp/index.js';
import type { OrganizationType, PlaceType } from '../types.js';

/** How a title head relates to the organisation before it (see dict/title-heads.txt). */
export type HeadKind = 'party' | 'government' | 'other';
/** What a piece of a title's organisation is (see dict/org-words.txt). */
export type OrgWordKind = 'level' | 'party' | 'body' | 'scope';
/** Administrative level of a gazetteer place. */
export type PlaceLevel = Extract<PlaceType, 'country' | 'province' | 'city' | 'county'>;

/**
 * Words grouped by how they start, each group longest first: by the UTF-16 code of the first character (one
 * bit read, since most characters start no listed word, from a bitmap small enough to stay in the nearest
 * cache), then by the first two codes (one bit of their hash read, then a slot of a flat table: so a place name
 * starting 新 is tried only where 新 and its next character stand); a word of one character by its code alone.
 */
export interface WordIndex {
  /** One bit per UTF-16 code: set where some word starts with it. */
  starting: Int32Array;
  /** One bit per hash of the first two codes of every word of two characters or more (see `pairHash`). */
  startingPairs: Int32Array;
  /** One bit per UTF-16 code: set where it is a word of one character. */
  single: Int32Array;
  /**
   * The first two codes of the words, an open-addressing table (a power of two long, at most half full) probed
   * from the top bits of their hash (`pairShift`): the two codes as one number per slot, and 1 + the index in
   * `groups` of the words starting with them (0 for an empty slot). Two arrays of numbers, where a map per first
   * code cost a hashed look-up of its own on every offset the bits let through.
   */
  pairKeys: Int32Array;
  pairGroups: Int32Array;
  pairShift: number;
  /** The words of two characters or more with the same first two codes, longest first. */
  groups: ReadonlyArray<readonly string[]>;
}

/**
 * One bit per UTF-16 code (8 KB), for a scan that asks of every character whether it is one of a few: a table of a
 * byte per code is 64 KB, and the Chinese characters of a text fall on a different one of its cache lines almost
 * every time, each a wait on memory when the segmenter has just pushed the table out of the caches; a bit set
 * keeps the whole of the Han block in about forty lines.
 */
export function codeBits(codes: Iterable<number> = []): Int32Array {
  const bits = new Int32Array(0x10000 >> 5);
  for (const code of codes) setCodeBit(bits, code);
  return bits;
}

/** The codes marked 1 in `table` (a byte per UTF-16 code, as unitsMatching gives) as a bit set. */
export function codeBitsOfTable(table: Uint8Array): Int32Array {
  const bits = codeBits();
  for (let code = 0; code < table.length; code++) if (table[code] === 1) setCodeBit(bits, code);
  return bits;
}

/**
 * The UTF-16 unit at `at` of `text`, NaN outside it, as `text.charCodeAt(at)` gives, but read only inside the text:
 * once V8 has seen a charCodeAt go past either end in a function, that function runs on a slower path for every
 * read after (a scan of the entity stage at about half speed), so a read that may fall outside goes through here.
 */
export function unitAt(text: string, at: number): number {
  return at >= 0 && at < text.length ? text.charCodeAt(at) : NaN;
}

/** Whether the bit of `code` is set in `bits` (see codeBits). */
export function hasCodeBit(bits: Int32Array, code: number): boolean {
  return (bits[code >> 5] & (1 << (code & 31))) !== 0;
}

/** Sets the bit of `code` in `bits`. */
export function setCodeBit(bits: Int32Array, code: number): void {
  bits[code >> 5] |= 1 << (code & 31);
}

/** Clears the bit of `code` in `bits`. */
export function clearCodeBit(bits: Int32Array, code: number): void {
  bits[code >> 5] &= ~(1 << (code & 31));
}

/** Indexes words by how they start, for `wordStartingAt`. */
export function indexWordStarts(words: Iterable<string>): WordIndex {
  const list = Array.from(words);
  // Set with each new first character (a pass over all 65,536 codes after would cost more than the words, cold).
  const starting = new Int32Array(0x10000 >> 5);
  const startingPairs = new Int32Array(0x10000 >> 5);
  const single = new Int32Array(0x10000 >> 5);
  const groupOfPair = new Map<number, string[]>();
  for (const word of list) {
    if (word.length === 0) continue;
    const first = word.charCodeAt(0);
    starting[first >> 5] |= 1 << (first & 31);
    if (word.length === 1) {
      single[first >> 5] |= 1 << (first & 31);
      continue;
    }
    const key = pairKey(first, word.charCodeAt(1));
    const bit = pairHash(key) >>> 16;
    startingPairs[bit >> 5] |= 1 << (bit & 31);
    const group = groupOfPair.get(key);
    if (group) group.push(word);
    else groupOfPair.set(key, [word]);
  }
  let size = 16;
  while (size < 2 * groupOfPair.size) size *= 2;
  const pairKeys = new Int32Array(size);
  const pairGroups = new Int32Array(size);
  const pairShift = 32 - Math.log2(size);
  const groups: string[][] = [];
  for (const [key, group] of groupOfPair) {
    group.sort((a, b) => b.length - a.length);
    groups.push(group);
    let slot = pairHash(key) >>> pairShift;
    while (pairGroups[slot] !== 0) slot = (slot + 1) & (size - 1);
    pairKeys[slot] = key;
    pairGroups[slot] = groups.length;
  }
  return { starting, startingPairs, single, pairKeys, pairGroups, pairShift, groups };
}

/**
 * Words by their last UTF-16 unit, for reading right to left, each group in the order the words were given: a bit
 * per code where some word ends (most units end none: one read), and per word the unit before its last, so a word
 * is compared with the text only where that unit stands too (-1 for a word of one unit).
 */
export interface WordEnds<T> {
  lastUnits: Int32Array;
  groups: Map<number, WordEndGroup<T>>;
}

/** The words of a WordEnds that end with one unit, with a value each. */
export interface WordEndGroup<T> {
  words: string[];
  values: T[];
  beforeLast: number[];
}

/** Indexes `[word, value]` entries by the word's last unit (see WordEnds). */
export function indexWordEnds<T>(entries: Iterable<readonly [string, T]>): WordEnds<T> {
  const lastUnits = codeBits();
  const groups = new Map<number, WordEndGroup<T>>();
  for (const [word, value] of entries) {
    if (word.length === 0) continue;
    const last = word.charCodeAt(word.length - 1);
    setCodeBit(lastUnits, last);
    let group = groups.get(last);
    if (group === undefined) {
      group = { words: [], values: [], beforeLast: [] };
      groups.set(last, group);
    }
    group.words.push(word);
    group.values.push(value);
    group.beforeLast.push(word.length >= 2 ? word.charCodeAt(word.length - 2) : -1);
  }
  return { lastUnits, groups };
}

/** The words of `index` that end with the unit `code`, or undefined when none does. */
export function wordsEndingWith<T>(index: WordEnds<T>, code: number): WordEndGroup<T> | undefined {
  return hasCodeBit(index.lastUnits, code) ? index.groups.get(code) : undefined;
}

/**
 * Whether the `i`th word of `group` (the group of the unit at `end - 1`) is written in `view` ending at `end`, inside
 * the view (as `start >= 0 && view.startsWith(word, start)`).
 */
export function writtenEndingAt<T>(view: string, end: number, group: WordEndGroup<T>, i: number): boolean {
  const word = group.words[i];
  const start = end - word.length;
  if (start < 0) return false;
  const beforeLast = group.beforeLast[i];
  return (beforeLast === -1 || view.charCodeAt(end - 2) === beforeLast) && view.startsWith(word, start);
}

/** The first two codes of a word as one number. */
const pairKey = (first: number, second: number) => (first << 16) | second;
/** A 32-bit hash of a pair's key: its top 16 bits pick the pair's bit, its top bits its first slot. */
const pairHash = (key: number) => Math.imul(key, 0x9e3779b1);

/** The longest word of `index` that starts at `at` in `text`, or null. Keyed by codes: no strings are made to look. */
export function wordStartingAt(text: string, at: number, index: WordIndex): string | null {
  if (at < 0 || at >= text.length) return null;
  const code = text.charCodeAt(at);
  if ((index.starting[code >> 5] & (1 << (code & 31))) === 0) return null;
  const group = pairGroupAt(text, at, code, index);
  if (group !== undefined) for (const word of group) if (spellsRestAt(text, at, word)) return word;
  // One-character words are shorter than any word of the pair's group: they come last.
  return (index.single[code >> 5] & (1 << (code & 31))) !== 0 ? text[at] : null;
}

/**
 * Whether some word of `index` begins with the unit `code`: wordStartingAt's first test, for a scan that would
 * otherwise call it (or forEachWordStartingAt, with its callback) at every offset, most of which start none.
 */
export function mayStartWord(index: WordIndex, code: number): boolean {
  return (index.starting[code >> 5] & (1 << (code & 31))) !== 0;
}

/** Calls `visit` with every word of `index` that starts at `at` in `text`, longest first. */
export function forEachWordStartingAt(text: string, at: number, index: WordIndex, visit: (word: string) => void): void {
  if (at < 0 || at >= text.length) return;
  const code = text.charCodeAt(at);
  if ((index.starting[code >> 5] & (1 << (code & 31))) === 0) return;
  const group = pairGroupAt(text, at, code, index);
  if (group !== undefined) for (const word of group) if (spellsRestAt(text, at, word)) visit(word);
  if ((index.single[code >> 5] & (1 << (code & 31))) !== 0) visit(text[at]);
}

/**
 * Whether `text` spells `word` from `at`, for a word of the pair group of the two units at `at`: those two are the
 * group's own, so only the units after them are compared (a word of two units needs no comparison), in place, where
 * startsWith is a call into the runtime for every word of the group.
 */
function spellsRestAt(text: string, at: number, word: string): boolean {
  if (at + word.length > text.length) return false;
  for (let i = 2; i < word.length; i++) if (text.charCodeAt(at + i) !== word.charCodeAt(i)) return false;
  return true;
}

/** The words of two characters or more starting with the characters at `at` and after (the first is `code`). */
function pairGroupAt(text: string, at: number, code: number, index: WordIndex): readonly string[] | undefined {
  if (at + 1 >= text.length) return undefined;
  const key = pairKey(code, text.charCodeAt(at + 1));
  const hash = pairHash(key);
  const bit = hash >>> 16;
  if ((index.startingPairs[bit >> 5] & (1 << (bit & 31))) === 0) return undefined;
  const { pairKeys, pairGroups } = index;
  const mask = pairKeys.length - 1;
  for (let slot = hash >>> index.pairShift; pairGroups[slot] !== 0; slot = (slot + 1) & mask) {
    if (pairKeys[slot] === key) return index.groups[pairGroups[slot] - 1];
  }
  return undefined;
}

/** Surnames with their corpus frequency; compound surnames (欧阳) are two characters. */
/** How often a surname must occur in dict/surnames.txt to count as a common one (李, 曲), not a word (由, 把). */
export const COMMON_SURNAME = 30;

export const surnames = lazy(() => {
  const frequency = new Map<string, number>();
  for (const [name, tf] of readDictRows('surnames.txt')) frequency.set(name, Number(tf) || 1);
  return frequency;
});

/** How often a character stands first (C), second (D) or alone (E) in given names. */
export const givenNameChars = lazy(() => {
  const counts = new Map<string, { first: number; second: number; single: number }>();
  for (const [ch, c, d, e] of readDictRows('given-name-chars.txt')) {
    counts.set(ch, { first: Number(c), second: Number(d), single: Number(e) });
  }
  return counts;
});

/** Modifiers that sit between an organisation and a head (副书记, 常务副市长, 代市长, 第一书记, 署理行政长官), longest first. */
export const TITLE_MODIFIERS = ['常务副', '常务', '第一', '执行', '名誉', '署理', '代理', '助理', '副', '代', '原', '前'];

/** Title heads, longest first, with their kind, the heads that name a role (see dict/title-heads.txt), and indexed by how they start. */
export const titleHeads = lazy(() => {
  const kinds = new Map<string, HeadKind>();
  const roles = new Set<string>();
  for (const [head, kind, role] of readDictRows('title-heads.txt')) {
    kinds.set(head, kind as HeadKind);
    if (role === 'role') roles.add(head);
  }
  const ends = indexWordEnds([...kinds.keys()].map((head) => [head, head.length] as const));
  return { kinds, roles, ordered: [...kinds.keys()].sort((a, b) => b.length - a.length), starts: indexWordStarts(kinds.keys()), ends };
});

/**
 * Words that read like names but name a well-known firm, platform or university (dict/non-person-cues.txt,
 * known-name: 谷歌, 阿里巴巴, 耶鲁) or a well-known club (known-team: 切尔西, 尤文图斯), with the bit of each one's
 * first character set (see codeBits); `teams` holds the clubs.
 */
export const knownThings = lazy(() => {
  const words = new Set<string>();
  const teams = new Set<string>();
  const starts = codeBits();
  for (const [word, kind] of readDictRows('non-person-cues.txt')) {
    if (kind !== 'known-name' && kind !== 'known-team') continue;
    words.add(word);
    if (kind === 'known-team') teams.add(word);
    setCodeBit(starts, word.charCodeAt(0));
  }
  return { words, teams, starts };
});

/** True when `[start, end)` of `view` is exactly one of {@link knownThings}: no recogniser takes it for a person (阿里巴巴|创始人). */
export function namesKnownThing(view: string, start: number, end: number): boolean {
  const { starts, words } = knownThings();
  return hasCodeBit(starts, view.charCodeAt(start)) && words.has(view.slice(start, end));
}

/** Words that build a title's organisation. */
const orgVocabulary = lazy(() => {
  const kinds = new Map<string, OrgWordKind>();
  const committee = new Set<string>();
  for (const [word, kind, mark] of readDictRows('org-words.txt')) {
    kinds.set(word, kind as OrgWordKind);
    if (mark === 'committee') committee.add(word);
  }
  // Well-known firms, platforms and clubs are organs a title may name (特斯拉CEO, 切尔西主帅).
  for (const word of knownThings().words) if (!kinds.has(word)) kinds.set(word, 'body');
  return { kinds, committee };
});
export const orgWords = () => orgVocabulary().kinds;

/** The departments of a party committee (dict/org-words.txt, committee): 宣传部 after 市委常委 is 市委宣传部. */
export const committeeDepartments = () => orgVocabulary().committee;

/** The same words by their last unit, with their kinds, for reading titles right to left. */
export const orgWordEnds = lazy(() => indexWordEnds(orgWords()));

/** The same words by how they start, longest first: a head that starts a longer one (常委 of 常委会) is no head. */
export const orgWordStarts = lazy(() => indexWordStarts(orgWords().keys()));

/** Suffixes that end organisation names, longest first, with the entity type they give. */
export const orgSuffixes = lazy(() => {
  const types = new Map<string, OrganizationType>();
  for (const [suffix, type] of readDictRows('org-suffixes.txt')) types.set(suffix, type as OrganizationType);
  return { types, ordered: [...types.keys()].sort((a, b) => b.length - a.length), starts: indexWordStarts(types.keys()) };
});

/** Forms of address that follow a bare surname (李总, 张经理), longest first. */
export const honorifics = lazy(() =>
  readDictRows('honorifics.txt')
    .map(([word]) => word)
    .sort((a, b) => b.length - a.length),
);

/** The same words by how they start. */
export const honorificStarts = lazy(() => indexWordStarts(honorifics()));

/** Words that usually follow a name, longest first, and indexed by how they start. */
export const nameFollowers = lazy(() => {
  const words = readDictRows('name-followers.txt')
    .map(([word]) => word)
    .sort((a, b) => b.length - a.length);
  return { words, starts: indexWordStarts(words) };
});

// Suffixes stripped to make the short form of a province or city (内蒙古自治区 → 内蒙古, 呼和浩特市 → 呼和浩特).
const SHORT_FORM_SUFFIX = /(壮族自治区|回族自治区|维吾尔自治区|自治区|特别行政区|省|市|地区|盟)$/u;

/** Whether these words of one short form are one place word. */
function onePlaceWord(words: readonly TaggedWord[]): boolean {
  return words.length === 1 && words[0].tag === 'ns';
}

/**
 * Which of `shorts` jieba reads as one place word (呼和浩特 is, 来宾 (guests) and 开封 (to unseal) are not), from
 * one segmenter call on them all, a line each, instead of a call per short form (some 300 on the first parse of
 * a process): the segmenter cuts at line breaks first, so each line's words are the words it gives the line
 * alone. A line whose words do not spell it exactly is cut alone.
 */
function readAsPlaces(shorts: readonly string[]): Set<string> {
  const words = tagWords(shorts.join('\n'));
  const places = new Set<string>();
  let at = 0;
  for (const short of shorts) {
    const lineWords: TaggedWord[] = [];
    let spelled = '';
    for (; at < words.length && words[at].word !== '\n'; at++) {
      lineWords.push(words[at]);
      spelled += words[at].word;
    }
    at++; // past the line break
    if (onePlaceWord(spelled === short ? lineWords : tagWords(short))) places.add(short);
  }
  return places;
}

/**
 * Gazetteer places: full names with their level, short forms pointing at full names, and which short forms jieba
 * reads as one place word on their own (`anywhere`). The others (石家庄, 合肥, which jieba's tags call names or
 * nouns) are looked for only where the text's words begin and end with them (see findPlaces); a short form that
 * is an everyday word (dict/places.txt, everyday: 来宾 is guests) is not looked for at all.
 */
export const gazetteer = lazy(() => {
  const levels = new Map<string, PlaceLevel>();
  const shortForms = new Map<string, string>();
  const everyday = new Set<string>();
  for (const [name, level, usage] of readDictRows('places.txt')) {
    if (!levels.has(name)) levels.set(name, level as PlaceLevel);
    if (usage === 'everyday') everyday.add(name);
  }
  // Places abroad have no short form. A city, and a country marked `edges` (苏丹 of 苏丹红, 马里 of 马里奥), is
  // found only where the text's words begin and end with it; any other country wherever it is written (德国总理 is
  // one jieba word).
  const abroad = new Set<string>();
  const atEdgesOnly = new Set<string>();
  for (const [name, kind, usage] of readDictRows('countries.txt')) {
    if (levels.has(name)) continue;
    levels.set(name, kind === 'city' ? 'city' : 'country');
    abroad.add(name);
    if (kind === 'city' || usage === 'edges') atEdgesOnly.add(name);
  }
  // Full names with the short form they may have. One-character short forms (京, 沪) are too ambiguous to find in
  // running text.
  const withShort: Array<[name: string, short: string]> = [];
  for (const [name, level] of levels) {
    if (level === 'county' || level === 'country' || everyday.has(name) || abroad.has(name)) continue;
    const short = name.replace(SHORT_FORM_SUFFIX, '');
    if (short !== name && short.length >= 2 && !levels.has(short)) withShort.push([name, short]);
  }
  const anywhere = readAsPlaces([...new Set(withShort.map(([, short]) => short))]);
  for (const [name, short] of withShort) if (!shortForms.has(short)) shortForms.set(short, name);
  return { levels, shortForms, anywhere, atEdgesOnly, starts: indexWordStarts([...levels.keys(), ...shortForms.keys()]) };
});
