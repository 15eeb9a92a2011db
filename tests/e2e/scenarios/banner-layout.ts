/**
 * The banner's place in the page (issue 16): on a site with a fixed header, the header's
 * controls stay visible and clickable. (Who may act on the banner: scenarios/hostile.ts.)
 */
import type { ExtensionBrowser, TestPage } from '../browsers/types.ts';
import type { TestServer } from '../server.ts';
import { assert, assertEqual, screenshotPath, test, waitFor } from '../harness.ts';
import { BannerObject, ExtensionControl } from '../page-objects.ts';
import { pages } from '../pages/index.ts';
import { bannerLayoutPages } from '../pages/banner-layout.ts';

Object.assign(pages, bannerLayoutPages);

const CONTROLS = ['#logo', '#search', '#signin'];

/** For each control, whether the element at its centre is that control (or inside it): nothing covers it. */
function uncovered(page: TestPage): Promise<Record<string, boolean>> {
  return page.evaluate((selectors: string[]) => {
    const result: Record<string, boolean> = {};
    for (const selector of selectors) {
      const control = document.querySelector(selector)!;
      const box = control.getBoundingClientRect();
      const hit = document.elementFromPoint(box.left + box.width / 2, box.top + box.height / 2);
      result[selector] = !!hit && (hit === control || control.contains(hit));
    }
    return result;
  }, CONTROLS);
}

const allTrue = (record: Record<string, boolean>) => Object.values(record).every(Boolean);

/** Where the banner's host and the site's header are, in the viewport. */
function boxes(page: TestPage) {
  return page.evaluate(() => {
    const host = document.querySelector('backstory-banner')?.getBoundingClientRect();
    const header = document.querySelector('.site-header')!.getBoundingClientRect();
    const hostBox = host ? { top: host.top, bottom: host.bottom, height: host.height, width: host.width } : null;
    const centre = host ? document.elementFromPoint(host.left + host.width / 2, host.top + Math.min(host.height, Math.max(1, host.bottom)) / 2) : null;
    return { host: hostBox, headerTop: header.top, bannerOnTop: centre?.tagName.toLowerCase() === 'backstory-banner' };
  });
}

export async function bannerLayoutScenarios(browser: ExtensionBrowser, server: TestServer, control: ExtensionControl): Promise<void> {
  const b = browser.name;
  const url = (path: string) => `${server.origin}${path}`;

  await test(b, 'on a site with a fixed header, the banner hides none of the header\'s controls', async (track) => {
    await control.resetStorage();
    const page = track(await browser.newPage());
    await page.setViewport(1000, 700);
    await page.goto(url('/fixed-header.html'));
    const banner = new BannerObject(page);
    await banner.waitShown();
    const controls = await waitFor(async () => {
      const state = await uncovered(page);
      return allTrue(state) ? state : null;
    }, 'the header controls to be uncovered').catch(async (error) => {
      throw new Error(`${(error as Error).message}; now ${JSON.stringify(await uncovered(page))}, ${JSON.stringify(await boxes(page))}`);
    });
    assert(allTrue(controls), JSON.stringify(controls));
    const shown = await boxes(page);
    assert(shown.host && shown.host.height >= 30, `banner box: ${JSON.stringify(shown)}`);
    assert(shown.bannerOnTop, `the banner itself is visible: ${JSON.stringify(shown)}`);
    assert(shown.headerTop >= shown.host.bottom - 1, `header below the banner: ${JSON.stringify(shown)}`);
    await page.screenshot(screenshotPath(b, 'banner-fixed-header'));

    // Part of the banner scrolled away: the header follows it up, still uncovered.
    await page.evaluate(() => window.scrollTo(0, 20));
    await waitFor(async () => {
      const now = await boxes(page);
      return now.host && Math.abs(now.headerTop - Math.max(0, now.host.bottom)) <= 1 && allTrue(await uncovered(page));
    }, 'the header to follow the banner up');

    // Banner out of view: the header is back where the site put it.
    await page.evaluate(() => window.scrollTo(0, 600));
    await waitFor(async () => (await boxes(page)).headerTop === 0 && allTrue(await uncovered(page)), 'the header back at the top');
    assertEqual(await page.evaluate(() => document.querySelector<HTMLElement>('.site-header')!.style.top), '', 'inline top put back');

    // Dismissed (a real click): the header goes back to the top.
    await page.evaluate(() => window.scrollTo(0, 0));
    await waitFor(async () => (await boxes(page)).headerTop > 0, 'the header below the banner again');
    await banner.dismiss();
    await waitFor(async () => (await banner.read()) === null, 'the banner to go');
    await waitFor(async () => (await boxes(page)).headerTop === 0 && allTrue(await uncovered(page)), 'the header back at the top after dismissal');
  });
}
