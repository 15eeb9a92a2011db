/**
 * The every-page content script: the cheap look (article? dates?), the banner and the
 * toolbar badge, and the popup's requests. No Readability and no NLP are bundled here: the
 * analyzer (entrypoints/analyzer) is imported only when the popup asks.
 */
import { defineContentScript } from 'wxt/utils/define-content-script';
import { startPageWatch } from './page-watch.ts';
import { answerPopupRequests } from './popup-requests.ts';

export default defineContentScript({
  matches: ['http://*/*', 'https://*/*'],
  runAt: 'document_idle',
  main(ctx) {
    // The popup re-injects this script into tabs opened before install; run only once.
    const world = globalThis as { __backstoryContent?: boolean };
    if (world.__backstoryContent) return;
    world.__backstoryContent = true;
    try {
      ctx.onInvalidated(answerPopupRequests());
      startPageWatch(ctx);
    } catch (error) {
      console.debug('[Backstory] not started:', error);
    }
  },
});
