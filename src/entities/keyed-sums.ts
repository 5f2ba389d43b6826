/**
 * The summed weights of a group of a character's features, kept by the group's key (name-features.ts: a whole
 * number below the group's number of keys that packs everything its features read, so that characters with the
 * same key have the same features). A character then adds one row of sums read straight at its key where it
 * hashed and looked up each feature of the group. The weights are whole numbers summed in whole numbers: a kept
 * sum is exactly the sum of the features added one by one.
 */
import type { FeatureDoc, FeatureSink } from './name-features.js';

/** A sink that adds the weights of the features it is given to `sums`, the tags after O from `at + 1` on. */
export interface SummingSink extends FeatureSink {
  sums: Int32Array;
  at: number;
}

/** Writes the features of a group at character `i` of `doc` into `sink`. */
export type FeatureGroup = (doc: FeatureDoc, i: number, sink: FeatureSink) => void;

export class KeyedSums {
  /** Per key, `stride` numbers: 1 once its sums are in, then a row of scores (O's column first, 0). */
  private readonly rows: Int32Array;
  private readonly stride: number;

  /** `size`: the number of the model's tags, O's included; `keys`: the group's number of keys. */
  constructor(
    private readonly size: number,
    keys: number,
  ) {
    let stride = 2;
    while (stride < size + 1) stride *= 2;
    this.stride = stride;
    this.rows = new Int32Array(keys * stride);
  }

  /**
   * Adds the weights of `group`'s features at character `i` of `doc`, whose key is `key`, to `sink`'s current
   * scores: from the key's row, which they are summed into (through `sink`) the first time the key comes. A key
   * of -1 has no row: the features are added one by one.
   */
  add(key: number, group: FeatureGroup, doc: FeatureDoc, i: number, sink: SummingSink): void {
    if (key === -1) {
      group(doc, i, sink);
      return;
    }
    const { rows, size } = this;
    const at = key * this.stride;
    if (rows[at] === 0) this.fill(at, group, doc, i, sink);
    const target = sink.sums;
    const to = sink.at;
    // The shipped model's four tags after O, written out (see ScoringSink.add).
    if (size === 5) {
      target[to + 1] += rows[at + 2];
      target[to + 2] += rows[at + 3];
      target[to + 3] += rows[at + 4];
      target[to + 4] += rows[at + 5];
    } else for (let t = 1; t < size; t++) target[to + t] += rows[at + 1 + t];
  }

  /** Sums the group's features at character `i` into the row at `at` (whose scores start at `at + 1`). */
  private fill(at: number, group: FeatureGroup, doc: FeatureDoc, i: number, sink: SummingSink): void {
    const { sums, at: scoresAt } = sink;
    this.rows[at] = 1;
    sink.sums = this.rows;
    sink.at = at + 1;
    group(doc, i, sink);
    sink.sums = sums;
    sink.at = scoresAt;
  }
}
