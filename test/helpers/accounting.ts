// Whether every line of a page is accounted for: found in the kept text or among the removed lines. Shared
// by the `removed` promise's tests on real pages (test/removed.test.ts) and the property test's random
// pages (test/properties.test.ts), so both hold the library to the same definition of "a line is kept".
import { Parser } from 'htmlparser2';

/** Lone UTF-16 surrogates: the input stage removes them (with a warning), so they are no part of a line. */
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/gu;
/** Letters and digits: a leftover piece without any is punctuation or space, not lost text. */
const LETTERS = /[\p{L}\p{N}]/gu;

/**
 * `text` compared as the library cleans lines: width folded (NFKC), white space, NULs and lone surrogates gone, and
 * the replacement character, which stands in for one of them right after a '<' (and for bytes a decoder could not read).
 */
export function squash(text: string): string {
  return text.replace(LONE_SURROGATE, '').normalize('NFKC').replace(/[\s\u0000\u00a0\u3000\u200b\ufeff\ufffd]+/gu, '');
}

/** What a page kept and removed: the kept lines (or `Article.text` split into lines) and the removed lines' texts. */
export interface Outcome {
  kept: readonly string[];
  removed: readonly string[];
}

/**
 * Checks lines against one outcome; made once per page, so the squashed kept text and removed lines are
 * computed once however many lines are checked.
 */
export function accountingFor(outcome: Outcome): (line: string) => string | null {
  const keptLines = outcome.kept.map(squash);
  // Squashing takes out line breaks too: a line may be found across two kept lines, as the reader sees them.
  const kept = keptLines.join('');
  const removed = outcome.removed.map(squash);
  let pieces: string[] | null = null;
  /** The pieces of `line` found in neither the kept text nor the removed lines; null when there are none. */
  return (line) => {
    let rest = squash(line);
    if (rest.length === 0 || kept.includes(rest) || removed.some((text) => text.includes(rest))) return null;
    // A line split into kept text and removed pieces (a caption and its photo credit): take every piece out.
    pieces ??= [...removed, ...keptLines].filter((piece) => piece.length > 0).sort((a, b) => b.length - a.length);
    for (const piece of pieces) if (rest.includes(piece)) rest = rest.split(piece).join('\n');
    // What is left may be the end or start of a piece that runs on into the next line (HTML joins inline
    // blocks into one line: `<span>评论(0)</span><font>责任编辑：…</font>` can split as `评论` kept and
    // `(0) 责任编辑：…` removed). Such a part is found inside one piece; a lost part is found in none.
    const left = rest.split('\n').filter((part) => (part.match(LETTERS) ?? []).length >= 1 && !pieces!.some((piece) => piece.includes(part)));
    return left.length > 0 ? left.join(' ') : null;
  };
}

/** The lines of page text as the input stage reads them. */
export function textLines(text: string): string[] {
  return text.split(/\r\n|\n|\r/);
}

/** Elements whose text a reader never sees. */
const INVISIBLE = new Set(['script', 'style', 'noscript', 'template', 'svg', 'math', 'iframe', 'object', 'embed', 'canvas', 'audio', 'video', 'textarea', 'title', 'select', 'option']);
const HIDDEN_STYLE = /display\s*:\s*none|visibility\s*:\s*hidden/i;

/**
 * The visible text nodes of an HTML page (not in script, style, title …; not hidden). A node is the text
 * between two tags: htmlparser2 reports it in pieces around entities (`&#x4e2d;`), which are joined here.
 */
export function visibleText(html: string): string[] {
  const out: string[] = [];
  const hidden = [false];
  let node = '';
  const endNode = () => {
    if (node !== '') out.push(node);
    node = '';
  };
  const parser = new Parser(
    {
      onopentag(name, attributes) {
        endNode();
        const parent = hidden[hidden.length - 1];
        hidden.push(parent || INVISIBLE.has(name) || attributes.hidden !== undefined || HIDDEN_STYLE.test(attributes.style ?? '') || attributes.type === 'hidden');
      },
      onclosetag() {
        endNode();
        if (hidden.length > 1) hidden.pop();
      },
      ontext(text) {
        if (!hidden[hidden.length - 1]) node += text;
      },
      oncomment: endNode,
      onprocessinginstruction: endNode,
    },
    { decodeEntities: true, lowerCaseTags: true, lowerCaseAttributeNames: true },
  );
  parser.write(html);
  parser.end();
  endNode();
  return out;
}

/** Whether a visible text node carries enough text to be a line of its own (two letters or digits). */
export function isTextNode(node: string): boolean {
  return (node.match(LETTERS) ?? []).length >= 2;
}
