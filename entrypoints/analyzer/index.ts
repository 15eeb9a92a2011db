/**
 * The full analysis. The content script imports this file only when the popup asks for
 * it, so the every-page script stays small; it runs in the content script's isolated
 * world and keeps its result for the page, so reopening the popup is instant.
 */
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { createPageAnalyzer, type PageAnalyzer } from './page-analyzer.ts';

export default defineUnlistedScript(() => {
  const world = globalThis as { __backstoryAnalyzer?: PageAnalyzer };
  world.__backstoryAnalyzer ??= createPageAnalyzer();
});
