/**
 * The name model's passes over a document's emission scores (see name-model.ts): the best score of any path
 * ending (forward) and going on (backward) at each character with each tag, and the best path itself (Viterbi).
 * The general passes walk each tag's allowed neighbours as lists; where no tag has more than three (a model of
 * one entity type) the passes compare exactly three, and for the shipped model's transitions they are written out
 * with the transitions' scores and the neighbouring character's scores in locals.
 */
import type { LoadedModel } from './model-file.js';

/**
 * What the passes keep from one document to the next (name-model.ts's ReadBuffers): the padded transitions,
 * worked out on the first read, and the best path's buffer, grown when a longer document comes.
 */
export interface PassBuffers {
  transitions: ThreeAWay | null | undefined;
  /** Whether the padded transitions are the shipped model's (hasShippedTransitions), worked out on the first read. */
  shipped: boolean | undefined;
  path: Int8Array;
}

/**
 * Best path scores ending (forward) and starting (backward) at each character and tag, written into `forward` and
 * `backward` (each of `length` times the tags), with the best path.
 */
export function maxMarginals(loaded: LoadedModel, emissions: Float64Array, length: number, buffers: PassBuffers, forward: Float64Array, backward: Float64Array) {
  const padded = (buffers.transitions ??= threeAWay(loaded));
  if (padded !== null && (buffers.shipped ??= hasShippedTransitions(padded))) {
    forwardScoresShipped(loaded, padded, emissions, length, forward);
    backwardScoresShipped(loaded, padded, emissions, length, backward);
  } else if (padded !== null) {
    forwardScoresThreeAWay(loaded, padded, emissions, length, forward);
    backwardScoresThreeAWay(loaded, padded, emissions, length, backward);
  } else {
    forwardScores(loaded, emissions, length, forward);
    backwardScores(loaded, emissions, length, backward);
  }
  const { path, best } = bestPath(loaded, padded, forward, length, buffers);
  return { path, best };
}

// The allowed transitions are flat lists: for tag t, its predecessors are before[beforeAt[t] … beforeAt[t + 1]),
// the score of each in beforeScore (likewise its successors in after and afterScore). Each pass keeps, for
// every character and tag, the greatest of the scores through the allowed neighbours, compared in list order
// with `>` (so of equal scores the first stays, to the sign of a zero).

/**
 * The transitions padded to exactly three per tag, where no tag has more (a model of one entity type: O, B,
 * M, E, S): a missing one scores -Infinity and so never wins a comparison, and the passes compare three
 * scores without a loop over a list. Null for a model with more, which takes the general passes.
 */
export interface ThreeAWay {
  before: Int32Array;
  beforeScore: Float64Array;
  after: Int32Array;
  afterScore: Float64Array;
}

function threeAWay(loaded: LoadedModel): ThreeAWay | null {
  const size = loaded.tags.length;
  const pad = (list: Int32Array, at: Int32Array, scores: Float64Array) => {
    const tags = new Int32Array(size * 3);
    const padScores = new Float64Array(size * 3).fill(-Infinity);
    for (let t = 0; t < size; t++) {
      if (at[t + 1] - at[t] > 3 || at[t + 1] === at[t]) return null;
      for (let j = 0; j < 3; j++) {
        const k = at[t] + j;
        tags[t * 3 + j] = k < at[t + 1] ? list[k] : list[at[t]];
        if (k < at[t + 1]) padScores[t * 3 + j] = scores[k];
      }
    }
    return { tags, scores: padScores };
  };
  const before = pad(loaded.before, loaded.beforeAt, loaded.beforeScore);
  const after = pad(loaded.after, loaded.afterAt, loaded.afterScore);
  return before && after ? { before: before.tags, beforeScore: before.scores, after: after.tags, afterScore: after.scores } : null;
}

