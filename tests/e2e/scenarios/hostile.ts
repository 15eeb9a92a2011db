/**
 * A page as an adversary (issue 18): it must not learn that Backstory is installed, switch it
 * off with WXT's events, fill its storage so the reader's dismissals stop saving, nor have its
 * main thread blocked by the popup's analysis, nor reach into the banner (its shadow root is
 * closed) or act on it with scripted clicks and key presses.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ExtensionBrowser } from '../browsers/types.ts';
import { GECKO_ID } from '../browsers/firefox.ts';
import type { TestServer } from '../server.ts';
import { assert, assertEqual, sleep, test, timings, waitFor } from '../harness.ts';
import { BannerObject, ExtensionControl, PopupObject } from '../page-objects.ts';
import { article, pages } from '../pages/index.ts';

const seed = readFileSync(join(process.cwd(), 'tests', 'fixtures', 'pages', 'operation-safe-city', 'page.html'), 'utf8');

/**
 * Runs first in <head>, before any content script: records every message posted to the page
 * and every WXT event named with the extension's ids (`?ids=` in the address), and measures
 * the page's long tasks (and, while visible, the longest gap of a 5 ms heartbeat).
 */
const SPY = `<script>
  window.__seen = [];
  const ids = JSON.parse(new URLSearchParams(location.search).get('ids') || '[]');
  addEventListener('message', (e) => { let d = ''; try { d = JSON.stringify(e.data); } catch {} window.__seen.push('message ' + String(d).slice(0, 200)); }, true);
  for (const id of ids) for (const entry of ['content', 'undefined']) for (const name of ['content-script-started', 'locationchange']) {
    const type = id + ':' + entry + ':wxt:' + name;
    document.addEventListener(type, () => window.__seen.push('document event ' + type), true);
    addEventListener(type, () => window.__seen.push('window event ' + type), true);
  }
  window.__long = [];
  window.__longSupported = (PerformanceObserver.supportedEntryTypes || []).includes('longtask');
  if (window.__longSupported) new PerformanceObserver((list) => { for (const e of list.getEntries()) window.__long.push(e.duration); }).observe({ type: 'longtask', buffered: true });
  let last = performance.now(); window.__gap = 0; window.__hidden = false;
  setInterval(() => { const now = performance.now(); window.__gap = Math.max(window.__gap, now - last); last = now; }, 5);
  addEventListener('visibilitychange', () => { if (document.visibilityState !== 'visible') window.__hidden = true; });
  window.__resetMeasures = () => { window.__long = []; window.__gap = 0; last = performance.now(); window.__hidden = document.visibilityState !== 'visible'; };
</script>`;

/**
 * Runs first in <head>: tries to get hold of any shadow root made in the page (attachShadow
 * patched to force 'open' and keep the root, and a custom element of the banner's name that
 * does the same), and records whether a click the page sees carries any node from inside a
 * shadow root in its path.
 */
const GRABBER = `<script>
  window.__roots = [];
  const attach = Element.prototype.attachShadow;
  Element.prototype.attachShadow = function (init) { const root = attach.call(this, Object.assign({}, init, { mode: 'open' })); window.__roots.push(root); return root; };
  customElements.define('backstory-banner', class extends HTMLElement {
    attachShadow(init) { const root = super.attachShadow(Object.assign({}, init, { mode: 'open' })); window.__roots.push(root); return root; }
    connectedCallback() { if (this.shadowRoot) window.__roots.push(this.shadowRoot); }
  });
  window.__clicks = [];
  addEventListener('click', (e) => window.__clicks.push({ trusted: e.isTrusted, target: e.target.localName, inside: e.composedPath().some((n) => n instanceof Node && n !== document && n.getRootNode() !== document) }), true);
</script>`;

const withSpy = (html: string) => html.replace('<head>', `<head>${SPY}`).replace(/<head([^>]*)>/, (m) => (m.includes(SPY) ? m : `${m}${SPY}`));

