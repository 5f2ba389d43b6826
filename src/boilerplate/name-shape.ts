/**
 * Whether a short run of characters in a credit reads as a person's name, and how to split names written
 * together (王建国李红梅 → 王建国 李红梅). Only the shape is judged (a surname first, two to four characters);
 * the entity stage does the real name work on running text.
 */
import { lazy, readDictRows } from '../nlp/index.js';

/** Surnames of dict/surnames.txt with their corpus frequency. */
const surnameFrequency = lazy(() => {
  const frequency = new Map<string, number>();
  for (const [name, tf] of readDictRows('surnames.txt')) frequency.set(name, Number(tf) || 1);
  return frequency;
});

// Rare surnames are also common words (时, 间, 等): a name standing alone needs a surname people often have.
const COMMON = 30;

/** The surname that starts `text` (compound surnames first) when it is a common one, or null. */
export function commonSurnameOf(text: string): string | null {
  const table = surnameFrequency();
  const two = text.slice(0, 2);
  if (text.length >= 3 && (table.get(two) ?? 0) > 0) return two;
  return (table.get(text[0]) ?? 0) >= COMMON ? text[0] : null;
}

// Words that stand where names stand in credits but are not names: outlets, pronouns, places of the paper.
const NOT_A_NAME = /^(本报|本台|本网|本刊|本站|本文|新华|新华社|中新社|央视|记者|通讯|编辑|网友|网络|佚名|不详|未知|综合|整理|报道|时间|日期|来源|等|暂无)/u;
const OUTLET_END = /(社|报|网|台|刊|站|频道|新闻|中心|客户端|融媒|传媒|电视|广播|杂志|周刊|日报|晚报|APP|app)$/u;
const HAN_RUN = /^[\p{Script=Han}·]+$/u;

// What ends the name of an office or institution (宣传部, 县委办公室, 某某中心, 某某公司), or an office's contribution (供稿).
const OFFICE_END = /(办公室|办|委员会|委|局|厅|部|处|科|室|中心|站|所|队|院|馆|会|组|社|协会|支部|党委|政府|街道|社区|公司|集团|学校|大学|学院|医院|供稿|提供)$/u;

/** A run of three or more characters that names an office or institution (党委宣传部, 县委办公室): no person. */
export function looksLikeOffice(run: string): boolean {
  return run.length >= 3 && OFFICE_END.test(run);
}

/**
 * Places as credits and datelines write them: gazetteer names with and without their level (台北市, 台北), and
 * countries. A place is where a story was filed from, never a name.
 */
export const knownPlaces = lazy(() => {
  const places = new Set<string>();
  for (const [name] of readDictRows('places.txt')) {
    places.add(name);
    // 台北市 is written 台北 in a dateline; only the one-character levels are dropped (自治州 names stay whole).
    if (name.length > 2 && /[市县省]$/u.test(name)) places.add(name.slice(0, -1));
  }
  for (const [name] of readDictRows('countries.txt')) places.add(name);
  return places;
});

/** A run that names an outlet (某某日报, 某某新闻, 电视台): it may stand before a reporter label. */
export function looksLikeOutlet(run: string): boolean {
  return run.length >= 2 && run.length <= 12 && OUTLET_END.test(run);
}

/**
 * True for a run that reads as one personal name: 2–4 Han characters (or a dotted name such as
 * 阿卜杜·热合曼) starting with a common surname, and not a word that stands in credits for something else.
 * `loose` accepts any 2–5 characters: after an explicit label and colon (执笔/某某君) a pen name is a name too.
 */
export function readsAsName(run: string, loose = false): boolean {
  if (!HAN_RUN.test(run) || NOT_A_NAME.test(run)) return false;
  if (run.includes('·')) return run.length <= 16 && !run.startsWith('·') && !run.endsWith('·');
  // A place is no pen name (作者：X，北京); asked only of a run that no common surname starts, so most credits never
  // load the places.
  if (loose) return run.length >= 2 && run.length <= 5 && (commonSurnameOf(run) !== null || !knownPlaces().has(run));
  return run.length >= 2 && run.length <= 4 && commonSurnameOf(run) !== null && !looksLikeOutlet(run);
}

/**
 * Splits a run of names written without a space (王建国李红梅, 王红李明) into names, each starting
 * with a surname; three-character names are preferred, as in most Chinese names. Null when no split fits.
 */
export function splitGluedNames(run: string): string[] | null {
  if (run.length <= 3) return readsAsName(run) ? [run] : null;
  if (run.length === 4 && readsAsName(run) && commonSurnameOf(run)?.length === 2) return [run];
  if (run.length > 12) return null;
  // Dynamic programming over cut points: best = fewest names of length 3, then 2; plain loops, bounded length.
  const best: Array<string[] | null> = new Array(run.length + 1).fill(null);
  best[0] = [];
  for (let end = 2; end <= run.length; end++) {
    for (const size of [3, 2]) {
      const start = end - size;
      if (start < 0 || best[start] === null) continue;
      const piece = run.slice(start, end);
      if (!readsAsName(piece)) continue;
      const candidate = [...(best[start] as string[]), piece];
      if (best[end] === null) best[end] = candidate;
    }
  }
  const found = best[run.length];
  if (found && found.length === 1 && run.length === 4) return found;
  return found;
}
