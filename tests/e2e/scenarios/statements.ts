/**
 * Who said what, all of it (issue 17): the popup lists the seed story's reported statements
 * by source — "ICE said the operation … targeted individuals with criminal convictions"
 * credited to the agency — counts them in the organizations list, and a click on one
 * highlights it in the page; the list works from the keyboard (show, copy, expand).
 */
import type { ExtensionBrowser } from '../browsers/types.ts';
import type { TestServer } from '../server.ts';
import { assert, assertEqual, screenshotPath, test, waitFor } from '../harness.ts';
import { BannerObject, ExtensionControl, PopupObject } from '../page-objects.ts';

interface SourceEntry {
  name: string;
  count: string;
  statements: string[];
}

/** The popup's who-said-what entries as the reader sees them: name, count, statements. */
const readSources = (popup: PopupObject) => popup.page.evaluate((): SourceEntry[] => [...document.querySelectorAll('[data-section="statements"] .source')].map((s) => ({
  name: s.querySelector('.source-name .speaker')?.textContent ?? '',
  count: s.querySelector('.source-name .said')?.textContent ?? '',
  statements: [...s.querySelectorAll('.statement-text .words')].map((t) => t.textContent ?? ''),
})));

export async function statementScenarios(browser: ExtensionBrowser, server: TestServer, control: ExtensionControl): Promise<void> {
  const b = browser.name;
  const url = (path: string) => `${server.origin}${path}`;
  /**
   * Opens `path` in a fresh tab (after its banner, when `banner`) and the popup for it, opens every
   * collapsed source and list, and reads the statements section, with a screenshot named `shot`.
   */
  const openSources = async (track: <P extends { close(): Promise<void> }>(page: P) => P, path: string, shot: string, banner = false) => {
    await control.resetStorage();
    const page = track(await browser.newPage());
    await page.goto(url(path));
    if (banner) await new BannerObject(page).waitShown();
    const popup = track(await PopupObject.open(browser, await control.tabId(url(path))));
    await popup.page.setViewport(380, 600);
    await popup.expandStatements();
    await popup.page.evaluate(() => document.querySelector('[data-section="statements"]')?.scrollIntoView());
    const sources = await readSources(popup);
    await popup.page.screenshot(screenshotPath(b, shot));
    return { page, popup, sources };
  };

  await test(b, 'the popup lists the seed story’s reported statements by source, and highlights one in the page', async (track) => {
    const { page, popup, sources } = await openSources(track, '/seed.html', 'popup-statements', true);
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
    assertEqual(orgCount, ice.count, 'the organizations list counts the statements its who-said-what entry lists');

    // A click on the statement highlights it in the page.
    await popup.page.click('[data-section="statements"] .statement-text');
    const highlighted = await waitFor(
      () => page.evaluate(() => [...((CSS as unknown as { highlights?: Map<string, Set<Range>> }).highlights?.get('backstory') ?? [])].map((r) => r.toString()).join('') || String(getSelection())),
      'the statement to be highlighted',
    );
    assert(highlighted.length > 10, `highlighted text: ${highlighted}`);
  });

  await test(b, 'who said what works from the keyboard: Tab to a statement, Enter shows it in the page, Tab and Enter copy it with its citation', async (track) => {
    await control.resetStorage();
    const page = track(await browser.newPage());
    await page.goto(url('/seed.html'));
    await new BannerObject(page).waitShown();
    const popup = track(await PopupObject.open(browser, await control.tabId(url('/seed.html'))));
    const focusedIn = (p: PopupObject) => p.page.evaluate(() => {
      const el = document.activeElement;
      return { cls: el?.className ?? '', inSaid: Boolean(el?.closest('[data-section="statements"]')), expanded: el?.getAttribute('aria-expanded') ?? null };
    });
    const focused = () => focusedIn(popup);
    const tabTo = async (p: PopupObject, wanted: (f: Awaited<ReturnType<typeof focused>>) => boolean, what: string) => {
      for (let i = 0; i < 80; i++) {
        await p.page.press('Tab');
        if (wanted(await focusedIn(p))) return;
      }
      throw new Error(`Tab never reached ${what}`);
    };
    await tabTo(popup, (f) => f.inSaid && f.cls === 'statement-text', 'a statement');
    await popup.page.press('Enter');
    const highlighted = await waitFor(
      () => page.evaluate(() => [...((CSS as unknown as { highlights?: Map<string, Set<Range>> }).highlights?.get('backstory') ?? [])].map((r) => r.toString()).join('') || String(getSelection())),
      'the statement to be highlighted by Enter',
    );
    assert(highlighted.length > 10, `highlighted text: ${highlighted}`);
    assert(await popup.page.evaluate(() => document.activeElement?.getAttribute('aria-current') === 'true'), 'the statement shown in the page is marked as the current one');
    await popup.page.press('Tab');
    assertEqual((await focused()).cls, 'copy', 'Tab from a statement goes to its copy button');
    const citation = await popup.copy(() => popup.page.press('Enter'));
    assert(/, according to VICE News, Sep 28, 2017\n/.test(citation) && citation.endsWith('/seed.html'), `citation: ${citation}`);
    await popup.page.screenshot(screenshotPath(b, 'popup-statements-keyboard'));

    // A collapsed list opens from the keyboard too (the seed story's lists are short enough to show whole).
    await page.goto(url('/many-voices.html'));
    const many = track(await PopupObject.open(browser, await control.tabId(url('/many-voices.html'))));
    await tabTo(many, (f) => f.inSaid && f.expanded === 'false', 'a "show more" button');
    const before = await many.page.evaluate(() => document.querySelectorAll('[data-section="statements"] .statement').length);
    await many.page.press('Enter');
    await waitFor(() => many.page.evaluate((n: number) => document.querySelectorAll('[data-section="statements"] .statement').length > n, before), 'more statements after Enter');
  });

  await test(b, 'a story with 40 quotes stays short: six sources, a few statements each, the rest one click away; each quote once', async (track) => {
    await control.resetStorage();
    const page = track(await browser.newPage());
    await page.goto(url('/many-voices.html'));
    const popup = track(await PopupObject.open(browser, await control.tabId(url('/many-voices.html'))));
    const shown = () => popup.page.evaluate(() => ({
      total: Number(document.querySelector('#statements-title .count')?.textContent?.replace(/\D/g, '') ?? 0),
      sources: document.querySelectorAll('[data-section="statements"] .source').length,
      statements: document.querySelectorAll('[data-section="statements"] .statement').length,
      mostPerSource: Math.max(...[...document.querySelectorAll('[data-section="statements"] .source')].map((el) => el.querySelectorAll('.statement').length)),
    }));
    const collapsed = await shown();
    await popup.page.evaluate(() => document.querySelector('[data-section="statements"]')?.scrollIntoView());
    await popup.page.screenshot(screenshotPath(b, 'popup-many-statements'));
    assert(collapsed.total >= 40, `statements counted: ${collapsed.total}`);
    // Two per source, three when a button would only hide one.
    assert(collapsed.sources <= 6 && collapsed.mostPerSource <= 3, `collapsed: ${JSON.stringify(collapsed)}`);
    await popup.expandStatements();
    const content = await popup.read();
    assertEqual(content.statements.length, collapsed.total, 'statements listed once everything is open');
    assertEqual(content.statements[0]?.speaker, 'Ana Ruiz', 'the source with most statements first');
    for (let n = 1; n <= 40; n++) {
      assertEqual(content.text.split(`statement ${n} is what`).length - 1, 1, `times quote ${n} is shown`);
    }
  });

  await test(b, 'an interview printed as a transcript: each turn under its speaker, named in full, without the label', async (track) => {
    const { popup, sources } = await openSources(track, '/transcript.html', 'popup-transcript');
    const host = sources.find((s) => s.name === 'Dana Whitfield');
    const governor = sources.find((s) => s.name === 'Ray Calloway');
    assert(host && governor, `sources: ${JSON.stringify(sources.map((s) => s.name))}`);
    assertEqual(host.statements.length, 2, `the host's turns: ${JSON.stringify(host.statements)}`);
    assertEqual(governor.statements.length, 2, `the governor's turns: ${JSON.stringify(governor.statements)}`);
    assert(host.statements[0]!.startsWith('The bridge has been closed'), `a turn starts after its label: ${host.statements[0]}`);
    assert(governor.statements.some((t) => t.includes('every engineer in the state knew it')), `the governor's second turn: ${JSON.stringify(governor.statements)}`);
    assert(!sources.some((s) => /^[A-Z]+$/.test(s.name)), `no label in capitals as a source of its own: ${JSON.stringify(sources.map((s) => s.name))}`);
    // The people list counts each speaker's turns.
    const people = await popup.page.evaluate(() => [...document.querySelectorAll('[data-section="people"] .entity')].map((e) => e.textContent ?? ''));
    for (const name of ['Dana Whitfield', 'Ray Calloway']) {
      assert(people.some((p) => p.includes(name) && /2 statements/.test(p)), `${name} in the people list with 2 statements: ${JSON.stringify(people)}`);
    }
  });
}
