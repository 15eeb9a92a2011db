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
  const n = Math.min(list.length, max);
  const out: T[] = new Array(n);
  for (let i = 0; i < n; i++) out[i] = list[i]!;
  return out;
}

/** Reads the `tag` elements of <head>; then, unless `enough` of them were found, of the whole page. */
export function headFirst<T>(doc: Document, tag: string, read: (els: Element[]) => T[], enough: (found: T[]) => boolean): T[] {
  const head = doc.head;
  const fromHead = head ? read(listOf(head.getElementsByTagName(tag))) : [];
  if (head && enough(fromHead)) return fromHead;
  return read(listOf(doc.getElementsByTagName(tag)));
}
