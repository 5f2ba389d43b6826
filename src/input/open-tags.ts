/**
 * htmlparser2's Parser read for the few attributes the page reading uses. Given an `onopentag` handler, the
 * Parser builds an object of every attribute of every element, keyed by whatever names the page uses (measured
 * on the gne pages: more than the Parser's own work on the tag, and every read from those objects is slow);
 * given `onattribute` instead it builds nothing, and the attributes we read go into one record of fixed shape.
 * Without `onopentag` the Parser does not say where an open tag ends, so the Tokenizer callback that ends one
 * (`onopentagend`) is wrapped on the instance. The handlers get the events in the
 * order and with the values that `onopentag` would give (test/open-tags.test.ts compares the two).
 */
import type { Parser as HtmlParser } from 'htmlparser2';
import { withConstantTimeStacks } from './tag-stack.js';

/** The attributes of an open tag that the page reading uses; absent ones are undefined. */
export interface KeptAttributes {
  class: string | undefined;
  id: string | undefined;
  style: string | undefined;
  hidden: string | undefined;
  type: string | undefined;
  itemprop: string | undefined;
  content: string | undefined;
  datetime: string | undefined;
  pubdate: string | undefined;
  rel: string | undefined;
  href: string | undefined;
  name: string | undefined;
  property: string | undefined;
  'http-equiv': string | undefined;
}

/** What the page reading does with the events of the markup. */
export interface TagHandlers {
  /** An open tag, read once its `>` is reached; `attributes` is reused for the next tag, so it is read here, not kept. */
  onopentag(name: string, attributes: Readonly<KeptAttributes>): void;
  ontext(data: string): void;
  onclosetag(name: string): void;
  onend(): void;
}

function emptyAttributes(): KeptAttributes {
  return {
    class: undefined, id: undefined, style: undefined, hidden: undefined, type: undefined, itemprop: undefined, content: undefined,
    datetime: undefined, pubdate: undefined, rel: undefined, href: undefined, name: undefined, property: undefined, 'http-equiv': undefined,
  };
}

function clearAttributes(attributes: KeptAttributes): void {
  attributes.class = attributes.id = attributes.style = attributes.hidden = attributes.type = attributes.itemprop = undefined;
  attributes.content = attributes.datetime = attributes.pubdate = attributes.rel = attributes.href = undefined;
  attributes.name = attributes.property = attributes['http-equiv'] = undefined;
}

/** Keeps the first value of an attribute we read, as htmlparser2 keeps the first of a repeated one. */
function keep(attributes: KeptAttributes, name: string, value: string): void {
  switch (name) {
    case 'class': attributes.class ??= value; break;
    case 'id': attributes.id ??= value; break;
    case 'style': attributes.style ??= value; break;
    case 'hidden': attributes.hidden ??= value; break;
    case 'type': attributes.type ??= value; break;
    case 'itemprop': attributes.itemprop ??= value; break;
    case 'content': attributes.content ??= value; break;
    case 'datetime': attributes.datetime ??= value; break;
    case 'pubdate': attributes.pubdate ??= value; break;
    case 'rel': attributes.rel ??= value; break;
    case 'href': attributes.href ??= value; break;
    case 'name': attributes.name ??= value; break;
    case 'property': attributes.property ??= value; break;
    case 'http-equiv': attributes['http-equiv'] ??= value; break;
    default: break;
  }
}

/**
 * Parses `html` with htmlparser2 (entities decoded, tag and attribute names lower-cased, constant-time tag
 * stacks) and hands the events to `handlers`.
 */
export function readTags(Parser: typeof HtmlParser, html: string, handlers: TagHandlers): void {
  const attributes = emptyAttributes();
  // The open tag whose attributes are being read, until its end is reached.
  let pending: string | null = null;
  // True once the input is all written: the Parser then closes what is still open, and a tag still pending
  // was cut off by the end of the input (htmlparser2 never calls `onopentag` for it).
  let ending = false;
  const open = (): void => {
    const name = pending as string;
    pending = null;
    handlers.onopentag(name, attributes);
  };
  const parser = withConstantTimeStacks(new Parser(
    {
      onopentagname(name) {
        pending = name;
        clearAttributes(attributes);
      },
      onattribute(name, value) {
        if (pending !== null) keep(attributes, name, value);
      },
      ontext(data) {
        handlers.ontext(data);
      },
      onclosetag(name) {
        // A tag closed as soon as it is read (`<path/>` in SVG, and `</p>` without `<p>` or `</br>`, which the
        // Parser opens itself) has no `>` of its own.
        if (pending !== null) {
          if (ending) pending = null;
          else open();
        }
        handlers.onclosetag(name);
      },
      onend() {
        pending = null;
        handlers.onend();
      },
    },
    { decodeEntities: true, lowerCaseTags: true, lowerCaseAttributeNames: true },
  ));
  // A `>` ends the open tag. (A `/>` the Parser honours closes the tag at once, and the close opens it above;
  // one it ignores goes through here.)
  const endOfOpenTag = parser.onopentagend;
  parser.onopentagend = function (this: HtmlParser, endIndex: number): void {
    if (pending !== null) open();
    endOfOpenTag.call(this, endIndex);
  };
  parser.write(html);
  ending = true;
  parser.end();
}