/** The best score of any path ending at each character with each tag, into `forward`. */
function forwardScores(loaded: LoadedModel, emissions: Float64Array, length: number, forward: Float64Array): void {
  const size = loaded.tags.length;
  const { starts, before, beforeAt, beforeScore } = loaded;
  for (let t = 0; t < size; t++) forward[t] = starts[t] + emissions[t];
  for (let i = 1; i < length; i++) {
    const previous = (i - 1) * size;
    const here = i * size;
    for (let t = 0; t < size; t++) {
      let best = -Infinity;
      for (let k = beforeAt[t]; k < beforeAt[t + 1]; k++) {
        const score = forward[previous + before[k]] + beforeScore[k];
        if (score > best) best = score;
      }
      forward[here + t] = best + emissions[here + t];
    }
  }
}

/** forwardScores, three predecessors a tag. */
function forwardScoresThreeAWay(loaded: LoadedModel, padded: ThreeAWay, emissions: Float64Array, length: number, forward: Float64Array): void {
  const size = loaded.tags.length;
  const { before, beforeScore } = padded;
  for (let t = 0; t < size; t++) forward[t] = loaded.starts[t] + emissions[t];
  for (let i = 1; i < length; i++) {
    const previous = (i - 1) * size;
    const here = i * size;
    for (let t = 0; t < size; t++) {
      const k = t * 3;
      let best = forward[previous + before[k]] + beforeScore[k];
      const second = forward[previous + before[k + 1]] + beforeScore[k + 1];
      if (second > best) best = second;
      const third = forward[previous + before[k + 2]] + beforeScore[k + 2];
      if (third > best) best = third;
      forward[here + t] = best + emissions[here + t];
    }
  }
}

/** The greatest of three scores, compared in order with `>` (of equal scores the first stays), as the passes compare. */
function bestOfThree(first: number, second: number, third: number): number {
  let best = first;
  if (second > best) best = second;
  if (third > best) best = third;
  return best;
}

// The shipped model's transitions (one entity type, its tags in the file's order O, B, M, E, S), padded three a tag
// (ThreeAWay): each tag's predecessors, then each tag's successors, in the order the passes compare them. O, B and S
// come after O, E or S; M and E after B or M (their third, padded, never wins). O, E and S go on to O, B or S; B and M
// to M or E.
const SHIPPED_BEFORE = [0, 3, 4, 0, 3, 4, 1, 2, 1, 1, 2, 1, 0, 3, 4];
const SHIPPED_AFTER = [0, 1, 4, 2, 3, 2, 2, 3, 2, 0, 1, 4, 0, 1, 4];
/** Where, in the padded lists above, a tag's padding is (its score -Infinity). */
const SHIPPED_BEFORE_PADDING = [8, 11];
const SHIPPED_AFTER_PADDING = [5, 8];

/** Whether the padded transitions are the shipped model's, which the passes below write out. */
function hasShippedTransitions(padded: ThreeAWay): boolean {
  const same = (list: Int32Array, expected: readonly number[]) => list.length === expected.length && expected.every((tag, k) => list[k] === tag);
  return (
    same(padded.before, SHIPPED_BEFORE) &&
    same(padded.after, SHIPPED_AFTER) &&
    SHIPPED_BEFORE_PADDING.every((k) => padded.beforeScore[k] === -Infinity) &&
    SHIPPED_AFTER_PADDING.every((k) => padded.afterScore[k] === -Infinity)
  );
}

/** The greater of two scores, compared with `>` (of equal scores the first stays), as bestOfThree with a padded third. */
function bestOfTwo(first: number, second: number): number {
  return second > first ? second : first;
}

/**
 * forwardScoresThreeAWay for the shipped model's transitions (hasShippedTransitions), written out: the scores of the
 * character before are carried in locals from one character to the next and each transition's score is a local, where
 * the general pass reads both from arrays at every character; a tag with two predecessors compares two. The same
 * sums in the same order, compared alike: the same numbers to the last bit.
 */
