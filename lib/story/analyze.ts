/**
 * The full analysis behind the popup: the cheap look, Readability's extraction, then
 * entities and quotes over the article text. One JSON-serialisable result.
 */
import { extractArticle, countWords, readingMinutes } from './extract.ts';
import { quickLook, type QuickLook } from '../page/quick-look.ts';
import { analyzeEntities } from './entities/index.ts';
import { extractQuotes } from './quotes/index.ts';
import { extractAttributions } from './attributions/index.ts';
import { combineWithQuotes } from './attributions/combine.ts';
import { readerChooser } from './attributions/default-chooser.ts';
import { readsAsEnglish } from './language.ts';
import type { ArticleAnalysis } from '../types.ts';

export const PARAGRAPH_SEPARATOR = '\n\n';

/**
 * Names, quotes and statements are looked for in the first 60,000 characters (about 10,000
 * words, longer than nearly any news story): a page holding a book, or 200 KB of crafted
 * names and quotes, costs the popup a bounded wait, not seconds.
 */
export const MAX_ANALYZED_CHARS = 60_000;

export interface AnalyzeOptions {
  url: string;
  now: Date;
  /** Analyse even when the cheap look says the page is not an article. */
  force?: boolean;
  /** A quick look already made for this page (the content script's), to avoid doing it twice. */
  look?: QuickLook;
}

/**
 * Analyses a page. Never throws on odd pages: the worst case is an empty analysis. The document
 * must be the caller's own copy (as the popup's parse of the page's HTML is): Readability
 * changes it in place.
 */
export function analyzePage(doc: Document, options: AnalyzeOptions): ArticleAnalysis {
  const look = options.look ?? quickLook(doc, options.url, options.now);
  const base = emptyAnalysis(options.url, doc, look);
  if (!look.verdict.isArticle && !options.force) return base;
  const article = extractArticle(doc, { inPlace: true });
  if (!article) return base;

  const paragraphStarts: number[] = [];
  let offset = 0;
  for (const paragraph of article.paragraphs) {
    paragraphStarts.push(offset);
    offset += paragraph.length + PARAGRAPH_SEPARATOR.length;
  }
  const text = article.paragraphs.join(PARAGRAPH_SEPARATOR);
  const analyzed = text.length > MAX_ANALYZED_CHARS ? text.slice(0, MAX_ANALYZED_CHARS) : text;
  const languageSupported = readsAsEnglish(analyzed);
  const entities = languageSupported ? analyzeEntities(analyzed) : [];
  const quotes = languageSupported ? extractQuotes(analyzed, entities) : [];
  const attributions = languageSupported ? combineWithQuotes(analyzed, extractAttributions(analyzed, entities, { chooser: readerChooser() }), quotes, entities) : [];
  const wordCount = countWords(text);
  return {
    ...base,
    title: article.title || base.title,
    byline: article.byline,
    siteName: article.siteName,
    lang: article.lang,
    excerpt: article.excerpt,
    text,
    paragraphStarts,
    wordCount,
    readingMinutes: readingMinutes(wordCount),
    languageSupported,
    entities,
    quotes,
    attributions,
  };
}

function emptyAnalysis(url: string, doc: Document, look: QuickLook): ArticleAnalysis {
  return {
    url,
    isArticle: look.verdict.isArticle,
    signals: look.verdict.signals,
    title: (doc.title ?? '').replace(/\s+/g, ' ').trim(),
    byline: null,
    siteName: null,
    lang: doc.documentElement?.getAttribute('lang') || null,
    excerpt: null,
    text: '',
    paragraphStarts: [],
    wordCount: 0,
    readingMinutes: 0,
    dates: look.dates,
    languageSupported: true,
    entities: [],
    quotes: [],
    attributions: [],
  };
}
