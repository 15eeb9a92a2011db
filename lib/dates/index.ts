/**
 * Finding when a story was published and last updated, cheaply, on any page.
 * Pure DOM in, plain data out: runs in the content script, in vitest and in Node over jsdom.
 */
import type { ArticleDates } from '../types.ts';
import { isPlausibleDay, latestDay } from './day.ts';
import { viewPage } from './page.ts';
import { localise, rank } from './rank.ts';
import type { Candidate } from './candidate.ts';
import { jsonLdCandidates, readJsonLd } from './sources/jsonld.ts';
import { metaCandidates } from './sources/meta.ts';
import { urlCandidates } from './sources/url.ts';
import { textCandidates, timeCandidates } from './sources/visible.ts';

export { findDatesInText, parseDateValue } from './parse.ts';

export interface FindDatesOptions {
  /** The moment the page is read; dates after it are impossible. Defaults to the current time. */
  now?: Date;
}

const NONE: ArticleDates = { published: null, updated: null, candidates: [] };

/**
 * Finds the story's publication day and last-update day, with where each came from, how sure
 * it is, and the candidates considered (best first) for a "why this date?" view.
 *
 * Sources: JSON-LD, `<meta>` tags, microdata, `<time>`, the address, dated bylines and other
 * dates in the text near the headline. Dates in the future (relative to `options.now`),
 * before 1994, in copyright lines, comments, sidebars or other stories' teasers are rejected.
 * Days are taken as the publisher wrote them, never shifted to UTC. Never throws.
 */
export function findArticleDates(doc: Document, url?: string | null, options: FindDatesOptions = {}): ArticleDates {
  try {
    return find(doc, url === undefined ? doc.URL : url, options.now ?? new Date());
  } catch {
    return NONE;
  }
}

function find(doc: Document, url: string | null, now: Date): ArticleDates {
  const latest = latestDay(now);
  const metas = doc.getElementsByTagName('meta');
  let title: string | null = null;
  for (let i = 0; i < metas.length; i++) {
    if (metas[i]!.getAttribute('property') === 'og:title') title = metas[i]!.getAttribute('content');
  }
  const view = viewPage(doc, title);
  const all: Candidate[] = [
    ...jsonLdCandidates(readJsonLd(doc.getElementsByTagName('script')), view.order),
    ...metaCandidates(metas, view.order),
    ...urlCandidates(url),
    ...timeCandidates(doc.getElementsByTagName('time'), view),
    ...timeCandidates(doc.getElementsByTagName('abbr'), view),
    ...textCandidates(view),
  ];
  return rank(localise(all).filter((c) => isPlausibleDay(c.day, latest)));
}
