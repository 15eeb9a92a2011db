/**
 * Checks that an analysis is well formed: used by the fuzz tests and the all-pages sweep.
 */
import type { ArticleAnalysis, Span } from '../types.ts';
import { isDay } from '../day.ts';

/** Problems with an analysis: wrong types, spans outside the text, invalid or future dates. */
export function analysisProblems(analysis: ArticleAnalysis, now: Date): string[] {
  const problems: string[] = [];
  const check = (ok: boolean, what: string) => ok || problems.push(what);
  const inText = (span: Span, what: string) =>
    check(Number.isInteger(span.start) && Number.isInteger(span.end) && span.start >= 0 && span.start <= span.end && span.end <= analysis.text.length, `${what} span ${span.start}-${span.end} outside text of ${analysis.text.length}`);

  check(typeof analysis.url === 'string', 'url');
  check(typeof analysis.isArticle === 'boolean', 'isArticle');
  check(typeof analysis.title === 'string', 'title');
  check(typeof analysis.text === 'string', 'text');
  check(typeof analysis.languageSupported === 'boolean', 'languageSupported');
  check(analysis.languageSupported || (analysis.entities.length === 0 && analysis.quotes.length === 0), 'no names or quotes in an unsupported language');
  check(Number.isInteger(analysis.wordCount) && analysis.wordCount >= 0, 'wordCount');
  check(Number.isInteger(analysis.readingMinutes) && analysis.readingMinutes >= 0, 'readingMinutes');
  check(analysis.paragraphStarts.every((start, i, all) => start >= 0 && start <= analysis.text.length && (i === 0 || start > all[i - 1]!)), 'paragraphStarts');
  const today = now.toISOString().slice(0, 10);
  for (const date of [analysis.dates.published, analysis.dates.updated, ...analysis.dates.candidates]) {
    if (!date) continue;
    check(isDay(date.day), `date ${date.day} is a valid day`);
    // A day ahead is allowed: the publisher's time zone may already be in tomorrow.
    check(date.day <= new Date(now.getTime() + 86_400_000).toISOString().slice(0, 10), `date ${date.day} is not after ${today}`);
    check(date.confidence >= 0 && date.confidence <= 1, 'date confidence in 0..1');
  }
  const ids = new Set<string>();
  for (const entity of analysis.entities) {
    ids.add(entity.id);
    check(['PER', 'ORG', 'LOC', 'MISC'].includes(entity.type), `entity type ${entity.type}`);
    check(typeof entity.name === 'string' && entity.name.length > 0, 'entity name');
    check(entity.count >= 1 && entity.count === entity.mentions.length, `entity ${entity.name} count ${entity.count} vs ${entity.mentions.length} mentions`);
    entity.mentions.forEach((m) => inText(m, `mention of ${entity.name}`));
  }
  for (const quote of analysis.quotes) {
    inText(quote, 'quote');
    if (quote.speaker) inText(quote.speaker, 'speaker');
    check(quote.speakerEntityId === null || ids.has(quote.speakerEntityId), `speaker entity ${quote.speakerEntityId} exists`);
  }
  check(JSON.stringify(JSON.parse(JSON.stringify(analysis))) === JSON.stringify(analysis), 'JSON round trip');
  return problems;
}
