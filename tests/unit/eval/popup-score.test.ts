import { describe, expect, it } from 'vitest';
import {
  addCounts, emptyCounts, normalizeForm, popupOrder, scoreStory, speakerIsRight, summarize,
  type GoldPopup, type ListedEntity, type ListedQuote,
} from '../../../scripts/eval/popup-score.ts';

// Two stories whose figures are worked out by hand from DESIGN.md's popup metric.
const gold1: GoldPopup = {
  entities: [
    { name: 'Barack Obama', type: 'PER', aliases: ['Obama'] },
    { name: 'Apple', type: 'ORG', aliases: [] },
    { name: 'Paris', type: 'LOC', aliases: [] },
    { name: 'World Cup', type: 'MISC', aliases: [] },
  ],
  quotes: [
    { text: 'We will win this election together', speaker: 'Barack Obama' },
    { text: 'The iPhone sold well this year', speaker: 'a senior official' },
  ],
};
const listed1: ListedEntity[] = [
  { name: 'Barack Obama', type: 'PER', aliases: [] }, // matched
  { name: 'Mr. Obama', type: 'PER', aliases: [] }, // "obama": a form of the matched Barack Obama → split
  { name: 'Getty Images', type: 'PER', aliases: [] }, // junk
  { name: 'Paris', type: 'ORG', aliases: [] }, // gold has Paris as LOC → wrong type
  { name: 'American', type: 'MISC', aliases: [] }, // junk
];
const quotes1: ListedQuote[] = [
  { text: 'we will win this election', speaker: 'Obama' }, // 5 of 6 words → matched; speaker right
  { text: 'The iPhone sold well', speaker: 'an official' }, // 4 of 6 → matched; 1 of 3 words → wrong
  { text: 'Nothing to see here at all', speaker: null }, // false alarm
];
const gold2: GoldPopup = {
  entities: [
    { name: 'Donald Trump', type: 'PER', aliases: ['Trump', 'President Trump'] },
    { name: 'Trump Organization', type: 'ORG', aliases: [] },
    { name: 'New York', type: 'LOC', aliases: [] },
  ],
  quotes: [
    { text: 'We are going to build it', parts: ['We are going to build it'], speaker: 'Donald Trump' },
    { text: 'this is a great day for the city', speaker: null },
  ],
};
const listed2: ListedEntity[] = [
  { name: 'Donald Trump', type: 'PER', aliases: ['Trump'] }, // matched
  { name: 'The Trump Organization’s', type: 'ORG', aliases: [] }, // matched after normalisation
  { name: 'New York', type: 'LOC', aliases: [] }, // matched
  { name: 'Trump', type: 'LOC', aliases: [] }, // wrong type (Donald Trump is PER)
];
const quotes2: ListedQuote[] = [{ text: 'We are going to build it', speaker: 'Trump Organization' }]; // matched, wrong speaker

describe('popup score (DESIGN.md metric)', () => {
  it('scores the two-story example as worked out by hand', () => {
    const a = scoreStory(listed1, quotes1, gold1);
    const b = scoreStory(listed2, quotes2, gold2);
    expect(a.counts).toMatchObject({ listed: 5, gold: 4, matched: 1, split: 1, junk: 2, wrongType: 1, missed: 3 });
    expect(b.counts).toMatchObject({ listed: 4, gold: 3, matched: 3, split: 0, junk: 0, wrongType: 1, missed: 0 });
    expect(a.counts.quotes).toEqual({ listed: 3, gold: 2, matched: 2, rightSpeaker: 1 });
    expect(b.counts.quotes).toEqual({ listed: 1, gold: 2, matched: 1, rightSpeaker: 0 });
    const total = emptyCounts();
    addCounts(total, a.counts);
    addCounts(total, b.counts);
    const s = summarize(total);
    expect(s.entity.precision).toBeCloseTo(4 / 9);
    expect(s.entity.recall).toBeCloseTo(4 / 7);
    expect(s.entity.f1).toBeCloseTo(0.5); // 2·4 / (9 + 7)
    expect(s.junkRate).toBeCloseTo(2 / 9);
    expect(s.splitRate).toBeCloseTo(1 / 9);
    expect(s.quote.f1).toBeCloseTo(0.75); // 3 matched of 4 listed and 4 gold
    expect(s.speakerAccuracy).toBeCloseTo(1 / 3);
    expect(s.quoteSpeaker.f1).toBeCloseTo(0.25); // 1 right of 4 and 4
    expect(total.byType.PER).toEqual({ listed: 4, gold: 2, matched: 2 });
    expect(total.byType.ORG).toEqual({ listed: 2, gold: 2, matched: 1 });
    expect(total.byType.LOC).toEqual({ listed: 2, gold: 2, matched: 1 });
    expect(total.byType.MISC).toEqual({ listed: 1, gold: 1, matched: 0 });
    expect(a.errors.map((e) => `${e.kind}:${e.text}`)).toEqual([
      'split:Mr. Obama', 'junk:Getty Images', 'wrong-type:Paris', 'junk:American',
      'missed:Apple', 'missed:Paris', 'missed:World Cup',
      'wrong-speaker:The iPhone sold well', 'quote-false-alarm:Nothing to see here at all',
    ]);
  });

  it('matches one-to-one: a second entry with the same form is a split, not a match', () => {
    const gold: GoldPopup = { entities: [{ name: 'Kenney', type: 'PER', aliases: [] }], quotes: [] };
    const { counts } = scoreStory([{ name: 'Jim Kenney', type: 'PER', aliases: ['Kenney'] }, { name: 'Kenney', type: 'PER', aliases: [] }], [], gold);
    expect(counts).toMatchObject({ matched: 1, split: 1, junk: 0 });
  });

  it('normalises name forms: case, leading "the", honorifics, possessive and punctuation', () => {
    expect(normalizeForm('The U.S.')).toBe('us');
    expect(normalizeForm('Mr. Obama')).toBe('obama');
    expect(normalizeForm('Mrs Clinton’s')).toBe('clinton');
    expect(normalizeForm('Yoon Suk-yeol')).toBe('yoon suk yeol');
  });

  it('judges speakers by form, or by half the words of an unnamed source', () => {
    const entities = gold2.entities;
    expect(speakerIsRight('President Trump', 'Donald Trump', entities)).toBe(true);
    expect(speakerIsRight('the president (Trump)', 'Donald Trump', entities)).toBe(true);
    expect(speakerIsRight('Trump Organization', 'Donald Trump', entities)).toBe(false);
    expect(speakerIsRight('a White House official', 'a senior official', entities)).toBe(true);
    expect(speakerIsRight(null, null, entities)).toBe(true);
    expect(speakerIsRight('he', null, entities)).toBe(false);
  });

  it('lists in the popup order: people, organizations, places, other names', () => {
    const order = popupOrder([{ type: 'LOC' as const, n: 1 }, { type: 'PER' as const, n: 2 }, { type: 'MISC' as const, n: 3 }, { type: 'ORG' as const, n: 4 }]);
    expect(order.map((e) => e.n)).toEqual([2, 4, 1, 3]);
  });
});
