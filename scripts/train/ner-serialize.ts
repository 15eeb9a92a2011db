/**
 * Shrinks trained weights for shipping. Perceptron weights are heavy-tailed (the bias and
 * frequent words reach thousands, most features stay near 1), so each weight becomes a
 * signed log-scale byte: relative error of a few percent at any magnitude. Weights below
 * `minWeight` round to zero, and rows that are all zero are dropped with their features.
 */
import type { SerializedModel } from '../../lib/story/entities/model.ts';
import { NUM_TAGS, TAGS } from '../../lib/story/entities/tags.ts';

export interface QuantizeOptions {
  /** Smallest |weight| kept; smaller ones become 0. */
  minWeight: number;
}

/** Builds the serialized model from averaged weights. */
export function serializeModel(
  index: Map<string, number>,
  weights: Float32Array,
  gazetteer: Record<string, string[]>,
  opts: QuantizeOptions,
  meta: Record<string, unknown>,
): SerializedModel {
  let largest = opts.minWeight;
  for (let k = 0; k < weights.length; k++) largest = Math.max(largest, Math.abs(weights[k]!));
  // Code q in 1..127 stands for minWeight * exp((q - 1) * step).
  const step = Math.log(largest / opts.minWeight) / 126 || 1;
  const quantize = (w: number) => {
    const a = Math.abs(w);
    if (a < opts.minWeight) return 0;
    const q = 1 + Math.round(Math.log(a / opts.minWeight) / step);
    return Math.sign(w) * Math.min(127, q);
  };

  const names: string[] = [];
  const bytes: number[] = [];
  // Sorted feature names make the file stable across runs and compress better.
  for (const [name, id] of [...index].sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0))) {
    const row = new Array<number>(NUM_TAGS);
    let max = 0;
    for (let t = 0; t < NUM_TAGS; t++) {
      const q = quantize(weights[id * NUM_TAGS + t]!);
      row[t] = q;
      max = Math.max(max, Math.abs(q));
    }
    if (max === 0) continue;
    names.push(name);
    // Sparse row: a 3-byte mask of the tags with a weight, then their codes (3/4 are zero).
    let mask = 0;
    row.forEach((q, t) => (mask |= q !== 0 ? 1 << t : 0));
    bytes.push(mask & 0xff, (mask >> 8) & 0xff, (mask >> 16) & 0xff);
    for (const q of row) if (q !== 0) bytes.push(q & 0xff);
  }
  return {
    version: 2,
    tags: [...TAGS],
    features: names.join('\n'),
    weights: toBase64(Uint8Array.from(bytes)),
    quantization: { minWeight: opts.minWeight, step },
    gazetteer,
    meta: { ...meta, features: names.length },
  };
}

function toBase64(bytes: Uint8Array): string {
  let bin = '';
  for (let i = 0; i < bytes.length; i += 0x8000) bin += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(bin);
}
