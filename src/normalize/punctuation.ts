/**
 * The one home of punctuation: the groups of marks Chinese news text uses (full- and half-width), and
 * the character classes the stages build from them. A stage that needs "a mark that ends a sentence"
 * or "a mark a name cannot run across" composes it here instead of writing its own list.
 */

/** Marks that end a sentence: 。！？ and the half-width !? (the half-width full stop is left out: it sits inside numbers and URLs). */
export const SENTENCE_END_MARKS = '。！？!?';
/** ，and , */
export const COMMAS = '，,';
/** ；and ; */
export const SEMICOLONS = '；;';
/** ：and : */
export const COLONS = '：:';
/** The enumeration comma 、 that separates list items. */
export const ENUMERATION_COMMA = '、';
/** The ellipsis character. */
export const ELLIPSIS = '…';
/** Double quotation marks “ ” and ". */
export const DOUBLE_QUOTES = '“”"';
/** Single quotation marks ‘ ’ and '. */
export const SINGLE_QUOTES = '‘’\'';
/** Round brackets, full- and half-width. */
export const PARENTHESES = '()（）';
/** Book-title marks 《》 and lenticular brackets 【】. */
export const TITLE_MARKS = '《》【】';

/** The full-width (non-ASCII) marks of `marks`. */
export function fullWidthOnly(marks: string): string {
  return [...marks].filter((mark) => mark.charCodeAt(0) > 0x7f).join('');
}

/** The ASCII marks of `marks`. */
export function halfWidthOnly(marks: string): string {
  return [...marks].filter((mark) => mark.charCodeAt(0) <= 0x7f).join('');
}

function classBody(parts: readonly string[]): string {
  return parts.map((part) => (part === '\\s' ? part : part.replace(/[\\\]^[-]/g, '\\$&'))).join('');
}

/** A regular-expression character class source (`[...]`) of the given marks; `\s` may be passed as a part. */
export function charClass(...parts: string[]): string {
  return `[${classBody(parts)}]`;
}

/** The negated class (`[^...]`): any character but the given marks. */
export function charClassExcept(...parts: string[]): string {
  return `[^${classBody(parts)}]`;
}

/** Marks that end a clause: a name or a phrase may start right after one (not the middle dot of 买买提·艾力). */
export const CLAUSE_END_CHARS = ['\\s', COMMAS, '.', SEMICOLONS, COLONS, SENTENCE_END_MARKS, DOUBLE_QUOTES, SINGLE_QUOTES, PARENTHESES, TITLE_MARKS] as const;

/** Marks that end a phrase: the clause marks plus 、, the middle dot, dashes and the ellipsis. */
export const PHRASE_END_CHARS = [...CLAUSE_END_CHARS, ENUMERATION_COMMA, '·', '-—', ELLIPSIS] as const;
