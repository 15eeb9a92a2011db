/**
 * How the popup reaches the page: it injects the analyzer into the tab (the popup's
 * activeTab grant allows this even on tabs opened before Backstory was installed) and
 * calls it. Every call is typed here, once.
 */
import { browser } from 'wxt/browser';
import type { AnalyzeResult, PageAnalyzer } from '../entrypoints/analyzer/page-analyzer.ts';
import type { HighlightTarget } from '../lib/highlight-target.ts';

type World = typeof globalThis & { __backstoryAnalyzer?: PageAnalyzer; __backstoryContent?: boolean };

/** The page could not be reached at all (browser pages, stores, PDFs, other extensions). */
export class PageUnavailableError extends Error {}

async function run<Args extends unknown[], Result>(
  tabId: number,
  func: (...args: Args) => Result,
  args: Args,
): Promise<Result> {
  const [first] = await browser.scripting.executeScript({ target: { tabId }, func, args } as never);
  return (first as { result: Result } | undefined)?.result as Result;
}

async function ensureInjected(tabId: number): Promise<void> {
  let present: { analyzer: boolean; content: boolean };
  try {
    present = await run(tabId, () => {
      const world = globalThis as World;
      return { analyzer: Boolean(world.__backstoryAnalyzer), content: Boolean(world.__backstoryContent) };
    }, []);
  } catch (error) {
    throw new PageUnavailableError(String(error));
  }
  if (!present || typeof present !== 'object') throw new PageUnavailableError('no result from page');
  const files = [
    ...(present.content ? [] : ['/content-scripts/content.js']),
    ...(present.analyzer ? [] : ['/analyzer.js']),
  ];
  if (files.length) await browser.scripting.executeScript({ target: { tabId }, files });
}

/** The page's analysis (cached in the page after the first time). */
export async function analyzeTab(tabId: number, force = false): Promise<AnalyzeResult> {
  await ensureInjected(tabId);
  const result = await run(tabId, (f: boolean) => (globalThis as World).__backstoryAnalyzer!.analyze(f), [force]);
  return result ?? { ok: false, error: 'no result from page' };
}

/** Scrolls to and highlights an entity's mentions or a quote; false when not found. */
export async function highlightInTab(tabId: number, target: HighlightTarget): Promise<boolean> {
  try {
    return Boolean(await run(tabId, (t: HighlightTarget) => (globalThis as World).__backstoryAnalyzer?.highlight(t) ?? false, [target]));
  } catch {
    return false;
  }
}
