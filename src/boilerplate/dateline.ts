/**
 * The wire dateline that opens a story: an outlet, maybe its reporters, the place the story was filed from, the
 * day, and 电 (新华社北京12月1日电, 中央社記者王某台北3日電, 法新社巴黎1日电). The outlet is the story's source;
 * the place is no part of a reporter's name, though the page writes the two together (記者王某台北). Read on the
 * Simplified view, so a Traditional page needs no list of its own.
 */
import { knownPlaces, looksLikeOutlet, readsAsName, splitGluedNames } from './name-shape.js';

// 电 that starts a word (电话, 电视, 电商 …) closes no dateline.
const NOT_DATELINE_END = '(?![话视脑子影力报台网源池梯站器商竞信缆线费价])';

/** The day and 电 (or 专电) that close a dateline, right after the place. */
export const DATELINE_DAY = new RegExp(`^\\d{1,2}日专?电${NOT_DATELINE_END}`, 'u');

// A place is written in two to six characters; the longest dateline place of interest (布宜诺斯艾利斯) has seven.
const MIN_PLACE = 2;
const MAX_PLACE = 7;

const namesRead = (run: string) => readsAsName(run) || splitGluedNames(run) !== null;

/**
 * How many characters of `run` (Han characters written right before a dateline's day) are reporters' names, the
 * rest being the place: 林某明台北 → 3, 王某台北 → 2, 黄某明李某玲台北 → 6. A known place after names wins;
 * else a three-character name, then a two-character one, leaves at least two characters of place; a run that is
 * a known place is all place (0); a run that reads as a name with no place after it is all name. -1 when no
 * reading fits.
 */
export function namesBeforePlace(run: string): number {
  const places = knownPlaces();
  for (let names = run.length - MIN_PLACE; names >= 2; names--) {
    if (run.length - names <= MAX_PLACE && places.has(run.slice(names)) && namesRead(run.slice(0, names))) return names;
  }
  if (places.has(run)) return 0;
  for (const names of [3, 2]) if (run.length - names >= MIN_PLACE && run.length - names <= MAX_PLACE && readsAsName(run.slice(0, names))) return names;
  return readsAsName(run) ? run.length : -1;
}

// The opening of a wire story, up to its 电: an optional bracket, then a short run with no sentence in it.
const WIRE_DATELINE = new RegExp(`^[(（]?[^()（）:,;。!?]{2,34}?\\d{1,2}日专?电${NOT_DATELINE_END}`, 'u');
const MAX_OUTLET = 12;
const PLACE_ONLY = new RegExp(`^\\p{Script=Han}{0,${MAX_PLACE}}$`, 'u');

/**
 * The outlet a wire dateline opens with (新华社 of 新华社北京12月1日电, 中央社 of 中央社記者王某台北3日電), or an
 * outlet's own news mark (新京报讯, 【明報專訊】), sliced from `line`, with the dateline's end; null when the line
 * opens with neither. The outlet is the run before a reporter label, or else the longest run from the start that
 * names one (ending in 社, 网, 报, 台 …) with no more than a place between it and the day. 本报 (this paper) names
 * no outlet.
 */
export function wireDatelineOutlet(line: string, view: string): { source: string; end: number } | null {
  const match = WIRE_DATELINE.exec(view.slice(0, 44));
  if (!match) return outletNews(line, view);
  // 据新华社…电 (according to Xinhua): the outlet follows 据.
  let from = view[0] === '(' || view[0] === '（' ? 1 : 0;
  if (view[from] === '据') from++;
  const dateline = view.slice(from, match[0].length);
  const day = dateline.search(/\d/u);
  const isOutlet = (outlet: string) => looksLikeOutlet(outlet) && !outlet.startsWith('本') && /^\p{Script=Han}+$/u.test(outlet);
  const source = (end: number) => ({ source: line.slice(from, from + end), end: match[0].length });
  // With a reporter label, the outlet is all that stands before it (中央社|記者…).
  const label = dateline.indexOf('记者');
  if (label >= 0) return label <= MAX_OUTLET && isOutlet(dateline.slice(0, label)) ? source(label) : null;
  for (let end = Math.min(MAX_OUTLET, day); end >= 2; end--) {
    if (isOutlet(dateline.slice(0, end)) && PLACE_ONLY.test(dateline.slice(end, day))) return source(end);
  }
  return null;
}

// An outlet's own news line: 新京报讯, 【明報專訊】, 香港文匯報訊, 央视网消息, 某某网12月29日讯, 【某某网报道 …】.
const OUTLET_NEWS = /^([【[(（]?)(\p{Script=Han}{2,12}?)(?:\d{1,2}月)?(?:\d{1,2}日)?(?:专讯|讯|消息|报道)(?=[】\])）(（:\s]|$)/u;

/** The outlet of a line that opens with the outlet's own news mark (新京报讯(记者…), 【明報專訊】), else null. */
function outletNews(line: string, view: string): { source: string; end: number } | null {
  const match = OUTLET_NEWS.exec(view.slice(0, 28));
  if (!match) return null;
  const [whole, bracket, outlet] = match;
  if (!looksLikeOutlet(outlet) || outlet.startsWith('本') || outlet.startsWith('据')) return null;
  const closing = bracket !== '' && /[】\])）]/u.test(view[whole.length] ?? '') ? 1 : 0;
  return { source: line.slice(bracket.length, bracket.length + outlet.length), end: whole.length + closing };
}
