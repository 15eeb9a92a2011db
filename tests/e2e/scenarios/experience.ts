/**
 * What a reader meets (issue 8): accessibility (axe-core, keyboard, one polite
 * announcement), themes, the welcome page, highlighting and copying from the popup.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ExtensionBrowser, TestPage } from '../browsers/types.ts';
import type { TestServer } from '../server.ts';
import { assert, assertEqual, screenshotPath, sleep, test, waitFor } from '../harness.ts';
import { BannerObject, ExtensionControl, PopupObject } from '../page-objects.ts';

const AXE = readFileSync(join(process.cwd(), 'node_modules', 'axe-core', 'axe.min.js'), 'utf8');

interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: unknown[] }[];
}

/** axe-core's violations for the document, or for one element (selector) and its open shadow root. */
async function axeViolations(page: TestPage, selector?: string): Promise<AxeViolation[]> {
  await page.evaluateSource(AXE);
  return page.evaluate(async (sel?: string) => {
    const axe = (window as unknown as { axe: { run(context: unknown, options: object): Promise<{ violations: AxeViolation[] }> } }).axe;
    const context = sel ? document.querySelector(sel) : document;
    const result = await axe.run(context, { resultTypes: ['violations'] });
    return result.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.map((n) => ({ target: n.target })) }));
  }, selector);
}

/**
 * The banner's shadow root is closed, so axe-core cannot look inside it. It checks a copy: the
 * markup the content script reports for its shadow root (styles included), put into an open
 * shadow root in the same page, where the page's own CSS meets it as it meets the banner.
 */
async function bannerCopyViolations(page: TestPage, html: string): Promise<AxeViolation[]> {
  await page.evaluate((markup: string) => {
    document.getElementById('banner-copy')?.remove();
    const copy = document.createElement('div');
    copy.id = 'banner-copy';
    // Parsed inertly (DOMParser runs no script), then adopted: the markup is ours, as the banner rendered it.
    const parsed = new DOMParser().parseFromString(markup, 'text/html');
    copy.attachShadow({ mode: 'open' }).append(...[...parsed.head.childNodes, ...parsed.body.childNodes].map((node) => document.importNode(node, true)));
    document.body.append(copy);
  }, html);
  const violations = await axeViolations(page, '#banner-copy');
  await page.evaluate(() => document.getElementById('banner-copy')?.remove());
  return violations;
}

function assertNoViolations(violations: AxeViolation[], where: string) {
  assert(violations.length === 0, `${where}: ${violations.map((v) => `${v.id} (${v.impact}): ${v.help} at ${JSON.stringify(v.nodes.map((n) => n.target))}`).join('; ')}`);
}

