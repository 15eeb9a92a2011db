/**
 * Article extraction: Readability on a clone of the page, then the article's text as
 * paragraphs. This is the expensive step, run only when the reader opens the popup.
 */
import { Readability } from '@mozilla/readability';
import { isFurniture, isNotStoryElement, withoutCredits } from './story-text.ts';
import { withoutInvisible } from './invisible.ts';

export interface ExtractedArticle {
  title: string;
  byline: string | null;
  siteName: string | null;
  lang: string | null;
  excerpt: string | null;
  paragraphs: string[];
}

/**
 * Readability gives up on documents with more elements than this. Real news pages have a
 * few thousand (of the 1,166 pages in our date and popup data, 99% have under 3,300 and
 * the largest 9,888); Readability's cost grows with the element count (a 200 KB crafted
 * table of 11,600 cells takes about as long as all the NLP after it), so a page with many
 * more is an app or a dump that would stall the popup.
 */
const MAX_ELEMENTS = 12_000;

/**
 * Readability gives up on documents nested deeper than this. Its cost grows steeply with
 * depth (a bare chain of 100 nested divs takes seconds; 20,000 overflowed the stack), while
 * real pages stay shallow: a quarter of the 1,150 pages in our date data nest at most 34 deep.
 */
export const MAX_DEPTH = 100;

/** Whether the document nests deeper than `limit` elements (walked without recursion). */
export function nestsDeeperThan(doc: Document, limit: number): boolean {
  const root = doc.documentElement;
  if (!root) return false;
  const stack: [Element, number][] = [[root, 1]];
  while (stack.length) {
    const [el, depth] = stack.pop()!;
    if (depth > limit) return true;
    for (let child = el.firstElementChild; child; child = child.nextElementSibling) stack.push([child, depth + 1]);
  }
  return false;
}

/** Elements that end a paragraph of text. */
const BLOCK_TAGS = new Set([
  'ADDRESS', 'ARTICLE', 'ASIDE', 'BLOCKQUOTE', 'BR', 'DD', 'DIV', 'DL', 'DT', 'FIGCAPTION', 'FIGURE',
  'FOOTER', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'HEADER', 'HR', 'LI', 'MAIN', 'OL', 'P', 'PRE',
  'SECTION', 'TABLE', 'TD', 'TH', 'TR', 'UL',
]);
/** Text ending a sentence with no space after it: a lower-case word, then . ! or ? (and maybe a closing quote). */
const SENTENCE_END_GLUED = /\p{Ll}[.!?]["”’)]?$/u;
const STARTS_CAPITALIZED = /^\p{Lu}/u;
/** Elements whose text is never article prose. */
const SKIPPED_TAGS = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'SVG', 'MATH', 'BUTTON', 'SELECT', 'TEXTAREA']);

const clean = (text: string | null | undefined): string | null => {
  const value = text?.replace(/\s+/g, ' ').trim();
  return value ? value : null;
};

export interface ExtractOptions {
  /**
   * The document is a private copy nobody reads afterwards (the popup's parse of the page's
   * HTML): Readability may change it, and the clone (in jsdom a quarter of the cost) is saved.
   */
  inPlace?: boolean;
}

/**
 * Runs Readability on a clone (Readability mutates what it parses, and the live page must
 * stay untouched), or on the document itself when it is a private copy. Null when the page has
 * no article Readability can find.
 */
export function extractArticle(doc: Document, options: ExtractOptions = {}): ExtractedArticle | null {
  // Checked before cloning: cloning a huge document is itself the slow part.
  if (doc.getElementsByTagName('*').length > MAX_ELEMENTS || nestsDeeperThan(doc, MAX_DEPTH)) return null;
  // Read before Readability changes the document.
  const pageTitle = clean(doc.title);
  const pageLang = clean(doc.documentElement?.getAttribute('lang'));
  let parsed: ReturnType<Readability<Node>['parse']>;
  try {
    const target = options.inPlace ? doc : (doc.cloneNode(true) as Document);
    // Classes are kept: they tell credits, bylines and teasers from story text.
    parsed = new Readability<Node>(target, { serializer: (node) => node, keepClasses: true }).parse();
  } catch {
    // Readability gives up on some documents (no body, odd nodes), and cloning a
    // pathologically deep tree can exhaust the stack: either way, no article.
    return null;
  }
  if (!parsed?.content) return null;
  const byline = cleanByline(parsed.byline);
  const paragraphs = storyParagraphs(parsed.content, byline);
  if (paragraphs.length === 0) return null;
  return {
    title: clean(parsed.title) ?? pageTitle ?? '',
    byline,
    siteName: clean(parsed.siteName),
    lang: clean(parsed.lang) ?? pageLang,
    excerpt: clean(parsed.excerpt),
    paragraphs,
  };
}

