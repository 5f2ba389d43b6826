/**
 * Reads credits in every form Chinese pages write them: labels with or without a colon
 * (编辑:X, 记者 X, 通讯员X), several credits on a line separated by spaces, `|` or `/` or glued together
 * (本文来源:X责任编辑:Y), names before their role (张三/文 李四/图, 记者 X 摄, X供稿), an outlet before the
 * role (某某报记者 X, 电视台记者X报道), and a source with its channel (来源:《X日报》客户端).
 *
 * Everything is matched on the Simplified, half-width view of the line (same length as the line), and every
 * name and source is sliced from the line itself, so a Traditional page gets its names as written.
 */
import type { CreditRole } from '../types.js';
import { DATELINE_DAY, namesBeforePlace } from './dateline.js';
import { creditLabels, labelStarts, labelsAt, type CreditLabel } from './roles.js';
import { isBmpHanUnit } from './line-facts.js';
import { knownPlaces, looksLikeOffice, looksLikeOutlet, readsAsName, splitGluedNames } from './name-shape.js';

/** A name found in a credit, with its offsets in the line. */
export interface CreditName {
  name: string;
  start: number;
  end: number;
}

/** What one credit of a line says. */
export interface CreditFinding {
  role: CreditRole;
  /** The label as the page wrote it (記者, 责任编辑, 文); empty for a bare name in brackets. */
  label: string;
  names: CreditName[];
  /** For `source`: the outlet without book-title marks (宁夏日报), as written. */
  source?: string;
  /** For `source`: the channel after the outlet (官方微信). */
  channel?: string;
}

type TokenKind = 'label' | 'name' | 'colon' | 'slash' | 'space' | 'sep' | 'open' | 'close' | 'field' | 'value' | 'tail' | 'text';

interface Token {
  kind: TokenKind;
  start: number;
  end: number;
  label?: CreditLabel;
}

