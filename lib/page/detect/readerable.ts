import isProbablyReaderable from '@mozilla/readability/Readability-readerable.js';
import { bodyOf, byTag, listOf, textStart } from '../dom.ts';

/**
 * What `isProbablyReaderable` reads of a paragraph, served straight from the element. It asks
 * `node.matches("li p")`, which in jsdom boots a selector engine per page; here that is an
 * ancestor check. Everything else is the element's own value.
 */
class Paragraph {
  constructor(
    readonly el: Element,
    private readonly inList: (el: Element) => boolean,
    private readonly enough: number,
  ) {}
  get className(): string {
    return (this.el.getAttribute('class') ?? '').slice(0, MAX_NAME);
  }
  get id(): string {
    return this.el.id.slice(0, MAX_NAME);
  }
  private text: string | undefined;
  get textContent(): string {
    // A paragraph's own text is short and cheapest read whole; the other blocks can hold a page.
    return (this.text ??= this.el.localName === 'p' ? (this.el.textContent ?? '') : textUpTo(this.el, this.enough));
  }
  matches(selector: string): boolean {
    if (selector !== 'li p') return this.el.matches(selector);
    return this.el.localName === 'p' && !!this.el.parentElement && this.inList(this.el.parentElement);
  }
}

/**
 * An element's text, or only its start once that start alone, trimmed, is `enough` characters:
 * a block that long passes the check by itself (its score is at least what the whole text would
 * give, and over the bar), so the rest of a huge block (a whole page in one `<div>` of `<br>`s,
 * an `<article>` of 100,000 characters) is never gathered. Same verdict. The start read doubles
 * while whitespace keeps it short, so padded text stays linear.
 */
function textUpTo(el: Element, enough: number): string {
  for (let max = enough; ; max *= 2) {
    const text = textStart(el, max);
    if (text.length < max || text.trim().length >= enough) return text;
  }
}

/** Enough of a class or id for Readability's "unlikely candidate" words. */
const MAX_NAME = 200;

/**
 * "Is this element an <li> or inside one?", remembered per element: paragraphs share their
 * ancestors, so each element is looked at once however many paragraphs sit under it.
 */
function listMembership(): (el: Element) => boolean {
  const known = new Map<Element, boolean>();
  return (el) => {
    const path: Element[] = [];
    let answer = false;
    for (let a: Element | null = el; a; a = a.parentElement) {
      const seen = known.get(a);
      if (seen !== undefined) {
        answer = seen;
        break;
      }
      path.push(a);
      if (a.localName === 'li') {
        answer = true;
        break;
      }
    }
    for (const a of path) known.set(a, answer);
    return answer;
  };
}

/** Readability's default: enough text for Reader View. */
export const MIN_SCORE = 20;

/** Readability's default: a block with less text than this adds nothing to the score. */
const MIN_CONTENT_LENGTH = 140;

/**
 * Readability's first question about a block. A block too short to score is answered "no" here
 * at once, sparing the attribute reads and the list check Readability would make before it
 * measured the text (pages of many short paragraphs cost that for each); the verdict is the
 * same. Otherwise: hidden by an inline style or the `hidden` attribute? Never computes styles.
 */
function isVisible(node: Node): boolean {
  const paragraph = node as unknown as Paragraph;
  if (paragraph.textContent.trim().length < MIN_CONTENT_LENGTH) return false;
  const el = paragraph.el;
  return !el.hasAttribute('hidden') && el.getAttribute('aria-hidden') !== 'true' &&
    !/display\s*:\s*none|visibility\s*:\s*hidden/i.test(el.getAttribute('style') ?? '');
}

/**
 * `list` as paragraphs, wrapped only as Readability reaches them (it stops early). The list is
 * read by index up to the first missing item and never asked its length, so a browser walks a
 * live collection only as far as Readability reads (a story passes within its first paragraphs)
 * and jsdom does not count a live collection on every read.
 */
function paragraphs(list: ArrayLike<Element>, minScore: number, max = MAX_PARAGRAPHS): ArrayLike<Paragraph> {
  const inList = listMembership();
  // A block of this much text scores over the bar by itself: sqrt(length - MIN_CONTENT_LENGTH) > minScore.
  const enough = MIN_CONTENT_LENGTH + minScore * minScore + 1;
  let end = max;
  const exists = (i: number): boolean => {
    if (i >= end) return false;
    if (list[i]) return true;
    end = i;
    return false;
  };
  return new Proxy({ length: max }, {
    get: (target, key) => (typeof key === 'string' && /^\d+$/.test(key) ? (exists(+key) ? new Paragraph(list[+key]!, inList, enough) : undefined) : Reflect.get(target, key)),
    has: (target, key) => (typeof key === 'string' && /^\d+$/.test(key) ? exists(+key) : Reflect.has(target, key)),
  }) as unknown as ArrayLike<Paragraph>;
}

/**
 * How many paragraphs are read at most: far more than any story needs to pass the check (its
 * score is reached within a few dozen), and a bound on a huge page. Reading item MAX_PARAGRAPHS
 * first walks a browser's live collection only that far, where `.length` walks the whole page.
 */
const MAX_PARAGRAPHS = 1000;

/** How many line breaks are read at most, looking for divs of `<br>`-separated text. */
const MAX_BREAKS = 5000;

/** `nodes` already holds the `<br>` divs Readability would add, so its "div > br" query finds none. */
function check(nodes: ArrayLike<Paragraph>, minScore: number): boolean {
  const doc = {
    querySelectorAll: (selector: string) => (selector === 'div > br' ? [] : nodes),
  } as unknown as Document;
  return isProbablyReaderable(doc, { visibilityChecker: isVisible, minContentLength: MIN_CONTENT_LENGTH, minScore });
}

/**
 * Readability's own `isProbablyReaderable` (the Firefox Reader View check), fed through
 * `getElementsByTagName`, which is much cheaper than its `querySelectorAll` on big pages, and a
 * visibility check that reads the style attribute instead of `node.style` (no CSS parsing).
 *
 * The check sums a score over paragraphs and stops once it is high enough, so the answer does
 * not depend on their order and more paragraphs can only turn "no" into "yes". Hence the cheap
 * first try with `<p>` alone, which settles most articles; only if it says no is the full list
 * (`<pre>`, `<article>`, divs of `<br>`-separated text) gathered. Same verdict, less work.
 */
export function readerable(doc: Document, minScore = MIN_SCORE): boolean {
  try {
    const body = bodyOf(doc);
    const p = byTag(body, 'p');
    if (check(paragraphs(p, minScore), minScore)) return true;
    // The other blocks Readability counts, each by its own tag search: a search by tag touches
    // only the elements it finds, where one walk over every element reads each of them (in
    // jsdom, building a wrapper for each), and crafted pages are exactly those <p> cannot settle.
    // An <article> holding the story settles it alone, before the rarer blocks are searched.
    const articles = listOf(byTag(body, 'article'), MAX_PARAGRAPHS);
    if (articles.length && check(paragraphs(articles, minScore), minScore)) return true;
    const pre = listOf(byTag(body, 'pre'), MAX_PARAGRAPHS);
    const brParents = new Set<Element>();
    for (const br of listOf(byTag(body, 'br'), MAX_BREAKS)) {
      const parent = br.parentElement;
      if (parent?.localName === 'div') brParents.add(parent);
    }
    // The paragraphs last: they could not settle it alone, and the order changes nothing else.
    const blocks = [...pre, ...articles, ...brParents, ...listOf(p, MAX_PARAGRAPHS)];
    return check(paragraphs(blocks, minScore, blocks.length), minScore);
  } catch {
    return false;
  }
}
