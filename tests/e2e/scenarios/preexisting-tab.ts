/**
 * A tab opened before Backstory was installed still gets the banner and the popup's lists.
 * Firefox adds content scripts to open tabs at installation; Chrome does not, and there the
 * popup injects it with its activeTab grant, which only a real toolbar click gives (not
 * something a test driver can do), so this runs in Firefox only.
 */
import { launchFirefox } from '../browsers/firefox.ts';
import type { TestServer } from '../server.ts';
import { assert, test } from '../harness.ts';
import { BannerObject, ExtensionControl, PopupObject } from '../page-objects.ts';

export async function preexistingTabScenario(extensionDir: string, server: TestServer): Promise<void> {
  await test('firefox', 'a tab opened before installation gets the banner and the popup', async (track) => {
    const browser = await launchFirefox(extensionDir, server.origin, { deferInstall: true });
    try {
      const page = track(await browser.newPage());
      await page.goto(`${server.origin}/seed.html`);
      await browser.install();
      // The banner is read through the extension: open its control page first.
      const control = await ExtensionControl.open(browser);
      await new BannerObject(page).waitShown();
      const popup = track(await PopupObject.open(browser, await control.tabId(`${server.origin}/seed.html`)));
      const content = await popup.read();
      assert(content.sections.people?.includes('Jim Kenney'), `people: ${JSON.stringify(content.sections.people)}`);
    } finally {
      await browser.close();
    }
  });
}
