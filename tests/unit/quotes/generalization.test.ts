/**
 * Rules of the third round, made to generalise (each kept only when it also helped a half of
 * the training data it was not developed on): one small hand-made case per rule.
 */
import { describe, expect, it } from 'vitest';
import { article, quotesOf, quoteWith } from './helpers.ts';

/** The speaker phrase of the only quote in `text`. */
function speakerOf(text: string): string | null {
  const qs = quotesOf(text);
  expect(qs).toHaveLength(1);
  return qs[0]!.speaker?.text ?? null;
}

describe('party labels inside a clause subject', () => {
  it('"Sen. X (R-Pa.) refused …, responding that …" — the label does not end the subject', () => {
    const text = 'But Sen. Pat Toomey (R-Pa.) refused to discuss it, responding that he was “not going to go into what my campaign is doing.”';
    expect(speakerOf(text)).toBe('Sen. Pat Toomey');
  });

  it('"Gov. X (R) blamed …" — a one-letter label too', () => {
    const text = 'Gov. Pat McCrory (R) blamed the court’s “four liberal justices who blocked our sensible voter laws.”';
    expect(speakerOf(text)).toBe('Gov. Pat McCrory');
  });
});
