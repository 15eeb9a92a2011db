/**
 * How the popup reaches the page: the content script hands over a copy of the page, the popup
 * analyses it (utils/page-analysis.ts, loaded on first use) and keeps the result in the
 * extension's session storage, per tab and page, so reopening the popup is instant and the
 * page never receives or holds the analysis. Tabs without a live content script (opened before
 * Backstory was installed, or whose copy belongs to a previous version) get one injected
 * through the popup's activeTab grant.
 */
import { browser } from 'wxt/browser';
import type { HighlightTarget } from '../lib/story/highlight-target.ts';
import type { ArticleAnalysis } from '../lib/types.ts';
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

/** Session storage (memory only, extension pages only: content scripts cannot read it). */
const KEPT_PREFIX = 'analysis:';
const MAX_KEPT = 5;

interface Kept {
  key: string;
  force: boolean;
  at: number;
  analysis: ArticleAnalysis;
}

const session = () => (browser.storage as { session?: typeof browser.storage.local }).session;

async function keptAnalysis(tabId: number, key: string, force: boolean): Promise<ArticleAnalysis | null> {
  try {
    const name = `${KEPT_PREFIX}${tabId}`;
    const kept = (await session()?.get(name))?.[name] as Kept | undefined;
    return kept && kept.key === key && kept.force === force ? kept.analysis : null;
  } catch {
    return null;
  }
}

/** Keeps the analysis for the tab; only the newest few tabs' (memory is the reader's). */
async function keepAnalysis(tabId: number, kept: Kept): Promise<void> {
  const area = session();
  if (!area) return;
  const all = await area.get(null);
  const older = Object.entries(all)
    .filter(([name]) => name.startsWith(KEPT_PREFIX) && name !== `${KEPT_PREFIX}${tabId}`)
    .sort((a, b) => ((b[1] as Kept).at ?? 0) - ((a[1] as Kept).at ?? 0));
  const stale = older.slice(MAX_KEPT - 1).map(([name]) => name);
  if (stale.length) await area.remove(stale);
  await area.set({ [`${KEPT_PREFIX}${tabId}`]: kept });
}

/** The page's analysis: the one kept from last time for this page, or made now, in this page. */
export async function analyzeTab(tabId: number, force = false): Promise<AnalyzeReply> {
  // Start loading the analysis code (about 1 MB) while the page answers.
  const loading = import('./page-analysis.ts');
  loading.catch(() => {}); // not needed when the analysis was kept; failures surface below
  const status = await withContentScript(tabId, () => sendToPage(tabId, { type: 'backstory:status' }));
  const kept = await keptAnalysis(tabId, status.key, force);
  if (kept) return { ok: true, analysis: kept, ms: 0, cached: true };
  try {
    const snapshot = await sendToPage(tabId, { type: 'backstory:snapshot' });
    const { analyzeCopy } = await loading;
    const start = performance.now();
    const analysis = analyzeCopy(snapshot, force);
    const ms = performance.now() - start;
    void keepAnalysis(tabId, { key: snapshot.key, force, at: Date.now(), analysis }).catch(() => {});
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
