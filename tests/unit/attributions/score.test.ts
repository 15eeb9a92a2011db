import { describe, expect, it } from 'vitest';
import { kindOf, quotedWords, scoreDocument, spansIoU, type ScoredAttribution } from '../../../lib/story/attributions/score.ts';

const TEXT = 'Officials said the plan was cancelled. “We are done,” she said. Critics called it rash.';
const at = (s: string, from = 0) => {
  const start = TEXT.indexOf(s, from);
  if (start < 0) throw new Error(s);
  return { start, end: start + s.length };
};

describe('attribution scoring (worked by hand)', () => {
  it('computes character IoU over all pieces', () => {
    expect(spansIoU([{ start: 0, end: 10 }], [{ start: 5, end: 15 }])).toBeCloseTo(5 / 15);
    expect(spansIoU([{ start: 0, end: 4 }, { start: 10, end: 14 }], [{ start: 0, end: 4 }])).toBeCloseTo(4 / 8);
    expect(spansIoU([{ start: 0, end: 4 }], [{ start: 4, end: 8 }])).toBe(0);
  });

  it('tells direct, mixed and indirect content apart by words inside quotation marks', () => {
    const marks = quotedWords(TEXT);
    expect(kindOf([at('We are done,')], marks)).toBe('direct');
    expect(kindOf([at('the plan was cancelled')], marks)).toBe('indirect');
    expect(kindOf([at('cancelled. “We are')], marks)).toBe('mixed');
  });

  it('matches one to one at IoU ≥ 0.5 and scores source, exact content and cues', () => {
    const gold: ScoredAttribution[] = [
      { source: [at('Officials')], cue: [at('said')], content: [at('the plan was cancelled')] },
      { source: [at('she')], cue: [at('said', 50)], content: [at('We are done,')] },
      { source: [at('Critics')], cue: [at('called')], content: [at('it rash')] },
    ];
    const predicted: ScoredAttribution[] = [
      // IoU 22/23 with the trailing period; exact once edge punctuation is trimmed; wrong source.
      { source: [at('plan')], cue: [at('said')], content: [at('the plan was cancelled.')] },
      // "We are" against "We are done,": 6 of 12 characters, IoU exactly 0.5: a match, not exact.
      { source: [at('she')], cue: [at('said', 50)], content: [at('We are')] },
      // Overlaps nothing gold: a false alarm.
      { source: [], cue: [], content: [at('Officials said')] },
    ];
    const { counts, pairs } = scoreDocument(TEXT, gold, predicted);
    expect([...pairs]).toEqual([[0, 0], [1, 1]]);
    expect(counts).toMatchObject({
      gold: 3, predicted: 3, matched: 2, sourceRight: 1, exact: 1,
      goldCues: 3, predictedCues: 2, rightCues: 2,
      goldSources: 3, predictedSources: 2, rightSources: 1,
    });
    expect(counts.byKind.direct).toMatchObject({ gold: 1, predicted: 1, matchedGold: 1, sourceRightGold: 1 });
    expect(counts.byKind.indirect).toMatchObject({ gold: 2, predicted: 2, matchedGold: 1, sourceRightGold: 0 });
  });

  it('counts a matched pair with no source on either side as right', () => {
    const gold: ScoredAttribution[] = [{ source: [], cue: [], content: [at('it rash')] }];
    const { counts } = scoreDocument(TEXT, gold, [{ source: [], cue: [], content: [at('it rash.')] }]);
    expect(counts).toMatchObject({ matched: 1, sourceRight: 1, exact: 1 });
  });
});
