/**
 * Cheap element searches, shared by article detection and the date finder. In some DOMs (jsdom)
 * every tag search walks the whole tree, so the small <head> is searched first and the whole
 * page only when the head was not enough.
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

/** Reads the `tag` elements of <head>; then, unless `enough` of them were found, of the whole page. */
export function headFirst<T>(doc: Document, tag: string, read: (els: Element[]) => T[], enough: (found: T[]) => boolean): T[] {
  const head = doc.head;
  const fromHead = head ? read(listOf(head.getElementsByTagName(tag))) : [];
  if (head && enough(fromHead)) return fromHead;
  return read(listOf(doc.getElementsByTagName(tag)));
}
