/**
 * Page objects: how the scenarios read and drive the banner, the popup and the options
 * page, so the scenarios say what they test and not how to find it.
 */
import type { ExtensionBrowser, TestPage } from './browsers/types.ts';
import { sleep, waitFor } from './harness.ts';

export interface BannerState {
  headline: string;
  basis: string;
  role: string | null;
  label: string | null;
}

/** The banner as its content script reports it (utils/messages.ts BannerReport), read out. */
export interface BannerView extends BannerState {
  /** Viewport boxes of its buttons, by class (`close`, `site-off`, `why`). */
  buttons: Record<string, { x: number; y: number; width: number; height: number }>;
  /** Class of the focused element inside the banner, or null. */
  focused: string | null;
  background: string;
  fontSize: string;
  /** Whether "Why this date?" is open. */
  explaining: boolean;
  /** Live regions: polite (`role=status`) and assertive ones. */
  statuses: number;
  alerts: number;
  /** Elements that page text must never become (img, script, iframe). */
  markupElements: number;
  /** The shadow root's HTML (styles included), to check a copy of it with axe-core. */
  html: string;
}

/** The few extension APIs the tests call from an extension page (types only). */
interface ExtApi {
  action: { getBadgeText(details: { tabId: number }): Promise<string> };
  tabs: { query(filter: object): Promise<{ id?: number; url?: string }[]>; sendMessage(tabId: number, message: object): Promise<unknown> };
  storage: Record<'sync' | 'local' | 'session', { clear(): Promise<void>; get(keys: null): Promise<Record<string, unknown>>; set(items: object): Promise<void> }>;
}
type ExtGlobals = { browser?: ExtApi; chrome?: ExtApi };

/** What a tab's content script reports about itself (utils/messages.ts StatusReply). */
export interface ContentStatus {
  url: string;
  saveFailed: boolean;
  timings: Record<string, number[]>;
}

/** The control page of the browser under test: BannerObject asks it whether the content script ran. */
let currentControl: ExtensionControl | null = null;

/**
 * The banner in a test page. Its shadow root is closed, so the page cannot see inside: the
 * banner is read through the extension (the content script's status reply), and driven as a
 * reader drives it, with real pointer clicks at its buttons' boxes and real key presses.
 */
export class BannerObject {
  /** The tab showing the page, found once (single-page sites change the address, not the tab). */
  private tabId = 0;

  constructor(readonly page: TestPage) {}

  private get control(): ExtensionControl {
    if (!currentControl) throw new Error('no ExtensionControl open');
    return currentControl;
  }

  /** Everything the content script reports about the banner, or null when none is on show. */
  async view(): Promise<BannerView | null> {
    this.tabId ||= await this.control.findTab(this.page.url());
    return this.tabId ? this.control.bannerView(this.tabId) : null;
  }

  /** The banner's text, or null when there is none on the page. */
  async read(): Promise<BannerState | null> {
    const view = await this.view();
    return view && { headline: view.headline, basis: view.basis, role: view.role, label: view.label };
  }

  /** Waits for the banner with its headline filled in. */
  waitShown(): Promise<BannerState> {
    return waitFor(async () => {
      const state = await this.read();
      return state?.headline ? state : null;
    }, 'the banner');
  }

  /** Waits for the content script to finish its look, then checks that no banner came. */
  async expectAbsent(): Promise<void> {
    // Asked through the extension: the content script leaves no trace in the page itself.
    const control = this.control;
    await waitFor(async () => ((await control.status(this.page.url()))?.timings['cheap-path']?.length ?? 0) > 0, 'the content script to run');
    await sleep(600);
    const state = await this.read();
    if (state) throw new Error(`expected no banner, found "${state.headline}"`);
  }

  /** How many banners the page holds (there must never be more than one). */
  count(): Promise<number> {
    return this.page.evaluate(() => document.querySelectorAll('backstory-banner').length);
  }

