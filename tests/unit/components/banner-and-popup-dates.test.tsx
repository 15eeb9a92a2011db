// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { ArticleHeader } from '../../../components/popup/ArticleHeader.tsx';
import { DEFAULT_SETTINGS } from '../../../lib/settings.ts';
import type { ArticleAnalysis } from '../../../lib/types.ts';
import de from '../../../public/_locales/de/messages.json';
import es from '../../../public/_locales/es/messages.json';
import fr from '../../../public/_locales/fr/messages.json';
import { englishTranslator, renderWithI18n, translatorFor } from './render.tsx';

const published = { day: '2024-12-03', source: 'meta' as const, detail: 'meta[property="article:published_time"]', confidence: 0.9 };
const analysis = {
  url: 'https://news.example/story',
  title: 'A story',
  byline: null,
  siteName: 'Example News',
  readingMinutes: 3,
  dates: { published, updated: null, candidates: [{ ...published, kind: 'published' as const }] },
} as unknown as ArticleAnalysis;

// Seen on 30 November 2026: 23 months after publication, so "1 year" rounded down.
const now = new Date(2026, 10, 30);
const header = (translator = englishTranslator()) =>
  renderWithI18n(<ArticleHeader analysis={analysis} host="news.example" now={now} settings={DEFAULT_SETTINGS} />, translator).querySelector('.age')!.textContent;

describe('the popup header on a story from December 2024, seen in late 2026', () => {
  it('never says "last year" (Intl\'s numeric: auto would): it says over 1 year ago', () => {
    expect(header()).toBe(' (over 1 year ago)');
    expect(header(translatorFor(de, 'de'))).toBe(' (vor mehr als 1 Jahr)');
    expect(header(translatorFor(fr, 'fr'))).toBe(' (il y a plus de 1 an)');
    expect(header(translatorFor(es, 'es'))).toBe(' (hace más de 1 año)');
  });
});
