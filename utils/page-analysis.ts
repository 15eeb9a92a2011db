/**
 * The full analysis, run in Backstory's own pages (popup, welcome), never in the reader's page:
 * the page's HTML is parsed into an inert document (DOMParser: no script runs, nothing loads)
 * and analysed there, so a slow analysis costs the popup's spinner, not the page's main thread.
 * Loaded with a dynamic import: the popup opens before this large module (Readability, the
 * entity model, the quote finder) has loaded.
 */
import { analyzePage } from '../lib/story/analyze.ts';
import type { QuickLook } from '../lib/page/quick-look.ts';
import type { ArticleAnalysis } from '../lib/types.ts';

export interface PageCopy {
  url: string;
  html: string;
  /** The content script's quick look of the live page, so it is not made twice. */
  look?: QuickLook | null;
}

export function analyzeCopy(copy: PageCopy, force: boolean, now = new Date()): ArticleAnalysis {
  const doc = new DOMParser().parseFromString(copy.html, 'text/html');
  // Links resolve against the page's address, not the popup's.
  if (!doc.querySelector('base[href]')) {
    const base = doc.createElement('base');
    base.href = copy.url;
    doc.head.prepend(base);
  }
  return analyzePage(doc, { url: copy.url, now, force, ...(copy.look ? { look: copy.look } : {}) });
}
