import { describe, expect, it } from 'vitest';
import data from '../../../lib/story/entities/model.json';
import { emitContextFeatures, emitWordFeatures, featureName, prepareDocument, staticFeatures } from '../../../lib/story/entities/features.ts';
import { lookupsOf } from '../../../lib/story/entities/lookups.ts';
import { loadModel, type SerializedModel } from '../../../lib/story/entities/model.ts';
import { TAGS } from '../../../lib/story/entities/tags.ts';

/** A model of the given features, each weighing 1 on tag 1 (mask 0b10, code 1 = minWeight). */
function modelOf(features: string[]): SerializedModel {
  const bytes = features.flatMap(() => [2, 0, 0, 1]);
  return {
    version: 2,
    tags: [...TAGS],
    features: features.join('\n'),
    weights: btoa(String.fromCharCode(...bytes)),
    quantization: { minWeight: 1, step: 0.1 },
    gazetteer: {},
    meta: {},
  };
}

describe('tagger lookups', () => {
  it('find a pair feature by its parts even when a word holds the separator', () => {
    const features = ['w-1w=a|b|c', 'w-1w=x|y', 'ww+1=|||'];
    const { table } = loadModel(modelOf(features));
    const lookups = lookupsOf(table);
    const row = (first: string, second: string, template = 'w-1w') => lookups.row(template, first, second);
    expect(row('a', 'b|c')).toBe(0);
    expect(row('a|b', 'c')).toBe(0);
    expect(row('x', 'y')).toBe(1);
    expect(row('|', '|', 'ww+1')).toBe(2); // "|||" is the words "|" and "|"
    expect(row('', '||', 'ww+1')).toBe(2);
    expect(row('a', 'b')).toBeUndefined();
    expect(row('x', 'y', 'ww+1')).toBeUndefined();
  });

  it('index "previous tag + word" rows by word and previous tag', () => {
    const features = ['t1w=<s>|paris', 't1w=3|paris', 't1w=12|a|b'];
    const lookups = lookupsOf(loadModel(modelOf(features)).table);
    const paris = lookups.tagAndWord.get('paris')!;
    expect(paris[0]).toBe(0); // sentence start
    expect(paris[3 + 1]).toBe(1);
    expect(paris.filter((r) => r >= 0)).toHaveLength(2);
    expect(lookups.tagAndWord.get('a|b')![12 + 1]).toBe(2);
  });

  it('resolve exactly the rows of the feature names training sees, on a real story', () => {
    const model = loadModel(data as SerializedModel);
    const lookups = lookupsOf(model.table);
    const byName = new Map<string, number>();
    (data as SerializedModel).features.split('\n').forEach((name, row) => byName.set(name, row));
    const text = 'WASHINGTON (AP) — Sen. Mitch McConnell told the Senate on Tuesday that the U.S.-led talks|with Iran would go on.\nMcConnell, R-Ky., said "the talks" matter. Roe v. Wade was cited by McConnell.';
    const ctx = prepareDocument(text, model.gazetteer);
    expect(ctx.tokens.some((t) => t.text === '|')).toBe(true);
    for (let i = 0; i < ctx.tokens.length; i++) {
      const fast: number[] = [];
      const emit = (template: string, value: string, second?: string) => {
        const row = lookups.row(template, value, second);
        if (row !== undefined) fast.push(row);
      };
      emitWordFeatures(ctx, i, emit);
      emitContextFeatures(ctx, i, emit);
      const named = staticFeatures(ctx, i).flatMap((name) => (byName.has(name) ? [byName.get(name)!] : []));
      expect(fast).toEqual(named);
    }
  });

  it('name pair features the way training does', () => {
    expect(featureName('w-1w', 'new', 'york')).toBe('w-1w=new|york');
    expect(featureName('cl', '')).toBe('cl');
  });
});
