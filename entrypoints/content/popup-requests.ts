/**
 * Answers the popup: the full analysis and highlighting. The analysis code is large (the
 * entity model), so it is not part of this every-page script: it is imported from the
 * extension on the first request and then kept, with its result, for the page.
 */
import { browser } from 'wxt/browser';
import type { PageAnalyzer } from '../analyzer/page-analyzer.ts';
import { isPageMessage, type PageMessage, type Replies } from '../../utils/messages.ts';

type World = typeof globalThis & { __backstoryAnalyzer?: PageAnalyzer };

async function loadAnalyzer(): Promise<PageAnalyzer> {
  const world = globalThis as World;
  if (!world.__backstoryAnalyzer) {
    // eslint-disable-next-line no-unsanitized/method -- a file of the extension's own package, never page input
    await import(/* @vite-ignore */ browser.runtime.getURL('/analyzer.js'));
  }
  if (!world.__backstoryAnalyzer) throw new Error('the analyzer did not load');
  return world.__backstoryAnalyzer;
}

async function answer(message: PageMessage): Promise<Replies[PageMessage['type']]> {
  switch (message.type) {
    case 'backstory:analyze':
      try {
        return (await loadAnalyzer()).analyze(message.force);
      } catch (error) {
        return { ok: false, error: String(error) };
      }
    case 'backstory:highlight':
      return (await loadAnalyzer()).highlight(message.target);
  }
}

export function answerPopupRequests(): () => void {
  const listener = (message: unknown, sender: { id?: string }) => {
    if (sender.id !== browser.runtime.id || !isPageMessage(message)) return undefined;
    return answer(message);
  };
  browser.runtime.onMessage.addListener(listener);
  return () => browser.runtime.onMessage.removeListener(listener);
}
