/**
 * Look-ups over spans that are sorted and do not overlap (jieba's words, the pieces a long text is read in):
 * which one covers an offset, by binary search, so passes over a page stay linear.
 */
import type { Span } from '../types.js';

/** The index of the span covering offset `at`, or -1 where none does. */
export function spanIndexAt(spans: readonly Span[], at: number): number {
  let low = 0;
  let high = spans.length - 1;
  while (low <= high) {
    const middle = (low + high) >> 1;
    if (spans[middle].end <= at) low = middle + 1;
    else if (spans[middle].start > at) high = middle - 1;
    else return middle;
  }
  return -1;
}
