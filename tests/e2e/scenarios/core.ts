/**
 * The product's main promises, in a real browser: the banner on old articles only,
 * dismissal and the site switch, the popup's lists for the seed story, settings that
 * take effect, and the toolbar badge.
 */
import type { ExtensionBrowser } from '../browsers/types.ts';
import type { TestServer } from '../server.ts';
import { assert, assertEqual, screenshotPath, test, timings, waitFor } from '../harness.ts';
import { BannerObject, ExtensionControl, PopupObject } from '../page-objects.ts';

export async function coreScenarios(browser: ExtensionBrowser, server: TestServer, control: ExtensionControl): Promise<void> {
  const b = browser.name;
  const url = (path: string) => `${server.origin}${path}`;
  /** A new tab, with settings and dismissals forgotten. */
  const freshPage = async (track: <P extends { close(): Promise<void> }>(page: P) => P) => {
    await control.resetStorage();
    return track(await browser.newPage());
  };

  await test(b, 'banner on an old article says its age, date and source', async (track) => {
    const page = await freshPage(track);
    await page.setViewport(1100, 700);
    await page.goto(url('/seed.html'));
    const banner = await new BannerObject(page).waitShown();
    assertEqual(banner.headline, 'This story is over 9 years old'.replace('9', String(yearsSince(2017, 9, 28))), 'headline');
    assert(banner.basis.includes('Published Sep 28, 2017'), `basis says the date: ${banner.basis}`);
    assert(/from the page's (metadata|structured data)/.test(banner.basis), `basis says the source: ${banner.basis}`);
    assertEqual(banner.role, 'region', 'banner role');
    await page.screenshot(screenshotPath(b, 'banner-seed'));
    const cost = await control.timing(url('/seed.html'), 'cheap-path');
    timings.push({ browser: b, what: 'content script cheap path, seed article (ms)', ms: cost });
    // The rest of the page-load work: the banner's wording and dates (Intl's first use in the page), rendering.
    const render = await control.timing(url('/seed.html'), 'banner-render');
    timings.push({ browser: b, what: 'content script banner render, seed article (ms)', ms: render });
    // The first page in a new tab runs the content script cold (compiling it, first use of each
    // pattern); the next pages in that tab reuse the compiled code, as most of a reader's pages do.
    await page.goto(url('/seed.html'));
    await new BannerObject(page).waitShown();
    const again = await control.timing(url('/seed.html'), 'cheap-path');
    timings.push({ browser: b, what: 'content script cheap path, seed article again in the same tab (ms)', ms: again });
  });

  await test(b, 'no banner on a fresh article nor on a home page', async (track) => {
    const page = await freshPage(track);
    await page.goto(url('/fresh.html'));
    await new BannerObject(page).expectAbsent();
    await page.goto(url('/home.html'));
    await new BannerObject(page).expectAbsent();
    const cost = await control.timing(url('/home.html'), 'cheap-path');
    timings.push({ browser: b, what: 'content script cheap path, home page (ms)', ms: cost });
  });

  await test(b, 'dismissing the banner is remembered for that article only', async (track) => {
    const page = await freshPage(track);
    await page.goto(url('/seed.html'));
    const banner = new BannerObject(page);
    await banner.waitShown();
    await banner.dismiss();
    await waitFor(async () => (await banner.read()) === null, 'the banner to go');
    await page.goto(url('/seed.html'));
    await banner.expectAbsent();
    await page.goto(url('/old.html'));
    await banner.waitShown();
  });

  await test(b, 'switching the site off removes the banner, and it stays off', async (track) => {
    const page = await freshPage(track);
    await page.goto(url('/seed.html'));
    const banner = new BannerObject(page);
    await banner.waitShown();
    await banner.switchOffSite();
    await waitFor(async () => (await banner.read()) === null, 'the banner to go');
    // The background writes the quiet list, so the banner can go before the write lands.
    await waitFor(async () => {
      const stored = (await control.storage('sync')).settings as { quietSites?: string[] } | undefined;
      return stored?.quietSites?.includes('127.0.0.1') ? true : null;
    }, 'the site stored as quiet');
    await page.goto(url('/old.html'));
    await banner.expectAbsent();
  });

  await test(b, 'the popup lists the seed story’s people, organizations, places and quotes', async (track) => {
    const page = await freshPage(track);
    await page.goto(url('/seed.html'));
    await new BannerObject(page).waitShown();
    const popup = track(await PopupObject.open(browser, await control.tabId(url('/seed.html'))));
    await popup.page.screenshot(screenshotPath(b, 'popup-seed'));
    await popup.expandStatements();
    const content = await popup.read();
    assertEqual(content.status, 'ready', 'popup status');
    assert(content.title.includes('Operation Safe City'), `title: ${content.title}`);
    const has = (section: string, names: string[]) => {
      for (const name of names) {
        assert(content.sections[section]?.includes(name), `${section} lists ${name}: ${JSON.stringify(content.sections[section])}`);
      }
    };
    has('people', ['Jeff Sessions', 'Tom Homan', 'Jim Kenney', 'Sarah Rodriguez']);
    has('places', ['Philadelphia', 'Los Angeles', 'New York', 'Portland']);
    assert(content.sections.organizations?.some((o) => /Immigrations and Customs Enforcement|^ICE$/.test(o)), 'ICE listed');
    // Quotes are listed in "who said what", verbatim in quotation marks, under their speaker.
    const quotes = content.statements.filter((s) => s.kind === 'direct');
    assert(quotes.length >= 5, `five quotes: ${JSON.stringify(quotes.map((q) => q.speaker))}`);
    const speakers = quotes.map((q) => q.speaker).join(' | ');
    for (const speaker of ['Tom Homan', 'Jim Kenney', 'Sarah Rodriguez']) assert(speakers.includes(speaker), `speaker ${speaker} in ${speakers}`);
    assert(quotes.every((q) => /^“[\s\S]+”$/.test(q.text)), `quotes in quotation marks: ${JSON.stringify(quotes.map((q) => q.text))}`);
    assert(!quotes.some((q) => /^“Operation (Safe City|Mega),?”$/.test(q.text)), 'names in quotation marks are not quotes');
    // Each quote once: the words of a quote appear in one entry of the popup, not two.
    for (const words of ['Sanctuary jurisdictions that do not honor', 'ERO deportation officers enforce', 'As I’ve stated many times']) {
      assertEqual(content.text.split(words).length - 1, 1, `times the popup shows “${words}…”`);
    }
    timings.push({ browser: b, what: 'popup open to rendered lists, seed (ms)', ms: await popup.readyTime() });
  });

  await test(b, 'a settings change in the options page takes effect on the next page', async (track) => {
    const page = await freshPage(track);
    const options = track(await browser.newPage());
    await options.goto(browser.extensionUrl('options.html'));
    await waitFor(() => options.evaluate(() => Boolean(document.querySelector('select[name="thresholdMonths"]'))), 'the options page');
    await options.evaluate(() => {
      const select = document.querySelector<HTMLSelectElement>('select[name="thresholdMonths"]')!;
      select.value = '60';
      select.dispatchEvent(new Event('change', { bubbles: true }));
    });
    await waitFor(async () => ((await control.storage('sync')).settings as { thresholdMonths?: number } | undefined)?.thresholdMonths === 60, 'the setting to be saved');
    await options.screenshot(screenshotPath(b, 'options'));
    await page.goto(url('/old.html')); // about 2 years old: under the new 5-year threshold
    await new BannerObject(page).expectAbsent();
    await page.goto(url('/seed.html')); // 9 years old: still over it
    await new BannerObject(page).waitShown();
  });

  await test(b, 'the toolbar badge shows the age of an article and nothing elsewhere', async (track) => {
    const page = await freshPage(track);
    await page.goto(url('/seed.html'));
    await new BannerObject(page).waitShown();
    const tabId = await control.tabId(url('/seed.html'));
    const expected = `${yearsSince(2017, 9, 28)}y`;
    await waitFor(async () => ((await control.badge(tabId)) === expected ? true : `badge "${await control.badge(tabId)}"`) === true, `the badge to read ${expected}`);
    await page.goto(url('/home.html'));
    await new BannerObject(page).expectAbsent();
    const badge = await control.badge(tabId);
    assertEqual(badge, '', 'badge on a home page');
  });

}

/** Whole years from a day to today, in the local calendar (the tests run on any date). */
function yearsSince(year: number, month: number, day: number): number {
  const now = new Date();
  let years = now.getFullYear() - year;
  if (now.getMonth() + 1 < month || (now.getMonth() + 1 === month && now.getDate() < day)) years--;
  return years;
}