function forwardScoresShipped(loaded: LoadedModel, padded: ThreeAWay, emissions: Float64Array, length: number, forward: Float64Array): void {
  const score = padded.beforeScore;
  // Per tag, the scores of the transitions from its predecessors, in SHIPPED_BEFORE's order.
  const [oFromO, oFromE, oFromS, bFromO, bFromE, bFromS, mFromB, mFromM, , eFromB, eFromM, , sFromO, sFromE, sFromS] = Array.from(score);
  const { starts } = loaded;
  let o = starts[0] + emissions[0];
  let b = starts[1] + emissions[1];
  let m = starts[2] + emissions[2];
  let e = starts[3] + emissions[3];
  let s = starts[4] + emissions[4];
  forward[0] = o;
  forward[1] = b;
  forward[2] = m;
  forward[3] = e;
  forward[4] = s;
  for (let i = 1; i < length; i++) {
    const here = i * 5;
    const nextO = bestOfThree(o + oFromO, e + oFromE, s + oFromS) + emissions[here];
    const nextB = bestOfThree(o + bFromO, e + bFromE, s + bFromS) + emissions[here + 1];
    const nextM = bestOfTwo(b + mFromB, m + mFromM) + emissions[here + 2];
    const nextE = bestOfTwo(b + eFromB, m + eFromM) + emissions[here + 3];
    const nextS = bestOfThree(o + sFromO, e + sFromE, s + sFromS) + emissions[here + 4];
    forward[here] = o = nextO;
    forward[here + 1] = b = nextB;
    forward[here + 2] = m = nextM;
    forward[here + 3] = e = nextE;
    forward[here + 4] = s = nextS;
  }
}

/** backwardScoresThreeAWay for the shipped model's transitions, written out as forwardScoresShipped is. */
function backwardScoresShipped(loaded: LoadedModel, padded: ThreeAWay, emissions: Float64Array, length: number, backward: Float64Array): void {
  const score = padded.afterScore;
  // Per tag, the scores of the transitions to its successors, in SHIPPED_AFTER's order.
  const [oToO, oToB, oToS, bToM, bToE, , mToM, mToE, , eToO, eToB, eToS, sToO, sToB, sToS] = Array.from(score);
  const { ends } = loaded;
  const last = (length - 1) * 5;
  let o = ends[0];
  let b = ends[1];
  let m = ends[2];
  let e = ends[3];
  let s = ends[4];
  backward[last] = o;
  backward[last + 1] = b;
  backward[last + 2] = m;
  backward[last + 3] = e;
  backward[last + 4] = s;
  for (let i = length - 2; i >= 0; i--) {
    const next = (i + 1) * 5;
    const here = i * 5;
    const emissionO = emissions[next];
    const emissionB = emissions[next + 1];
    const emissionM = emissions[next + 2];
    const emissionE = emissions[next + 3];
    const emissionS = emissions[next + 4];
    // A successor's score: its transition's, then its emission, then the best from it on (the general pass's order).
    const here0 = bestOfThree(oToO + emissionO + o, oToB + emissionB + b, oToS + emissionS + s);
    const here1 = bestOfTwo(bToM + emissionM + m, bToE + emissionE + e);
    const here2 = bestOfTwo(mToM + emissionM + m, mToE + emissionE + e);
    const here3 = bestOfThree(eToO + emissionO + o, eToB + emissionB + b, eToS + emissionS + s);
    const here4 = bestOfThree(sToO + emissionO + o, sToB + emissionB + b, sToS + emissionS + s);
    backward[here] = o = here0;
    backward[here + 1] = b = here1;
    backward[here + 2] = m = here2;
    backward[here + 3] = e = here3;
    backward[here + 4] = s = here4;
  }
}

