/**
 * The every-page content script: the cheap look (article? dates?), the banner and the
 * toolbar badge. No Readability and no NLP here (see entrypoints/analyzer.ts for those).
 */
import { defineContentScript } from 'wxt/utils/define-content-script';
import { startPageWatch } from './page-watch.ts';

export default defineContentScript({
  matches: ['http://*/*', 'https://*/*'],
  runAt: 'document_idle',
  main(ctx) {
    // The popup re-injects this script into tabs opened before install; run only once.
    const world = globalThis as { __backstoryContent?: boolean };
    if (world.__backstoryContent) return;
    world.__backstoryContent = true;
    try {
      startPageWatch(ctx);
    } catch (error) {
      console.debug('[Backstory] not started:', error);
    }
  },
});
