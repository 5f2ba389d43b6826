// The tag reader (src/input/open-tags.ts) must hand on exactly the events and attribute values that
// htmlparser2's own `onopentag` gives, on any markup, cut off anywhere: a Parser upgrade that changes where
// open tags end would otherwise silently change what the page reading sees.
import fc from 'fast-check';
import { Parser } from 'htmlparser2';
import { describe, expect, it } from 'vitest';
import { ATTRIBUTE, readTags } from '../src/input/open-tags.js';

const KEPT = Object.keys(ATTRIBUTE) as Array<keyof typeof ATTRIBUTE>;

type Event = [string, string, Array<string | undefined>?];

const project = (attributes: Record<string, string | undefined>) => KEPT.map((name) => attributes[name]);

function referenceEvents(html: string): Event[] {
  const events: Event[] = [];
  const parser = new Parser(
    {
      onopentag: (name, attributes) => events.push(['open', name, project(attributes)]),
      ontext: (data) => events.push(['text', data]),
      onclosetag: (name) => events.push(['close', name]),
      onend: () => events.push(['end', '']),
    },
    { decodeEntities: true, lowerCaseTags: true, lowerCaseAttributeNames: true },
  );
  parser.write(html);
  parser.end();
  return events;
}

function readerEvents(html: string): Event[] {
  const events: Event[] = [];
  readTags(Parser, html, {
    onopentag: (name, attributes) => events.push(['open', name, KEPT.map((attribute) => attributes[ATTRIBUTE[attribute]])]),
    ontext: (data) => events.push(['text', data]),
    onclosetag: (name) => events.push(['close', name]),
    onend: () => events.push(['end', '']),
  });
  return events;
}

const tagName = fc.constantFrom('p', 'div', 'br', 'img', 'svg', 'path', 'meta', 'span', 'a', 'script', 'title', 'li', 'table', 'td', 'P', 'DIV');
const attributeName = fc.constantFrom('class', 'id', 'hidden', 'name', 'content', 'CLASS', 'Id', 'data-x', 'style', 'href', 'rel', 'type', 'http-equiv');
const attributeValue = fc.constantFrom('', 'news', 'a b', 'x&amp;y', '&lt;', '会议', 'display:none', 'R&D x', '/a?b=1&c=2', '&copy');
const attribute = fc.tuple(attributeName, attributeValue, fc.constantFrom('"', "'", '', 'none')).map(([name, value, quote]) =>
  quote === 'none' ? ` ${name}` : quote === '' ? ` ${name}=${value.replace(/\s/g, '') || 'v'}` : ` ${name}=${quote}${value}${quote}`,
);
const piece = fc.oneof(
  fc.tuple(tagName, fc.array(attribute, { maxLength: 4 }), fc.constantFrom('>', '/>', ' >')).map(([name, attributes, end]) => `<${name}${attributes.join('')}${end}`),
  tagName.map((name) => `</${name}>`),
  fc.constantFrom('</p>', '</br>', '文字', ' text ', '&amp;', '<!-- note -->', '<', 'a < b', '\n'),
  // What the Tokenizer skips by native search: text up to `<` or `&` (bare ones too), script and style
  // bodies holding `<`, comments holding `-`, declarations.
  fc.constantFrom('a & b', 'R&D', '&copy 文字', '<script>if (a<b) c = "</p>";</script>', '<style>p > a { }</style>', '<!-- a - b -- c -->', '<!doctype html>', '<?xml x?>', '&#x4e2d;'),
);

describe('tag reader', () => {
  it('gives the events and attribute values of htmlparser2 onopentag, on any markup cut off anywhere', () => {
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 30 }), fc.nat(), (pieces, cut) => {
        const whole = pieces.join('');
        for (const html of [whole, whole.slice(0, cut % (whole.length + 1))]) expect(readerEvents(html)).toEqual(referenceEvents(html));
      }),
      { numRuns: 500 },
    );
  });

  it('keeps the first of a repeated attribute and drops a tag the input cuts off', () => {
    expect(readerEvents('<div class="a" CLASS="b" id=x>')[0]).toEqual(['open', 'div', project({ class: 'a', id: 'x' })]);
    expect(readerEvents('<p>正文</p><div class="cut').map((event) => event[0])).toEqual(['open', 'text', 'close', 'close', 'end']);
  });
});
