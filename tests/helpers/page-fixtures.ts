/**
 * Fixture pages (tests/fixtures/pages/<slug>/page.html) and what Backstory shows on them
 * (expected.json beside each): the content script's quick look and banner decision, and the
 * popup's analysis, with the product's default settings on a fixed day. The unit test
 * compares; `npm run fixtures:update` rewrites expected.json for review in the diff.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseHtml } from '../../scripts/lib/dom.ts';
import { amountOf } from '../../lib/age.ts';
import { decideBanner } from '../../lib/page/banner-decision.ts';
import { quickLook } from '../../lib/page/quick-look.ts';
import { DEFAULT_SETTINGS } from '../../lib/settings.ts';
import { analyzePage } from '../../lib/story/analyze.ts';
import type { FoundDate } from '../../lib/types.ts';

export const PAGES_DIR = join(process.cwd(), 'tests', 'fixtures', 'pages');

/** The day every fixture is viewed on (noon, local time): ages and the banner depend on it. */
export const FIXTURE_NOW = new Date(2026, 10, 28, 12);

/** The folders under tests/fixtures/pages that hold a page.html, sorted. */
export function pageSlugs(): string[] {
  return readdirSync(PAGES_DIR, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && existsSync(join(PAGES_DIR, entry.name, 'page.html')))
    .map((entry) => entry.name)
    .sort();
}

export const expectedPath = (slug: string) => join(PAGES_DIR, slug, 'expected.json');

/** The page's address: its canonical link when it has one, else a placeholder host. */
function addressOf(html: string, slug: string): string {
  const canonical = parseHtml(html).querySelector('link[rel="canonical"]')?.getAttribute('href');
  return canonical && /^https?:\/\//.test(canonical) ? canonical : `https://fixtures.invalid/${slug}/`;
}

const dateOf = (date: FoundDate | null) => date && { day: date.day, source: date.source, detail: date.detail };

/** What the banner and the popup show on the fixture page `slug`, as plain JSON. */
export function showsOn(slug: string) {
  const html = readFileSync(join(PAGES_DIR, slug, 'page.html'), 'utf8');
  const url = addressOf(html, slug);
  const now = FIXTURE_NOW;

  // The content script: quick look on the loaded page, then the banner decision.
  const look = quickLook(parseHtml(html, url), url, now);
  const banner = decideBanner(look, DEFAULT_SETTINGS, { host: new URL(url).hostname, dismissed: false, now });

  // The popup: the full analysis, on a page of its own (Readability changes the page it reads).
  const analysis = analyzePage(parseHtml(html, url), { url, now });
  return {
    url,
    now: `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}`,
    article: look.verdict.isArticle,
    signals: look.verdict.signals,
    published: dateOf(look.dates.published),
    updated: dateOf(look.dates.updated),
    // The banner's wording inputs: how old, judged by which date.
    banner: banner && { age: amountOf(banner.age), basis: banner.basis.kind, day: banner.basis.date.day, source: banner.basis.date.source },
    popup: {
      title: analysis.title,
      byline: analysis.byline,
      siteName: analysis.siteName,
      lang: analysis.lang,
      readingMinutes: analysis.readingMinutes,
      languageSupported: analysis.languageSupported,
      entities: analysis.entities.map((e) => ({ name: e.name, type: e.type, aliases: e.aliases, role: e.role ?? null })),
      quotes: analysis.quotes.map((q) => ({ text: q.text, speaker: q.speakerName ?? q.speaker?.text ?? null })),
    },
  };
}

export type FixtureExpectation = ReturnType<typeof showsOn>;

/** expected.json's text for `slug`, as fixtures:update writes it. */
export const expectedJson = (slug: string) => JSON.stringify(showsOn(slug), null, 2) + '\n';
