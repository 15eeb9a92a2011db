/**
 * Scrolls to and highlights, in the live page, what the reader clicked in the popup: a name's
 * mentions or a quote. The only part of the story analysis that runs in the page: it needs
 * the page's own text nodes.
 */
import { findRanges, findWordRanges, indexText } from '../../lib/story/find-text.ts';
import type { HighlightTarget } from '../../lib/story/highlight-target.ts';

const HIGHLIGHT_NAME = 'backstory';
const HIGHLIGHT_CSS = `::highlight(${HIGHLIGHT_NAME}) { background-color: #ffd54f; color: #000; }`;

let styled = false;

export function highlightInPage(target: HighlightTarget): boolean {
  const index = indexText(document.body ?? document.documentElement, (el) => el.localName === 'backstory-banner');
  const ranges =
    target.kind === 'quote'
      ? target.pieces.flatMap((piece) => findRanges(document, index, piece, 1))
      : target.names.flatMap((name) => findWordRanges(document, index, name));
  if (ranges.length === 0) return false;
  ranges.sort((a, b) => a.compareBoundaryPoints(Range.START_TO_START, b));
  if (!styled) styled = addHighlightStyle();
  const highlights = (globalThis.CSS as { highlights?: Map<string, unknown> } | undefined)?.highlights;
  const HighlightClass = (globalThis as { Highlight?: new (...ranges: Range[]) => unknown }).Highlight;
  if (styled && highlights && HighlightClass) {
    highlights.set(HIGHLIGHT_NAME, new HighlightClass(...ranges));
  } else {
    // No Custom Highlight API: fall back to selecting the first match.
    const selection = getSelection();
    selection?.removeAllRanges();
    selection?.addRange(ranges[0]!);
  }
  const first = ranges[0]!.startContainer.parentElement;
  first?.scrollIntoView({ behavior: 'smooth', block: 'center' });
  return true;
}

/** Adds the highlight colour through a constructed sheet (not subject to the page's CSP). */
function addHighlightStyle(): boolean {
  try {
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(HIGHLIGHT_CSS);
    document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
    return true;
  } catch {
    return false;
  }
}
