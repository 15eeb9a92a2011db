import { analyzePage } from '../../lib/story/analyze.ts';
import { findRanges, findWordRanges, indexText } from '../../lib/story/find-text.ts';
import type { HighlightTarget } from '../../lib/story/highlight-target.ts';
import type { ArticleAnalysis } from '../../lib/types.ts';
import type { AnalyzeReply } from '../../utils/messages.ts';

/** What the content script asks of the analyzer on the popup's behalf. */
export interface PageAnalyzer {
  analyze(force: boolean): AnalyzeReply;
  highlight(target: HighlightTarget): boolean;
  /** Analyses a page given as HTML (the welcome page's sample story). */
  analyzeHtml(html: string, url: string): ArticleAnalysis;
}

const HIGHLIGHT_NAME = 'backstory';
const HIGHLIGHT_CSS = `::highlight(${HIGHLIGHT_NAME}) { background-color: #ffd54f; color: #000; }`;

export function createPageAnalyzer(): PageAnalyzer {
  const cache = new Map<string, ArticleAnalysis>();
  let styled = false;

  return {
    analyze(force) {
      const key = `${location.href}\n${document.title}\n${force}`;
      const cached = cache.get(key);
      if (cached) return { ok: true, analysis: cached, ms: 0, cached: true };
      try {
        const start = performance.now();
        const analysis = analyzePage(document, { url: location.href, now: new Date(), force });
        const ms = performance.now() - start;
        cache.clear(); // only the current page is worth keeping
        cache.set(key, analysis);
        return { ok: true, analysis, ms, cached: false };
      } catch (error) {
        return { ok: false, error: String(error) };
      }
    },

    analyzeHtml(html, url) {
      // DOMParser makes an inert document: no scripts run, nothing loads.
      const doc = new DOMParser().parseFromString(html, 'text/html');
      return analyzePage(doc, { url, now: new Date(), force: true });
    },

    highlight(target) {
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
    },
  };
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
