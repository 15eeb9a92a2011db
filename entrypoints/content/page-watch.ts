/**
 * Runs the cheap look once per page, re-runs it when a single-page site navigates, and
 * keeps the banner in step with the settings.
 */
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { quickLook, type QuickLook } from '../../lib/page/quick-look.ts';
import { decideBanner, storyAge } from '../../lib/page/banner-decision.ts';
import { articleKey } from '../../lib/page/article-key.ts';
import { amountOf } from '../../lib/age.ts';
import { isQuietHost, type Settings } from '../../lib/settings.ts';
import { loadSettings, watchSettings, setSiteQuiet } from '../../utils/settings.ts';
import { dismiss, isDismissed } from '../../utils/dismissed.ts';
import { askBackground, sendToBackground } from '../../utils/messages.ts';
import { browserTranslator } from '../../utils/i18n.ts';
import { createBannerSlot } from './banner-slot.tsx';
import { bannerWording } from './banner-wording.ts';
import { intlWording } from '../../lib/wording.ts';
import { siteOf } from '../../lib/host.ts';
import { startTiming } from '../../utils/timings.ts';
import { pageState } from './page-state.ts';

/** Single-page sites swap content after changing the address; give them a moment. */
const SPA_SETTLE_MS = 700;

export function startPageWatch(ctx: ContentScriptContext): void {
  const i18n = browserTranslator();
  const banner = createBannerSlot(ctx, i18n);
  pageState.reportBanner = banner.report;
  let pageUrl = '';
  let look: QuickLook | null = null;
  let runId = 0;
  let renders = 0;
  const localWording = intlWording(i18n.locale);

  const render = async (settings: Settings) => {
    if (!look || ctx.isInvalid) return;
    const current = look;
    const id = ++renders;
    const host = location.hostname;
    const key = articleKey(location.href, canonicalUrl());
    const model = decideBanner(current, settings, { host, dismissed: await isDismissed(key), now: new Date() });
    updateBadge(current, settings, host);
    if (!model) return banner.hide();
    const wording = await bannerWording(model, localWording);
    if (id !== renders || look !== current || ctx.isInvalid) return; // a newer render or page won
    banner.show(model, wording, {
      site: siteOf(host),
      theme: settings.theme,
      onDismiss: () => {
        banner.hide();
        saving(dismiss(key));
      },
      onSiteOff: () => {
        banner.hide();
        saving(quietSite(host));
      },
    });
  };

  // A save that failed even after making room: the popup tells the reader (pageState.saveFailed).
  const saving = (task: Promise<unknown>) => {
    task.then(
      () => (pageState.saveFailed = false),
      (error) => {
        pageState.saveFailed = true;
        console.debug('[Backstory] not saved:', error);
      },
    );
  };

  // Through the background, the one writer for all tabs; directly if it cannot answer.
  const quietSite = async (site: string) => {
    let saved: boolean;
    try {
      saved = await askBackground({ type: 'backstory:quiet-site', host: site });
    } catch {
      return setSiteQuiet(site, true);
    }
    if (!saved) throw new Error('the background could not save the quiet site');
  };

  const updateBadge = (current: QuickLook, settings: Settings, host: string) => {
    const judged = isQuietHost(settings, host) ? null : storyAge(current, settings.judgeBy, new Date());
    void sendToBackground({ type: 'backstory:badge', age: judged ? amountOf(judged.age) : null });
  };

  const run = async () => {
    const url = location.href.split('#')[0]!;
    if (url === pageUrl) return; // never twice for one page
    pageUrl = url;
    const id = ++runId;
    const settingsPromise = loadSettings();
    const done = startTiming('cheap-path');
    const result = quickLook(document, url, new Date());
    done();
    const settings = await settingsPromise;
    if (id !== runId) return; // a newer navigation won
    look = result;
    pageState.look = result;
    pageState.lookUrl = url;
    await render(settings);
  };

  const safely = (task: () => Promise<void>) => () => {
    task().catch((error) => console.debug('[Backstory]', error));
  };

  safely(run)();
  // Served by utils/content-context.ts from the browser's own navigation events: a page cannot fake it.
  ctx.addEventListener(window, 'wxt:locationchange', () => {
    banner.hide(); // the old story's banner must not linger on the new page
    look = null;
    pageState.look = null;
    runId++;
    ctx.setTimeout(safely(run), SPA_SETTLE_MS);
  });
  const unwatch = watchSettings((settings) => safely(() => render(settings))());
  ctx.onInvalidated(unwatch);
}

function canonicalUrl(): string | null {
  return document.querySelector<HTMLLinkElement>('link[rel="canonical"]')?.href ?? null;
}
