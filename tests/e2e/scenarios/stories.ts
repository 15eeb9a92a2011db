/**
 * The banner on stories only, in a real browser: none on a wiki page with JSON-LD Article, a
 * terms page, a CMS "about us" page with og:type=article, a docs page; one on an old story. And
 * the cheap path's cost on a ~1 MB wiki-like reference page, reported with the other timings.
 */
import type { ExtensionBrowser } from '../browsers/types.ts';
import type { TestServer } from '../server.ts';
import { assert, test, timings } from '../harness.ts';
import { BannerObject, ExtensionControl } from '../page-objects.ts';

// Timings are read through the extension (ExtensionControl.timing), never from the page's timeline.

export async function storiesScenarios(browser: ExtensionBrowser, server: TestServer, control: ExtensionControl): Promise<void> {
  const b = browser.name;
  const url = (path: string) => `${server.origin}${path}`;

  await test(b, 'no banner on a wiki page, a terms page, a CMS about page or a docs page', async (track) => {
    await control.resetStorage();
    const page = track(await browser.newPage());
    for (const path of ['/encyclopedia/Lakeland', '/photos/service/terms/', '/charity/about-us/', '/manual/install.html']) {
      await page.goto(url(path));
      await new BannerObject(page).expectAbsent().catch((error: Error) => {
        throw new Error(`${path}: ${error.message}`);
      });
    }
  });

  await test(b, 'a banner on an old story', async (track) => {
    await control.resetStorage();
    const page = track(await browser.newPage());
    await page.goto(url('/2019/03/04/council-bus-plan'));
    const banner = await new BannerObject(page).waitShown();
    assert(/years? old/.test(banner.headline), `headline: ${banner.headline}`);
  });

  await test(b, 'the cheap path on a 1 MB reference page is bounded', async (track) => {
    await control.resetStorage();
    const page = track(await browser.newPage());
    // Warm the content script in this tab first, as most of a reader's pages find it.
    await page.goto(url('/2019/03/04/council-bus-plan'));
    await new BannerObject(page).waitShown();
    await page.goto(url('/encyclopedia/Lakeland_region'));
    await new BannerObject(page).expectAbsent();
    timings.push({ browser: b, what: 'content script cheap path, 1 MB reference page with a revision footer (ms)', ms: await control.timing(url('/encyclopedia/Lakeland_region'), 'cheap-path') });
    // The same page with no sign of being reference text: the whole look (readerable, dates) runs
    // on 1 MB, and its JSON-LD Article date gets a banner; this is the cost with nothing to stop early.
    await page.goto(url('/encyclopedia/Lakeland_region_unmarked'));
    timings.push({ browser: b, what: 'content script cheap path, 1 MB reference page without one (ms)', ms: await control.timing(url('/encyclopedia/Lakeland_region_unmarked'), 'cheap-path') });
  });
}
