/**
 * The shipped attribution tagger: feature names, int8 weights and the cue lexicon, as plain
 * JSON written by `npm run train:attributions`.
 */
import type { CueLexicon, FeatureKeys, Vocabulary } from './features';
import { NUM_TAGS, TAGS } from './tags';

/** HashedTable.sum sums the seven tags' weights in seven locals: a change of tag set must change it (a type error here). */
const SEVEN_TAGS: 7 = NUM_TAGS;
void SEVEN_TAGS;
import type { WeightTable } from './tagger';

export interface SerializedAttributionModel {
  version: 1;
  tags: string[];
  /** Feature keys (see features.ts `key`), one per row, ascending, as base-36 differences from the previous key joined by " ". */
  features: string;
  /** Vocabulary: words (and "-" + suffixes) in id order from 3, joined by "\n". */
  vocabulary: string;
  /** Base64 of NUM_TAGS signed bytes per feature row; weight = byte * scale. */
  weights: string;
  scale: number;
  /** Cue lexicon: word → class 1..3, as "word:class" joined by " ". */
  cues: string;
  meta: Record<string, unknown>;
  /** The backward tagger whose tags this (forward) one reads as features, if stacked. */
  backward?: SerializedAttributionModel;
  /** Beam width the tagger was trained for (absent: 1, greedy). */
  beam?: number;
}

export interface LoadedAttributionModel {
  table: WeightTable;
  vocab: Vocabulary;
  lexicon: CueLexicon;
  backward: LoadedAttributionModel | null;
  /** Beam width of decoding (1: greedy). */
  beam: number;
  /** What one unit of the table's int8 weights is worth (scores in the table's units times this are in the trained weights'). */
  scale?: number;
}

/**
 * Weight rows by feature key in an open-addressing hash table: keys are doubles up to 2^48,
 * which a Map hashes slowly (a heap number per key). Each slot holds its key and its row of
 * int8 weights side by side (16 bytes), so a lookup touches one cache line instead of three
 * (key, row index, weights): lookups were three quarters of the tagging time. Scores stay in
 * weight units (the model's scale is one positive factor for every tag: the best tag is the same).
 */
const SLOT_BYTES = 16;
class HashedTable implements WeightTable {
  private readonly keys: Float64Array;
  private readonly weights: Int8Array;
  private readonly shift: number;
  private readonly mask: number;
  constructor(features: Float64Array, bytes: Uint8Array) {
    let bits = 4;
    while (1 << bits < features.length * 1.4) bits++;
    this.shift = 32 - bits;
    this.mask = (1 << bits) - 1;
    const buffer = new ArrayBuffer((1 << bits) * SLOT_BYTES);
    const keys = (this.keys = new Float64Array(buffer));
    const weights = (this.weights = new Int8Array(buffer));
    // Every slot empty (-1); the weight half of an empty slot is never read.
    keys.fill(-1);
    for (let row = 0; row < features.length; row++) {
      const k = features[row]!;
      let slot = this.slot(k);
      while (keys[slot * 2] !== -1) slot = (slot + 1) & this.mask;
      keys[slot * 2] = k;
      // A byte loop (Int8Array stores each byte as signed), not weights.set(bytes.subarray(…)): a view object per row made loading about 1.7× slower.
      for (let t = 0, from = row * NUM_TAGS, to = slot * SLOT_BYTES + 8; t < NUM_TAGS; t++) weights[to + t] = bytes[from + t]!;
    }
  }
  private slot(k: number): number {
    const lo = k >>> 0;
    const hi = (k / 4294967296) >>> 0;
    return Math.imul(lo ^ Math.imul(hi, 0x9e3779b1), 0x85ebca6b) >>> this.shift;
  }
  sum(features: FeatureKeys, scores: Float64Array, at = 0): void {
    const list = features.keys;
    const size = features.size;
    const keys = this.keys;
    const w = this.weights;
    const mask = this.mask;
    // Sums in locals, written once: adding each row straight into `scores` made every
    // lookup wait on the previous one's stores (about 40% of the lookup time).
    let s0 = 0, s1 = 0, s2 = 0, s3 = 0, s4 = 0, s5 = 0, s6 = 0;
    for (let j = 0; j < size; j++) {
      const feature = list[j]!;
      let slot = this.slot(feature);
      let k = keys[slot * 2]!;
      while (k !== feature && k !== -1) {
        slot = (slot + 1) & mask;
        k = keys[slot * 2]!;
      }
      if (k === -1) continue;
      const b = slot * SLOT_BYTES + 8;
      s0 += w[b]!; s1 += w[b + 1]!; s2 += w[b + 2]!; s3 += w[b + 3]!; s4 += w[b + 4]!; s5 += w[b + 5]!; s6 += w[b + 6]!;
    }
    scores[at] = s0; scores[at + 1] = s1; scores[at + 2] = s2; scores[at + 3] = s3; scores[at + 4] = s4; scores[at + 5] = s5; scores[at + 6] = s6;
  }
}

function fromBase64(b64: string): Uint8Array {
  const bin = atob(b64);
  const bytes = new Uint8Array(bin.length);
  for (let i = 0; i < bin.length; i++) bytes[i] = bin.charCodeAt(i);
  return bytes;
}

export function parseCues(cues: string): Map<string, number> {
  const out = new Map<string, number>();
  for (const pair of cues.split(' ')) {
    const k = pair.lastIndexOf(':');
    if (k > 0) out.set(pair.slice(0, k), Number(pair.slice(k + 1)));
  }
  return out;
}

/**
 * Feature keys from their base-36 differences (" "-separated), read digit by digit: splitting
 * and parseInt made 170,000 strings, a third of loading the model on each popup opening.
 */
export function parseKeys(text: string): Float64Array {
  let count = text.length > 0 ? 1 : 0;
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) === 32) count++;
  const keys = new Float64Array(count);
  let previous = 0;
  let value = 0;
  let k = 0;
  for (let i = 0; i <= text.length; i++) {
    const c = i < text.length ? text.charCodeAt(i) : 32;
    if (c === 32) {
      previous += value;
      keys[k++] = previous;
      value = 0;
    } else value = value * 36 + (c <= 57 ? c - 48 : c - 87);
  }
  return keys;
}

export function loadAttributionModel(data: SerializedAttributionModel): LoadedAttributionModel {
  const backward = data.backward ? loadAttributionModel(data.backward) : null;
  if (data.version !== 1 || data.tags.join() !== TAGS.join()) throw new Error('attribution model: unknown format; retrain with npm run train:attributions');
  const names = parseKeys(data.features);
  const bytes = fromBase64(data.weights);
  if (bytes.length !== names.length * NUM_TAGS) throw new Error('attribution model: weights do not match features');
  // Taggers trained on the same text share vocabulary and cue lexicon: one object each lets
  // the features look each word up once for both (features.ts, lexicalFacts).
  const same = backward && data.vocabulary === data.backward!.vocabulary && data.cues === data.backward!.cues;
  const vocab = same ? backward.vocab : new Map(data.vocabulary.split('\n').map((w, i) => [w, i + 3]));
  const lexicon = same ? backward.lexicon : parseCues(data.cues);
  return { table: new HashedTable(names, bytes), vocab, lexicon, backward, beam: data.beam ?? 1, scale: data.scale };
}
