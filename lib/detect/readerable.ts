import isProbablyReaderable from '@mozilla/readability/Readability-readerable.js';

/** Hidden by an inline style or the `hidden` attribute; never computes styles or layout. */
function isVisible(node: Node): boolean {
  const el = node as Element;
  return !el.hasAttribute('hidden') && el.getAttribute('aria-hidden') !== 'true' &&
    !/display\s*:\s*none|visibility\s*:\s*hidden/i.test(el.getAttribute('style') ?? '');
}

/**
 * Readability's own `isProbablyReaderable` (the Firefox Reader View check), fed through
 * `getElementsByTagName`, which is much cheaper than its `querySelectorAll` on big pages, and a
 * visibility check that reads the style attribute instead of `node.style` (no CSS parsing).
 * The verdict is the same: it sums over the same paragraphs, only their order differs.
 */
export function readerable(doc: Document): boolean {
  const tags = (name: string): Element[] => Array.from(doc.getElementsByTagName(name));
  const view = {
    querySelectorAll(selector: string): Element[] {
      if (selector === 'div > br') return tags('br').filter((br) => br.parentElement?.localName === 'div');
      return [...tags('p'), ...tags('pre'), ...tags('article')];
    },
  };
  try {
    return isProbablyReaderable(view as unknown as Document, { visibilityChecker: isVisible });
  } catch {
    return false;
  }
}
