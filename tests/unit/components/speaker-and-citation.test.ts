import { describe, expect, it } from 'vitest';
import { quoteCitation } from '../../../components/popup/citation.ts';
import type { ArticleAnalysis, Quote } from '../../../lib/types.ts';

// The speaker the popup shows is decided in lib/story/quotes (label.ts, tests/unit/quotes/speakers.test.ts):
// the analysis carries it, so the popup, the citation and `npm run analyze` agree.
const quote = (text: string, speakerName: string | null): Quote => ({
  start: 0, end: text.length, text, speaker: speakerName ? { start: 0, end: 6, text: 'Kenney' } : null, speakerEntityId: null, speakerName,
});
const analysis = { title: 'A story', siteName: 'VICE News', url: 'https://vice.example/a', dates: { published: { day: '2017-09-28' } } } as ArticleAnalysis;

describe('quoteCitation', () => {
  it('cites the quote with speaker, title, site, date and address', () => {
    expect(quoteCitation(quote('Hello', 'Jim Kenney'), analysis, 'en-US')).toBe(
      '“Hello” — Jim Kenney\n“A story”, VICE News, Sep 28, 2017\nhttps://vice.example/a',
    );
  });
  it('keeps an interrupted quote’s pieces apart with " … ", and leaves out an unknown speaker', () => {
    expect(quoteCitation(quote('Sanctuary cities undermine us … As a result, ICE is forced', null), analysis, 'en-US')).toBe(
      '“Sanctuary cities undermine us … As a result, ICE is forced”\n“A story”, VICE News, Sep 28, 2017\nhttps://vice.example/a',
    );
  });
});