/**
 * A long, wiki-like article (~1 MB of HTML), generated: sections, links, tables, references.
 * Under the analysis's 12,000-element limit (lib/story/extract.ts), so the popup really analyses it.
 */
function longWikiPage(): string {
  const people = ['Ada Lovelace', 'Charles Babbage', 'Mary Somerville', 'Michael Faraday', 'John Herschel', 'Augustus De Morgan'];
  const places = ['London', 'Edinburgh', 'Paris', 'Turin', 'Cambridge', 'Dublin'];
  const sections: string[] = [];
  for (let s = 0; s < 150; s++) {
    const paragraphs: string[] = [];
    for (let p = 0; p < 6; p++) {
      const who = people[(s + p) % people.length]!;
      const where = places[(s * 7 + p) % places.length]!;
      paragraphs.push(
        `<p>In ${1830 + ((s + p) % 40)}, <a href="/wiki/${who.replace(/ /g, '_')}">${who}</a> travelled to <a href="/wiki/${where}">${where}</a>, where the society's ` +
          `council discussed the analytical engine, the difference engine and the tables of logarithms<sup class="reference"><a href="#cite-${s}-${p}">[${s * 6 + p + 1}]</a></sup>. ` +
          `"The engine weaves algebraic patterns just as the loom weaves flowers and leaves," ${who} wrote in a letter that year. ` +
          `Later historians in ${where} described the meeting at length, noting the members present, the papers read and the instruments shown to the public, ` +
          `and the report was reprinted in several journals over the following decades, with commentary on its mathematics and its machinery. ` +
          `Its account of the council's debates, of the letters exchanged before and after the meeting and of the engine's later fortunes is still read, ` +
          `and its pages on the punched cards, the store and the mill are quoted in nearly every history of computing written since.</p>`,
      );
    }
    const table = `<table class="wikitable"><tr><th>Year</th><th>Event</th><th>Place</th></tr>${Array.from({ length: 6 }, (_, r) => `<tr><td>${1840 + r}</td><td>Meeting ${s}.${r}</td><td>${places[r % places.length]}</td></tr>`).join('')}</table>`;
    sections.push(`<h2 id="s${s}"><span class="mw-headline">Section ${s + 1}</span></h2>${paragraphs.join('\n')}${table}`);
  }
  const refs = Array.from({ length: 400 }, (_, i) => `<li id="cite-${i}"><cite>Reference ${i + 1}, Proceedings of the Society, vol. ${i % 40}, pp. ${i}–${i + 9}.</cite></li>`).join('');
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>History of the analytical engine — Wiki</title>
<meta property="og:type" content="article"><meta property="article:published_time" content="2016-05-10T09:00:00Z"></head>
<body><div id="content"><h1>History of the analytical engine</h1><div id="bodyContent"><table class="infobox"><tr><th>Field</th><td>Computing</td></tr></table>
${sections.join('\n')}<h2>References</h2><ol class="references">${refs}</ol></div></div><nav>${Array.from({ length: 100 }, (_, i) => `<a href="/wiki/Page_${i}">Page ${i}</a>`).join(' ')}</nav></body></html>`;
}

/** A single-page site that, each round, moves to a new address with a 1.5 MB same-site canonical link. */
const FILLER = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Old story</title>
<meta property="og:type" content="article"><meta property="article:published_time" content="2015-03-02T10:00:00Z"><link rel="canonical" href="/fill/0"></head>
<body><main id="app">${seed.slice(seed.indexOf('<main>') + 6, seed.indexOf('</main>'))}</main><script>
const pad = 'x'.repeat(1500000);
window.fillRound = (i) => {
  history.pushState({}, '', '/fill/' + i);
  document.querySelector('link[rel=canonical]').href = '/fill/' + i + '?pad=' + pad;
  document.title = 'Old story ' + i;
};
</script></body></html>`;

Object.assign(pages, {
  '/spy.html': () => ({ body: withSpy(seed) }),
  '/long-wiki.html': (() => {
    const body = withSpy(longWikiPage());
    return () => ({ body });
  })(),
  '/fill/0': () => ({ body: FILLER }),
  '/hostile-fresh.html': () => ({ body: withSpy(article('Council backs new parks plan', 3)) }),
  '/grabber.html': () => ({ body: seed.replace(/<head([^>]*)>/, (m) => `${m}${GRABBER}`) }),
});

export async function hostileScenarios(browser: ExtensionBrowser, server: TestServer, control: ExtensionControl): Promise<void> {
  const b = browser.name;
  const ids = [new URL(browser.extensionUrl('')).host, GECKO_ID];
  const url = (path: string) => `${server.origin}${path}`;
  const spied = (path: string) => url(`${path}?ids=${encodeURIComponent(JSON.stringify(ids))}`);
  type Track = <P extends { close(): Promise<void> }>(page: P) => P;
  const open = async (track: Track, address: string) => {
    await control.resetStorage();
    const page = track(await browser.newPage());
    await page.goto(address);
    return { page, banner: new BannerObject(page) };
  };

  await test(b, 'hostile: the page sees no extension id, no start message and no timing mark', async (track) => {
    const { page, banner } = await open(track, spied('/spy.html'));
    await banner.waitShown();
    await control.timing(spied('/spy.html'), 'banner-render');
    const seen = await page.evaluate(() => (window as unknown as { __seen: string[] }).__seen);
    assertEqual(JSON.stringify(seen), '[]', 'messages and WXT events the page received');
    const entries = await page.evaluate(() => [...performance.getEntriesByType('mark'), ...performance.getEntriesByType('measure')].map((e) => e.name));
    assertEqual(JSON.stringify(entries), '[]', 'performance marks and measures in the page');
    // Nothing of Backstory's is web-accessible: a page that knows the address still cannot load it.
    const loaded = await page.evaluate(async (files: string[]) => {
      const ok: string[] = [];
      for (const file of files) {
        try {
          const response = await fetch(file);
          if (response.ok) ok.push(file);
        } catch {
          // refused: as it should be
        }
      }
      return ok;
    }, ['content-scripts/content.js', 'manifest.json', 'popup.html'].map((f) => browser.extensionUrl(f)));
    assertEqual(JSON.stringify(loaded), '[]', 'extension files the page could load');
  });

  await test(b, "hostile: the page cannot reach into the banner (closed shadow root), and its scripted clicks and keys on it do nothing; the reader's real ones work", async (track) => {
    const { page, banner } = await open(track, url('/grabber.html'));
    const shown = await banner.waitShown();
    const reach = await page.evaluate(() => {
      const host = document.querySelector('backstory-banner')!;
      let attachedAnother = false;
      try {
        host.attachShadow({ mode: 'open' });
        attachedAnother = true;
      } catch {
        // it has one already: refused, as it should be
      }
      const deep = host as Element & { openOrClosedShadowRoot?: () => ShadowRoot | null };
      const body = document.body as HTMLElement & { getHTML?: (options: object) => string };
      return {
        hosts: document.querySelectorAll('backstory-banner').length,
        shadowRoot: host.shadowRoot === null ? null : 'exposed',
        grabbed: (window as unknown as { __roots: ShadowRoot[] }).__roots.length,
        attachedAnother,
        openOrClosed: typeof deep.openOrClosedShadowRoot === 'function' ? String(deep.openOrClosedShadowRoot()) : null,
        serialised: (body.getHTML?.({ serializableShadowRoots: true }) ?? '') + body.innerHTML,
      };
    });
    assertEqual(reach.hosts, 1, 'banner hosts in the page');
    assertEqual(reach.shadowRoot, null, "the page's view of host.shadowRoot");
    assertEqual(reach.grabbed, 0, 'shadow roots a patched Element.prototype.attachShadow got hold of');
    assertEqual(reach.attachedAnother, false, 'a second attachShadow on the host');
    assertEqual(reach.openOrClosed, null, 'openOrClosedShadowRoot (extensions only)');
    assert(!reach.serialised.includes(shown.headline) && !reach.serialised.includes('site-off'), 'the banner is not in the page\'s serialisation of <body>');

    // The page's scripted clicks, pointer sequences and keys: on the host, on whatever it finds at
    // each button's place (the host: nothing inside is reachable), and on the focused element.
    const before = { local: JSON.stringify(await control.storage('local')), sync: JSON.stringify(await control.storage('sync')) };
    const scripted = (x: number, y: number) =>
      page.evaluate(({ x, y }: { x: number; y: number }) => {
        // The reproduction first: through an open shadow root, this reached "Turn off on …".
        for (const button of document.querySelector('backstory-banner')?.shadowRoot?.querySelectorAll('button') ?? []) button.click();
        const found = document.elementFromPoint(x, y);
        const targets = [document.querySelector('backstory-banner'), found, document.activeElement].filter((t): t is HTMLElement => t instanceof HTMLElement);
        for (const target of targets) {
          target.click();
          for (const type of ['pointerdown', 'mousedown', 'pointerup', 'mouseup', 'click']) {
            target.dispatchEvent(new MouseEvent(type, { bubbles: true, composed: true, cancelable: true, clientX: x, clientY: y }));
          }
          for (const key of ['Escape', 'Enter', ' ']) target.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true, composed: true, cancelable: true }));
        }
        return found?.localName ?? null;
      }, { x, y });
    const view = (await banner.view())!;
    assert(view.buttons['close'] && view.buttons['site-off'] && view.buttons['why'], `the banner's buttons: ${JSON.stringify(view.buttons)}`);
    const centre = (name: string) => ({ x: view.buttons[name]!.x + view.buttons[name]!.width / 2, y: view.buttons[name]!.y + view.buttons[name]!.height / 2 });
    for (const name of Object.keys(view.buttons)) {
      assertEqual(await scripted(centre(name).x, centre(name).y), 'backstory-banner', `what the page finds at the ${name} button`);
    }
    // Focus on the banner's × by the reader's Tab presses; the page then "presses" Enter and Escape there.
    await banner.tabTo('close');
    await scripted(centre('close').x, centre('close').y);
    await sleep(800);
    const after = await banner.view();
    assert(after?.headline, 'the banner is still shown after the page\'s scripted clicks and keys');
    assertEqual(after.explaining, false, '"Why this date?" opened by a script');
    assertEqual(JSON.stringify(await control.storage('local')), before.local, 'dismissals after scripted clicks');
    assertEqual(JSON.stringify(await control.storage('sync')), before.sync, 'settings (quiet sites) after scripted clicks');

    // The reader's own clicks act; the page sees them land on the host, never inside.
    await banner.click('why');
    await waitFor(async () => (await banner.view())?.explaining, '"Why this date?" to open on a real click');
    const clicks = await page.evaluate(() => (window as unknown as { __clicks: { trusted: boolean; target: string; inside: boolean }[] }).__clicks);
    const real = clicks.filter((c) => c.trusted);
    assertEqual(real.length, 1, 'real clicks the page saw');
    assertEqual(real[0]!.target, 'backstory-banner', 'the target the page saw for a real click in the banner');
    assert(clicks.every((c) => !c.inside), `no click the page saw carries a node from inside the banner: ${JSON.stringify(clicks)}`);
    await banner.switchOffSite();
    await waitFor(async () => (await banner.read()) === null, 'the banner to go after a real click');
    // The background writes the quiet list, so the banner can go before the write lands.
    await waitFor(async () => {
      const settings = (await control.storage('sync')).settings as { quietSites?: string[] } | undefined;
      return settings?.quietSites?.includes('127.0.0.1') ? true : null;
    }, 'the site stored as quiet after a real click');
  });

  await test(b, 'hostile: WXT events dispatched by the page neither stop Backstory nor hide its banner', async (track) => {
    const { page, banner } = await open(track, spied('/spy.html'));
    await banner.waitShown();
    await page.evaluate((extensionIds: string[]) => {
      for (const id of extensionIds) {
        for (const entry of ['content', 'undefined']) {
          const started = `${id}:${entry}:wxt:content-script-started`;
          const detail = { contentScriptName: 'content', messageId: 'page' };
          document.dispatchEvent(new CustomEvent(started, { detail }));
          window.postMessage({ type: started, ...detail }, '*');
          window.dispatchEvent(new Event(`${id}:${entry}:wxt:locationchange`));
        }
      }
      const navigation = (window as unknown as { navigation?: EventTarget }).navigation;
      navigation?.dispatchEvent(new Event('navigate'));
    }, ids);
    await sleep(1500);
    const shown = await banner.read();
    assert(shown?.headline, `banner still shown after the page's events: ${JSON.stringify(shown)}`);
    const popup = track(await PopupObject.open(browser, await control.tabId(spied('/spy.html'))));
    const content = await popup.read();
    assertEqual(content.status, 'ready', 'popup status');
    assert(content.sections.people?.includes('Jim Kenney'), `people: ${JSON.stringify(content.sections.people)}`);
  });

  await test(
    b,
    'hostile: a page filling storage (new addresses, 1.5 MB canonical links) cannot stop the next real dismissal from saving',
    async (track) => {
      const { page, banner } = await open(track, url('/fill/0'));
      await banner.waitShown();
      const rounds = 8; // 12 MB of keys: over Chrome's 10 MB storage.local quota if stored as is
      for (let i = 1; i <= rounds; i++) {
        await page.evaluate((round: number) => (window as unknown as { fillRound(i: number): void }).fillRound(round), i);
        await waitFor(async () => (await banner.read()) === null, `round ${i}: the old banner to go`);
        await banner.waitShown();
        await banner.dismiss();
        await waitFor(async () => (await banner.read()) === null, `round ${i}: the dismissed banner to go`);
      }
      const local = await control.storage('local');
      const bytes = Object.entries(local).reduce((sum, [k, v]) => sum + k.length + JSON.stringify(v).length, 0);
      assert(bytes < 2_000, `dismissals take ${bytes} bytes of storage after ${rounds} rounds`);
      // The reader's next real dismissal, on a real story, is saved.
      await page.goto(url('/old.html'));
      await banner.waitShown();
      await banner.dismiss();
      await waitFor(async () => (await banner.read()) === null, 'the banner to go');
      await page.goto(url('/old.html'));
      await banner.expectAbsent();
    },
    120_000,
  );

  await test(b, "hostile: the popup's analysis of a 1 MB wiki-like page does not block the page (long tasks < 50 ms)", async (track) => {
    const address = spied('/long-wiki.html');
    const { page, banner } = await open(track, address);
    await banner.waitShown();
    const tabId = await control.tabId(address);
    // The heartbeat's gaps with nothing of ours running: what the machine's load alone costs.
    await page.evaluate(() => (window as unknown as { __resetMeasures(): void }).__resetMeasures());
    await sleep(2000);
    const idleGap = await page.evaluate(() => (window as unknown as { __gap: number }).__gap);
    timings.push({ browser: b, what: '1 MB wiki page: longest gap of a 5 ms heartbeat in the page, 2 s with no popup (ms, the machine\'s noise)', ms: idleGap });
    await page.evaluate(() => (window as unknown as { __resetMeasures(): void }).__resetMeasures());
    // The popup in a window of its own, as the real popup is: the page's tab stays visible, so its
    // timers run at full rate and its heartbeat measures its main thread.
    const popupUrl = browser.extensionUrl(`popup.html?tab=${tabId}`);
    const content = await control.page.evaluate(async (address: string) => {
      type View = Window & { document: Document };
      const g = globalThis as unknown as {
        browser?: { windows: { create(o: object): Promise<{ id?: number }>; remove(id: number): Promise<void> }; extension: { getViews(o?: object): View[] } };
        chrome?: { windows: { create(o: object): Promise<{ id?: number }>; remove(id: number): Promise<void> }; extension: { getViews(o?: object): View[] } };
      };
      const api = (g.browser ?? g.chrome)!;
      const created = await api.windows.create({ url: address, type: 'popup', width: 400, height: 600 });
      const deadline = Date.now() + 30_000;
      let view: View | undefined;
      let status = '';
      while (Date.now() < deadline) {
        view = api.extension.getViews().find((v) => v.location.href === address);
        status = view?.document.documentElement.dataset.ready ?? '';
        if (status) break;
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
      const result = {
        status,
        title: view?.document.querySelector('h1')?.textContent ?? '',
        readyMs: (view?.performance.getEntriesByName('backstory:popup-ready')[0]?.duration ?? -1) as number,
      };
      if (created.id !== undefined) await api.windows.remove(created.id);
      return result;
    }, popupUrl);
    const measures = await page.evaluate(() => {
      const w = window as unknown as { __long: number[]; __longSupported: boolean; __gap: number; __hidden: boolean };
      return { long: w.__long, supported: w.__longSupported, gap: w.__gap, hidden: w.__hidden };
    });
    // Two more serialisations, as a reopened popup would ask: noise on this shared machine only
    // adds time, so the fastest of the three is the page's real cost.
    for (let i = 0; i < 2; i++) {
      await control.page.evaluate(async (id: number) => {
        const g = globalThis as unknown as { browser?: { tabs: { sendMessage(t: number, m: object, o: object): Promise<unknown> } }; chrome?: { tabs: { sendMessage(t: number, m: object, o: object): Promise<unknown> } } };
        await (g.browser ?? g.chrome)!.tabs.sendMessage(id, { type: 'backstory:snapshot' }, { frameId: 0 });
      }, tabId);
    }
    const serialisations = (await control.status(address))?.timings['snapshot'] ?? [];
    const snapshot = Math.min(...serialisations);
    const htmlBytes = await page.evaluate(() => document.documentElement.outerHTML.length);
    const longest = Math.max(0, ...measures.long);
    timings.push({ browser: b, what: `1 MB wiki page (${(htmlBytes / 1e6).toFixed(2)} MB HTML): content script's part of the popup's analysis (serialising the page, fastest of ${serialisations.map((ms) => ms.toFixed(1)).join(' / ')} ms)`, ms: snapshot });
    timings.push({ browser: b, what: 'popup open to rendered lists, 1 MB wiki page (ms)', ms: content.readyMs });
    if (measures.supported) {
      timings.push({ browser: b, what: `1 MB wiki page: longest long task in the page during the popup's analysis (ms; ${measures.long.length} long tasks)`, ms: longest });
    }
    // Wall-clock, so it also counts the page's process waiting for a CPU the popup is using on a
    // busy machine: reported, not asserted. The long tasks are the page's own main-thread work.
    timings.push({ browser: b, what: `1 MB wiki page: longest gap of a 5 ms heartbeat in the page during the popup's analysis (ms, includes CPU contention${measures.hidden ? '; page hidden' : ''})`, ms: measures.gap });
    assert(htmlBytes > 900_000, `the page is long: ${htmlBytes}`);
    if (measures.supported) assert(longest < 50, `the page had a ${longest.toFixed(1)} ms long task during the popup's analysis`);
    // The one task of ours the page runs (Firefox has no long-task entries at all).
    assert(snapshot < 50, `serialising the page took ${snapshot.toFixed(1)} ms`);
  });
}
