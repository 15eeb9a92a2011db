/**
 * Cheap page signals for article detection: what the page says it is (og:type, JSON-LD @type),
 * what its address looks like (home page, search, tag page, shop, docs) and its structure.
 */
import { readJsonLd, type LdItem } from '../jsonld.ts';
import { headFirst } from '../dom.ts';
import { addressOf } from '../address.ts';
import { referenceGenerator } from './reference.ts';

/** JSON-LD types that describe one story (`\w*Article` takes NewsArticle, OpinionNewsArticle, ReviewNewsArticle …). */
const ARTICLE_LD = /^(\w*Article|BlogPosting|LiveBlogPosting|SocialMediaPosting|Report)$/i;
/**
 * JSON-LD types only publications use: a news item, a blog post. A wiki or a CMS's static page
 * says "Article" or "WebPage" at most.
 */
const PUBLICATION_LD = /^(?:\w*NewsArticle|\w*BlogPosting)$/i;
/** JSON-LD types of pages that are not stories. */
const OTHER_LD = /^(DiscussionForumPosting|CollectionPage|SearchResultsPage|ItemList|Product|ProductGroup|Offer|Store|SoftwareApplication|WebApplication|ProfilePage|FAQPage|QAPage|Event|JobPosting|Course|LocalBusiness|Restaurant|FoodEstablishment|LodgingBusiness|Hotel|TouristAttraction|TouristDestination)$/i;
/**
 * A site that names itself a reference work in its JSON-LD WebSite item ("A Business
 * Encyclopedia", "Lexikon der Pflanzen"): its pages are entries, not stories. Not "wiki", which
 * news sites about wikis use too.
 */
const REFERENCE_SITE = /encyclop|enzyklop|lexikon|lexicon|glossar|dictionar|wörterbuch|woerterbuch/i;

/**
 * A forum thread's address, as forum software writes it: phpBB's and vBulletin's
 * viewtopic.php / showthread.php, XenForo's /threads/…, Discourse's /t/slug/123, Forumotion's
 * /t7-title. A thread grows with each reply; it is a discussion, not a story fixed at
 * publication, though the software often stamps it og:type=article.
 */
const FORUM_PATH = /\/(?:viewtopic|showthread|showtopic|viewthread)\.php$|\/threads\/[^/]|\/t\/[^/]+\/\d+|\/t\d+(?:p\d+)?-[^/]*$/i;

/** Paths of pages that are not stories: the home page, search, listings, accounts, shops, docs. */
const NON_ARTICLE_PATH =
  /^\/(?:ar|cs|da|de|el|en|es|fa|fi|fr|he|hi|hu|id|it|ja|ko|nl|no|pl|pt|ro|ru|sv|th|tr|uk|vi|zh)(?:-[a-z]{2})?\/?$|\/(?:search|suche|recherche|buscar|tags?|topics?|categor(?:y|ies)|section|rubrik|ressort|themen?|authors?|autor|page|shop|store|products?|cart|checkout|basket|account|login|signin|signup|register|settings)(?:\/[^/]*)?\/?$|\/(?:docs|documentation|api|reference|manual)\//i;
/** The home page: "/", "/index.php", "/home" — without a query, which makes it some other page. */
const HOME_PATH = /^\/?(?:(?:index|default|home)(?:\.\w+)?)?$/i;
/** A query parameter that picks content ("?site=news&id=111"), unlike tracking ones ("?utm_source="). */
const CONTENT_QUERY = /[?&](?!utm_|fbclid=|gclid=|ref=|ref_src=|amp\b)[^=&]+=[^&]/i;
const SEARCH_QUERY = /[?&](?:q|s|query|search|keywords?|term)=/i;
/**
 * Paths of pages about the site rather than stories: terms, privacy, licences, imprint, about,
 * contact, help (a whole path segment, or a slug ending in "-privacy-policy"); a region's or
 * language's front page (/sh/, /es/); a blog's index (/blog/); a wiki article (/wiki/Name).
 */
const SITE_PAGE_PATH =
  /\/(?:terms|tos|terms[-_](?:of[-_](?:use|service)|and[-_]conditions|conditions)|privacy|privacy[-_]policy|datenschutz|datenschutzerkl(?:ae|ä)rung|impressum|imprint|agb|disclaimer|legal|legal[-_]notice|licen[cs]es?|cookies?|cookie[-_]policy|about|about[-_]us|ue?ber[-_]uns|über[-_]uns|contact|contact[-_]us|kontakt|faqs?|help)(?:\.[a-z]{2,5})?(?:\/|$)|[-_](?:privacy[-_]policy|terms[-_](?:of[-_](?:use|service)|and[-_]conditions)|cookie[-_]policy)(?:\.[a-z]{2,5})?\/?$/i;
const FRONT_PATH = /^\/[a-z]{2}(?:[-_][a-z]{2})?\/$|\/blogs?\/?$/i;
const REFERENCE_PATH = /\/wiki\/.|\/(?:lexikon|lexicon|glossar|glossary|dictionary|woerterbuch|wörterbuch)\//i;
/**
 * What a CMS writes on `<body>` for a static page or a media attachment, not a post: WordPress's
 * "page-template-default", "single-attachment". These pages often carry og:type=article too.
 */
const STATIC_PAGE_BODY = /(?:^|\s)(?:page-template(?:-[\w-]+)?|single-attachment|attachment-template(?:-[\w-]+)?)(?:\s|$)/;

