/**
 * `XinwenError`, the one error type xinwen throws, and its stable codes; and the checks every public
 * function runs on its input and options before any work, so bad arguments get the same codes and
 * messages from each entry point.
 */
/** Stable error codes: callers branch on these, so they never change meaning. */
export type XinwenErrorCode =
  | 'E_INPUT_TYPE'
  | 'E_INPUT_EMPTY'
  | 'E_ENCODING'
  | 'E_TOO_LARGE'
  | 'E_OPTION'
  | 'E_NATIVE';

/**
 * The one error type xinwen throws. `code` is stable across versions;
 * `message` says what was wrong and what to do about it.
 */
export class XinwenError extends Error {
  readonly code: XinwenErrorCode;

  constructor(code: XinwenErrorCode, message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'XinwenError';
    this.code = code;
  }
}

/** What a value is, in words for an error message (`null`, `an array`, `a Map`, `function`). */
export function describeValue(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  if (value instanceof ArrayBuffer) return 'an ArrayBuffer (wrap it in a Uint8Array)';
  if (typeof value === 'object') {
    const name = (value as object).constructor?.name;
    return name && name !== 'Object' ? `a ${name}` : 'an object';
  }
  return typeof value;
}

/**
 * `text` as a string, or `E_INPUT_TYPE` naming the function and what it got.
 * @throws XinwenError `E_INPUT_TYPE`
 */
export function checkText(text: unknown, caller: string): string {
  if (typeof text !== 'string') throw new XinwenError('E_INPUT_TYPE', `${caller} expects a string; got ${describeValue(text)}`);
  return text;
}

// Every option name of any public xinwen function. A pipeline often hands one options object to several
// engines (`{ referenceDate }` to extractDates and extractOfficials alike): a name another engine knows is
// accepted and ignored where it does not apply; a name no engine knows is a misspelling and refused.
const ANY_ENGINE_OPTION = new Set([
  'format', 'encoding', 'referenceDate', 'url', 'script', 'tokens', 'analyze', 'maxSize', 'explain', 'nameThreshold',
  'credited', 'outlets', 'title', 'bylines', 'granularity', 'names', 'protect', 'dates', 'publishedDate', 'calendar',
  'concurrency', 'segmenter',
]);

/**
 * The options object of `caller`: `undefined` and `null` read as no options; anything but a plain
 * object, or a key that is no xinwen option at all, is `E_OPTION` (a misspelt option would otherwise be
 * ignored silently). Options of the other engines are ignored here.
 * @throws XinwenError `E_OPTION`
 */
export function checkOptionNames<T extends object>(options: unknown, caller: string, known: readonly (keyof T & string)[]): Partial<T> {
  if (options === undefined || options === null) return {};
  if (typeof options !== 'object' || Array.isArray(options)) {
    throw new XinwenError('E_OPTION', `${caller} options must be an object; got ${describeValue(options)}`);
  }
  for (const name of Object.keys(options)) {
    if (!(known as readonly string[]).includes(name) && !ANY_ENGINE_OPTION.has(name)) {
      throw new XinwenError('E_OPTION', `${caller} has no option "${name}"; its options are ${known.join(', ')}`);
    }
  }
  return options as Partial<T>;
}

/** `E_OPTION` unless `value` is undefined or one of `allowed`. */
export function checkOneOf(value: unknown, name: string, allowed: readonly string[]): void {
  if (value !== undefined && !allowed.includes(value as string)) {
    throw new XinwenError('E_OPTION', `options.${name} must be ${allowed.map((item) => `'${item}'`).join(', ')}; got ${String(value)}`);
  }
}

/** `E_OPTION` unless `value` is undefined or a boolean. */
export function checkBoolean(value: unknown, name: string): void {
  if (value !== undefined && typeof value !== 'boolean') throw new XinwenError('E_OPTION', `options.${name} must be true or false; got ${describeValue(value)}`);
}

/** `E_OPTION` unless `value` is undefined or a number in [min, max]. */
export function checkNumberIn(value: unknown, name: string, min: number, max: number): void {
  if (value === undefined) return;
  if (typeof value !== 'number' || !(value >= min && value <= max)) {
    throw new XinwenError('E_OPTION', `options.${name} must be a number from ${min} to ${max}; got ${String(value)}`);
  }
}

/** `E_OPTION` unless `value` is undefined or an array each item of which passes `isItem` (`what` names an item). */
export function checkArrayOf(value: unknown, name: string, what: string, isItem: (item: unknown) => boolean): void {
  if (value === undefined) return;
  if (!Array.isArray(value)) throw new XinwenError('E_OPTION', `options.${name} must be an array of ${what}; got ${describeValue(value)}`);
  for (let index = 0; index < value.length; index++) {
    if (!isItem(value[index])) throw new XinwenError('E_OPTION', `options.${name}[${index}] is not ${what}; got ${describeValue(value[index])}`);
  }
}

/**
 * `E_OPTION` unless `value` is undefined or an array of spans inside a text of `length` UTF-16 units:
 * whole-number `start` ≤ `end`, both within [0, length]. A span outside its text would give a token or
 * finding that does not slice the text.
 */
export function checkSpans(value: unknown, name: string, length: number, extra?: (span: Record<string, unknown>) => string | null): void {
  if (value === undefined) return;
  if (!Array.isArray(value)) throw new XinwenError('E_OPTION', `options.${name} must be an array of { start, end } spans; got ${describeValue(value)}`);
  for (let index = 0; index < value.length; index++) {
    const span = value[index] as Record<string, unknown> | null;
    if (span === null || typeof span !== 'object') throw new XinwenError('E_OPTION', `options.${name}[${index}] must be a { start, end } span; got ${describeValue(span)}`);
    const { start, end } = span;
    if (!Number.isInteger(start) || !Number.isInteger(end)) {
      throw new XinwenError('E_OPTION', `options.${name}[${index}] must have whole-number start and end; got ${String(start)}, ${String(end)}`);
    }
    if ((start as number) < 0 || (start as number) > (end as number) || (end as number) > length) {
      throw new XinwenError('E_OPTION', `options.${name}[${index}] (${String(start)}–${String(end)}) is not a span of the text, which has ${length} UTF-16 units`);
    }
    const problem = extra?.(span);
    if (problem) throw new XinwenError('E_OPTION', `options.${name}[${index}] ${problem}`);
  }
}
