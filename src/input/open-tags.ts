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
  withNativeSkips(parser);
  parser.write(html);
  ending = true;
  parser.end();
}

/** The Tokenizer fields {@link withNativeSkips} reads and replaces: the text being parsed, its offset in the input, the position, and the states it skips in. */
interface SkippingTokenizer {
  buffer: string;
  offset: number;
  index: number;
  fastForwardTo(code: number): boolean;
  stateText(code: number): void;
  stateInAttributeValueDoubleQuotes(code: number): void;
  stateInAttributeValueSingleQuotes(code: number): void;
}

const AMPERSAND = 0x26;

/**
 * Gives the Parser's Tokenizer native searches where it would otherwise loop over every character, one call
 * of its state machine each: through running text to the next `<` or `&`, through a quoted attribute value to
 * its closing quote or the next `&` (the only characters those states react to), and through a script, a style
 * body or a comment (its `fastForwardTo`: on to the next `<`, `-` or `>`). Inline scripts, styles, long
 * paragraphs and URLs are most of a news page. The position moves exactly as the loop moves it (to just before
 * the character found, or onto it; else to the end), so every event is the same. A Tokenizer laid out
 * otherwise is left as it is.
 */
function withNativeSkips(parser: HtmlParser): void {
  const tokenizer = (parser as unknown as { tokenizer?: SkippingTokenizer }).tokenizer;
  const states = ['fastForwardTo', 'stateText', 'stateInAttributeValueDoubleQuotes', 'stateInAttributeValueSingleQuotes'] as const;
  if (!tokenizer || typeof tokenizer.buffer !== 'string' || states.some((state) => typeof tokenizer[state] !== 'function')) return;
  tokenizer.fastForwardTo = function (this: SkippingTokenizer, code: number): boolean {
    const found = this.buffer.indexOf(String.fromCharCode(code), this.index + 1 - this.offset);
    if (found >= 0) {
      this.index = found + this.offset;
      return true;
    }
    this.index = this.buffer.length + this.offset - 1;
    return false;
  };
  // The next `&` of the buffer is kept between searches: a page without one would otherwise be searched to
  // its end from every run of text, quadratic.
  let searched: string | null = null;
  let nextAmpersand = -1;
  /** Moves the position to just before the next `stop` or `&` after it (the Tokenizer's loop steps onto it next). */
  const skipBefore = (t: SkippingTokenizer, stop: string): void => {
    const buffer = t.buffer;
    const from = t.index - t.offset + 1;
    if (buffer !== searched) {
      searched = buffer;
      nextAmpersand = -1;
    }
    if (nextAmpersand < from) {
      nextAmpersand = buffer.indexOf('&', from);
      if (nextAmpersand < 0) nextAmpersand = buffer.length;
    }
    let found = buffer.indexOf(stop, from);
    if (found < 0) found = buffer.length;
    t.index = Math.min(found, nextAmpersand) - 1 + t.offset;
  };
  /** A state that reacts only to `stop` and `&`, with the other characters skipped. */
  const skipping = (state: (this: SkippingTokenizer, code: number) => void, stop: string) => {
    const stopCode = stop.charCodeAt(0);
    return function (this: SkippingTokenizer, code: number): void {
      if (code === stopCode || code === AMPERSAND) state.call(this, code);
      else skipBefore(this, stop);
    };
  };
  tokenizer.stateText = skipping(tokenizer.stateText, '<');
  tokenizer.stateInAttributeValueDoubleQuotes = skipping(tokenizer.stateInAttributeValueDoubleQuotes, '"');
  tokenizer.stateInAttributeValueSingleQuotes = skipping(tokenizer.stateInAttributeValueSingleQuotes, "'");
}
