/**
 * Cheap page signals for article detection: what the page says it is (og:type, JSON-LD @type),
 * what its address looks like (home page, search, tag page, shop, docs) and its structure.
 */
import { readJsonLd } from '../dates/sources/jsonld.ts';

/** JSON-LD types that describe one story. */
const ARTICLE_LD = /^(\w*Article|BlogPosting|LiveBlogPosting|SocialMediaPosting|DiscussionForumPosting|Report|OpinionNewsArticle|AnalysisNewsArticle|ReportageNewsArticle|BackgroundNewsArticle|ReviewNewsArticle)$/i;
/** JSON-LD types of pages that are not stories. */
const OTHER_LD = /^(CollectionPage|SearchResultsPage|ItemList|Product|ProductGroup|Offer|Store|SoftwareApplication|WebApplication|ProfilePage|FAQPage|QAPage|Event|JobPosting|Recipe|Course|Book)$/i;

/** Paths of pages that are not stories: the home page, search, listings, accounts, shops, docs. */
const NON_ARTICLE_PATH =
  /^\/?(?:(?:index|default|home)(?:\.\w+)?)?$|^\/[a-z]{2}(?:-[a-z]{2})?\/?$|\/(?:search|suche|recherche|buscar|tags?|topics?|categor(?:y|ies)|section|rubrik|ressort|themen?|authors?|autor|page|shop|store|products?|cart|checkout|basket|account|login|signin|signup|register|settings)(?:\/[^/]*)?\/?$|\/(?:docs|documentation|api|reference|manual)\//i;
const SEARCH_QUERY = /[?&](?:q|s|query|search|keywords?|term)=/i;

export interface PageSignals {
  signals: string[];
  /** The page says it is a story (og:type=article, an Article JSON-LD item). */
  claimsArticle: boolean;
  /** The page says or looks like something else (home page, search, listing, shop…). */
  claimsOther: boolean;
}

/** Reads the signals; `metas` and `scripts` are the page's `<meta>` and `<script>` elements. */
export function pageSignals(doc: Document, url: string | null): PageSignals {
  const signals: string[] = [];
  let claimsArticle = false;
  let claimsOther = false;

  const metas = doc.getElementsByTagName('meta');
  for (let i = 0; i < metas.length; i++) {
    const m = metas[i]!;
    const key = (m.getAttribute('property') ?? m.getAttribute('name') ?? '').toLowerCase();
    if (key === 'og:type') {
      const type = (m.getAttribute('content') ?? '').trim().toLowerCase();
      signals.push(`og:type=${type}`);
      if (/^(article|blog|news)/.test(type)) claimsArticle = true;
      else if (/^(website|product|profile|video\.other|music|book|business)/.test(type)) claimsOther = true;
    } else if (key === 'article:published_time' && !signals.includes('meta:published_time')) {
      signals.push('meta:published_time');
    }
  }

  for (const item of readJsonLd(doc.getElementsByTagName('script'))) {
    for (const type of item.types) {
      if (ARTICLE_LD.test(type)) claimsArticle = true;
      else if (OTHER_LD.test(type)) claimsOther = true;
      else continue;
      if (!signals.includes(`jsonld:${type}`)) signals.push(`jsonld:${type}`);
    }
  }

  const path = pathOf(url);
  if (path !== null && (NON_ARTICLE_PATH.test(path.pathname) || SEARCH_QUERY.test(path.search))) {
    signals.push(`url:${path.pathname === '/' || path.pathname === '' ? 'home' : 'listing'}`);
    claimsOther = true;
  }

  const articles = doc.getElementsByTagName('article').length;
  if (articles === 1) signals.push('<article>');
  else if (articles >= 4) signals.push(`<article>×${articles}`);
  return { signals, claimsArticle, claimsOther };
}

function pathOf(url: string | null): { pathname: string; search: string } | null {
  if (!url) return null;
  try {
    const u = new URL(url);
    return /^https?:$/.test(u.protocol) ? { pathname: u.pathname, search: u.search } : null;
  } catch {
    return null;
  }
}
