/**
 * The every-page content script: the cheap look (article? dates?), the banner and the
 * toolbar badge, and the popup's requests. No Readability and no NLP here: the popup analyses
 * a copy of the page. Its lifetime (utils/content-context.ts) ends only when the extension is
 * gone; nothing a page dispatches or reads can stop it or reveal it.
 */
import { defineContentScript } from 'wxt/utils/define-content-script';
import { startPageWatch } from './page-watch.ts';
import { answerPopupRequests } from './popup-requests.ts';

/** The running copy, in this isolated world (pages cannot see it). */
type World = typeof globalThis & { __backstoryContent?: { alive(): boolean; stop(): void } };

export default defineContentScript({
  matches: ['http://*/*', 'https://*/*'],
  runAt: 'document_idle',
  // WXT's start announcement to the page (utils/content-context.ts sends none at all).
  noScriptStartedPostMessage: true,
  main(ctx) {
    // The popup injects this script into tabs where none answered: tabs opened before install,
    // or whose copy belongs to a previous version of the extension. A live copy keeps running;
    // one whose extension is gone is stopped and replaced.
    const world = globalThis as World;
    if (world.__backstoryContent?.alive()) return;
    world.__backstoryContent?.stop();
    world.__backstoryContent = { alive: () => ctx.isValid, stop: () => ctx.abort('replaced') };
    try {
      ctx.onInvalidated(answerPopupRequests());
      startPageWatch(ctx);
    } catch (error) {
      console.debug('[Backstory] not started:', error);
    }
  },
});
