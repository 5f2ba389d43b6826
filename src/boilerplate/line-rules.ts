/**
 * The rules that settle a line by itself before the model looks at the page: credits, publication headers,
 * separators, image file names, the furniture patterns of dict/boilerplate.txt, photo captions and the
 * credits closing a paragraph. Each verdict names the reason and the rule that gave it.
 */
import type { RemovalRule, RemovedReason } from '../types.js';
import { readCredits, readLabelledCredits, type CreditFinding } from './credit-reader.js';
import { furnitureReason } from './patterns.js';
import { HOLDS, patternGatesOf } from './line-facts.js';
import { mayStartMatch } from './pattern-starts.js';
import { isImageFileName, isSeparatorLine, LineShape, writtenDate } from './shapes.js';
import { closesWithoutCredit, endsWithClosingBracket, findTrailingCredit } from './trailing.js';

/** What the rules make of one line. */
export type RuleVerdict =
  | { action: 'remove'; reason: RemovedReason; via: RemovalRule; findings: CreditFinding[]; written: string | null }
  /** A photo caption: the text before `cut` stays as a caption, the rest (a photo credit, an image's source) is removed. */
  | { action: 'caption'; cut: number; findings: CreditFinding[]; reason: RemovedReason; via: RemovalRule }
  /**
   * Body text with furniture at its start or end (debris such as `? ? ? ?`, a credit, a link back home, a lone
   * bar): the text from `from` to `cut` stays, the pieces before and after it are removed.
   */
  | { action: 'split'; from: number; cut: number; findings: CreditFinding[]; reason: RemovedReason; via: RemovalRule };

// Labels that open a photo caption: 图为…, 图:, 上图:, 【图】, 资料图:, and an image's source line (图片来源:…).
const CAPTION_START = /^[(\[【]?(?:图为|图\s?:|图片\s?:|上图|下图|左图|右图|中图|组图\s?:|图注|资料图\s?:|配图\s?:|图[)\]】]|图\d{1,2}\s?[:.、]|图片来源|图源\s?:|图片提供)/u;
const BRACKETED_WORD = /^[【\[(][^【\[\]】()]{1,12}[】\])]$/u;
const TRAILING_PIECE = /(?:\s([|\\]+)|(?<=[。!?”])\s?(?:返回|点击进入|点击查看|查看更多|更多).{0,16}(?:>>|»)|([(（【\[]\s?(?:图片来源|图源|图片提供|资料图片?|网络图片)[^()（）【】[\]]{0,30}[)）】\]]))\s*$/u;
const PIECE_REACH = 44;
const LEADING_DEBRIS = /^(?:[?|\\&*]\s?){3,}|^[|\\]\s/u;
const LEADING_BULLET = /^[□■●▲◆★☆◇○•·\-—|]+\s?/u;
const mayBeBracketedWord = mayStartMatch(BRACKETED_WORD);
const mayOpenWithBullet = mayStartMatch(LEADING_BULLET);
const mayOpenWithDebris = mayStartMatch(LEADING_DEBRIS);
// Patterns the model should hear about but that decide nothing alone.
const KNOWN_REASONS = new Set<string>(['counter', 'widget', 'share', 'navigation', 'related', 'reprint-notice', 'copyright', 'separator', 'image-label', 'ad', 'summary', 'pagination']);

function remove(reason: RemovedReason, via: RemovalRule, findings: CreditFinding[] = [], written: string | null = null): RuleVerdict {
  return { action: 'remove', reason, via, findings, written };
}

/** True when the line opens like a photo caption (图为…). */
export function opensCaption(view: string): boolean {
  return CAPTION_START.test(view);
}

/**
 * The verdict of the rules on one cleaned line and its Simplified view, or null when the rules leave the
 * line to the model. `shape` keeps the facts the line model reads again.
 */