const HAN = /\p{Script=Han}/u;
const SPACE = /[ \t\u00a0\u3000]/u;
const SEPARATOR = /[|丨｜、,，;；&＆□■●▲◆★☆◇○◎•·※▶►▷\\_\-—~]/u;
const OPEN = /[(（【\[〔《<]/u;
const CLOSE = /[)）】\]〕》>]/u;
const SENTENCE = /[。!?！？…]/u;
// Words after the names that close a byline: 记者X报道, X摄影报道, X拍摄, 作者X出自《…》.
const TAILS = ['摄影报道', '图文报道', '联合报道', '报道', '报导', '拍摄', '发自', '出自', '等'];
// A slash, a place and 报导/报道 after a reporter's names: where the story was reported from (記者王某／台北報導).
const REPORTED_FROM = /^[/／]\p{Script=Han}{2,6}?(?:报导|报道)(?!\p{Script=Han})/u;
// Words that open a navigation link (返回首页, 查看更多, 点击进入).
const NAVIGATION = /^(?:返回|查看|点击|进入)$/u;
// A place and 报道, or 发自 and a place, after a reporter's names and a space (记者X 北京报道, 记者X 发自上海).
const FILED_FROM = /^(?:(\p{Script=Han}{2,6}?)(?:报导|报道)|发自(\p{Script=Han}{2,6}))(?!\p{Script=Han})/u;
// Editor codes some portals append to names (王五_AB1234).
const EDITOR_CODE = /^_?[A-Z]{1,4}\d{2,8}/u;
const DOMAIN = /^(?:https?:\/\/)?(?:[A-Za-z0-9-]{1,30}\.){1,4}(?:com|cn|net|org|gov|edu|hk|tw|mo|info)(?:\.cn)?(?:\/[\w\-./?=&%#]{0,60})?/u;
const DATE_OR_NUMBER = /^[\d\s:：\-/.年月日时分秒号]+/u;
const LATIN_NAME = /^[A-Za-z][A-Za-z.'-]*(?: [A-Za-z][A-Za-z.'-]*){0,3}/u;
const CHANNEL_SUFFIX = /(官方微信公众号|官方微信|微信公众号|官方微博|客户端|官网|网站|APP|app|微博|公众号)$/u;

/** A Han character (the common blocks, checked by code unit: this runs for every character of a credit). */
function isHan(ch: string | undefined): boolean {
  if (ch === undefined) return false;
  const code = ch.charCodeAt(0);
  return isBmpHanUnit(code) || (code >= 0xd840 && code <= 0xd87e && HAN.test(ch));
}

/**
 * Whether a label may stand at `at`: before a colon, slash or bar (编辑:, 文/, 编辑|) any label may; a label
 * of two or more characters that stands bare (记者 X, 通讯员X) may; a label after the names needs a slash or
 * space before it (X/文, X 摄) unless it is written glued to them (X摄, X供稿); and a label closing the names
 * is followed by no Han character. Single characters never stand bare: 文, 图, 编 and 审 start many words.
 */
function labelFits(view: string, at: number, label: CreditLabel, previous: Token | undefined): boolean {
  const end = at + label.label.length;
  const next = view[end];
  const mark = (ch: string | undefined) => ch === ':' || ch === '/' || ch === '|';
  if (mark(next) || (next === ' ' && mark(view[end + 1]))) return true;
  const closes = next === undefined || !isHan(next);
  if (label.forms.has('glued') && previous?.kind === 'name' && view[at - 1] !== ' ' && closes) return true;
  if (label.forms.has('after') && closes && (previous?.kind === 'slash' || (previous?.kind === 'space' && previous.start > 0))) return true;
  return label.label.length > 1 && label.forms.has('bare');
}

/** The field label that starts at `at` (a short Han word before a colon: 时间:, 点击数:, 栏目:), or its end. */
function fieldAt(view: string, at: number): number {
  let end = at;
  while (end < view.length && end - at < 6 && isHan(view[end])) end++;
  if (end === at) return -1;
  let colon = end;
  if (view[colon] === ' ') colon++;
  return view[colon] === ':' ? end : -1;
}

/** Splits the view of a credit segment into tokens; null when something that is no credit shows up. */
function tokenize(view: string, from: number, to: number): Token[] | null {
  const tokens: Token[] = [];
  let at = from;
  const push = (kind: TokenKind, start: number, end: number, label?: CreditLabel) => tokens.push({ kind, start, end, label });
  while (at < to) {
    const ch = view[at];
    if (SPACE.test(ch)) {
      let end = at + 1;
      while (end < to && SPACE.test(view[end])) end++;
      push('space', at, end);
      at = end;
      continue;
    }
    if (ch === ':') { push('colon', at, at + 1); at++; continue; }
    if (ch === '/' || ch === '／') {
      // Where the story was reported from, after the names (記者王某／台北報導): a closing word, not another name.
      const place = REPORTED_FROM.exec(view.slice(at, Math.min(to, at + 12)));
      if (place && tokens[tokens.length - 1]?.kind === 'name') { push('tail', at, at + place[0].length); at += place[0].length; continue; }
      push('slash', at, at + 1);
      at++;
      continue;
    }
    if (OPEN.test(ch)) { push('open', at, at + 1); at++; continue; }
    if (CLOSE.test(ch)) { push('close', at, at + 1); at++; continue; }
    if (SENTENCE.test(ch)) return null;
    if (SEPARATOR.test(ch) && !(ch === '·' && isHan(view[at - 1]) && isHan(view[at + 1]))) {
      const code = ch === '_' ? EDITOR_CODE.exec(view.slice(at, Math.min(to, at + 12))) : null;
      if (code) { push('value', at, at + code[0].length); at += code[0].length; continue; }
      push('sep', at, at + 1);
      at++;
      continue;
    }
    if (/\d/.test(ch)) {
      const run = DATE_OR_NUMBER.exec(view.slice(at, Math.min(to, at + 40)));
      const end = at + (run ? run[0].length : 1);
      push('value', at, end);
      at = end;
      continue;
    }
    if (/[A-Za-z]/.test(ch)) {
      const domain = DOMAIN.exec(view.slice(at, Math.min(to, at + 80)));
      if (domain) { push('value', at, at + domain[0].length); at += domain[0].length; continue; }
      const code = EDITOR_CODE.exec(view.slice(at, Math.min(to, at + 12)));
      const previous = tokens[tokens.length - 1];
      if (code && previous?.kind === 'name') { push('value', at, at + code[0].length); at += code[0].length; continue; }
      const latin = LATIN_NAME.exec(view.slice(at, Math.min(to, at + 40)));
      const end = at + (latin ? latin[0].length : 1);
      // Markup left in the text (size="20"): an attribute, not a name.
      if (view[end] === '=') { push('value', at, end + 1); at = end + 1; continue; }
      push('name', at, end);
      at = end;
      continue;
    }
    if (isHan(ch)) {
      const previous = tokens[tokens.length - 1];
      // Where the story was filed from, after the names and a space: 记者X 北京报道, 记者X 发自上海.
      const filedFrom = previous?.kind === 'space' && tokens[tokens.length - 2]?.kind === 'name' ? FILED_FROM.exec(view.slice(at, Math.min(to, at + 10))) : null;
      // Only a place the gazetteer knows: 记者 王某 李华报道 names a second reporter.
      if (filedFrom && knownPlaces().has(filedFrom[1] ?? filedFrom[2])) {
        push('tail', at, at + filedFrom[0].length);
        at += filedFrom[0].length;
        continue;
      }
      const tail = TAILS.find((word) => view.startsWith(word, at) && !isHan(view[at + word.length]));
      if (tail && previous && (previous.kind === 'name' || previous.kind === 'space')) {
        push('tail', at, at + tail.length);
        at += tail.length;
        continue;
      }
      const label = labelsAt(view, at).find((candidate) => labelFits(view, at, candidate, previous));
      if (label) {
        push('label', at, at + label.label.length, label);
        at += label.label.length;
        continue;
      }
      // A link of the page's navigation glued after a credit (【编辑:X】 返回首页,查看更多): no name, and no text.
      if (NAVIGATION.test(view.slice(at, at + 2))) {
        let end = at + 2;
        while (end < to && isHan(view[end])) end++;
        push('value', at, end);
        at = end;
        continue;
      }
      const fieldEnd = fieldAt(view, at);
      // A run right after a bare label is the label's names, not a field (记者张明报道: is no field 张明报道).
      const afterBareLabel = previous?.kind === 'label' && previous.end === at;
      if (fieldEnd > 0 && !afterBareLabel && (previous === undefined || previous.kind !== 'name' || view[at - 1] === ' ')) {
        push('field', at, fieldEnd);
        at = fieldEnd;
        continue;
      }
      // A Han run: up to the next label of two or more characters, a tail, or a non-Han character.
      let end = at + 1;
      while (end < to && (isHan(view[end]) || (view[end] === '·' && isHan(view[end + 1])))) {
        const inner = labelsAt(view, end).find((candidate) => labelFits(view, end, candidate, { kind: 'name', start: at, end }));
        // 文 before a slash and the place a story was reported from ends a name (記者鄭立文／台北報導), it is no label.
        if (inner && !(inner.label.length === 1 && REPORTED_FROM.test(view.slice(end + 1, end + 13)))) break;
        if (TAILS.some((word) => word.length > 1 && view.startsWith(word, end) && !isHan(view[end + word.length]))) break;
        end++;
      }
      // Names and the place of a wire dateline written together (記者林某明台北|3日電): the place closes the byline.
      const day = DATELINE_DAY.exec(view.slice(end, Math.min(to, end + 6)));
      if (day && (previous?.kind === 'label' || previous?.kind === 'sep' || previous?.kind === 'space')) {
        const names = namesBeforePlace(view.slice(at, end));
        if (names > 0 || (names === 0 && previous.kind === 'space')) {
          if (names > 0) push('name', at, at + names);
          push('tail', at + names, end + day[0].length);
          at = end + day[0].length;
          continue;
        }
      }
      // A two-character name padded with a space to line up with longer ones: 林 雪.
      if (end === at + 1 && view[end] === ' ' && isHan(view[end + 1]) && !isHan(view[end + 2]) && !labelsAt(view, end + 1).length) end += 2;
      push('name', at, end);
      at = end;
      continue;
    }
    push('text', at, at + 1);
    at++;
  }
  return tokens;
}

function parseSource(line: string, view: string, start: number, end: number): { source: string; channel?: string } | null {
  let from = start;
  let to = end;
  while (from < to && /[\s(（【\["“]/u.test(view[from])) from++;
  while (to > from && /[\s)）】\]"”,;]/u.test(view[to - 1])) to--;
  if (to <= from) return null;
  const value = view.slice(from, to);
  // Markup left in the text (size="20") names no outlet.
  if (value.includes('=')) return null;
  const quoted = /^《([^》]{1,40})》\s?(.{0,30})$/u.exec(value);
  if (quoted) {
    const source = line.slice(from + 1, from + 1 + quoted[1].length);
    const channelStart = from + 2 + quoted[1].length + (value[quoted[1].length + 2] === ' ' ? 1 : 0);
    return quoted[2] ? { source, channel: line.slice(channelStart, to) } : { source };
  }
  if (value.length > 40) return null;
  const channel = CHANNEL_SUFFIX.exec(value);
  if (channel && channel.index > 0) {
    return { source: line.slice(from, from + channel.index).trim(), channel: line.slice(from + channel.index, to) };
  }
  return { source: line.slice(from, to) };
}

/** Names of one Han or Latin run: a name, names written together, or a pen name after an explicit label. */
function namesOfRun(line: string, view: string, token: Token, loose: boolean): CreditName[] | null {
  const run = view.slice(token.start, token.end);
  if (!isHan(run[0])) return [{ name: line.slice(token.start, token.end), start: token.start, end: token.end }];
  if (run.includes(' ')) return readsAsName(run.replace(' ', '')) ? [{ name: line.slice(token.start, token.end), start: token.start, end: token.end }] : null;
  if (readsAsName(run, loose && run.length <= 5)) return [{ name: line.slice(token.start, token.end), start: token.start, end: token.end }];
  const split = splitGluedNames(run);
  if (!split) return null;
  const names: CreditName[] = [];
  let at = token.start;
  for (const piece of split) {
    names.push({ name: line.slice(at, at + piece.length), start: at, end: at + piece.length });
    at += piece.length;
  }
  return names;
}

/**
 * A quick look before tokenizing: is there a label that may stand where it is? Most lines hold none, and this
 * keeps the reader's cost to one pass over the characters for them.
 */
export function mayHoldCredit(view: string, from = 0, to = view.length): boolean {
  const starts = labelStarts();
  for (let at = from; at < to; at++) if (starts.has(view.charCodeAt(at)) && labelMayStandAt(view, at)) return true;
  return false;
}

/**
 * The last position from `from` on where a label may stand (see {@link mayHoldCredit}; whether one may depends
 * on the position alone), or -1. A reading that starts after it finds no label.
 */
export function lastCreditLabel(view: string, from = 0): number {
  const starts = labelStarts();
  for (let at = view.length - 1; at >= from; at--) if (starts.has(view.charCodeAt(at)) && labelMayStandAt(view, at)) return at;
  return -1;
}

const PREVIOUS: Token = { kind: 'sep', start: 0, end: 0 };

/** Whether a label that starts at `at` (its first unit is a label start) may stand there. */
function labelMayStandAt(view: string, at: number): boolean {
  const before = at > 0 ? view.charCodeAt(at - 1) : -1;
  PREVIOUS.kind = before === SLASH ? 'slash' : before === SPACE_UNIT ? 'space' : before >= 0 && isBmpHanUnit(before) ? 'name' : 'sep';
  PREVIOUS.start = at - 1;
  PREVIOUS.end = at;
  const group = creditLabels().byFirstUnit.get(view.charCodeAt(at)) as readonly CreditLabel[];
  for (let g = 0; g < group.length; g++) if (view.startsWith(group[g].label, at) && labelFits(view, at, group[g], PREVIOUS)) return true;
  return false;
}

const SLASH = 0x2f;
const SPACE_UNIT = 0x20;

/** Result of reading a segment: the findings, and whether the segment held nothing but credits. */
export interface CreditReading {
  findings: CreditFinding[];
  /** True when every part of the segment is a credit, an outlet, a separator or a publication field. */
  pure: boolean;
}

const REPORTER_WORD = /记者|摄影师/u;

/**
 * Whether a label closes the names before it (张三/文, 记者 X 摄, X供稿) rather than opening the names after it.
 * A label before a colon, or before a slash and a name, opens; a label after `name/` closes; a label after a
 * name and a space closes when nothing it could open follows (or when it never stands before names).
 */
function closesNamesBefore(tokens: readonly Token[], i: number): boolean {
  const label = tokens[i].label as CreditLabel;
  if (!label.forms.has('after')) return false;
  const solid = (from: number, step: number) => {
    for (let j = from; j >= 0 && j < tokens.length; j += step) if (tokens[j].kind !== 'space') return j;
    return -1;
  };
  const n = solid(i + 1, 1);
  const p = solid(i - 1, -1);
  const next = n >= 0 ? tokens[n] : undefined;
  const previous = p >= 0 ? tokens[p] : undefined;
  if (next?.kind === 'colon') return false;
  const beforeSlash = previous?.kind === 'slash' && p > 0 && tokens[solid(p - 1, -1)]?.kind === 'name';
  if (beforeSlash) return true;
  if (next?.kind === 'slash') return false;
  if (previous?.kind !== 'name') return false;
  const opensNothing = next === undefined || next.kind === 'close' || next.kind === 'sep' || next.kind === 'tail' || next.kind === 'label' || next.kind === 'value';
  return opensNothing || !label.forms.has('bare');
}

/**
 * Reads the credits of `line.slice(from, to)`. `view` is the Simplified view of `line` (same length).
 * Returns null when no credit is found; `pure` says whether the segment is nothing but credits.
 */
export function readCredits(line: string, view: string, from = 0, to = line.length): CreditReading | null {
  if (to - from > MAX_SEGMENT || !mayHoldCredit(view, from, to)) return null;
  return readLabelledCredits(line, view, from, to);
}

const MAX_SEGMENT = 300;

/**
 * {@link readCredits} for a caller that knows a label may stand in the segment (it asked `mayHoldCredit`, or
 * found where the last label may stand): the quick look over the characters is not made a second time.
 */
export function readLabelledCredits(line: string, view: string, from = 0, to = line.length): CreditReading | null {
  if (to - from > MAX_SEGMENT) return null;
  const tokens = tokenize(view, from, to);
  if (!tokens || !tokens.some((token) => token.kind === 'label')) return null;
  const findings: CreditFinding[] = [];
  let pure = true;
  let current: CreditFinding | null = null;
  // Names read since the last label, and the finding they went to: a closing label (X/文, X 摄) takes them.
  let recent: CreditName[] = [];
  let recentOwner: CreditFinding | null = null;
  let explicit = false;
  // The last run of characters, and one that read as no name (it spoils the line unless 供稿 claims it).
  let lastRun: Token | null = null;
  let unnamed: Token | null = null;
  const skip = (i: number, kinds: readonly TokenKind[]) => {
    let j = i;
    while (j < tokens.length && kinds.includes(tokens[j].kind)) j++;
    return j;
  };
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i];
    if (token.kind === 'label') {
      const label = token.label as CreditLabel;
      const written = line.slice(token.start, token.end);
      if (label.role === 'source' && closesNamesBefore(tokens, i) && lastRun && recent.length === 0) {
        // An organisation before 供稿 is the source: (办公室供稿).
        const finding: CreditFinding = { role: 'source', label: written, names: [] };
        Object.assign(finding, parseSource(line, view, lastRun.start, lastRun.end) ?? {});
        findings.push(finding);
        if (unnamed === lastRun) unnamed = null;
        lastRun = null;
        continue;
      }
      if (closesNamesBefore(tokens, i) && recent.length > 0) {
        if (recentOwner) recentOwner.names = recentOwner.names.filter((name) => !recent.includes(name));
        const finding: CreditFinding = { role: label.role, label: written, names: label.role === 'source' ? [] : recent };
        if (label.role === 'source') Object.assign(finding, parseSource(line, view, recent[0].start, recent[recent.length - 1].end) ?? {});
        findings.push(finding);
        recent = [];
        recentOwner = null;
        current = null;
        continue;
      }
      if (recentOwner === null && recent.length > 0) pure = false;
      current = { role: label.role, label: written, names: [] };
      findings.push(current);
      recent = [];
      recentOwner = current;
      // A colon, slash or bar after the label makes it explicit: pen names (执笔/某某君) count as names then.
      const valueStart = skip(i + 1, ['space', 'colon', 'slash']);
      explicit = valueStart > i + 1 && tokens.slice(i + 1, valueStart).some((t) => t.kind !== 'space');
      if (!explicit && tokens[i + 1]?.kind === 'sep' && view[tokens[i + 1].start] === '|') explicit = true;
      if (label.role === 'source') {
        // A source runs to the next label, field or wide gap: outlets are free text (某市发布、某某晚报).
        const j = skip(i + 1, ['space', 'colon', 'slash', 'sep']);
        let k = j;
        while (k < tokens.length && tokens[k].kind !== 'label' && tokens[k].kind !== 'field' && !(tokens[k].kind === 'space' && tokens[k].end - tokens[k].start >= 2)) k++;
        if (k > j) Object.assign(current, parseSource(line, view, tokens[j].start, tokens[k - 1].end) ?? {});
        i = k - 1;
        current = null;
        recentOwner = null;
      }
      continue;
    }
    if (token.kind === 'name') {
      const run = view.slice(token.start, token.end);
      const next = tokens[i + 1];
      const nextLabel = next?.kind === 'label' ? next.label : tokens[skip(i + 1, ['space'])]?.label;
      // An outlet before a reporter's label (某某报记者 X, 电视台记者X, 新华社 记者) or before the names (某某社 X摄).
      // (One character glued before the label is no outlet: 委|本报记者 of a line cut in two.)
      const outletBeforeLabel = nextLabel && REPORTER_WORD.test(nextLabel.label) && run.length >= 2 && (next?.kind === 'label' || looksLikeOutlet(run));
      // An office where a name would stand (编发:党委宣传部) is the unit that issued the story, no person.
      if ((outletBeforeLabel || looksLikeOutlet(run) || looksLikeOffice(run)) && !readsAsName(run)) continue;
      // Who the person is, glued before the label (某网专栏作者 X, 特约评论员): a description, not a name. Not where a
      // reading starts after a space (手机扫码 阅读全文|责任编辑: a page's words glued to a credit by inline elements).
      const afterSpace = token.start === from && from > 0 && view[from - 1] === ' ';
      if (next?.kind === 'label' && next.label?.forms.has('bare') && (!current || current.names.length === 0) && run.length >= 2 && !afterSpace && !readsAsName(run)) continue;
      if (outletBeforeLabel && next?.kind === 'label' && !current) continue;
      const names = namesOfRun(line, view, token, explicit);
      lastRun = token;
      if (!names) {
        unnamed = token;
        continue;
      }
      for (const name of names) {
        current?.names.push(name);
        recent.push(name);
      }
      continue;
    }
    if (token.kind === 'field') {
      // Another field of a publication header (时间:, 点击数:) ends the credit; its value is skipped. Names that no
      // label claimed before it make the segment more than credits (an English sentence glued before the header).
      if (recentOwner === null && recent.length > 0) pure = false;
      current = null;
      recent = [];
      recentOwner = null;
      const j = skip(i + 1, ['space', 'colon']);
      let k = j;
      while (k < tokens.length && tokens[k].kind !== 'space' && tokens[k].kind !== 'label' && tokens[k].kind !== 'field') k++;
      i = k - 1;
      continue;
    }
    if (token.kind === 'text') pure = false;
  }
  // Names no label claimed (a name before the first label) make the segment more than credits.
  if (recentOwner === null && recent.length > 0) pure = false;
  if (unnamed) pure = false;
  const kept = findings.filter((finding) => finding.names.length > 0 || finding.source);
  return kept.length === 0 ? null : { findings: kept, pure };
}
