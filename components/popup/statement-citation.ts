import { formatDay } from '../../lib/format.ts';
import type { ArticleAnalysis, ReportedStatement } from '../../lib/types.ts';

/**
 * A quote or statement with its citation, as copied: "The operation targeted individuals with
 * criminal convictions, ICE said, according to VICE News, 28 Sep 2017", then the story's title
 * and address. A direct quote keeps its quotation marks (an interrupted one its " … ");
 * reported words are given as the story words them.
 */
export function statementCitation(statement: ReportedStatement, sourceName: string | null, analysis: ArticleAnalysis, locale: string): string {
  const words = statement.text.replace(/[\s,;:]+$/u, '');
  const content = statement.kind === 'direct' ? `“${withoutQuotationMarks(words)}”` : capitalise(words);
  const cue = cueWords(statement) ?? '';
  const who = sourceName
    ? isAccordingTo(cue) ? `according to ${sourceName}` : `${sourceName} ${cue || 'said'}`
    : null;
  const where = [analysis.siteName, analysis.dates.published && formatDay(analysis.dates.published.day, locale)].filter(Boolean).join(', ');
  const line = [content, who, where && `according to ${where}`].filter(Boolean).join(', ');
  return [line, analysis.title && `“${analysis.title}”`, analysis.url].filter(Boolean).join('\n');
}

/**
 * A quote's words without the quotation marks around them, when it has one at each end (a mark
 * at one end only belongs to a quote inside: "The plan is “bold”"). Some papers open with " and
 * close with two apostrophes ("We are very attentive …''): those are marks too.
 */
export const withoutQuotationMarks = (text: string) => /^(?:[“"«„]|''|``)([\s\S]+?)(?:[”"»“]|'')$/u.exec(text)?.[1] ?? text;

const capitalise = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

/**
 * The cue the popup shows before the statement's words, under its source's name ("said the
 * operation …"): none for "according to", which would read "ICE according to the operation …".
 */
export function cueBefore(statement: ReportedStatement): string | null {
  const cue = cueWords(statement);
  return cue && !isAccordingTo(cue) ? cue : null;
}

const isAccordingTo = (cue: string) => /^according\b/iu.test(cue);

/** The statement's cue when it is words ("said", "according to"); a transcript's colon is none. */
export function cueWords(statement: ReportedStatement): string | null {
  const cue = statement.cue?.text.trim() ?? '';
  return /\p{L}/u.test(cue) ? cue : null;
}
