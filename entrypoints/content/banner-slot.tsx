/**
 * The banner's place in the page: a closed shadow root at the top of <body>, shown and hidden
 * on demand. Closed, so the page cannot reach its buttons or read it (`shadowRoot` is null).
 * If the page removes it (a framework re-rendering <body>), it is put back a limited number of
 * times, so a page fighting it cannot start a loop.
 */
import { render } from 'preact';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { createShadowRootUi, type ShadowRootContentScriptUi } from 'wxt/utils/content-script-ui/shadow-root';
import { Banner, type BannerProps } from '../../components/Banner.tsx';
import BANNER_CSS from '../../components/banner.css?inline';
import { I18nContext, type Translator } from '../../components/i18n.tsx';
import type { BannerModel } from '../../lib/page/banner-decision.ts';
import type { Wording } from '../../lib/wording.ts';
import type { BannerReport } from '../../utils/messages.ts';
import { WordingProvider } from '../../components/wording.tsx';
import { startTiming } from '../../utils/timings.ts';
import { makeRoom, type BannerRoom } from './banner-room.ts';

const MAX_REMOUNTS = 3;

export interface BannerSlot {
  show(model: BannerModel, wording: Wording, props: Omit<BannerProps, 'model'>): void;
  hide(): void;
  /** What is on show, for Backstory's own pages (utils/messages.ts StatusReply). */
  report(): BannerReport | null;
}

const BUTTONS = ['close', 'site-off', 'why'];

export function createBannerSlot(ctx: ContentScriptContext, i18n: Translator): BannerSlot {
  let ui: ShadowRootContentScriptUi<HTMLElement> | null = null;
  let creating: Promise<ShadowRootContentScriptUi<HTMLElement>> | null = null;
  let content: preact.VNode | null = null;
  let visible = false;
  let remounts = 0;
  let observer: MutationObserver | null = null;
  // Moves the site's fixed headers out from under the banner while it is shown.
  let room: BannerRoom | null = null;
  const releaseRoom = () => {
    room?.release();
    room = null;
  };

  const getUi = () =>
    (creating ??= createShadowRootUi(ctx, {
      name: 'backstory-banner',
      mode: 'closed',
      position: 'inline',
      anchor: () => document.body,
      append: 'first',
      css: BANNER_CSS,
      isolateEvents: true, // keys typed in the banner must not trigger the page's shortcuts
      onMount: (container) => {
        render(content, container);
        return container;
      },
      onRemove: (container) => {
        releaseRoom();
        if (container) render(null, container);
      },
    }).then((created) => (ui = created)));

  // Watch only direct children of <html> and <body>: cheap, and enough to see a re-render.
  const watchRemoval = () => {
    observer?.disconnect();
    observer = new MutationObserver(() => {
      if (!visible || !ui || ui.shadowHost.isConnected) return;
      if (remounts >= MAX_REMOUNTS) return observer?.disconnect();
      remounts++;
      try {
        removeStrayCopies(ui.shadowHost);
        ui.mount();
        room?.update();
        watchRemoval();
      } catch (error) {
        console.debug('[Backstory] banner not re-mounted:', error);
      }
    });
    observer.observe(document.documentElement, { childList: true });
    if (document.body) observer.observe(document.body, { childList: true });
  };

  return {
    show(model, wording, props) {
      content = (
        <I18nContext.Provider value={i18n}>
          <WordingProvider value={wording}>
            <Banner model={model} {...props} />
          </WordingProvider>
        </I18nContext.Provider>
      );
      visible = true;
      remounts = 0;
      getUi()
        .then((created) => {
          if (!visible || ctx.isInvalid) return;
          // Main-thread cost of putting the banner up (wording, dates, rendering), for the e2e report.
          const done = startTiming('banner-render');
          removeStrayCopies(created.shadowHost);
          if (created.shadowHost.isConnected) render(content, created.uiContainer);
          else created.mount();
          watchRemoval();
          done();
          if (room) room.update();
          else room = makeRoom(created.shadowHost);
        })
        .catch((error) => console.debug('[Backstory] banner not shown:', error));
    },
    hide() {
      visible = false;
      observer?.disconnect();
      releaseRoom();
      if (ui?.shadowHost.isConnected) ui.remove();
    },
    report() {
      const root = ui?.shadowHost.isConnected ? ui.shadow : null;
      const banner = root?.querySelector('.banner');
      if (!root || !banner) return null;
      const buttons: BannerReport['buttons'] = {};
      for (const name of BUTTONS) {
        const box = root.querySelector(`.${name}`)?.getBoundingClientRect();
        if (box) buttons[name] = { x: box.x, y: box.y, width: box.width, height: box.height };
      }
      return {
        html: root.innerHTML,
        buttons,
        focused: root.activeElement?.getAttribute('class') ?? null,
        background: getComputedStyle(banner).backgroundColor,
        fontSize: getComputedStyle(root.querySelector('.headline') ?? banner).fontSize,
      };
    },
  };
}

/** A page that cloned its <body> also cloned our (empty) host element: remove such copies. */
function removeStrayCopies(ours: Element): void {
  for (const element of document.querySelectorAll('backstory-banner')) {
    if (element !== ours) element.remove();
  }
}
