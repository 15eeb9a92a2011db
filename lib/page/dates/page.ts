/**
 * What the date finder knows about the page's layout: its main heading (the story's title)
 * and, for any element, where it sits relative to that heading. A date in the story's own
 * header is the story's; one in a sidebar, a comment or another story's teaser is not.
 */
import type { DayOrder } from './parse.ts';
import { bodyOf, byTag, listOf } from '../dom.ts';

export interface PageView {
  doc: Document;
  order: DayOrder;
  /** The story's headline element, when one can be told apart. */
  heading: Element | null;
  /** Each ancestor of the heading → how many levels above the heading it is. */
  headingAncestors: Map<Element, number>;
  /** Levels from the heading up to the `<article>` that holds it (the story), if any. */
  articleLevel: number;
  /** More than one `<article>`: a listing, where every other article is another story. */
  readonly manyArticles: boolean;
}

/** Where an element sits on the page. */
export interface Place {
  /** Why the element belongs to something other than the story (sidebar, comment…), or null. */
  elsewhere: string | null;
  /** Levels above the heading of the nearest common ancestor: 1–3 is the story's header. */
  levels: number;
  /** class, id and itemprop of the element and its closest ancestors, lower case. */
  hint: string;
  /** Inside a `<time datetime>`, which is read on its own. */
  inTime: boolean;
}

/** Containers of things that are not the story itself. */
const ELSEWHERE_TAG = new Set(['aside', 'nav', 'footer', 'menu', 'select', 'option', 'button', 'dialog']);
/**
 * class/id words of such containers, at the start of a name or after - or _ ("jp-relatedposts",
 * "comment-list"). A name that also says "date" names the date itself ("wpcom-comments-date").
 */
const ELSEWHERE_CLASS =
  /(?:^|[-_])(comment|related|sidebar|widget_|recent|teaser|recommend|popular|trending|promo|breadcrumb|calendar|newsletter|more-?stor|also|read-?more|repl(?:y|ies)|disqus|ticker|latest|most-)/;
const DATE_NAME = /date|time|meta|byline|publish|posted/;

/** The page's declared language (`lang`, else `xml:lang`): how it writes dates, where it is published. */
export function pageLang(doc: Document): string | null {
  const root = doc.documentElement;
  return (root?.getAttribute('lang') || root?.getAttribute('xml:lang')) ?? null;
}

/** Builds the page view: the main heading and where things sit around it; `order` is `dayOrderFor(pageLang(doc))`. */
export function viewPage(doc: Document, title: string | null, order: DayOrder): PageView {
  const heading = findHeading(doc, squash(title || doc.title));
  const headingAncestors = new Map<Element, number>();
  let articleLevel = -1;
  for (let el = heading, i = 0; el; el = el.parentElement, i++) {
    headingAncestors.set(el, i);
    if (articleLevel < 0 && i > 0 && el.localName === 'article') articleLevel = i;
  }
  let manyArticles: boolean | undefined;
  return {
    doc, order, heading, headingAncestors, articleLevel,
    // Asked only for dates away from the headline, which most pages never need; searched once.
    get manyArticles() {
      return (manyArticles ??= !!byTag(bodyOf(doc), 'article')[1]);
    },
  };
}

const squash = (s: string | null | undefined): string => (s ?? '').replace(/\s+/g, ' ').trim().toLowerCase();

/**
 * The story's headline: an `<h1>` (else an `<h2>`) whose text is part of the page title,
 * with real text, and which is not the site's logo (a link home, a "logo" class) or in the
 * site's header, navigation or footer.
 */
function findHeading(doc: Document, title: string): Element | null {
  let best: Element | null = null;
  let bestScore = 0;
  for (const tag of ['h1', 'h2']) {
    for (const h of listOf(byTag(bodyOf(doc), tag), 20)) {
      const score = headingScore(h, title);
      if (score > bestScore) [best, bestScore] = [h, score];
    }
    if (best && (tag === 'h1' || bestScore >= 3)) return best;
    best = null;
    bestScore = 2; // an <h2> must match the title
  }
  return null;
}

const LOGO = /logo|brand|site-?(title|name)|masthead|blog-?title/;

function headingScore(h: Element, title: string): number {
  const text = squash((h.textContent ?? '').slice(0, 600)).slice(0, 300);
  if (text.length < 8) return 0;
  let score = 1;
  if (title.includes(text)) score += 3;
  if (text.length >= 25) score += 1;
  const link = byTag(h, 'a')[0];
  const href = link?.getAttribute('href') ?? '';
  if (LOGO.test(`${h.className} ${h.id} ${link?.className ?? ''}`) || /^(\/|https?:\/\/[^/]+\/?)$/.test(href)) score -= 3;
  for (let el = h.parentElement, i = 0; el && i < 4; el = el.parentElement, i++) {
    if (/^(header|nav|aside|footer)$/.test(el.localName)) score -= 1;
  }
  return score;
}

/**
 * How far up `placeOf` looks: past this many levels an element is far from the headline anyway,
 * and a walk to <body> per date would cost depth × dates on deep pages.
 */
const MAX_DEPTH = 40;
/** Enough of a class, id or itemprop to read its words; some pages put kilobytes there. */
const MAX_NAME = 200;
const attr = (el: Element, name: string): string => (el.getAttribute(name) ?? '').slice(0, MAX_NAME);

/** Where `el` sits relative to the story (see Place). */
export function placeOf(el: Element, view: PageView): Place {
  let elsewhere: string | null = null;
  let levels = Infinity;
  let hint = '';
  let depth = 0;
  let inTime = false;
  for (let node: Element | null = el; node && node.localName !== 'body' && depth < MAX_DEPTH; node = node.parentElement, depth++) {
    const shared = view.headingAncestors.get(node);
    if (shared !== undefined) {
      levels = shared;
      break;
    }
    const tag = node.localName;
    if (tag === 'time' && node.hasAttribute('datetime')) inTime = true;
    // An article's own <header>/<footer> holds its byline; the page's hold other things.
    const own = node.parentElement?.localName === 'article';
    if (ELSEWHERE_TAG.has(tag) && !(tag === 'footer' && own)) elsewhere ??= tag;
    else if (view.heading && ((tag === 'article' && view.manyArticles) || (tag === 'header' && !own))) elsewhere ??= `another ${tag}`;
    if (depth < 8) {
      const names = `${attr(node, 'class')} ${attr(node, 'id')} ${attr(node, 'itemprop')}`.toLowerCase();
      if (depth < 3) hint += names + ' ';
      if (!elsewhere && ELSEWHERE_CLASS.test(names)) {
        for (const token of names.split(/\s+/)) {
          const m = ELSEWHERE_CLASS.exec(token);
          if (m && !DATE_NAME.test(token)) elsewhere = m[1]!;
        }
      }
    }
  }
  // Right next to the headline is the story's header, whatever the markup says; inside the
  // story's own <article> only a comment is something else.
  if (levels <= 2 || (levels <= view.articleLevel && !/comment|repl|disqus/.test(elsewhere ?? ''))) elsewhere = null;
  return { elsewhere, levels, hint, inTime };
}
