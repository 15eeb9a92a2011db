/**
 * End-to-end tests: the built extension in real Chromium and Firefox against pages served
 * on 127.0.0.1. Run after `npm run build`. Prints each result, the screenshot folder, the
 * timings measured in the browsers, and writes .tmp/e2e-results.json.
 */
import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { launchChromium } from './browsers/chromium.ts';
import { launchFirefox } from './browsers/firefox.ts';
import type { ExtensionBrowser } from './browsers/types.ts';
import { results, SCREENSHOT_DIR, test, timings } from './harness.ts';
import { startServer, type TestServer } from './server.ts';
import { coreScenarios } from './scenarios/core.ts';

const targets = [
  { name: 'chromium', dir: '.output/chrome-mv3', launch: launchChromium },
  { name: 'firefox', dir: '.output/firefox-mv3', launch: launchFirefox },
] as const;

const only = process.argv.slice(2);
const server = await startServer();
for (const target of targets) {
  if (only.length && !only.includes(target.name)) continue;
  const dir = join(process.cwd(), target.dir);
  console.log(`\n${target.name} (${dir})`);
  if (!existsSync(join(dir, 'manifest.json'))) {
    await test(target.name, 'the extension is built', async () => {
      throw new Error(`no build at ${dir}: run npm run build first`);
    });
    continue;
  }
  let browser: ExtensionBrowser | null = null;
  try {
    browser = await target.launch(dir, server.origin);
  } catch (error) {
    await test(target.name, 'the browser starts with the extension', async () => {
      throw error;
    });
    continue;
  }
  await runSuites(browser, server);
  await browser.close().catch(() => {});
}
await server.close();

async function runSuites(browser: ExtensionBrowser, server: TestServer) {
  await coreScenarios(browser, server);
}

console.log(`\nScreenshots: ${SCREENSHOT_DIR}`);
if (timings.length) {
  console.log('Timings measured in the browsers (reported, not asserted):');
  for (const t of timings) console.log(`  [${t.browser}] ${t.what}: ${t.ms.toFixed(1)}`);
}
const passed = results.filter((r) => r.ok).length;
const failed = results.length - passed;
writeFileSync(join(process.cwd(), '.tmp', 'e2e-results.json'), JSON.stringify({ passed, failed, results, timings }, null, 2));
console.log(`e2e: ${passed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
