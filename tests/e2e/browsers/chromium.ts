/** Debian's Chromium with the built extension loaded, driven by playwright-core. */
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ExtensionBrowser, TestPage } from './types.ts';
import { isForeignRequest } from './network.ts';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export async function launchChromium(extensionDir: string, serverOrigin: string, { lang = 'en-US' }: { lang?: string } = {}): Promise<ExtensionBrowser> {
  const profile = mkdtempSync(join(tmpdir(), 'backstory-chromium-'));
  const context: BrowserContext = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    locale: lang,
    args: [
      '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
      '--disable-component-update', '--disable-sync',
      `--disable-extensions-except=${extensionDir}`, `--load-extension=${extensionDir}`,
      `--lang=${lang}`,
    ],
  });
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker', { timeout: 15_000 }));
  const extensionId = new URL(worker.url()).host;
  const extensionOrigin = `chrome-extension://${extensionId}`;

  const foreignRequests: string[] = [];
  context.on('request', (request) => {
    if (isForeignRequest(request.url(), serverOrigin)) foreignRequests.push(request.url());
  });

  return {
    name: 'chromium',
    foreignRequests,
    extensionUrl: (path) => `${extensionOrigin}/${path}`,
    async newPage() {
      const page = await context.newPage();
      return wrap(page);
    },
    async close() {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

function wrap(page: Page): TestPage {
  return {
    goto: async (url) => void (await page.goto(url, { waitUntil: 'load' })),
    evaluate: (fn, arg) => page.evaluate(fn as never, arg) as never,
    evaluateSource: async (source) => void (await page.evaluate(source)),
    setColorScheme: async (colorScheme) => {
      await page.emulateMedia({ colorScheme });
      return true;
    },
    url: () => page.url(),
    screenshot: async (path) => void (await page.screenshot({ path })),
    setViewport: (width, height) => page.setViewportSize({ width, height }),
    press: (key) => page.keyboard.press(key),
    click: (selector) => page.click(selector),
    clickAt: (x, y) => page.mouse.click(x, y),
    close: () => page.close(),
  };
}
