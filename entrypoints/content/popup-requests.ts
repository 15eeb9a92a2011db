/**
 * Answers the popup. The analysis itself runs in the popup (an extension page), not here: the
 * content script hands over a serialised copy of the page and its quick look (the popup keeps
 * its result, outside the page). Highlighting runs here, in the live page. Only Backstory's own
 * pages can ask (sender id); pages cannot send these.
 */
import { browser } from 'wxt/browser';
import { isPageMessage, type PageMessage, type Replies } from '../../utils/messages.ts';
import { readTimings, startTiming } from '../../utils/timings.ts';
import { highlightInPage } from './highlight.ts';
import { pageKey, pageState } from './page-state.ts';

/** A page's HTML beyond this is cut: Readability needs the article, not 50 MB of app state. */
const MAX_HTML_CHARS = 16_000_000;

function answer(message: PageMessage): Replies[PageMessage['type']] {
  switch (message.type) {
    case 'backstory:snapshot': {
      const key = pageKey();
      // The page's only cost of an analysis: serialising it (milliseconds even for a long page).
      const done = startTiming('snapshot');
      const url = location.href;
      const html = document.documentElement?.outerHTML ?? '';
      const look = pageState.lookUrl === url.split('#')[0] ? pageState.look : null;
      done();
      return { key, url, html: html.length > MAX_HTML_CHARS ? html.slice(0, MAX_HTML_CHARS) : html, look };
    }
    case 'backstory:highlight':
      return highlightInPage(message.target);
    case 'backstory:status':
      return { url: location.href, key: pageKey(), saveFailed: pageState.saveFailed, timings: readTimings(), banner: message.banner === true ? pageState.reportBanner() : null };
  }
}

export function answerPopupRequests(): () => void {
  const listener = (message: unknown, sender: { id?: string }) => {
    if (sender.id !== browser.runtime.id || !isPageMessage(message)) return undefined;
    try {
      return Promise.resolve(answer(message));
    } catch (error) {
      return Promise.reject(error instanceof Error ? error : new Error(String(error)));
    }
  };
  browser.runtime.onMessage.addListener(listener);
  return () => browser.runtime.onMessage.removeListener(listener);
}
