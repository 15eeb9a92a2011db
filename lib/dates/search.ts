/**
 * Cheap element searches. In some DOMs (jsdom) every tag search walks the whole tree, so the
 * small <head> is searched first and the whole page only when the head was not enough.
 */

/** Reads the `tag` elements of <head>; then, unless `enough` of them were found, of the whole page. */
export function headFirst<T>(doc: Document, tag: string, read: (els: ArrayLike<Element>) => T[], enough: (found: T[]) => boolean): T[] {
  const head = doc.head;
  const fromHead = head ? read(head.getElementsByTagName(tag)) : [];
  if (head && enough(fromHead)) return fromHead;
  return read(doc.getElementsByTagName(tag));
}
