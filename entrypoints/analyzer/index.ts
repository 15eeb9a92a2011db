/**
 * The full analysis, injected into the page by the popup only when the reader opens it
 * (so the every-page content script stays small). It runs in the extension's isolated
 * world, next to the content script, and keeps its result for the page so reopening the
 * popup is instant.
 */
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { createPageAnalyzer, type PageAnalyzer } from './page-analyzer.ts';

export default defineUnlistedScript(() => {
  const world = globalThis as { __backstoryAnalyzer?: PageAnalyzer };
  world.__backstoryAnalyzer ??= createPageAnalyzer();
});
