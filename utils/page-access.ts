/**
 * How the popup reaches the page: the content script hands over a copy of the page, the popup
 * analyses it (utils/page-analysis.ts, loaded on first use) and gives the result back for the
 * page to keep. Tabs without a live content script (opened before Backstory was installed, or
 * whose copy belongs to a previous version) get one injected through the popup's activeTab grant.
 */
import { browser } from 'wxt/browser';
import type { HighlightTarget } from '../lib/story/highlight-target.ts';
import { sendToPage, type AnalyzeReply, type StatusReply } from './messages.ts';

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
    try {
      return await ask();
    } catch {
      // The new copy may still be starting: one more try after a moment.
      await new Promise((resolve) => setTimeout(resolve, 150));
      return ask();
    }
  }
}

/** The page's analysis: the one the page kept from last time, or made now in this page. */
export async function analyzeTab(tabId: number, force = false): Promise<AnalyzeReply> {
  // Start loading the analysis code (about 1 MB) while the page serialises itself.
  const loading = import('./page-analysis.ts');
  loading.catch(() => {}); // not needed when the page kept its analysis; failures surface below
  const snapshot = await withContentScript(tabId, () => sendToPage(tabId, { type: 'backstory:snapshot', force }));
  if (snapshot.kind === 'kept') return { ok: true, analysis: snapshot.analysis, ms: 0, cached: true };
  try {
    const { analyzeCopy } = await loading;
    const start = performance.now();
    const analysis = analyzeCopy(snapshot, force);
    const ms = performance.now() - start;
    void sendToPage(tabId, { type: 'backstory:keep', key: snapshot.key, force, analysis }).catch(() => {});
    return { ok: true, analysis, ms, cached: false };
  } catch (error) {
    return { ok: false, error: String(error) };
  }
}

/** The content script's state: a failed save from the banner, timings (null when none answers). */
export async function pageStatus(tabId: number): Promise<StatusReply | null> {
  try {
    return await sendToPage(tabId, { type: 'backstory:status' });
  } catch {
    return null;
  }
}

/** Scrolls to and highlights an entity's mentions or a quote; false when not found. */
export async function highlightInTab(tabId: number, target: HighlightTarget): Promise<boolean> {
  try {
    return await sendToPage(tabId, { type: 'backstory:highlight', target });
  } catch {
    return false;
  }
}
