/**
 * What the date finder knows about the page's layout: its main heading (the story's title)
 * and, for any element, where it sits relative to that heading. A date in the story's own
 * header is the story's; one in a sidebar, a comment or another story's teaser is not.
 */
import { dayOrderFor, type DayOrder } from './parse.ts';

export interface PageView {
  doc: Document;
  order: DayOrder;
  /** The story's headline element, when one can be told apart. */
  heading: Element | null;
  /** Each ancestor of the heading → how many levels above the heading it is. */
  headingAncestors: Map<Element, number>;
}

/** Where an element sits on the page. */
export interface Place {
  /** Why the element belongs to something other than the story (sidebar, comment…), or null. */
  elsewhere: string | null;
  /** Levels above the heading of the nearest common ancestor: 1–3 is the story's header. */
  levels: number;
  /** Comes after the heading in document order. */
  after: boolean;
  /** class, id and itemprop of the element and its closest ancestors, lower case. */
  hint: string;
  /** Inside a `<time datetime>`, which is read on its own. */
  inTime: boolean;
}

/** Containers of things that are not the story itself. */
const ELSEWHERE_TAG = new Set(['aside', 'nav', 'footer', 'menu', 'select', 'option', 'button', 'dialog', 'form']);
const ELSEWHERE_CLASS =
  /comment|related|sidebar|widget|teaser|recommend|popular|trending|promo|breadcrumb|archive|calendar|newsletter|footer|more-?stor|also-?read|read-?more|see-?also|next|prev|reply|replies|disqus|tweet|ticker|latest|other|liste?-|list-item|feed/;

/** Builds the page view: language-dependent date order and the main heading. */
export function viewPage(doc: Document, title: string | null): PageView {
  const root = doc.documentElement;
  const lang = root?.getAttribute('lang') || root?.getAttribute('xml:lang') || '';
  const heading = findHeading(doc, squash(title || doc.title));
  const headingAncestors = new Map<Element, number>();
  for (let el = heading, i = 0; el; el = el.parentElement, i++) headingAncestors.set(el, i);
  return { doc, order: dayOrderFor(lang), heading, headingAncestors };
}

const squash = (s: string | null | undefined): string => (s ?? '').replace(/\s+/g, ' ').trim().toLowerCase();

/**
 * The story's headline: the `<h1>` whose text is part of the page title (a site logo in an
 * `<h1>` is not), else the first `<h1>` with real text, else an `<h2>` that matches the title.
 */
function findHeading(doc: Document, title: string): Element | null {
  const matches = (el: Element): boolean => {
    const t = squash(el.textContent).slice(0, 300);
    return t.length >= 8 && !!title && (title.includes(t) || t.includes(title));
  };
  const h1s = doc.getElementsByTagName('h1');
  let first: Element | null = null;
  for (let i = 0; i < h1s.length && i < 20; i++) {
    const h = h1s[i]!;
    if (matches(h)) return h;
    if (!first && squash(h.textContent).length >= 8) first = h;
  }
  if (first) return first;
  const h2s = doc.getElementsByTagName('h2');
  for (let i = 0; i < h2s.length && i < 20; i++) if (matches(h2s[i]!)) return h2s[i]!;
  return null;
}

/** Where `el` sits relative to the story (see Place). */
export function placeOf(el: Element, view: PageView): Place {
  let elsewhere: string | null = null;
  let levels = Infinity;
  let hint = '';
  let depth = 0;
  let inTime = false;
  for (let node: Element | null = el; node && node.localName !== 'body'; node = node.parentElement, depth++) {
    const shared = view.headingAncestors.get(node);
    if (shared !== undefined) {
      levels = shared;
      break;
    }
    const tag = node.localName;
    if (tag === 'time' && node.hasAttribute('datetime')) inTime = true;
    if (ELSEWHERE_TAG.has(tag)) elsewhere ??= tag;
    else if (view.heading && (tag === 'article' || tag === 'header')) elsewhere ??= `another ${tag}`;
    if (depth < 8) {
      const names = `${node.getAttribute('class') ?? ''} ${node.id} ${node.getAttribute('itemprop') ?? ''}`.toLowerCase();
      if (depth < 3) hint += names + ' ';
      const m = ELSEWHERE_CLASS.exec(names);
      if (m) elsewhere ??= m[0];
    }
  }
  const after = !!view.heading && (view.heading.compareDocumentPosition(el) & 4) !== 0;
  return { elsewhere, levels, after, hint, inTime };
}
