/**
 * `npm run screenshots`: rebuilds the Chromium extension and updates the README's
 * screenshots in docs/screenshots/ (banner and popup, light and dark, English and German).
 * The test suite takes the same screenshots into a temp folder and never touches docs/.
 * `npx tsx tests/e2e/screenshots.ts` alone reuses an existing build.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { launchChromium } from './browsers/chromium.ts';
import { results } from './harness.ts';
import { startServer } from './server.ts';
import { docsScreenshots, PUBLISHED_DOCS_DIR } from './scenarios/docs.ts';

const dir = join(process.cwd(), '.output', 'chrome-mv3');
if (!existsSync(join(dir, 'manifest.json'))) {
  console.error(`no build at ${dir}: run npm run build first`);
  process.exit(2);
}
const server = await startServer();
for (const lang of ['en', 'de']) {
  const browser = await launchChromium(dir, server.origin, { lang });
  try {
    await docsScreenshots(browser, server, lang, PUBLISHED_DOCS_DIR);
  } finally {
    await browser.close().catch(() => {});
  }
}
await server.close();
const failed = results.filter((r) => !r.ok);
console.log(failed.length ? `screenshots: ${failed.length} failed` : `screenshots updated in ${PUBLISHED_DOCS_DIR} (review with git diff --stat docs/)`);
process.exit(failed.length ? 1 : 0);
