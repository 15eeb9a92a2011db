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
  /**
   * Base64 of one sparse row per feature: a 3-byte little-endian mask of the tags that have
   * a weight, then one signed log-scale code per set bit.
   */
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
 * Weight table over sparse rows (most features weigh on a few tags only), indexed by
 * template then value: values are mostly the document's own word strings, whose hashes V8
 * has already cached, so a lookup builds no new string.
 */
class SparseTable implements WeightTable {
  constructor(
    private readonly rows: Map<string, Map<string, number>>,
    /** Row r's entries are rowStart[r] .. rowStart[r + 1] - 1. */
    private readonly rowStart: Int32Array,
    private readonly tags: Uint8Array,
    private readonly values: Float32Array,
  ) {}
  rowsOf(template: string): ReadonlyMap<string, number> | undefined {
    return this.rows.get(template);
  }
  addTo(feature: string, scores: Float64Array): void {
    const eq = feature.indexOf('=');
    const row = eq < 0 ? this.rows.get(feature)?.get('') : this.rows.get(feature.slice(0, eq))?.get(feature.slice(eq + 1));
    if (row !== undefined) this.addRow(row, scores);
  }
  addRow(row: number, scores: Float64Array): void {
    for (let k = this.rowStart[row]!, end = this.rowStart[row + 1]!; k < end; k++) scores[this.tags[k]!]! += this.values[k]!;
  }
}

/** Groups feature rows by template: `template=value` -> template -> value -> row (`template` alone: value ''). */
export function rowsByTemplate(features: Iterable<readonly [string, number]>): Map<string, Map<string, number>> {
  const rows = new Map<string, Map<string, number>>();
  for (const [name, row] of features) addRow(rows, name, row);
  return rows;
}

function addRow(rows: Map<string, Map<string, number>>, name: string, row: number): void {
  const eq = name.indexOf('=');
  const template = eq < 0 ? name : name.slice(0, eq);
  let values = rows.get(template);
  if (!values) rows.set(template, (values = new Map()));
  values.set(eq < 0 ? '' : name.slice(eq + 1), row);
}

/** Decodes base64 without Node's Buffer, so it runs in the browser too. */
function fromBase64(b64: string): Uint8Array {
  const bin = atob(b64);
  const bytes = new Uint8Array(bin.length);
  for (let i = 0; i < bin.length; i++) bytes[i] = bin.charCodeAt(i);
  return bytes;
}

/** Turns the serialized model into lookup tables. */
export function loadModel(data: SerializedModel): LoadedModel {
  if (data.tags.join() !== TAGS.join()) throw new Error('entity model: tag set mismatch; retrain with npm run train:ner');
  const names = data.features.split('\n');
  const rows = new Map<string, Map<string, number>>();
  for (let i = 0; i < names.length; i++) addRow(rows, names[i]!, i);
  if (data.version !== 2) throw new Error('entity model: unknown format; retrain with npm run train:ner');
  const { minWeight, step } = data.quantization;
  const decoded = new Float32Array(256); // code byte (as unsigned) -> weight
  for (let q = 1; q <= 127; q++) {
    decoded[q] = minWeight * Math.exp((q - 1) * step);
    decoded[256 - q] = -decoded[q]!;
  }
  const bytes = fromBase64(data.weights);
  const rowStart = new Int32Array(names.length + 1);
  const tags = new Uint8Array(bytes.length);
  const values = new Float32Array(bytes.length);
  let n = 0;
  let at = 0;
  for (let r = 0; r < names.length; r++) {
    rowStart[r] = n;
    const mask = bytes[at]! | (bytes[at + 1]! << 8) | (bytes[at + 2]! << 16);
    at += 3;
    for (let t = 0; t < NUM_TAGS; t++) {
      if (!(mask & (1 << t))) continue;
      tags[n] = t;
      values[n++] = decoded[bytes[at++]!]!;
    }
  }
  rowStart[names.length] = n;
  if (at !== bytes.length) throw new Error('entity model: weights do not match features');
  return { table: new SparseTable(rows, rowStart, tags, values), gazetteer: buildGazetteer(data.gazetteer) };
}
