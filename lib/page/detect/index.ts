/**
 * Is this page an article? The cheap verdict made on every page load, before any banner.
 */
import type { ArticleVerdict } from '../../types.ts';
import { MIN_SCORE, readerable } from './readerable.ts';
import { pageSignals } from './signals.ts';
import { hasRevisionFooter } from './reference.ts';
import { bodyOf, byTag } from '../dom.ts';

/**
 * Decides whether the page is one story (an article) rather than a home page, section front,
 * search results, docs, a shop or a web app. A page is an article when Firefox Reader View's
 * `isProbablyReaderable` accepts it (at half its bar of text when the page's markup says it is a
 * story: a short news item is one; at a quarter when it is stamped as a publication) and nothing
 * says it is something else: a home, section, search, shop, forum or docs address; a
 * CollectionPage, Product… JSON-LD item or og:type=product; og:type=website on a page of several
 * `<article>` teasers. Article markup (og:type=article,
 * a NewsArticle JSON-LD item) outweighs everything but the address and the signs of a page
 * about the site or of reference text (terms, about, licence paths; a wiki or docs generator;
 * a wiki's "page was last edited" footer), which CMSs stamp with article markup too.
 *
 * `url` defaults to the document's own address; pass null when it is unknown. Never throws.
 */
export function detectArticle(doc: Document, url?: string | null): ArticleVerdict {
  try {
    const page = pageSignals(doc, url === undefined ? doc.URL : url);
    const listing = page.claimsOther && page.signals.some((s) => s.startsWith('url:'));
    // Decided by the address or the page's kind: no need to read its paragraphs.
    if (listing || page.notStory) return { isArticle: false, signals: page.signals };
    // Readability's bar is Reader View's: enough text to be worth a reading mode. A page whose
    // markup says it is a story needs half of it: a short news item or blog post is a story too.
    // One stamped as a publication (article:published_time, a NewsArticle or BlogPosting item),
    // which CMSs put on posts and not on their static pages, needs a quarter: a brief, a post of
    // a few lines, a paragraph of Japanese (fewer characters say as much).
    const isReaderable = readerable(doc, page.publication ? MIN_SCORE / 4 : page.claimsArticle ? MIN_SCORE / 2 : MIN_SCORE);
    const signals = isReaderable ? ['readerable', ...page.signals] : page.signals;
    // Readable only as preformatted text, with no paragraph at all: a plain-text document (a
    // specification, a manual page, a mail archive), not a story.
    if (isReaderable && !byTag(bodyOf(doc), 'p')[0] && byTag(bodyOf(doc), 'pre')[0]) {
      signals.push('text:preformatted');
      return { isArticle: false, signals };
    }
    // og:type=website alone decides nothing; several <article> teasers make it a listing.
    const teasers = page.saysWebsite && !page.claimsArticle && !!byTag(bodyOf(doc), 'article')[2];
    if (teasers) signals.push('<article>×3+');
    const isArticle = isReaderable && (page.claimsArticle || (!page.claimsOther && !teasers));
    // Read last, and only on a page that is otherwise a story with no publication markup: the
    // page's end, for a wiki's "last edited" footer. A wiki's pages are revised, not published.
    if (isArticle && !page.publication && hasRevisionFooter(doc)) {
      signals.push('revision-footer');
      return { isArticle: false, signals };
    }
    return { isArticle, signals };
  } catch {
    return { isArticle: false, signals: [] };
  }
}