export function ruleVerdict(line: string, view: string, shape = new LineShape(view)): RuleVerdict | null {
  // A line with a letter or digit is a separator only as a short end mark.
  if ((shape.han + shape.latin + shape.digit === 0 || (view.length <= 16 && shape.holds(HOLDS.endMark))) && isSeparatorLine(view)) return remove('separator', 'shape');
  // File names are ASCII: a Han character rules one out.
  if (shape.han === 0 && isImageFileName(view)) return remove('image-label', 'shape');
  // A widget word in brackets (【纠错】, [打印]) is the same widget.
  const pattern = furnitureReason(view, patternGatesOf(shape.mask)) ?? (view.length <= 14 && mayBeBracketedWord(view) && BRACKETED_WORD.test(view) ? furnitureReason(view.slice(1, -1).trim()) : null);
  if (pattern !== null && KNOWN_REASONS.has(pattern)) return remove(pattern as RemovedReason, 'pattern');
  const bullet = mayOpenWithBullet(view) ? (LEADING_BULLET.exec(view)?.[0].length ?? 0) : 0;
  // No credit holds a full stop or an ellipsis: the reader would stop at it. The shape looked for a label from
  // the line's start; past a bullet the reader looks again.
  const mayRead = view.length <= 200 && !shape.holds(HOLDS.stopOrEllipsis) && shape.mayHoldCredit();
  const credit = !mayRead ? null : bullet === 0 ? readLabelledCredits(line, view) : readCredits(line, view, bullet);
  const headerSized = view.length <= 160;
  const header = headerSized && shape.isPublicationHeader();
  if (header && shape.hasFullDate()) return remove('byline', 'header', credit?.findings ?? [], writtenDate(line, view));
  if (credit?.pure) return remove('credit', 'credits', credit.findings, writtenDate(line, view));
  if (header) return remove('byline', 'header', credit?.findings ?? []);
  // A lone bar after the text (…共同发展。 |) or a link home glued to its end (…持续。返回首页>>): only the
  // last stretch of the line is searched, and only when the line holds a mark or word such a piece needs.
  const tailFrom = Math.max(0, view.length - PIECE_REACH);
  const tailPiece = shape.holds(HOLDS.trailingMark | HOLDS.picture) ? TRAILING_PIECE.exec(view.slice(tailFrom)) : null;
  const piece = tailPiece ? { index: tailFrom + tailPiece.index, bar: tailPiece[1] !== undefined, image: tailPiece[2] !== undefined } : null;
  const text = piece ? view.slice(0, piece.index) : view;
  // A line with no label at all can still end in a bracketed bare name or office; skip the tail search otherwise.
  const mayClose = !closesWithoutCredit(text) && (view.length > 200 || shape.mayHoldCredit() || endsWithClosingBracket(text));
  const trailing = mayClose ? findTrailingCredit(piece ? line.slice(0, text.length) : line, text) : null;
  if (trailing && trailing.start > 0) {
    return trailing.photo
      ? { action: 'caption', cut: trailing.start, findings: trailing.findings, reason: 'credit', via: 'credits' }
      : { action: 'split', from: 0, cut: trailing.start, findings: trailing.findings, reason: 'credit', via: 'credits' };
  }
  if (piece && piece.index > 0) {
    // An image's source closing a line makes the line a caption: 会议现场。(图片来源:某某社)
    if (piece.image) return { action: 'caption', cut: piece.index, findings: [], reason: 'image-label', via: 'shape' };
    return { action: 'split', from: 0, cut: piece.index, findings: [], reason: piece.bar ? 'separator' : 'navigation', via: 'shape' };
  }
  // Debris before the text: marks left by a broken encoding or template (? ? ? ?正文…, | 正文…).
  const debris = mayOpenWithDebris(view) ? LEADING_DEBRIS.exec(view) : null;
  if (debris && debris[0].length < view.length) {
    return { action: 'split', from: debris[0].length, cut: line.length, findings: [], reason: 'separator', via: 'shape' };
  }
  if (trailing) return remove('credit', 'credits', trailing.findings);
  if (shape.holds(HOLDS.picture) && opensCaption(view)) return { action: 'caption', cut: line.length, findings: [], reason: 'credit', via: 'credits' };
  return null;
}
