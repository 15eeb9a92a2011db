import { describe, expect, it } from 'vitest';
import { speakerLabel } from '../../../components/popup/speaker-label.ts';
import { quoteCitation } from '../../../components/popup/citation.ts';
import type { ArticleAnalysis, Entity, Quote } from '../../../lib/types.ts';

const ice: Entity = { id: 'e1', type: 'ORG', name: 'U.S. Immigrations and Customs Enforcement', aliases: ['ICE'], role: null, count: 5, firstIndex: 0, mentions: [] };
const kenney: Entity = { id: 'e2', type: 'PER', name: 'Jim Kenney', aliases: ['Kenney'], role: 'Philadelphia mayor', count: 2, firstIndex: 0, mentions: [] };
const quote = (speaker: string | null, entity: string | null, name: string | null = null): Quote => ({
  start: 0, end: 5, text: 'Hello', speaker: speaker ? { start: 0, end: speaker.length, text: speaker } : null, speakerEntityId: entity, speakerName: name,
});

describe('speakerLabel', () => {
  it('shows the full name for a surname', () => {
    expect(speakerLabel(quote('Kenney', 'e2'), [ice, kenney])).toBe('Jim Kenney');
  });
  it('keeps a description with the short name it stands for', () => {
    expect(speakerLabel(quote('the agency', 'e1'), [ice, kenney])).toBe('the agency (ICE)');
  });
  it('falls back to the words of the text, or nothing', () => {
    expect(speakerLabel(quote('an internal document obtained by NBC', null), [])).toBe('an internal document obtained by NBC');
    expect(speakerLabel(quote(null, null), [])).toBeNull();
  });
});

describe('quoteCitation', () => {
  it('cites the quote with speaker, title, site, date and address', () => {
    const analysis = { title: 'A story', siteName: 'VICE News', url: 'https://vice.example/a', dates: { published: { day: '2017-09-28' } } } as ArticleAnalysis;
    expect(quoteCitation({ ...quote('Kenney', 'e2'), speakerName: 'Jim Kenney' }, analysis, 'en-US')).toBe(
      '“Hello” — Jim Kenney\n“A story”, VICE News, Sep 28, 2017\nhttps://vice.example/a',
    );
  });
});