/** Hosts of documentation, wikis and help centres: docs.…, developer.…, wiki.…, help.… */
const REFERENCE_HOST = /^(?:docs?|developers?|devdocs|wiki|api|manual|help|support|kb|lexikon|lexicon|glossary|glossar|dictionary|encyclopedia)\./i;

export interface PageSignals {
  signals: string[];
  /** The page says it is a story (og:type=article, an Article JSON-LD item). */
  claimsArticle: boolean;
  /** The page says or looks like something else (home page, search, listing, shop…). */
  claimsOther: boolean;
  /**
   * The page is about the site or is reference text (terms, about, a wiki, generated docs):
   * this outweighs any article markup, which many CMSs put on every page.
   */
  notStory: boolean;
  /**
   * og:type=website and nothing more: what home pages say, but also what many CMSs put on
   * every page, articles included. Only a hint.
   */
  saysWebsite: boolean;
  /**
   * The markup stamps the page as a publication: an article:published_time, a NewsArticle or
   * BlogPosting item. Wiki pages are revised, not published, and carry neither.
   */
  publication: boolean;
}

/** Reads the signals from the page's metadata, address and structure. */
export function pageSignals(doc: Document, url: string | null): PageSignals {
  const signals: string[] = [];
  let claimsArticle = false;
  let claimsOther = false;
  let saysWebsite = false;
  let notStory = false;
  let publication = false;

  const metas = headFirst(doc, 'meta', (els) => els, (found) => found.length > 0);
  for (const m of metas) {
    const key = (m.getAttribute('property') ?? m.getAttribute('name') ?? '').toLowerCase();
    if (key === 'og:type') {
      const type = (m.getAttribute('content') ?? '').trim().toLowerCase();
      signals.push(`og:type=${type}`);
      if (/^(article|blog|news)/.test(type)) claimsArticle = true;
      else if (type === 'website') saysWebsite = true;
      else if (/^(product|profile|video\.other|music|book|business|place|restaurant)/.test(type)) claimsOther = true;
    } else if (key === 'generator' && referenceGenerator(m.getAttribute('content'))) {
      signals.push('generator:reference');
      notStory = true;
    } else if (key === 'article:published_time' && !signals.includes('meta:published_time')) {
      signals.push('meta:published_time');
      publication = true;
    }
  }

  // JSON-LD in <body> is read only when the head neither said "article" nor had JSON-LD of its own.
  const items = headFirst<LdItem>(doc, 'script', readJsonLd, (found) => claimsArticle || found.length > 0);
  for (const item of items) {
    if (item.types.includes('WebSite') && REFERENCE_SITE.test(siteWords(item.data))) {
      if (!signals.includes('jsonld:reference-site')) signals.push('jsonld:reference-site');
      notStory = true;
    }
    for (const type of item.types) {
      if (ARTICLE_LD.test(type)) {
        claimsArticle = true;
        if (PUBLICATION_LD.test(type)) publication = true;
      } else if (OTHER_LD.test(type)) claimsOther = true;
      else continue;
      if (!signals.includes(`jsonld:${type}`)) signals.push(`jsonld:${type}`);
    }
  }

  const path = pathOf(url);
  const home = path !== null && HOME_PATH.test(path.pathname) && !CONTENT_QUERY.test(path.search);
  if (path !== null && (home || NON_ARTICLE_PATH.test(path.pathname) || SEARCH_QUERY.test(path.search))) {
    signals.push(`url:${path.pathname === '/' || path.pathname === '' ? 'home' : 'listing'}`);
    claimsOther = true;
  }
  if (path !== null && FRONT_PATH.test(path.pathname)) {
    signals.push('url:front');
    claimsOther = true;
  }
  if (path !== null && SITE_PAGE_PATH.test(path.pathname)) {
    signals.push('url:site-page');
    notStory = true;
  } else if (path !== null && FORUM_PATH.test(path.pathname)) {
    signals.push('url:forum');
    notStory = true;
  } else if (path !== null && (REFERENCE_PATH.test(path.pathname) || REFERENCE_HOST.test(path.hostname))) {
    signals.push('url:reference');
    notStory = true;
  }
  if (STATIC_PAGE_BODY.test((doc.body?.getAttribute('class') ?? '').slice(0, 2000))) {
    signals.push('cms:static-page');
    notStory = true;
  }
  return { signals, claimsArticle, claimsOther, saysWebsite, notStory, publication };
}

/** A WebSite item's name and description, bounded. */
function siteWords(data: Record<string, unknown>): string {
  const text = (v: unknown) => (typeof v === 'string' ? v.slice(0, 200) : '');
  return `${text(data.name)} ${text(data.description)} ${text(data.alternateName)}`;
}

/**
 * Signals that say the page is a story by its markup: og:type=article (or blog, news), an
 * Article-like JSON-LD item, an article:published_time. Without any, a page's date must come
 * from its own shape (a byline by the headline) for the banner to trust it.
 */
export function claimsStory(signals: readonly string[]): boolean {
  return signals.some((s) => /^og:type=(?:article|blog|news)|^meta:published_time$/.test(s) || (s.startsWith('jsonld:') && ARTICLE_LD.test(s.slice(7))));
}

function pathOf(url: string | null): { hostname: string; pathname: string; search: string } | null {
  const u = addressOf(url);
  return u && /^https?:$/.test(u.protocol) ? { hostname: u.hostname, pathname: u.pathname, search: u.search } : null;
}
