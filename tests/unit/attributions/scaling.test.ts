/**
 * A crafted page cannot stall the popup through the statement finder: its cost grows with the
 * text, not with the text times its quotes (n and 4n timed, the ratio bounded; see
 * tests/helpers/growth.ts).
 */
import { describe, expect, it } from 'vitest';
import { extractAttributions } from '../../../lib/story/attributions/index.ts';
import { growth, LINEAR } from '../../helpers/growth.ts';

const quotes = (n: number) => Array.from({ length: n }, (_, i) => `“Short quote number ${i} was said here,” Smith said.`).join(' ');

describe('statement finding scales linearly', () => {
  it('many quotes in one paragraph (each content piece used to be compared with every cue and run: 2,000 → 7 s)', () => {
    expect(growth(100, (n) => { const t = quotes(n); return () => extractAttributions(t); })).toBeLessThan(LINEAR);
  });

  it('still links each quote to its own cue and source in such a paragraph', () => {
    const found = extractAttributions(quotes(200));
    expect(found).toHaveLength(200);
    expect(found.every((s) => s.source?.text === 'Smith' && s.cue?.text === 'said')).toBe(true);
  });
});
