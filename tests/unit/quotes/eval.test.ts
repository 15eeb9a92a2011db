/**
 * The quotes eval: span matching as DESIGN.md defines it, and the summary line other tools
 * read, on a small hand-made file in the gold format.
 */
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { matchSpans, quoteSpeaker, run } from '../../../scripts/eval/quotes.ts';

describe('matchSpans', () => {
  it('matches at IoU ≥ 0.5 only', () => {
    expect(matchSpans([{ start: 0, end: 10 }], [{ start: 0, end: 20 }]).get(0)).toBe(0); // IoU 0.5
    expect(matchSpans([{ start: 0, end: 9 }], [{ start: 0, end: 20 }]).size).toBe(0); // IoU 0.45
  });

  it('is one-to-one, best IoU first', () => {
    const gold = [{ start: 0, end: 10 }];
    const m = matchSpans([{ start: 0, end: 12 }, { start: 0, end: 10 }], gold);
    expect([...m.entries()]).toEqual([[1, 0]]);
  });
});

describe('quoteSpeaker', () => {
  it('counts every predicted quote, attributed or not, as DESIGN.md defines it', () => {
    // 10 predicted (2 of them without a speaker), 6 matched and rightly attributed, 12 gold.
    const s = quoteSpeaker({ right: 6, predicted: 10, gold: 12 });
    expect(s.precision).toBeCloseTo(0.6, 6);
    expect(s.recall).toBeCloseTo(0.5, 6);
    expect(s.f1).toBeCloseTo(2 * 0.6 * 0.5 / 1.1, 6);
  });
});

describe('run', () => {
  afterEach(() => vi.restoreAllMocks());

  it('prints tables and ends with one JSON summary line', async () => {
    const lines: string[] = [];
    vi.spyOn(console, 'log').mockImplementation((...args: unknown[]) => { lines.push(args.join(' ')); });
    await run([join(process.cwd(), 'tests/fixtures/quotes/mini.jsonl')]);
    const summary = JSON.parse(lines.join('\n').trim().split('\n').pop()!);
    expect(Object.keys(summary)).toEqual(['task', 'docs', 'detection_f1', 'quote_speaker_f1', 'precision', 'recall', 'ms_per_doc']);
    expect(summary.task).toBe('quotes');
    expect(summary.docs).toBe(3);
    // The scare quote “reckless.” is no quote; the pronoun "she" does not overlap "The senator";
    // the third document's quote has no speaker in sight and stays unattributed.
    expect(summary.detection_f1).toBe(1);
    // Strict: 2 right of 4 predicted (the unattributed one counts), 2 of 4 gold.
    expect(summary.precision).toBeCloseTo(0.5, 3);
    expect(summary.recall).toBeCloseTo(0.5, 3);
    expect(summary.quote_speaker_f1).toBeCloseTo(0.5, 3);
  });

  it('--half A and --half B keep the documents at even and odd positions', async () => {
    const docsOf = async (half: string) => {
      const lines: string[] = [];
      vi.spyOn(console, 'log').mockImplementation((...args: unknown[]) => { lines.push(args.join(' ')); });
      await run([join(process.cwd(), 'tests/fixtures/quotes/mini.jsonl'), '--half', half]);
      vi.restoreAllMocks();
      return JSON.parse(lines.join('\n').trim().split('\n').pop()!).docs as number;
    };
    expect(await docsOf('A')).toBe(2);
    expect(await docsOf('B')).toBe(1);
  });
});
