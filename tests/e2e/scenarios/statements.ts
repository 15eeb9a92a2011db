/**
 * Who said what, all of it (issue 17): the popup lists the seed story's reported statements
 * by source — "ICE said the operation … targeted individuals with criminal convictions"
 * credited to the agency — counts them in the organizations list, and a click on one
 * highlights it in the page.
 */
import type { ExtensionBrowser } from '../browsers/types.ts';
import type { TestServer } from '../server.ts';
import { assert, screenshotPath, test, waitFor } from '../harness.ts';
import { BannerObject, ExtensionControl, PopupObject } from '../page-objects.ts';

interface SourceEntry {
  name: string;
  count: string;
  statements: string[];
}

export async function statementScenarios(browser: ExtensionBrowser, server: TestServer, control: ExtensionControl): Promise<void> {
  const b = browser.name;
  const url = (path: string) => `${server.origin}${path}`;

  await test(b, 'the popup lists the seed story’s reported statements by source, and highlights one in the page', async (track) => {
    await control.resetStorage();
    const page = track(await browser.newPage());
    await page.goto(url('/seed.html'));
    await new BannerObject(page).waitShown();
    const popup = track(await PopupObject.open(browser, await control.tabId(url('/seed.html'))));
    await popup.page.setViewport(380, 600);
    // Expand every source's statements, then read the section.
    const sources = await popup.page.evaluate(() => {
      const section = document.querySelector('[data-section="statements"]');
      if (!section) return null;
      for (const more of section.querySelectorAll<HTMLButtonElement>('.source > button.more')) more.click();
      section.scrollIntoView();
      return null;
    }).then(() => popup.page.evaluate((): SourceEntry[] => [...document.querySelectorAll('[data-section="statements"] .source')].map((s) => ({
      name: s.querySelector('.source-name .speaker')?.textContent ?? '',
      count: s.querySelector('.source-name .mentions')?.textContent ?? '',
      statements: [...s.querySelectorAll('.statement-text .words')].map((t) => t.textContent ?? ''),
    }))));
    await popup.page.screenshot(screenshotPath(b, 'popup-statements'));
    assert(sources.length >= 4, `sources listed: ${JSON.stringify(sources.map((s) => s.name))}`);
    const ice = sources.find((s) => /Immigrations? and Customs Enforcement/.test(s.name));
    assert(ice, `a source for ICE: ${JSON.stringify(sources.map((s) => s.name))}`);
    assert(ice.statements.some((t) => /targeted individuals with criminal convictions/.test(t)),
      `ICE said the operation … targeted individuals with criminal convictions: ${JSON.stringify(ice.statements)}`);
    assert(/\d+ statements?/.test(ice.count), `ICE's count: ${ice.count}`);
    const homan = sources.find((s) => s.name.includes('Tom Homan'));
    assert(homan?.statements.some((t) => t.startsWith('“Sanctuary jurisdictions')), `Tom Homan's quote verbatim in quotation marks: ${JSON.stringify(homan)}`);
    const orgCount = await popup.page.evaluate(() => [...document.querySelectorAll('[data-section="organizations"] .entity')]
      .find((e) => /Customs Enforcement/.test(e.textContent ?? ''))?.querySelector('.said')?.textContent ?? '');
    assert(/\d+ statements?/.test(orgCount), `the organizations list counts ICE's statements: "${orgCount}"`);

    // A click on the statement highlights it in the page.
    await popup.page.click('[data-section="statements"] .statement-text');
    const highlighted = await waitFor(
      () => page.evaluate(() => [...((CSS as unknown as { highlights?: Map<string, Set<Range>> }).highlights?.get('backstory') ?? [])].map((r) => r.toString()).join('') || String(getSelection())),
      'the statement to be highlighted',
    );
    assert(highlighted.length > 10, `highlighted text: ${highlighted}`);
  });
}
