/**
 * A constant-time stack of open tags for htmlparser2's Parser. The Parser keeps its open elements in
 * an array with the innermost first and opens and closes with `unshift`/`shift`, which move every
 * element: on a page nested 100k deep (unclosed `<div>`s) that is quadratic, seconds of CPU. This
 * stack offers the same view (index 0 is the innermost; `shift`, `unshift`, `indexOf`, `length`)
 * over an array kept outermost-first, so opening and closing cost O(1). The Parser's behaviour is
 * unchanged; only where the elements sit in memory differs.
 */

/** Indices a stack reads through getters shared by every stack: deeper than most pages nest. */
const SHARED_GETTERS = 64;

/** The array methods the Parser calls on its tag stacks, innermost first. */
interface TopFirst<T> {
  length: number;
  shift(): T | undefined;
  unshift(item: T): number;
  indexOf(item: T): number;
}

/**
 * A stack read innermost-first, stored outermost-first. Index 0 (read on every tag) is a getter of the class;
 * deeper indices (read only when the document ends) up to {@link SHARED_GETTERS} have getters made once on the
 * class's prototype (a getter made on each new stack cost a page about 1 % of its reading), and the rare deeper
 * ones get a getter on the instance the first time the stack is that deep, so no read goes through a Proxy trap.
 */
class TopFirstStack<T> implements TopFirst<T> {
  static {
    for (let index = 1; index < SHARED_GETTERS; index++) {
      Object.defineProperty(TopFirstStack.prototype, index, {
        get(this: TopFirstStack<unknown>) {
          return this.items[this.items.length - 1 - index];
        },
      });
    }
  }

  private readonly items: T[] = [];
  /** Indices below this have a getter. */
  private readable = SHARED_GETTERS;

  constructor(initial: readonly T[]) {
    for (let index = initial.length - 1; index >= 0; index--) this.unshift(initial[index]);
  }

  get 0(): T | undefined {
    return this.items[this.items.length - 1];
  }

  get length(): number {
    return this.items.length;
  }

  set length(size: number) {
    // Shortening keeps the innermost-first reading: drop from the outermost end.
    if (size < this.items.length) this.items.splice(0, this.items.length - size);
  }

  shift(): T | undefined {
    return this.items.pop();
  }

  unshift(item: T): number {
    const size = this.items.push(item);
    while (this.readable < size) {
      const index = this.readable++;
      Object.defineProperty(this, index, { get: () => this.items[this.items.length - 1 - index] });
    }
    return size;
  }

  indexOf(item: T): number {
    const { items } = this;
    for (let index = items.length - 1; index >= 0; index--) if (items[index] === item) return items.length - 1 - index;
    return -1;
  }
}

/**
 * Gives `parser` constant-time tag stacks where it has the array fields this module knows
 * (htmlparser2 10: `stack`, `foreignContext`); a Parser laid out otherwise is left as it is.
 */
export function withConstantTimeStacks<P extends object>(parser: P): P {
  const fields = parser as unknown as Record<string, unknown>;
  for (const field of ['stack', 'foreignContext']) {
    const current = fields[field];
    if (Array.isArray(current)) fields[field] = new TopFirstStack(current);
  }
  return parser;
}

/** Whether `parser` runs on the constant-time stacks (for the test that guards against a Parser upgrade). */
export function hasConstantTimeStacks(parser: object): boolean {
  const fields = parser as Record<string, unknown>;
  return ['stack', 'foreignContext'].every((field) => fields[field] !== undefined && !Array.isArray(fields[field]));
}
