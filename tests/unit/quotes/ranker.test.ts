/**
 * The learned speaker ranker: the shipped weights load, the training script is deterministic
 * (on a small hand-made fixture in the gold format), the choice follows its thresholds, and on
 * a few hand-made sentences it fixes what the hand rules get wrong while keeping the product's
 * choices (who said the words, not who reported them; the one asked is no speaker).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Candidate } from '../../../lib/story/quotes/candidates.ts';
import { defaultRanker } from '../../../lib/story/quotes/default-ranker.ts';
import { extractQuotes } from '../../../lib/story/quotes/index.ts';
import { chooseSpeaker, loadRanker, rankCandidates, type RankerModel } from '../../../lib/story/quotes/ranker.ts';
import shipped from '../../../lib/story/quotes/ranker.json' with { type: 'json' };
import { collectInstances, compare, DEFAULTS, trainRanker, type GoldDoc } from '../../../scripts/train-quotes.ts';
import { article } from './helpers.ts';

const fixture = (): GoldDoc[] =>
  readFileSync(join(process.cwd(), 'tests/fixtures/quotes/ranker-train.jsonl'), 'utf8').trim().split('\n').map((l) => JSON.parse(l) as GoldDoc);

const speakers = (text: string, ranker?: null) => extractQuotes(text, undefined, ranker === null ? { ranker: null } : {}).map((q) => q.speaker?.text ?? null);

describe('the shipped weights', () => {
  it('load as a version-1 model with a threshold and a few hundred weights', () => {
    const model = shipped as RankerModel;
    expect(model.version).toBe(1);
    expect(model.threshold).toBeGreaterThan(0);
    expect(model.threshold).toBeLessThanOrEqual(1);
    const loaded = defaultRanker();
    expect(loaded.weights.size).toBeGreaterThan(100);
    expect(loaded.weights.get('pick')).toBeGreaterThan(0); // the rules' pick is a strong feature
    expect(JSON.stringify(model).length).toBeLessThan(300_000);
  });

  it('are loaded once', () => {
    expect(defaultRanker()).toBe(defaultRanker());
  });

  it('an unknown format is refused', () => {
    expect(() => loadRanker({ version: 2 } as unknown as RankerModel)).toThrow(/format/);
  });
});

describe('scripts/train-quotes.ts', () => {
  it('finds the fixture’s quotes with a right candidate for each', () => {
    const xs = collectInstances(fixture());
    expect(xs).toHaveLength(9);
    for (const x of xs) expect(x.right.some((r, i) => r && !x.candidates[i]!.none)).toBe(true);
  });

  it('is deterministic: the same data and options give the same model, byte for byte', () => {
    const opts = { ...DEFAULTS, iterations: 40, minCount: 1 };
    const a = JSON.stringify(trainRanker(collectInstances(fixture()), opts));
    const b = JSON.stringify(trainRanker(collectInstances(fixture()), opts));
    expect(a).toBe(b);
    expect(Object.keys((JSON.parse(a) as RankerModel).weights).length).toBeGreaterThan(10);
  });

  it('learns the fixture: its own quotes come out right', () => {
    const xs = collectInstances(fixture());
    const model = trainRanker(xs, { ...DEFAULTS, iterations: 100, minCount: 1 });
    expect(compare(model, xs).ranker).toBe(xs.length);
  });
});

describe('chooseSpeaker', () => {
  const cand = (start: number, features: string[], pick = false, none = false): Candidate =>
    ({ start, end: start + 1, rule: 'after', pick, features, ...(none ? { none: true as const } : {}) });
  const model = (weights: Record<string, number>, threshold = 0.7) =>
    loadRanker({ version: 1, threshold, newThreshold: 0.5, weights });

  it('keeps the rules’ pick unless another candidate is likely enough', () => {
    const cs = [cand(0, ['pick'], true), cand(5, ['other'])];
    expect(chooseSpeaker(model({ pick: 1, other: 0 }), cs)).toBe(cs[0]);
    expect(chooseSpeaker(model({ pick: 0, other: 0.5 }), cs)).toBe(cs[0]); // best at 0.62 < 0.7
    expect(chooseSpeaker(model({ pick: 0, other: 2 }), cs)).toBe(cs[1]); // 0.88
  });

  it('attributes a quote the rules left alone only above its threshold; "nobody" leaves it unattributed', () => {
    const cs = [cand(0, ['a']), cand(5, ['b']), cand(-1, ['none'], false, true)];
    expect(chooseSpeaker(model({ a: 3 }), cs)).toBe(cs[0]);
    expect(chooseSpeaker(model({ a: 0.2 }), cs)).toBeNull();
    expect(chooseSpeaker(model({ none: 3 }), cs)).toBeNull();
    expect(rankCandidates(model({ none: 3 }), cs)!.best.none).toBe(true);
  });
});

describe('the shipped ranker on hand-made sentences', () => {
  it('a quote after a relative clause or a fragment: the speaker of the verb after it', () => {
    const a = 'Nothing the governor said “will calm the farmers who lost their crops this year,” the state senator said.';
    expect(speakers(a, null)).toEqual(['the governor']);
    expect(speakers(a)).toEqual(['the state senator']);
    const b = 'Voters who believe “the system is rigged against people like us are not wrong about that,” he said.';
    expect(speakers(b, null)).toEqual(['who']);
    expect(speakers(b)).toEqual(['he']);
  });

  it('keeps who said the words over who reported them', () => {
    const text = '“I ask you not to engage in any kind of protest on the floor,” Sanders said, according to CNN. “It is of utmost importance.”';
    expect(speakers(text)).toEqual(['Sanders']);
  });

  it('leaves the one asked unattributed', () => {
    expect(speakers('Blumenthal was asked, “If you had known about the server, would you have told her?”')).toEqual([null]);
  });

  it('leaves a quote unattributed when no candidate is likely', () => {
    const text = article('The mayor spoke to reporters on the steps of City Hall on Monday.', '“We will rebuild every house on this street before the winter comes.”');
    expect(speakers(text)).toEqual([null]);
  });

});