  /** Box of the banner's host and its headline's computed font size: is it really visible? */
  async layout(): Promise<{ width: number; height: number; fontSize: string; display: string } | null> {
    const view = await this.view();
    const host = await this.page.evaluate(() => {
      const element = document.querySelector('backstory-banner');
      if (!element) return null;
      const box = element.getBoundingClientRect();
      return { width: box.width, height: box.height, display: getComputedStyle(element).display };
    });
    return view && host && { ...host, fontSize: view.fontSize };
  }

  /** A real pointer click (a trusted event) at the centre of the banner's button of that class. */
  async click(button: 'close' | 'site-off' | 'why'): Promise<void> {
    const box = (await waitFor(async () => (await this.view())?.buttons[button], `the banner's ${button} button`))!;
    await this.page.clickAt(box.x + box.width / 2, box.y + box.height / 2);
  }

  dismiss = () => this.click('close');
  switchOffSite = () => this.click('site-off');

  /** Real Tab presses until focus is on the banner's button of that class (the banner is first in the Tab order). */
  async tabTo(button: 'close' | 'site-off' | 'why'): Promise<void> {
    let focused: string | null = null;
    for (let i = 0; i < 8; i++) {
      await this.page.press('Tab');
      focused = (await this.view())?.focused ?? null;
      if (focused?.split(' ').includes(button)) return;
    }
    throw new Error(`Tab never reached the banner's ${button} button (focus: ${focused})`);
  }
}

/** One entry of "who said what": a quote (kind direct) or a reported statement, with its source. */
export interface PopupStatement {
  text: string;
  speaker: string;
  kind: 'direct' | 'mixed' | 'indirect';
}

export interface PopupContent {
  status: string;
  title: string;
  sections: Record<string, string[]>;
  /** Who said what, as shown: call expandStatements() first to read the collapsed ones too. */
  statements: PopupStatement[];
  text: string;
}

/** The popup, opened as a page for a given tab (`popup.html?tab=ID`). */
export class PopupObject {
  private constructor(readonly page: TestPage) {}

  static async open(browser: ExtensionBrowser, tabId: number): Promise<PopupObject> {
    const page = await browser.newPage();
    await page.setViewport(380, 600);
    await page.goto(browser.extensionUrl(`popup.html?tab=${tabId}`));
    const popup = new PopupObject(page);
    await waitFor(() => page.evaluate(() => document.documentElement.dataset.ready ?? ''), 'the popup to render', 15_000);
    return popup;
  }

  read(): Promise<PopupContent> {
    return this.page.evaluate(() => {
      const sections: Record<string, string[]> = {};
      for (const section of document.querySelectorAll('[data-section]')) {
        if (section.getAttribute('data-section') === 'statements') continue;
        sections[section.getAttribute('data-section')!] = [...section.querySelectorAll('.entity .name')].map((n) => n.textContent ?? '');
      }
      const statements = [...document.querySelectorAll('[data-section="statements"] .source')].flatMap((source) =>
        [...source.querySelectorAll('.statement')].map((s) => ({
          text: s.querySelector('.statement-text .words')?.textContent ?? '',
          speaker: source.querySelector('.source-name .speaker')?.textContent ?? '',
          kind: (['direct', 'mixed', 'indirect'] as const).find((kind) => s.classList.contains(kind))!,
        })));
      return {
        status: document.documentElement.dataset.ready ?? '',
        title: document.querySelector('h1')?.textContent ?? '',
        sections,
        statements,
        text: document.body.innerText,
      };
    });
  }

  /** Opens every collapsed part of "who said what": the long tail of sources, then each source's list. */
  async expandStatements(): Promise<void> {
    for (const selector of ['[data-section="statements"] > button.more', '[data-section="statements"] .source > button.more']) {
      await this.page.evaluate((more: string) => {
        for (const button of document.querySelectorAll<HTMLButtonElement>(more)) if (button.getAttribute('aria-expanded') === 'false') button.click();
      }, selector);
    }
  }

