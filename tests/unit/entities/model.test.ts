import { describe, expect, it } from 'vitest';
import data from '../../../lib/story/entities/model.json';
import { loadModel, type SerializedModel } from '../../../lib/story/entities/model.ts';
import { recognizeWith } from '../../../lib/story/entities/recognize.ts';
import { NUM_TAGS, TAGS } from '../../../lib/story/entities/tags.ts';
import { serializeModel } from '../../../scripts/train/ner-serialize.ts';

describe('shipped model', () => {
  it('loads with the tagger’s tag set, quickly, and within the size budget', () => {
    const model = data as SerializedModel;
    expect(model.tags).toEqual([...TAGS]);
    const t0 = performance.now();
    loadModel(model);
    expect(performance.now() - t0).toBeLessThan(500); // generous: CI machines are shared
    expect(JSON.stringify(model).length).toBeLessThan(4_000_000);
  });

  it('recognizes names in sentences it was not written for', () => {
    const model = loadModel(data as SerializedModel);
    const text = 'Chancellor Angela Merkel flew to Washington on Monday to meet officials of the World Bank.';
    const found = recognizeWith(model, text).map((m) => `${m.type}:${m.text}`);
    expect(found).toEqual(expect.arrayContaining(['PER:Angela Merkel', 'LOC:Washington', 'ORG:World Bank']));
  });
});

describe('quantization', () => {
  it('keeps weights within a few percent at every magnitude and drops tiny ones', () => {
    const index = new Map([['big', 0], ['small', 1], ['tiny', 2]]);
    const weights = new Float32Array(3 * NUM_TAGS);
    weights[0] = 3000;
    weights[1] = -40;
    weights[NUM_TAGS] = 1.7;
    weights[NUM_TAGS + 5] = -0.9;
    weights[2 * NUM_TAGS] = 0.1;
    const serialized = serializeModel(index, weights, {}, { minWeight: 0.5 }, {});
    expect(serialized.features.split('\n')).toEqual(['big', 'small']); // "tiny" rounds to nothing
    const { table } = loadModel(serialized);
    const scores = (f: string) => {
      const s = new Float64Array(NUM_TAGS);
      table.addTo(f, s);
      return s;
    };
    const close = (got: number, want: number) => expect(Math.abs(got - want) / Math.abs(want)).toBeLessThan(0.05);
    close(scores('big')[0]!, 3000);
    close(scores('big')[1]!, -40);
    close(scores('small')[0]!, 1.7);
    close(scores('small')[5]!, -0.9);
    expect(scores('tiny').every((x) => x === 0)).toBe(true);
  });
});
