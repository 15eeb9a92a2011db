/**
 * How the popup reaches the page: it asks the content script, which loads the analyzer on
 * demand. Tabs opened before Backstory was installed have no content script yet: the
 * popup's activeTab grant lets it inject one, once.
 */
import { browser } from 'wxt/browser';
import type { HighlightTarget } from '../lib/story/highlight-target.ts';
import { sendToPage, type AnalyzeReply } from './messages.ts';

/** The page cannot be reached at all (browser pages, stores, PDFs, other extensions). */
export class PageUnavailableError extends Error {}

async function withContentScript<T>(tabId: number, ask: () => Promise<T>): Promise<T> {
  try {
    return await ask();
  } catch {
    // No content script answered: inject it (allowed by activeTab) and ask again.
    try {
      await browser.scripting.executeScript({ target: { tabId }, files: ['/content-scripts/content.js'] });
    } catch (error) {
      throw new PageUnavailableError(String(error));
    }
    return ask();
  }
}

/** The page's analysis (kept by the page after the first time, so reopening is instant). */
export function analyzeTab(tabId: number, force = false): Promise<AnalyzeReply> {
  return withContentScript(tabId, () => sendToPage(tabId, { type: 'backstory:analyze', force }));
}

/** Scrolls to and highlights an entity's mentions or a quote; false when not found. */
export async function highlightInTab(tabId: number, target: HighlightTarget): Promise<boolean> {
  try {
    return await sendToPage(tabId, { type: 'backstory:highlight', target });
  } catch {
    return false;
  }
}
