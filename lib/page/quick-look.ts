/**
 * The cheap path that runs on every page load: is this an article, and when was it
 * published? No Readability parse and no NLP here; it must cost a few milliseconds.
 */
import { detectArticle } from './detect/index.ts';
import { findArticleDates } from './dates/index.ts';
import type { ArticleDates, ArticleVerdict } from '../types.ts';

export interface QuickLook {
  verdict: ArticleVerdict;
  /** Dates are only looked for on articles; elsewhere they are empty. */
  dates: ArticleDates;
}

export const NO_DATES: ArticleDates = Object.freeze({ published: null, updated: null, candidates: [] });

export function quickLook(doc: Document, url: string, now: Date): QuickLook {
  const verdict = detectArticle(doc, url);
  const dates = verdict.isArticle ? findArticleDates(doc, url, { now }) : NO_DATES;
  return { verdict, dates };
}
