/**
 * The weight table the tagger sums: every known feature's row added once, unknown ones
 * adding nothing, also when keys collide in the hash table and are found by probing.
 */
import { describe, expect, it } from 'vitest';
import { FeatureKeys, key } from '../../../lib/story/attributions/features.ts';
import { loadAttributionModel, type SerializedAttributionModel } from '../../../lib/story/attributions/model.ts';
import { NUM_TAGS, TAGS } from '../../../lib/story/attributions/tags.ts';

/** A model of `keys` whose row r has weight (r % 50) - 25 + t for tag t. */
function modelOf(keys: number[]): SerializedAttributionModel {
  const sorted = [...keys].sort((a, b) => a - b);
  const bytes = new Uint8Array(sorted.length * NUM_TAGS);
  sorted.forEach((_, r) => {
    for (let t = 0; t < NUM_TAGS; t++) bytes[r * NUM_TAGS + t] = ((r % 50) - 25 + t) & 0xff;
  });
  let previous = 0;
  const features = sorted.map((k) => {
    const d = (k - previous).toString(36);
    previous = k;
    return d;
  }).join(' ');
  return {
    version: 1, tags: [...TAGS], features, vocabulary: 'said', weights: Buffer.from(bytes).toString('base64'),
    scale: 1, cues: 'said:3', meta: {},
  };
}

function keysOf(list: number[]): FeatureKeys {
  const out = new FeatureKeys();
  for (const k of list) out.add(k);
  return out;
}

const rowOf = (r: number) => Array.from({ length: NUM_TAGS }, (_, t) => (r % 50) - 25 + t);

describe('the attribution model weight table', () => {
  // 3,000 keys in a table of 8,192 slots: many share a first slot.
  const keys = Array.from({ length: 3000 }, (_, i) => key(1 + (i % 40), i, i % 7));
  const sorted = [...keys].sort((a, b) => a - b);
  const table = loadAttributionModel(modelOf(keys)).table;

  it('writes the sum of the rows of the features it holds, in any number and order, over what was there', () => {
    const picked = [sorted[0]!, sorted[1234]!, sorted[2999]!, sorted[1234]!];
    const scores = new Float64Array(NUM_TAGS).fill(1);
    table.sum(keysOf(picked), scores);
    const expected = rowOf(0).map((w, t) => w + 2 * rowOf(1234)[t]! + rowOf(2999)[t]!);
    expect([...scores]).toEqual(expected);
  });

  it('finds every feature, also those placed by probing past a taken slot', () => {
    sorted.forEach((k, r) => {
      const scores = new Float64Array(NUM_TAGS);
      table.sum(keysOf([k]), scores);
      expect([...scores]).toEqual(rowOf(r));
    });
  });

  it('sums to nothing for features it does not hold', () => {
    const scores = new Float64Array(NUM_TAGS).fill(5);
    table.sum(keysOf([key(50, 1, 1), key(1, 999_999, 3), key(0)]), scores);
    expect([...scores]).toEqual(new Array(NUM_TAGS).fill(0));
  });
});
