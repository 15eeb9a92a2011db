/**
 * Hostile and unusual pages (issue 7): page CSS aimed at everything, scripts that remove
 * or re-render, strict CSP, document.write, frames, non-HTML documents, pushState storms,
 * and page text crafted as markup. Backstory must never break, loop or render markup.
 */
import type { ExtensionBrowser } from '../browsers/types.ts';
import type { TestServer } from '../server.ts';
import { assert, assertEqual, screenshotPath, sleep, test, waitFor } from '../harness.ts';
import { BannerObject, ExtensionControl, PopupObject } from '../page-objects.ts';
import { HOSTILE_TEXT } from '../pages/index.ts';

export async function robustnessScenarios(browser: ExtensionBrowser, server: TestServer, control: ExtensionControl): Promise<void> {
  const b = browser.name;
  const url = (path: string) => `${server.origin}${path}`;
  type Track = <P extends { close(): Promise<void> }>(page: P) => P;
  const open = async (track: Track, path: string) => {
    await control.resetStorage();
    const page = track(await browser.newPage());
    await page.goto(url(path));
    return { page, banner: new BannerObject(page) };
  };

  await test(b, 'page CSS aimed at everything does not touch the banner', async (track) => {
    const { page, banner } = await open(track, '/hostile-css.html');
    await banner.waitShown();
    const layout = await banner.layout();
    assert(layout && layout.display === 'block', `host displayed: ${JSON.stringify(layout)}`);
    assert(layout.height >= 30 && layout.height <= 140 && layout.width >= 300, `banner box: ${JSON.stringify(layout)}`);
    assertEqual(layout.fontSize, '15px', 'headline font size');
    await page.screenshot(screenshotPath(b, 'banner-hostile-css'));
  });

  await test(b, 'a script that removes the banner gets it back a few times, then no loop', async (track) => {
    const { page, banner } = await open(track, '/hostile-remover.html');
    await waitFor(() => page.evaluate(() => (window as { __removals?: number }).__removals ?? 0), 'the page to remove the banner');
    await sleep(1500);
    const removals = await page.evaluate(() => (window as { __removals?: number }).__removals ?? 0);
    await sleep(1000);
    const later = await page.evaluate(() => (window as { __removals?: number }).__removals ?? 0);
    assert(removals <= 4, `at most 1 mount + 3 re-mounts, page removed ${removals}`);
    assertEqual(later, removals, 'no more re-mounts once the budget is spent');
    assert((await banner.count()) <= 1, 'never more than one banner');
  });

  await test(b, 'a framework re-rendering <body> gets the banner back once', async (track) => {
    const { page, banner } = await open(track, '/hydrating.html');
    await banner.waitShown();
    await waitFor(() => page.evaluate(() => (window as { __rerendered?: boolean }).__rerendered === true), 'the re-render');
    await banner.waitShown();
    assertEqual(await banner.count(), 1, 'banners after the re-render');
  });

  await test(b, 'a page with a strict Content-Security-Policy still gets a styled banner', async (track) => {
    const { page, banner } = await open(track, '/strict-csp.html');
    const shown = await banner.waitShown();
    assert(shown.headline.startsWith('This story is over'), shown.headline);
    assertEqual((await banner.layout())?.fontSize, '15px', 'headline font size (styles applied)');
    await page.screenshot(screenshotPath(b, 'banner-strict-csp'));
  });

  await test(b, 'a page written with document.write gets its banner', async (track) => {
    const { banner } = await open(track, '/document-write.html');
    await banner.waitShown();
  });

  await test(b, 'frames get no banner: top frame only', async (track) => {
    const { page, banner } = await open(track, '/frames.html');
    await banner.expectAbsent();
    await sleep(800);
    const inFrame = await page.evaluate(() => document.querySelector('iframe')?.contentDocument?.querySelector('backstory-banner') ?? null);
    assertEqual(inFrame, null, 'banner inside the frame');
  });

  for (const [path, kind] of [['/plain.txt', 'text/plain'], ['/feed.xml', 'XML'], ['/image.svg', 'SVG'], ['/doc.pdf', 'PDF']] as const) {
    await test(b, `a ${kind} tab gets no banner and a clear popup`, async (track) => {
      const { page } = await open(track, path);
      await sleep(1200);
      const banners = await page.evaluate(() => document.querySelectorAll('backstory-banner').length).catch(() => 0);
      assertEqual(banners, 0, `banners on ${kind}`);
      const popup = track(await PopupObject.open(browser, await control.newestTabId()));
      const { text } = await popup.read();
      assert(/doesn't look like a news story|can't read this page/.test(text), `popup explains (${kind}): ${text.slice(0, 200)}`);
    });
  }

  await test(b, 'a history.pushState storm does not pile up work or banners', async (track) => {
    const { page, banner } = await open(track, '/spa/old');
    await banner.waitShown();
    await page.evaluate(() => (window as unknown as { pushStateStorm(n: number): void }).pushStateStorm(300));
    await sleep(2500);
    assert((await banner.count()) <= 1, 'at most one banner');
    const looks = (await control.status(page.url()))?.timings['cheap-path']?.length ?? 0;
    assert(looks <= 3, `the cheap look ran ${looks} times for 300 pushState calls`);
  });

  await test(b, 'single-page navigation updates the banner: removed on a fresh story, back on an old one', async (track) => {
    const { page, banner } = await open(track, '/spa/old');
    await banner.waitShown();
    await page.evaluate(() => (window as unknown as { navigateTo(p: string): void }).navigateTo('/spa/fresh'));
    await waitFor(async () => (await banner.read()) === null, 'the old banner to go');
    await sleep(2000);
    assertEqual(await banner.read(), null, 'banner on the fresh story');
    await page.evaluate(() => (window as unknown as { navigateTo(p: string): void }).navigateTo('/spa/old'));
    await banner.waitShown();
    assertEqual(await banner.count(), 1, 'banners');
  });

  await test(b, 'page text crafted as markup is shown as text in the banner and the popup', async (track) => {
    const { page, banner } = await open(track, '/injection.html');
    await banner.waitShown();
    const popup = track(await PopupObject.open(browser, await control.tabId(url('/injection.html'))));
    await popup.expandStatements();
    const content = await popup.read();
    assert(content.title.includes(HOSTILE_TEXT), `title shown literally: ${content.title}`);
    assert(content.statements.some((q) => q.text.includes('<script>')), `quote shown literally: ${JSON.stringify(content.statements)}`);
    const popupElements = await popup.page.evaluate(() => document.querySelectorAll('img, iframe, script:not([src])').length);
    assertEqual(popupElements, 0, 'elements created from page text in the popup');
    const bannerElements = (await banner.view())?.markupElements ?? -1;
    assertEqual(bannerElements, 0, 'elements in the banner');
    for (const p of [page, popup.page]) {
      assertEqual(await p.evaluate(() => (window as { __pwned?: number }).__pwned ?? 0), 0, 'script run from page text');
    }
    await popup.page.screenshot(screenshotPath(b, 'popup-injection'));
  });
}