  /**
   * Copies with `press` (a click or a key on a copy button) and returns what went to the
   * clipboard: the real clipboard write runs (its success shows "Copied" on the button);
   * the text it was given is kept on the way, as the tests cannot read the clipboard back.
   */
  async copy(press: () => Promise<void>): Promise<string> {
    await this.page.evaluate(() => {
      const clipboard = navigator.clipboard;
      const write = clipboard.writeText.bind(clipboard);
      clipboard.writeText = (text: string) => {
        (window as { __copied?: string }).__copied = text;
        return write(text);
      };
    });
    await press();
    await waitFor(() => this.page.evaluate(() => [...document.querySelectorAll('.copy')].some((b) => b.textContent === 'Copied')), 'the copy confirmation');
    return this.page.evaluate(() => (window as { __copied?: string }).__copied ?? '');
  }

  /** Milliseconds from popup open to rendered lists, as the popup measured it. */
  readyTime(): Promise<number> {
    return this.page.evaluate(() => performance.getEntriesByName('backstory:popup-ready')[0]?.duration ?? -1);
  }

  close = () => this.page.close();
}

/** An extension page used to reach extension APIs (storage, tabs, badge) from the tests. */
export class ExtensionControl {
  private constructor(readonly page: TestPage) {}

  static async open(browser: ExtensionBrowser): Promise<ExtensionControl> {
    const page = await browser.newPage();
    await page.goto(browser.extensionUrl('options.html'));
    currentControl = new ExtensionControl(page);
    return currentControl;
  }

  /**
   * The content script's report (timings, a failed save) from a tab showing `url`, or null when
   * none answers yet. Timings are read this way, not from the page's performance timeline,
   * where the page could see them.
   */
  status(url: string): Promise<ContentStatus | null> {
    return this.page.evaluate(async (wanted: string): Promise<ContentStatus | null> => {
      const g = globalThis as unknown as ExtGlobals;
      const api = (g.browser ?? g.chrome)!;
      for (const tab of await api.tabs.query({})) {
        if (tab.id === undefined) continue;
        try {
          const reply = (await api.tabs.sendMessage(tab.id, { type: 'backstory:status' })) as ContentStatus | undefined;
          if (reply?.url?.split('#')[0] === wanted.split('#')[0]) return reply ?? null;
        } catch {
          // no content script in that tab
        }
      }
      return null;
    }, url);
  }

  /** The first (or `index`th) timing the content script of the tab showing `url` took of `name`. */
  async timing(url: string, name: string, index = 0): Promise<number> {
    const found = await waitFor(async () => {
      const ms = (await this.status(url))?.timings[name]?.[index];
      return ms === undefined ? null : { ms };
    }, `timing ${name}`);
    return found.ms;
  }

  /**
   * The id of the tab showing `url`. Backstory has no "tabs" permission, so tab addresses
   * are hidden from it; each tab's content script is asked instead, as the popup does.
   */
  tabId(url: string): Promise<number> {
    return waitFor(() => this.findTab(url), `a tab showing ${url}`);
  }

  /** The id of the tab showing `url` now, or 0 when no content script there answers yet. */
  findTab(url: string): Promise<number> {
    return this.page.evaluate(async (wanted: string) => {
      const g = globalThis as unknown as ExtGlobals;
      const api = (g.browser ?? g.chrome)!;
      for (const tab of await api.tabs.query({})) {
        if (tab.id === undefined) continue;
        try {
          const reply = (await api.tabs.sendMessage(tab.id, { type: 'backstory:status' })) as { url?: string } | undefined;
          if (reply?.url?.split('#')[0] === wanted.split('#')[0]) return tab.id;
        } catch {
          // no content script in that tab
        }
      }
      return 0;
    }, url);
  }

