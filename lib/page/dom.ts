/**
 * Cheap element searches, shared by article detection and the date finder. In some DOMs (jsdom)
 * every tag search walks the whole tree under its root, so each tag is searched once per root,
 * the small <head> first and <body> only when the head was not enough.
 */

/**
 * The elements of a live collection as an array, at most `max`. jsdom's HTMLCollection answers
 * `.length` (and so `for…of`, `Array.from`, spreading) by scanning every element for a matching
 * id or name, which makes plain loops quadratic; this reads the length once and indexes.
 */
export function listOf<T extends Element>(list: ArrayLike<T>, max = Infinity): T[] {
  if (max !== Infinity) {
    // Up to `max` by index: a browser's live collection then walks only as far as the last one
    // read, where `.length` would walk the whole document.
    const out: T[] = [];
    for (let i = 0, el = list[0]; el && i < max; el = list[++i]) out.push(el);
    return out;
  }
  const n = list.length;
  const out: T[] = new Array(n);
  for (let i = 0; i < n; i++) out[i] = list[i]!;
  return out;
}

/**
 * The first `max` characters of an element's text, in document order: `textContent.slice(0, max)`
 * without building the whole text of a large element.
 */
export function textStart(el: Element, max: number): string {
  const doc = el.ownerDocument;
  const walker = doc.createTreeWalker(el, 4);
  let text = '';
  for (let node = walker.nextNode(); node && text.length < max; node = walker.nextNode()) text += (node as Text).data;
  return text.length > max ? text.slice(0, max) : text;
}

const searches = new WeakMap<Node, Map<string, HTMLCollectionOf<Element>>>();

/**
 * `root.getElementsByTagName(tag)`, one live collection per root and tag. A browser keeps one
 * such collection itself and hands it back on each call; jsdom builds a new one each time, and
 * its first read walks the whole tree. Asking twice (detection, then the date finder) walks once.
 */
export function byTag(root: Document | Element, tag: string): HTMLCollectionOf<Element> {
  let known = searches.get(root);
  if (!known) searches.set(root, (known = new Map()));
  let list = known.get(tag);
  if (!list) known.set(tag, (list = root.getElementsByTagName(tag)));
  return list;
}

/**
 * Where a page's visible elements are searched: <body>, without the head's scripts, styles and
 * metadata (in jsdom a search walks every node under its root, and the head holds about a tenth
 * of a page's nodes). The parser puts every paragraph, heading and `<time>` in <body>.
 */
export function bodyOf(doc: Document): Document | HTMLElement {
  return doc.body ?? doc;
}

/**
 * Reads the `tag` elements of <head>; then, unless `enough` of them were found, those of <body>
 * too, after the head's (document order). The body's search is the one the date finder makes.
 */
export function headFirst<T>(doc: Document, tag: string, read: (els: Element[]) => T[], enough: (found: T[]) => boolean): T[] {
  const head = doc.head;
  if (!head) return read(listOf(byTag(doc, tag)));
  const fromHead = read(listOf(byTag(head, tag)));
  if (enough(fromHead) || !doc.body) return fromHead;
  return [...fromHead, ...read(listOf(byTag(doc.body, tag)))];
}
