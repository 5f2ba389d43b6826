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

/** The attributes the page reading uses, by their place in a tag's {@link AttributeValues}. */
export const ATTRIBUTE = {
  class: 0, id: 1, style: 2, hidden: 3, type: 4, itemprop: 5, content: 6, datetime: 7, pubdate: 8, rel: 9, href: 10, name: 11, property: 12, 'http-equiv': 13,
} as const;

/** The values of an open tag's attributes that the page reading uses, at their {@link ATTRIBUTE} places; absent ones are undefined. */
export type AttributeValues = ReadonlyArray<string | undefined>;

const PLACE = new Map<string, number>(Object.entries(ATTRIBUTE));
const KEPT_COUNT = PLACE.size;

/** What the page reading does with the events of the markup. */
export interface TagHandlers {
  /** An open tag, read once its `>` is reached; `attributes` is reused for the next tag, so it is read here, not kept. */
  onopentag(name: string, attributes: AttributeValues): void;
  ontext(data: string): void;
  onclosetag(name: string): void;
  onend(): void;
}

/**
 * Parses `html` with htmlparser2 (entities decoded, tag and attribute names lower-cased, constant-time tag
 * stacks) and hands the events to `handlers`.
 */
export function readTags(Parser: typeof HtmlParser, html: string, handlers: TagHandlers): void {
  const attributes: Array<string | undefined> = [];
  for (let place = 0; place < KEPT_COUNT; place++) attributes.push(undefined);
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
        for (let place = 0; place < KEPT_COUNT; place++) attributes[place] = undefined;
      },
      onattribute(name, value) {
        // A repeated attribute keeps its first value, as in htmlparser2's attribute object.
        const place = PLACE.get(name);
        if (place !== undefined && pending !== null) attributes[place] ??= value;
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