  /**
   * The banner a tab's content script reports, read out here (an extension page) with
   * DOMParser; null when it shows none, or no content script answers.
   */
  bannerView(tabId: number): Promise<BannerView | null> {
    return this.page.evaluate(async (id: number): Promise<BannerView | null> => {
      const g = globalThis as unknown as ExtGlobals;
      const api = (g.browser ?? g.chrome)!;
      type Report = Pick<BannerView, 'html' | 'buttons' | 'focused' | 'background' | 'fontSize'>;
      let report: Report | null | undefined;
      try {
        report = ((await api.tabs.sendMessage(id, { type: 'backstory:status', banner: true })) as { banner?: Report | null } | undefined)?.banner;
      } catch {
        return null; // navigating, or no content script
      }
      if (!report) return null;
      const root = new DOMParser().parseFromString(`<body>${report.html}</body>`, 'text/html');
      const banner = root.querySelector('.banner');
      if (!banner) return null;
      return {
        ...report,
        headline: banner.querySelector('.headline')?.textContent ?? '',
        basis: banner.querySelector('.basis')?.textContent?.replace(/\s+/g, ' ').trim() ?? '',
        role: banner.getAttribute('role'),
        label: banner.getAttribute('aria-label'),
        explaining: banner.querySelector('.why')?.getAttribute('aria-expanded') === 'true',
        statuses: banner.querySelectorAll('[role="status"]').length,
        alerts: banner.querySelectorAll('[role="alert"], [aria-live="assertive"]').length,
        markupElements: banner.querySelectorAll('img, script, iframe').length,
      };
    }, tabId);
  }

  /** The id of the tab opened last (for pages without a content script to ask, e.g. PDFs). */
  newestTabId(): Promise<number> {
    return this.page.evaluate(async () => {
      const g = globalThis as unknown as ExtGlobals;
      const api = (g.browser ?? g.chrome)!;
      const tabs = (await api.tabs.query({})).filter((t) => t.id !== undefined && !t.url?.includes('/options.html'));
      return Math.max(...tabs.map((t) => t.id!));
    });
  }

  /** Whether the popup kept its analysis of the page a tab shows (`cached`: reopening it is instant). */
  analyze(tabId: number): Promise<{ ok: boolean; cached?: boolean } | null> {
    return this.page.evaluate(async (id: number) => {
      const g = globalThis as unknown as ExtGlobals;
      const api = (g.browser ?? g.chrome)!;
      try {
        const status = (await api.tabs.sendMessage(id, { type: 'backstory:status' })) as { key?: string } | undefined;
        const kept = (await api.storage.session.get(null))[`analysis:${id}`] as { key?: string } | undefined;
        return status?.key ? { ok: true, cached: kept?.key === status.key } : null;
      } catch {
        return null;
      }
    }, tabId);
  }

  /** Changes stored settings as the options page would. */
  setSettings(change: Record<string, unknown>): Promise<void> {
    return this.page.evaluate(async (patch: Record<string, unknown>) => {
      const g = globalThis as unknown as ExtGlobals;
      const api = (g.browser ?? g.chrome)!;
      const { settings } = (await api.storage.sync.get(null)) as { settings?: object };
      await api.storage.sync.set({ settings: { ...settings, ...patch } });
    }, change);
  }

  badge(tabId: number): Promise<string> {
    return this.page.evaluate(async (id: number) => {
      const g = globalThis as unknown as ExtGlobals;
          const api = (g.browser ?? g.chrome)!;
      return api.action.getBadgeText({ tabId: id });
    }, tabId);
  }

  /** Forgets all settings and dismissals. */
  resetStorage(): Promise<void> {
    return this.page.evaluate(async () => {
      const g = globalThis as unknown as ExtGlobals;
          const api = (g.browser ?? g.chrome)!;
      await api.storage.sync.clear();
      await api.storage.local.clear();
    });
  }

  storage(area: 'sync' | 'local'): Promise<Record<string, unknown>> {
    return this.page.evaluate(async (which: 'sync' | 'local') => {
      const g = globalThis as unknown as ExtGlobals;
          const api = (g.browser ?? g.chrome)!;
      return api.storage[which].get(null);
    }, area);
  }
}