/**
 * The author part of a byline: "By VICE News · Sep 28, 2017, 3:45pm" → "VICE News".
 * Date and time pieces are dropped (the popup shows dates on their own line).
 */
export function cleanByline(byline: string | null | undefined): string | null {
  const parts = (clean(byline) ?? '')
    .split(/\s*[·•|]\s*|\s+[–—]\s+/)
    .map((part) => part.replace(/^(by|von|par|por|di|door)\s+/i, '').trim())
    .filter((part) => part && !/\d/.test(part) && !/^(updated|published|posted)\b/i.test(part));
  return parts.length ? parts.join(' · ') : null;
}

/**
 * The story's paragraphs in Readability's article: furniture elements skipped (credits,
 * bylines, teasers, sign-up boxes; see story-text.ts), credits cut out of captions,
 * furniture lines and repeated paragraphs dropped. If that would leave nothing, the
 * article's paragraphs as they are.
 */
export function storyParagraphs(root: Node, byline: string | null): string[] {
  const seen = new Set<string>();
  const story: string[] = [];
  for (const paragraph of collectParagraphs(root, isNotStoryElement)) {
    const text = withoutCredits(paragraph);
    if (!text || isFurniture(text, byline) || seen.has(text)) continue;
    seen.add(text);
    story.push(text);
  }
  return story.length ? story : collectParagraphs(root);
}

/**
 * The text of each block in `root`, whitespace collapsed, empty blocks dropped; elements
 * for which `skip` says so are left out with everything inside them. Walks the tree
 * without recursion, so absurdly deep pages cannot overflow the stack.
 */
export function collectParagraphs(root: Node, skip?: (element: Element) => boolean): string[] {
  const paragraphs: string[] = [];
  let current = '';
  const flush = () => {
    const text = current.replace(/\s+/g, ' ').trim();
    if (text) paragraphs.push(text);
    current = '';
  };
  // Each entry is a node to enter, or a block element to leave (flush after its children).
  const stack: { node: Node; leaving: boolean }[] = [{ node: root, leaving: false }];
  while (stack.length) {
    const { node, leaving } = stack.pop()!;
    if (leaving) {
      flush();
      continue;
    }
    if (node.nodeType === 3) {
      const value = withoutInvisible(node.nodeValue ?? '');
      // Two elements set side by side ("…on Thursday.</span><span>Anthony Wallace / AFP"):
      // the page shows them apart, so a sentence end glued to a capital gets its space back.
      if (STARTS_CAPITALIZED.test(value) && SENTENCE_END_GLUED.test(current.slice(-3))) current += ' ';
      current += value;
      continue;
    }
    if (node.nodeType !== 1 && node.nodeType !== 9 && node.nodeType !== 11) continue;
    const tag = (node as Element).tagName?.toUpperCase() ?? '';
    if (SKIPPED_TAGS.has(tag) || (skip && node.nodeType === 1 && skip(node as Element))) continue;
    if (BLOCK_TAGS.has(tag)) {
      flush();
      stack.push({ node, leaving: true });
    }
    for (let child = node.lastChild; child; child = child.previousSibling) stack.push({ node: child, leaving: false });
  }
  flush();
  return paragraphs;
}

/** Words in a text; CJK characters count as roughly half a word each. */
export function countWords(text: string): number {
  const words = text.match(/[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu)?.length ?? 0;
  const cjk = text.match(/[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/gu)?.length ?? 0;
  return cjk ? Math.max(words, Math.round(cjk / 2)) : words;
}

/** Minutes to read at an adult's average silent-reading pace (about 230 words a minute). */
export function readingMinutes(words: number): number {
  return words === 0 ? 0 : Math.max(1, Math.round(words / 230));
}
