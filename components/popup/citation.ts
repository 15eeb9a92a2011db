import { formatDay } from '../../lib/format.ts';
import type { ArticleAnalysis, Quote } from '../../lib/types.ts';

/** A quote with its citation, as copied to the clipboard. */
export function quoteCitation(quote: Quote, analysis: ArticleAnalysis, locale: string): string {
  const source = [
    analysis.title && `“${analysis.title}”`,
    analysis.siteName,
    analysis.dates.published && formatDay(analysis.dates.published.day, locale),
  ].filter(Boolean);
  const speaker = quote.speakerName ? ` — ${quote.speakerName}` : '';
  return `“${quote.text}”${speaker}\n${source.join(', ')}\n${analysis.url}`;
}
