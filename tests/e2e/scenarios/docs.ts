/**
 * Screenshots for the README and the stores, in a given UI language, in light and dark. Also
 * checks that the UI really is in that language. The test suite writes them under the temp
 * screenshot folder, so `npm test` leaves the work tree clean; `npm run screenshots`
 * (tests/e2e/screenshots.ts) writes them to docs/screenshots/.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { ExtensionBrowser } from '../browsers/types.ts';
import type { TestServer } from '../server.ts';
import { assert, SCREENSHOT_DIR, sleep, test } from '../harness.ts';
import { BannerObject, ExtensionControl, PopupObject } from '../page-objects.ts';

/** Where the suite writes the docs screenshots: beside the other test screenshots. */
export const DOCS_DIR = join(SCREENSHOT_DIR, 'docs');
/** The screenshots the README shows, updated by `npm run screenshots`. */
export const PUBLISHED_DOCS_DIR = join(process.cwd(), 'docs', 'screenshots');

const HEADLINE: Record<string, RegExp> = {
  en: /^This story is over \d+ years old$/,
  de: /^Dieser Artikel ist über \d+ Jahre alt$/,
  fr: /^Cet article a plus de \d+ ans$/,
  es: /^Esta noticia tiene más de \d+ años$/,
};

export async function docsScreenshots(browser: ExtensionBrowser, server: TestServer, lang: string, dir = DOCS_DIR): Promise<void> {
  mkdirSync(dir, { recursive: true });
  const shot = (name: string) => join(dir, `${lang}-${name}.png`);
  await test(browser.name, `UI in ${lang}: banner and popup, light and dark, for the docs`, async (track) => {
    const control = await ExtensionControl.open(browser);
    track(control.page);
    for (const theme of ['light', 'dark'] as const) {
      await control.resetStorage();
      await control.setSettings({ theme });
      const page = track(await browser.newPage());
      await page.setViewport(1000, 420);
      await page.goto(`${server.origin}${theme === 'dark' ? '/dark.html' : '/seed.html'}`);
      const banner = await new BannerObject(page).waitShown();
      assert(HEADLINE[lang]!.test(banner.headline), `banner in ${lang}: ${banner.headline}`);
      await page.screenshot(shot(`banner-${theme}`));
      const popup = track(await PopupObject.open(browser, await control.tabId(page.url())));
      await popup.page.setViewport(380, 600);
      await sleep(200);
      await popup.page.screenshot(shot(`popup-${theme}`));
    }
  });
}
