/**
 * The shipped tagger model: feature names, quantized weights and gazetteer lists, stored as
 * plain JSON so Node, vitest and the extension bundle all load it with a static import.
 */
import { buildGazetteer, type Gazetteer } from './gazetteer.ts';
import { NUM_TAGS, TAGS } from './tags.ts';
import type { WeightTable } from './tagger.ts';

/** The on-disk form written by `npm run train:ner`. */
export interface SerializedModel {
  version: number;
  tags: string[];
  /** Feature names, one per row, joined by "\n". */
  features: string;
  /** Base64 of an Int8Array: one row of `tags.length` log-scale weight codes per feature. */
  weights: string;
  /** Code q (1..127) stands for ±minWeight * exp((q - 1) * step); 0 is 0. */
  quantization: { minWeight: number; step: number };
  /** Gazetteer category -> lowercased phrases. */
  gazetteer: Record<string, string[]>;
  /** Training facts, for the record. */
  meta: Record<string, unknown>;
}

/** A model ready to tag: a weight table plus its gazetteer. */
export interface LoadedModel {
  table: WeightTable;
  gazetteer: Gazetteer;
}

/**
 * Weight table over dense float rows, one row per known feature, indexed by template then
 * value: values are mostly the document's own word strings, whose hashes V8 has already
 * cached, so a lookup builds no new string.
 */
class RowTable implements WeightTable {
  constructor(
    private readonly rows: Map<string, Map<string, number>>,
    private readonly weights: Float32Array,
  ) {}
  addTo(feature: string, scores: Float64Array): void {
    const eq = feature.indexOf('=');
    if (eq < 0) this.addPair(feature, '', scores);
    else this.addPair(feature.slice(0, eq), feature.slice(eq + 1), scores);
  }
  addPair(template: string, value: string, scores: Float64Array): void {
    const row = this.rows.get(template)?.get(value);
    if (row === undefined) return;
    const w = this.weights;
    for (let t = 0, k = row * NUM_TAGS; t < NUM_TAGS; t++, k++) scores[t]! += w[k]!;
  }
}

/** Decodes base64 without Node's Buffer, so it runs in the browser too. */
function fromBase64(b64: string): Int8Array {
  const bin = atob(b64);
  const bytes = new Int8Array(bin.length);
  for (let i = 0; i < bin.length; i++) bytes[i] = (bin.charCodeAt(i) << 24) >> 24;
  return bytes;
}

/** Turns the serialized model into lookup tables. */
export function loadModel(data: SerializedModel): LoadedModel {
  if (data.tags.join() !== TAGS.join()) throw new Error('entity model: tag set mismatch; retrain with npm run train:ner');
  const names = data.features.split('\n');
  const rows = new Map<string, Map<string, number>>();
  for (let i = 0; i < names.length; i++) {
    const name = names[i]!;
    const eq = name.indexOf('=');
    const template = eq < 0 ? name : name.slice(0, eq);
    let values = rows.get(template);
    if (!values) rows.set(template, (values = new Map()));
    values.set(eq < 0 ? '' : name.slice(eq + 1), i);
  }
  const codes = fromBase64(data.weights);
  if (codes.length !== names.length * NUM_TAGS) throw new Error('entity model: weights do not match features');
  const { minWeight, step } = data.quantization;
  const values = new Float32Array(256);
  for (let q = 1; q <= 127; q++) {
    values[128 + q] = minWeight * Math.exp((q - 1) * step);
    values[128 - q] = -values[128 + q]!;
  }
  const weights = new Float32Array(codes.length);
  for (let k = 0; k < codes.length; k++) weights[k] = values[128 + codes[k]!]!;
  return { table: new RowTable(rows, weights), gazetteer: buildGazetteer(data.gazetteer) };
}
