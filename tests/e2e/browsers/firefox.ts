/**
 * Debian's Firefox ESR driven by puppeteer-core over WebDriver BiDi, with the built
 * extension installed as a temporary add-on. A fixed internal UUID is set through
 * preferences so the tests can open the extension's own pages.
 */
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { execFileSync } from 'node:child_process';
import type { ExtensionBrowser, TestPage } from './types.ts';
import { isForeignRequest } from './network.ts';

const FIREFOX = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';
export const GECKO_ID = 'backstory@backstory.example';
const UUID = '6f1b1b7e-4a57-4c57-9d36-bac3570e2e01';

function firefoxMajor(): number {
  try {
    return Number(/(\d+)\./.exec(execFileSync(FIREFOX, ['--version'], { encoding: 'utf8' }))?.[1] ?? 0);
  } catch {
    return 0;
  }
}

/**
 * Starts Firefox with the extension; with `deferInstall`, without it until `install()` is
 * called (to open tabs that predate the installation).
 */
export async function launchFirefox(
  extensionDir: string,
  serverOrigin: string,
  { deferInstall = false }: { deferInstall?: boolean } = {},
): Promise<ExtensionBrowser & { install(): Promise<void> }> {
  const browser: Browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: FIREFOX,
    headless: true,
    // BACKSTORY_E2E_DEBUG=1 shows Firefox's console (content script errors included).
    dumpio: Boolean(process.env.BACKSTORY_E2E_DEBUG),
    // Firefox 153+ only opens moz-extension:// pages over BiDi with system access allowed.
    args: firefoxMajor() >= 153 ? ['--remote-allow-system-access'] : [],
    extraPrefsFirefox: {
      'extensions.webextensions.uuids': JSON.stringify({ [GECKO_ID]: UUID }),
      'intl.locale.requested': 'en-US',
      'intl.accept_languages': 'en-US, en',
      'browser.shell.checkDefaultBrowser': false,
      'datareporting.policy.dataSubmissionEnabled': false,
      'toolkit.telemetry.reportingpolicy.firstRun': false,
      'devtools.console.stdout.content': true,
      // Full timer precision, so the timings the tests report are meaningful.
      'privacy.reduceTimerPrecision': false,
      // Timers in background tabs at full rate, so a page's heartbeat measures its main thread
      // while the popup (another tab in these tests) works (tests/e2e/scenarios/hostile.ts).
      'dom.min_background_timeout_value': 4,
      'dom.timeout.enable_budget_timer_throttling': false,
    },
  });
  const install = async () => void (await browser.installExtension(extensionDir));
  if (!deferInstall) await install();
  const extensionOrigin = `moz-extension://${UUID}`;
  const foreignRequests: string[] = [];

  return {
    install,
    name: 'firefox',
    foreignRequests,
    extensionUrl: (path) => `${extensionOrigin}/${path}`,
    async newPage() {
      const page = await browser.newPage();
      page.on('request', (request) => {
        if (isForeignRequest(request.url(), serverOrigin)) foreignRequests.push(request.url());
      });
      return wrap(page);
    },
    close: () => browser.close(),
  };
}

function wrap(page: Page): TestPage {
  return {
    goto: async (url) => {
      if (!url.startsWith('moz-extension:')) return void (await page.goto(url, { waitUntil: 'load' }));
      // Over BiDi, navigations to extension pages load but never report completion: start
      // the navigation, then wait for the document itself.
      page.goto(url).catch(() => {});
      const deadline = Date.now() + 15_000;
      while (Date.now() < deadline) {
        const ready = await page
          .evaluate((wanted) => location.href === wanted && document.readyState === 'complete', url)
          .catch(() => false);
        if (ready) return;
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
      throw new Error(`navigation to ${url} did not complete`);
    },
    evaluate: (fn, arg) => page.evaluate(fn as never, arg) as never,
    evaluateSource: async (source) => void (await page.evaluate(source)),
    // Media emulation needs CDP, which Firefox does not speak.
    setColorScheme: async () => false,
    url: () => page.url(),
    screenshot: async (path) => void (await page.screenshot({ path: path as `${string}.png` })),
    setViewport: (width, height) => page.setViewport({ width, height }),
    press: (key) => page.keyboard.press(key as never),
    click: async (selector) => {
      const handle = await page.waitForSelector(`pierce/${selector}`, { timeout: 5000 });
      await handle!.click();
    },
    clickAt: (x, y) => page.mouse.click(x, y),
    close: () => page.close(),
  };
}
