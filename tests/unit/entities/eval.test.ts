import { describe, expect, it } from 'vitest';
import { readJsonLines } from '../../../scripts/lib/jsonl.ts';
import { microMain, scoreDocuments } from '../../../scripts/eval/entities.ts';
import type { EntityType } from '../../../lib/types.ts';

type Doc = Parameters<typeof scoreDocuments>[0][number];

async function fixture(): Promise<Doc[]> {
  const docs: Doc[] = [];
  for await (const d of readJsonLines<Doc>('tests/fixtures/entities/two-docs.jsonl')) docs.push(d);
  return docs;
}

/** A predictor that finds the given strings (first occurrence) with the given types. */
const finds = (list: Record<string, Array<[string, EntityType]>>) => (text: string) =>
  (list[text] ?? []).map(([name, type]) => ({ start: text.indexOf(name), end: text.indexOf(name) + name.length, type }));

describe('entity scoring', () => {
  it('scores exact spans per type, counts PER/ORG/LOC on a MISC span as a false positive', async () => {
    const docs = await fixture();
    const s = scoreDocuments(
      docs,
      finds({
        [docs[0]!.text]: [['Jim Kenney', 'PER'], ['German', 'LOC'], ['Berlin', 'LOC']],
        [docs[1]!.text]: [['The Daily Planet', 'ORG'], ['Metropolis', 'LOC']],
      }),
    );
    expect(s.counts.PER).toEqual({ tp: 1, pred: 1, gold: 2 });
    expect(s.counts.LOC).toEqual({ tp: 2, pred: 3, gold: 2 }); // "German" as LOC is wrong
    expect(s.counts.ORG).toEqual({ tp: 0, pred: 1, gold: 1 }); // boundary error
    expect(s.counts.MISC).toEqual({ tp: 0, pred: 0, gold: 1 });
    const m = microMain(s);
    expect(m.precision).toBeCloseTo(3 / 5);
    expect(m.recall).toBeCloseTo(3 / 5);
  });

  it('scores documents by their distinct (name, type) pairs', async () => {
    const docs = await fixture();
    const s = scoreDocuments(docs, finds({ [docs[0]!.text]: [['Jim Kenney', 'PER'], ['Kenney', 'PER']] }));
    // Gold pairs: doc 0 {Jim Kenney, Kenney, Berlin}, doc 1 {Daily Planet, Metropolis}.
    expect(s.doc).toEqual({ tp: 2, pred: 2, gold: 5 });
  });
});
