/**
 * What a failed page becomes in a batch result: a code a script can branch on and a message a
 * person can act on, never a stack trace. The codes are XinwenError's, plus two for what the
 * library itself cannot raise: `E_IO` (the page could not be read) and `E_INTERNAL` (a bug).
 */
import { XinwenError, type XinwenErrorCode } from '../errors.js';

/** Codes of a batch failure: every `XinwenError` code, `E_IO` for reading, `E_INTERNAL` for a bug. */
export type BatchErrorCode = XinwenErrorCode | 'E_IO' | 'E_INTERNAL';

/** Why one input of a batch has no article. */
export interface BatchError {
  code: BatchErrorCode;
  message: string;
}

/** An error from the operating system (fs, streams): it carries an errno code and the call that failed. */
function isSystemError(error: unknown): error is NodeJS.ErrnoException {
  return error instanceof Error && typeof (error as NodeJS.ErrnoException).code === 'string' && typeof (error as NodeJS.ErrnoException).syscall === 'string';
}

/** The batch failure for anything thrown while reading or parsing one input. */
export function failureOf(error: unknown): BatchError {
  if (error instanceof XinwenError) return { code: error.code, message: error.message };
  if (isSystemError(error)) return { code: 'E_IO', message: error.message };
  const what = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
  return { code: 'E_INTERNAL', message: `internal error (a bug in xinwen: please report it with the input): ${what}` };
}