/** The best score of any path going on from each character with each tag, not counting that character's emission, into `backward`. */
function backwardScores(loaded: LoadedModel, emissions: Float64Array, length: number, backward: Float64Array): void {
  const size = loaded.tags.length;
  const { ends, after, afterAt, afterScore } = loaded;
  for (let t = 0; t < size; t++) backward[(length - 1) * size + t] = ends[t];
  for (let i = length - 2; i >= 0; i--) {
    const next = (i + 1) * size;
    const here = i * size;
    for (let t = 0; t < size; t++) {
      let best = -Infinity;
      for (let k = afterAt[t]; k < afterAt[t + 1]; k++) {
        const n = after[k];
        const score = afterScore[k] + emissions[next + n] + backward[next + n];
        if (score > best) best = score;
      }
      backward[here + t] = best;
    }
  }
}

/** backwardScores, three successors a tag. */
function backwardScoresThreeAWay(loaded: LoadedModel, padded: ThreeAWay, emissions: Float64Array, length: number, backward: Float64Array): void {
  const size = loaded.tags.length;
  const { after, afterScore } = padded;
  for (let t = 0; t < size; t++) backward[(length - 1) * size + t] = loaded.ends[t];
  for (let i = length - 2; i >= 0; i--) {
    const next = (i + 1) * size;
    const here = i * size;
    for (let t = 0; t < size; t++) {
      const k = t * 3;
      let best = afterScore[k] + emissions[next + after[k]] + backward[next + after[k]];
      const second = afterScore[k + 1] + emissions[next + after[k + 1]] + backward[next + after[k + 1]];
      if (second > best) best = second;
      const third = afterScore[k + 2] + emissions[next + after[k + 2]] + backward[next + after[k + 2]];
      if (third > best) best = third;
      backward[here + t] = best;
    }
  }
}

/**
 * The best path (Viterbi), traced back from its best last tag: the predecessor of each tag is found again
 * only for the one tag the path takes (the first of the best, in the order of `before`), so the forward pass
 * keeps no back-pointers.
 */
function bestPath(loaded: LoadedModel, padded: ThreeAWay | null, forward: Float64Array, length: number, buffers: PassBuffers): { path: Int8Array; best: number } {
  const size = loaded.tags.length;
  const { ends, before, beforeAt, beforeScore } = loaded;
  if (buffers.path.length < length) buffers.path = new Int8Array(length);
  const path = buffers.path;
  let best = -Infinity;
  for (let t = 0; t < size; t++) {
    const score = forward[(length - 1) * size + t] + ends[t];
    if (score > best) {
      best = score;
      path[length - 1] = t;
    }
  }
  if (padded !== null) {
    traceThreeAWay(padded, forward, length, size, path);
    return { path, best };
  }
  for (let i = length - 1; i > 0; i--) {
    const previous = (i - 1) * size;
    const tag = path[i];
    let bestBefore = -Infinity;
    let arg = 0;
    for (let k = beforeAt[tag]; k < beforeAt[tag + 1]; k++) {
      const score = forward[previous + before[k]] + beforeScore[k];
      if (score > bestBefore) {
        bestBefore = score;
        arg = before[k];
      }
    }
    path[i - 1] = arg;
  }
  return { path, best };
}

/**
 * bestPath's trace back, three predecessors a tag (ThreeAWay): the same comparisons in the same order, a padded
 * predecessor (-Infinity) never winning one, without a loop over a list.
 */
function traceThreeAWay(padded: ThreeAWay, forward: Float64Array, length: number, size: number, path: Int8Array): void {
  const { before, beforeScore } = padded;
  for (let i = length - 1; i > 0; i--) {
    const previous = (i - 1) * size;
    const k = path[i] * 3;
    let bestBefore = -Infinity;
    let arg = 0;
    const first = forward[previous + before[k]] + beforeScore[k];
    if (first > bestBefore) {
      bestBefore = first;
      arg = before[k];
    }
    const second = forward[previous + before[k + 1]] + beforeScore[k + 1];
    if (second > bestBefore) {
      bestBefore = second;
      arg = before[k + 1];
    }
    if (forward[previous + before[k + 2]] + beforeScore[k + 2] > bestBefore) arg = before[k + 2];
    path[i - 1] = arg;
  }
}
