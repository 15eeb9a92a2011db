/**
 * Averaged perceptron over string features and a fixed tag set, trained online with the
 * same greedy two-pass decoding the shipped tagger uses (see lib/entities/tagger.ts).
 */
import { featureName } from '../../lib/story/entities/features.ts';
import { rowsByTemplate } from '../../lib/story/entities/model.ts';
import { NUM_TAGS } from '../../lib/story/entities/tags.ts';
import type { WeightTable } from '../../lib/story/entities/tagger.ts';

export class AveragedPerceptron {
  readonly index = new Map<string, number>();
  private weights: Float32Array;
  private totals: Float64Array;
  private stamps: Float64Array;
  /** Number of decisions seen so far: the averaging clock. */
  private clock = 0;
  /** When set, features not yet in the index are ignored instead of added (frozen vocabulary). */
  frozen = false;

  constructor(capacity = 1 << 20) {
    this.weights = new Float32Array(capacity * NUM_TAGS);
    this.totals = new Float64Array(capacity * NUM_TAGS);
    this.stamps = new Float64Array(capacity * NUM_TAGS);
  }

  /** Row of a feature, adding it unless the vocabulary is frozen (-1: unknown). */
  id(feature: string, create = !this.frozen): number {
    let id = this.index.get(feature);
    if (id === undefined) {
      if (!create) return -1;
      id = this.index.size;
      if ((id + 1) * NUM_TAGS > this.weights.length) this.grow();
      this.index.set(feature, id);
    }
    return id;
  }

  private grow(): void {
    const resize = <T extends Float32Array | Float64Array>(a: T): T => {
      const b = new (a.constructor as new (n: number) => T)(a.length * 2);
      b.set(a);
      return b;
    };
    this.weights = resize(this.weights);
    this.totals = resize(this.totals);
    this.stamps = resize(this.stamps);
  }

  addTo(feature: string, scores: Float64Array): void {
    const id = this.index.get(feature);
    if (id !== undefined) this.addRow(id, scores);
  }

  addPair(template: string, value: string, scores: Float64Array): void {
    this.addTo(featureName(template, value), scores);
  }

  addRow(id: number, scores: Float64Array): void {
    const base = id * NUM_TAGS;
    for (let t = 0; t < NUM_TAGS; t++) scores[t]! += this.weights[base + t]!;
  }

  /** Advances the averaging clock by one decision. */
  tick(): void {
    this.clock++;
  }

  /** Moves weight from the predicted tag to the gold tag for every feature row given. */
  update(rows: Iterable<number>, gold: number, predicted: number): void {
    if (gold === predicted) return;
    for (const id of rows) {
      if (id < 0) continue;
      this.bump(id * NUM_TAGS + gold, 1);
      this.bump(id * NUM_TAGS + predicted, -1);
    }
  }

  private bump(k: number, delta: number): void {
    this.totals[k]! += (this.clock - this.stamps[k]!) * this.weights[k]!;
    this.stamps[k] = this.clock;
    this.weights[k]! += delta;
  }

  /** The averaged weights, one row of NUM_TAGS per feature in index order. */
  averaged(): Float32Array {
    const n = this.index.size * NUM_TAGS;
    const avg = new Float32Array(n);
    const c = Math.max(1, this.clock);
    for (let k = 0; k < n; k++) avg[k] = (this.totals[k]! + (c - this.stamps[k]!) * this.weights[k]!) / c;
    return avg;
  }
}

/** A read-only weight table over averaged weights (to score dev before quantizing). */
export class FloatTable implements WeightTable {
  private byTemplate: Map<string, Map<string, number>> | null = null;
  constructor(
    private readonly index: Map<string, number>,
    private readonly weights: Float32Array,
  ) {}
  rowsOf(template: string): ReadonlyMap<string, number> | undefined {
    this.byTemplate ??= rowsByTemplate(this.index);
    return this.byTemplate.get(template);
  }
  addTo(feature: string, scores: Float64Array): void {
    const id = this.index.get(feature);
    if (id !== undefined) this.addRow(id, scores);
  }
  addRow(id: number, scores: Float64Array): void {
    const base = id * NUM_TAGS;
    for (let t = 0; t < NUM_TAGS; t++) scores[t]! += this.weights[base + t]!;
  }
}
