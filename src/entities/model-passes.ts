/**
 * The name model's passes over a document's emission scores (see name-model.ts): the best score of any path
 * ending (forward) and going on (backward) at each character with each tag, and the best path itself (Viterbi).
 * The general passes walk each tag's allowed neighbours as lists; where no tag has more than three (a model of
 * one entity type) the passes compare exactly three, and for five tags (the shipped model's) they are written
 * out with the transitions in locals.
 */
import type { LoadedModel } from './model-file.js';

/**
 * What the passes keep from one document to the next (name-model.ts's ReadBuffers): the padded transitions,
 * worked out on the first read, and the best path's buffer, grown when a longer document comes.
 */
export interface PassBuffers {
  transitions: ThreeAWay | null | undefined;
  path: Int8Array;
}

/**
 * Best path scores ending (forward) and starting (backward) at each character and tag, written into `forward` and
 * `backward` (each of `length` times the tags), with the best path.
 */
export function maxMarginals(loaded: LoadedModel, emissions: Float64Array, length: number, buffers: PassBuffers, forward: Float64Array, backward: Float64Array) {
  const padded = (buffers.transitions ??= threeAWay(loaded));
  if (padded !== null && loaded.tags.length === 5) {
    forwardScoresFiveTags(loaded, padded, emissions, length, forward);
    backwardScoresFiveTags(loaded, padded, emissions, length, backward);
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

/**
 * forwardScoresThreeAWay for the shipped model's five tags (one entity type), written out: each tag's three
 * predecessors and their transitions' scores are held in locals for the whole document, where the general pass
 * reads them from their arrays at every character. The locals are named after the shipped model's tags in the
 * file's order (O, B, M, E, S); the code holds for any order.
 */
function forwardScoresFiveTags(loaded: LoadedModel, padded: ThreeAWay, emissions: Float64Array, length: number, forward: Float64Array): void {
  const { before, beforeScore } = padded;
  const [o0, o1, o2, b0, b1, b2, m0, m1, m2, e0, e1, e2, s0, s1, s2] = Array.from(before);
  const [oScore0, oScore1, oScore2, bScore0, bScore1, bScore2, mScore0, mScore1, mScore2, eScore0, eScore1, eScore2, sScore0, sScore1, sScore2] = Array.from(beforeScore);
  for (let t = 0; t < 5; t++) forward[t] = loaded.starts[t] + emissions[t];
  for (let i = 1; i < length; i++) {
    const previous = (i - 1) * 5;
    const here = i * 5;
    forward[here] = bestOfThree(forward[previous + o0] + oScore0, forward[previous + o1] + oScore1, forward[previous + o2] + oScore2) + emissions[here];
    forward[here + 1] = bestOfThree(forward[previous + b0] + bScore0, forward[previous + b1] + bScore1, forward[previous + b2] + bScore2) + emissions[here + 1];
    forward[here + 2] = bestOfThree(forward[previous + m0] + mScore0, forward[previous + m1] + mScore1, forward[previous + m2] + mScore2) + emissions[here + 2];
    forward[here + 3] = bestOfThree(forward[previous + e0] + eScore0, forward[previous + e1] + eScore1, forward[previous + e2] + eScore2) + emissions[here + 3];
    forward[here + 4] = bestOfThree(forward[previous + s0] + sScore0, forward[previous + s1] + sScore1, forward[previous + s2] + sScore2) + emissions[here + 4];
  }
}

/** backwardScoresThreeAWay for five tags, written out as forwardScoresFiveTags is. */
function backwardScoresFiveTags(loaded: LoadedModel, padded: ThreeAWay, emissions: Float64Array, length: number, backward: Float64Array): void {
  const { after, afterScore } = padded;
  const [o0, o1, o2, b0, b1, b2, m0, m1, m2, e0, e1, e2, s0, s1, s2] = Array.from(after);
  const [oScore0, oScore1, oScore2, bScore0, bScore1, bScore2, mScore0, mScore1, mScore2, eScore0, eScore1, eScore2, sScore0, sScore1, sScore2] = Array.from(afterScore);
  for (let t = 0; t < 5; t++) backward[(length - 1) * 5 + t] = loaded.ends[t];
  for (let i = length - 2; i >= 0; i--) {
    const next = (i + 1) * 5;
    const here = i * 5;
    // A successor's score: its transition's, then its emission, then the best from it on (the general pass's order).
    backward[here] = bestOfThree(oScore0 + emissions[next + o0] + backward[next + o0], oScore1 + emissions[next + o1] + backward[next + o1], oScore2 + emissions[next + o2] + backward[next + o2]);
    backward[here + 1] = bestOfThree(bScore0 + emissions[next + b0] + backward[next + b0], bScore1 + emissions[next + b1] + backward[next + b1], bScore2 + emissions[next + b2] + backward[next + b2]);
    backward[here + 2] = bestOfThree(mScore0 + emissions[next + m0] + backward[next + m0], mScore1 + emissions[next + m1] + backward[next + m1], mScore2 + emissions[next + m2] + backward[next + m2]);
    backward[here + 3] = bestOfThree(eScore0 + emissions[next + e0] + backward[next + e0], eScore1 + emissions[next + e1] + backward[next + e1], eScore2 + emissions[next + e2] + backward[next + e2]);
    backward[here + 4] = bestOfThree(sScore0 + emissions[next + s0] + backward[next + s0], sScore1 + emissions[next + s1] + backward[next + s1], sScore2 + emissions[next + s2] + backward[next + s2]);
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
