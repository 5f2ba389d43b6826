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

/**
 * Groups' rows of sums, one table: per group, a row per key, filled the first time the key comes. A character
 * reads one row per group and adds the rows together (see `rowOf`).
 */
export class KeyedSums {
  /**
   * Per key, `stride` numbers: the sums of the tags after O (O's are 0), the first UNFILLED until the key comes. The
   * stride is the power of two that holds them (four numbers, 16 bytes, for one entity type): as many rows a memory
   * line as can be, since a character reads one row of each group and most rows are read again and again.
   */
  readonly rows: Int32Array;
  private readonly stride: number;
  private readonly width: number;
  /** Where each group's rows start. */
  private readonly groupStart: Int32Array;
  /** The scores of a row of zeros: what a key of -1 reads. */
  private readonly zeros = 0;

  /** `size`: the number of the model's tags, O's included; `keys`: each group's number of keys. */
  constructor(size: number, keys: readonly number[]) {
    this.width = size - 1;
    let stride = 1;
    while (stride < this.width) stride *= 2;
    this.stride = stride;
    this.groupStart = new Int32Array(keys.length);
    let rowCount = 1;
    keys.forEach((count, group) => {
      this.groupStart[group] = rowCount * stride;
      rowCount += count;
    });
    this.rows = new Int32Array(rowCount * stride).fill(UNFILLED);
    this.rows.fill(0, this.zeros, this.zeros + stride);
  }

  /**
   * Where in `rows` the scores of `group`'s row for `key` start (the tags after O): the weights of the group's
   * features at character `i` of `doc`, which are summed into the row (through `sink`) the first time the key
   * comes. A key of -1 has no row: the features are added to `sink` one by one, and a row of zeros is given.
   */
  rowOf(group: number, key: number, features: FeatureGroup, doc: FeatureDoc, i: number, sink: SummingSink): number {
    if (key === -1) {
      features(doc, i, sink);
      return this.zeros;
    }
    const at = this.groupStart[group] + key * this.stride;
    if (this.rows[at] === UNFILLED) this.fill(at, features, doc, i, sink);
    return at;
  }

  /** Sums the group's features at character `i` into the row at `at`. */
  private fill(at: number, features: FeatureGroup, doc: FeatureDoc, i: number, sink: SummingSink): void {
    const { sums, at: scoresAt } = sink;
    this.rows.fill(0, at, at + this.width);
    sink.sums = this.rows;
    // The sink adds the tags after O from its `at + 1`.
    sink.at = at - 1;
    features(doc, i, sink);
    sink.sums = sums;
    sink.at = scoresAt;
  }
}

/** The first number of a row not yet filled: no sum of a group's few 16-bit weights comes near it. */
const UNFILLED = -0x40000000;
