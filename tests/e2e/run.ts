/**
 * End-to-end tests: the built extension in real Chromium and Firefox against pages served
 * on 127.0.0.1. Run after `npm run build`. Prints each result, the screenshot folder and
 * the timings measured in the browsers, and writes .tmp/e2e-results.json.
 * `npx tsx tests/e2e/run.ts chromium` (or `firefox`) runs one browser.
 */
import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { launchChromium } from './browsers/chromium.ts';
import { launchFirefox } from './browsers/firefox.ts';
import type { ExtensionBrowser } from './browsers/types.ts';
import { assert, results, SCREENSHOT_DIR, test, timings } from './harness.ts';
import { ExtensionControl } from './page-objects.ts';
import { startServer, type TestServer } from './server.ts';
import { coreScenarios } from './scenarios/core.ts';
import { robustnessScenarios } from './scenarios/robustness.ts';
import { experienceScenarios } from './scenarios/experience.ts';
import { docsScreenshots, DOCS_DIR } from './scenarios/docs.ts';
import { preexistingTabScenario } from './scenarios/preexisting-tab.ts';
import { hostileScenarios } from './scenarios/hostile.ts';
import { statementScenarios } from './scenarios/statements.ts';
import { bannerLayoutScenarios } from './scenarios/banner-layout.ts';
import { storiesScenarios } from './scenarios/stories.ts';

type Launch = (dir: string, origin: string, options?: { lang?: string; deferInstall?: boolean }) => Promise<ExtensionBrowser>;
const targets: { name: string; dir: string; launch: Launch }[] = [
  { name: 'chromium', dir: '.output/chrome-mv3', launch: launchChromium },
  { name: 'firefox', dir: '.output/firefox-mv3', launch: launchFirefox },
];

/** Launches a browser with the extension, as a test of its own, or null if it fails. */
async function launch(target: (typeof targets)[number], server: TestServer, lang?: string): Promise<ExtensionBrowser | null> {
  const dir = join(process.cwd(), target.dir);
  let browser: ExtensionBrowser | null = null;
  await test(target.name, `starts with the extension${lang ? ` (UI language ${lang})` : ''}`, async () => {
    assert(existsSync(join(dir, 'manifest.json')), `no build at ${dir}: run npm run build first`);
    browser = await target.launch(dir, server.origin, lang ? { lang } : {});
  });
  return browser;
}

async function runSuites(browser: ExtensionBrowser, server: TestServer) {
  let control: ExtensionControl | null = null;
  await test(browser.name, 'opens its extension pages', async () => {
    control = await ExtensionControl.open(browser);
  });
  if (!control) return;
  await coreScenarios(browser, server, control);
  await robustnessScenarios(browser, server, control);
  await hostileScenarios(browser, server, control);
  await experienceScenarios(browser, server, control);
  await statementScenarios(browser, server, control);
  await bannerLayoutScenarios(browser, server, control);
  await storiesScenarios(browser, server, control);
  if (browser.name === 'chromium') await docsScreenshots(browser, server, 'en');
  await test(browser.name, 'makes no network requests beyond the pages it was shown', async () => {
    assert(browser.foreignRequests.length === 0, `requests: ${browser.foreignRequests.join(', ')}`);
    assert(server.requests.length > 0, 'the test server saw the test pages');
  });
}

const only = process.argv.slice(2);
const server = await startServer();
for (const target of targets) {
  if (only.length && !only.includes(target.name)) continue;
  console.log(`\n${target.name} (${target.dir})`);
  const browser = await launch(target, server);
  if (!browser) continue;
  await runSuites(browser, server);
  await browser.close().catch(() => {});
  if (target.name === 'firefox') await preexistingTabScenario(join(process.cwd(), target.dir), server);
  if (target.name === 'chromium') {
    const german = await launch(target, server, 'de');
    if (german) {
      await docsScreenshots(german, server, 'de');
      await german.close().catch(() => {});
    }
  }
}
await server.close();

console.log(`\nScreenshots: ${SCREENSHOT_DIR} (docs: ${DOCS_DIR})`);
if (timings.length) {
  console.log('Timings measured in the browsers (reported, not asserted):');
  for (const t of timings) console.log(`  [${t.browser}] ${t.what}: ${t.ms.toFixed(1)}`);
}
const passed = results.filter((r) => r.ok).length;
const failed = results.length - passed;
writeFileSync(join(process.cwd(), '.tmp', 'e2e-results.json'), JSON.stringify({ passed, failed, results, timings }, null, 2));
console.log(`e2e: ${passed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
