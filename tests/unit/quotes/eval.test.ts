/**
 * The quotes eval: span matching as DESIGN.md defines it, and the summary line other tools
 * read, on a small hand-made file in the gold format.
 */
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { matchSpans, run } from '../../../scripts/eval/quotes.ts';

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

describe('run', () => {
  afterEach(() => vi.restoreAllMocks());

  it('prints tables and ends with one JSON summary line', async () => {
    const lines: string[] = [];
    vi.spyOn(console, 'log').mockImplementation((...args: unknown[]) => { lines.push(args.join(' ')); });
    await run([join(process.cwd(), 'tests/fixtures/quotes/mini.jsonl')]);
    const summary = JSON.parse(lines.join('\n').trim().split('\n').pop()!);
    expect(Object.keys(summary)).toEqual(['task', 'docs', 'detection_f1', 'quote_speaker_f1', 'precision', 'recall', 'ms_per_doc']);
    expect(summary.task).toBe('quotes');
    expect(summary.docs).toBe(2);
    // The scare quote “reckless.” is no quote; the pronoun "she" does not overlap "The senator".
    expect(summary.detection_f1).toBe(1);
    expect(summary.recall).toBeCloseTo(2 / 3, 3);
  });
});
