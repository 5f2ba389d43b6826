/**
 * `XinwenError`, the one error type xinwen throws, and its stable codes.
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
