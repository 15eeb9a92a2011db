/**
 * Small hand-made pages for the banner's place in the page: a news site whose header is
 * `position: fixed` at the top (logo, search, sign-in), as many big news sites have.
 */
import type { PageHandler } from './index.ts';

const paragraphs = Array.from(
  { length: 14 },
  (_, i) =>
    `<p>Paragraph ${i + 1} of the report. The city council met on Tuesday to discuss the budget, and council member Maria Lopez said the plan would fund new parks and libraries across the district over the next five years, according to officials.</p>`,
).join('\n');

const fixedHeader = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Council backs parks plan</title>
<meta property="og:type" content="article"><meta property="article:published_time" content="2019-03-14T09:00:00Z">
<style>
  body { margin: 0; font: 16px/1.5 Georgia, serif; }
  .site-header { position: fixed; top: 0; left: 0; right: 0; height: 56px; z-index: 1000; background: #fff;
    border-bottom: 1px solid #ccc; display: flex; align-items: center; gap: 16px; padding: 0 16px; box-sizing: border-box; }
  #logo { font: bold 22px Georgia, serif; color: #000; text-decoration: none; margin-right: auto; }
  #search { width: 180px; padding: 4px 8px; }
  #signin { padding: 6px 12px; }
  main { margin-top: 56px; padding: 16px; max-width: 720px; }
</style></head>
<body><header class="site-header"><a id="logo" href="/">The Daily Fixture</a><input id="search" type="search" placeholder="Search">
<button id="signin" type="button">Sign in</button></header>
<main><article><h1>Council backs parks plan</h1>
<p class="byline">By Sam Writer · <time datetime="2019-03-14T09:00:00Z">March 14, 2019</time></p>
${paragraphs}</article></main></body></html>`;

export const bannerLayoutPages: Record<string, PageHandler> = {
  '/fixed-header.html': () => ({ body: fixedHeader }),
};