/** Relative luminance of a CSS rgb() colour, 0 (black) to 1 (white). */
function luminance(rgb: string): number {
  const [r, g, b] = (rgb.match(/\d+(\.\d+)?/g) ?? ['0', '0', '0']).slice(0, 3).map((c) => {
    const v = Number(c) / 255;
    return v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
}

export async function experienceScenarios(browser: ExtensionBrowser, server: TestServer, control: ExtensionControl): Promise<void> {
  const b = browser.name;
  const url = (path: string) => `${server.origin}${path}`;
  type Track = <P extends { close(): Promise<void> }>(page: P) => P;
  const seedWithPopup = async (track: Track) => {
    await control.resetStorage();
    const page = track(await browser.newPage());
    await page.goto(url('/seed.html'));
    const banner = new BannerObject(page);
    await banner.waitShown();
    const popup = track(await PopupObject.open(browser, await control.tabId(url('/seed.html'))));
    return { page, popup, banner };
  };

  await test(b, 'popup, options, welcome page and banner pass axe-core with zero violations', async (track) => {
    const { page, popup, banner } = await seedWithPopup(track);
    assertNoViolations(await axeViolations(popup.page), 'popup');
    assertNoViolations(await bannerCopyViolations(page, (await banner.view())!.html), 'banner (copy of its markup)');
    await banner.click('why'); // a real click: the dates it found, in a table
    const explaining = await waitFor(async () => {
      const view = await banner.view();
      return view?.explaining ? view : null;
    }, '"Why this date?" to open');
    assertNoViolations(await bannerCopyViolations(page, explaining.html), 'banner with "Why this date?" open (copy of its markup)');
    for (const path of ['options.html', 'welcome.html']) {
      const extensionPage = track(await browser.newPage());
      await extensionPage.goto(browser.extensionUrl(path));
      await sleep(300);
      if (path === 'welcome.html') {
        // The welcome page analyses its sample first, then shows the real Banner component in an
        // open shadow root of its own (components/ShadowBox.tsx): axe checks it in place there.
        await waitFor(() => extensionPage.evaluate(() => Boolean(document.querySelector('.demo-banner div')?.shadowRoot?.querySelector('.headline')?.textContent)), 'the demo banner');
        assertNoViolations(await axeViolations(extensionPage, '.demo-banner'), 'welcome page demo banner');
      }
      assertNoViolations(await axeViolations(extensionPage), path);
    }
  });

  await test(b, 'the banner is announced once, politely, and works from the keyboard', async (track) => {
    await control.resetStorage();
    const page = track(await browser.newPage());
    await page.goto(url('/seed.html'));
    const banner = new BannerObject(page);
    await banner.waitShown();
    const live = (await banner.view())!;
    assertEqual(live.statuses, 1, 'polite live regions');
    assertEqual(live.alerts, 0, 'assertive live regions');
    // Keyboard, with real key presses: the banner is first in the Tab order; Enter on × dismisses.
    await banner.tabTo('close');
    await page.press('Enter');
    await waitFor(async () => (await banner.read()) === null, 'the banner to be dismissed by keyboard');
    // Escape anywhere in the banner dismisses it (here with focus on "Turn off on …", which must not act).
    await page.goto(url('/old.html'));
    await banner.waitShown();
    await banner.tabTo('site-off');
    await page.press('Escape');
    await waitFor(async () => (await banner.read()) === null, 'the banner to be dismissed by Escape');
    await page.goto(url('/old.html'));
    await banner.expectAbsent(); // dismissed for this story, not switched off for the site
    const settings = (await control.storage('sync')).settings as { quietSites?: string[] } | undefined;
    assert(!settings?.quietSites?.length, `no site switched off: ${JSON.stringify(settings?.quietSites)}`);
  });

  await test(b, 'the popup is usable from the keyboard: Tab to a name, Enter highlights it in the page', async (track) => {
    const { page, popup } = await seedWithPopup(track);
    let focused = '';
    for (let i = 0; i < 12 && !focused.startsWith('entity'); i++) {
      await popup.page.press('Tab');
      focused = await popup.page.evaluate(() => `${document.activeElement?.className ?? ''}:${document.activeElement?.textContent ?? ''}`);
    }
    assert(focused.startsWith('entity'), `reached a name with Tab: ${focused}`);
    await popup.page.press('Enter');
    await waitFor(() => page.evaluate(() => ((CSS as unknown as { highlights?: Map<string, Set<Range>> }).highlights?.get('backstory')?.size ?? 0) > 0 || String(getSelection()).length > 0), 'the name to be highlighted in the page');
    await page.screenshot(screenshotPath(b, 'highlight-in-page'));
  });

  await test(b, 'clicking a quote highlights it; reopening the popup reuses the analysis', async (track) => {
    const { page, popup } = await seedWithPopup(track);
    await popup.page.click('[data-section="statements"] .statement.direct .statement-text');
    const highlighted = await waitFor(
      () => page.evaluate(() => [...((CSS as unknown as { highlights?: Map<string, Set<Range>> }).highlights?.get('backstory') ?? [])].map((r) => r.toString()).join('') || String(getSelection())),
      'the quote to be highlighted',
    );
    assert(highlighted.length > 20, `highlighted text: ${highlighted}`);
    const again = await control.analyze(await control.tabId(url('/seed.html')));
    assert(again?.ok && again.cached === true, `second analysis comes from the page's cache: ${JSON.stringify(again)}`);
  });

  await test(b, 'copying a quote puts it on the clipboard with its citation', async (track) => {
    const { popup } = await seedWithPopup(track);
    const copied = await popup.copy(() => popup.page.click('[data-section="statements"] .statement.direct .copy'));
    assert(/^“[^\n]+”, [^\n]+ said, according to VICE News, Sep 28, 2017\n“ICE arrests[^\n]*”\nhttp:\/\/127\.0\.0\.1:\d+\/seed\.html$/.test(copied), `citation: ${copied}`);
  });

  await test(b, 'themes: light, dark and the system setting, in popup, options and banner', async (track) => {
    const backgrounds: Record<string, number> = {};
    for (const theme of ['light', 'dark'] as const) {
      const { page, popup, banner } = await seedWithPopup(track);
      await control.setSettings({ theme });
      await sleep(300);
      backgrounds[`popup-${theme}`] = luminance(await popup.page.evaluate(() => getComputedStyle(document.body).backgroundColor));
      await page.goto(url('/dark.html'));
      await banner.waitShown();
      backgrounds[`banner-${theme}`] = luminance((await banner.view())!.background);
      await page.screenshot(screenshotPath(b, `banner-${theme}-on-dark-page`));
      await popup.page.screenshot(screenshotPath(b, `popup-${theme}`));
    }
    assert(backgrounds['popup-light']! > 0.8 && backgrounds['popup-dark']! < 0.1, `popup backgrounds: ${JSON.stringify(backgrounds)}`);
    assert(backgrounds['banner-light']! > 0.8 && backgrounds['banner-dark']! < 0.1, `banner backgrounds: ${JSON.stringify(backgrounds)}`);
    // "system" follows the reader's system theme (where the driver can emulate one).
    await control.resetStorage();
    const options = track(await browser.newPage());
    if (await options.setColorScheme('dark')) {
      await options.goto(browser.extensionUrl('options.html'));
      await sleep(300);
      const systemDark = luminance(await options.evaluate(() => getComputedStyle(document.body).backgroundColor));
      assert(systemDark < 0.1, `options page follows a dark system theme: ${systemDark}`);
    }
  });

  await test(b, 'the welcome page shows the sample story as Backstory sees it', async (track) => {
    const page = track(await browser.newPage());
    await page.setViewport(900, 1500);
    await page.goto(browser.extensionUrl('welcome.html'));
    const text = await waitFor(() => page.evaluate(() => (document.querySelector('.demo-popup')?.textContent ?? '').includes('Jim Kenney') ? document.body.innerText : ''), 'the demo');
    assert(text.includes('Privacy'), 'privacy statement');
    const banner = await page.evaluate(() => document.querySelector('.demo-banner div')?.shadowRoot?.querySelector('.headline')?.textContent ?? '');
    await waitFor(async () => (await page.evaluate(() => document.querySelector('.demo-banner div')?.shadowRoot?.querySelector('.headline')?.textContent ?? '')).startsWith('This story is over'), `the demo banner (${banner})`);
    await page.screenshot(screenshotPath(b, 'welcome'));
  });
}
