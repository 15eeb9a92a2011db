/**
 * Is this page an article? The cheap verdict made on every page load, before any banner.
 */
import type { ArticleVerdict } from '../../types.ts';
import { readerable } from './readerable.ts';
import { pageSignals } from './signals.ts';

/**
 * Decides whether the page is one story (an article) rather than a home page, section front,
 * search results, docs, a shop or a web app. A page is an article when Firefox Reader View's
 * `isProbablyReaderable` accepts it and nothing says it is something else: a home, section,
 * search, shop or docs address; a CollectionPage, Product… JSON-LD item or og:type=product;
 * og:type=website on a page of several `<article>` teasers. Article markup (og:type=article,
 * a NewsArticle JSON-LD item) outweighs everything but the address.
 *
 * `url` defaults to the document's own address; pass null when it is unknown. Never throws.
 */
export function detectArticle(doc: Document, url?: string | null): ArticleVerdict {
  try {
    const isReaderable = readerable(doc);
    const page = pageSignals(doc, url === undefined ? doc.URL : url);
    const signals = isReaderable ? ['readerable', ...page.signals] : page.signals;
    const listing = page.signals.some((s) => s.startsWith('url:'));
    // og:type=website alone decides nothing; several <article> teasers make it a listing.
    const teasers = page.saysWebsite && !page.claimsArticle && !!doc.getElementsByTagName('article')[2];
    if (teasers) signals.push('<article>×3+');
    const isArticle = isReaderable && !listing && (page.claimsArticle || (!page.claimsOther && !teasers));
    return { isArticle, signals };
  } catch {
    return { isArticle: false, signals: [] };
  }
}
