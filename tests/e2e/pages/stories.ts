/**
 * Pages that are not stories but look like articles (a wiki page with JSON-LD Article, a terms
 * page, a CMS "about us" page stamped og:type=article, a docs page), an old story, and a
 * generated ~1 MB wiki-like reference page for the cheap path's timing. Hand-made or built by
 * code here; nothing copied from real sites.
 */
import type { PageHandler } from './index.ts';

const prose = (n: number, topic: string) =>
  Array.from({ length: n }, (_, i) =>
    `<p>${topic}, part ${i + 1}: the council debated the plan for new buses, protected bike lanes and street repairs for more than four hours, and residents spoke for and against it late into the night.</p>`,
  ).join('\n');

const shell = (title: string, head: string, body: string, lang = 'en') =>
  `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><title>${title}</title>${head}</head><body>${body}</body></html>`;

const wiki = shell(
  'Lakeland - Example Encyclopedia',
  `<script type="application/ld+json">{"@context":"https://schema.org","@type":"Article","name":"Lakeland",
"datePublished":"2001-10-29T12:00:00Z","dateModified":"2026-11-30T08:00:00Z"}</script>`,
  `<main><h1>Lakeland</h1>${prose(10, 'Lakeland')}</main>
<footer><ul><li>This page was last edited on 30 November 2026, at 08:00 (UTC).</li><li>Text is available under a free licence.</li></ul></footer>`,
);

const terms = shell(
  'Terms of Service — Photo Example',
  '',
  `<main><h1>Terms of Service</h1><p>Last updated: August 9, 2017</p>${prose(8, 'These terms')}</main>`,
);

const about = shell(
  'About us — Example Charity',
  `<meta property="og:type" content="article"><meta property="article:published_time" content="2012-06-30T09:00:00+00:00">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"WebPage","datePublished":"2012-06-30T09:00:00+00:00"}</script>`,
  `<main><article><h1>About us</h1>${prose(8, 'Our charity')}</article></main>`,
);

const docs = shell(
  'Installing — Example 3.2 documentation',
  '<meta name="generator" content="Sphinx 7.2.6"><meta name="date" content="2017-09-21">',
  `<main><h1>Installing</h1>${prose(8, 'Installing')}</main><footer>Last updated on Sep 21, 2017.</footer>`,
);

const oldStory = shell(
  'Council approves the bus plan',
  `<meta property="og:type" content="article"><meta property="article:published_time" content="2019-03-04T10:00:00-05:00">`,
  `<main><article><h1>Council approves the bus plan</h1><p class="byline">By Jane Doe, <time datetime="2019-03-04">March 4, 2019</time></p>
${prose(8, 'The bus plan')}</article></main>`,
);

/**
 * A long wiki-like page of about 1 MB: a table of contents, sections of prose with links and
 * citations, tables, navigation boxes, JSON-LD Article dated at its creation, and, when
 * `footer` is set, a revision footer. Deterministic, so runs compare.
 */
export function largeReference({ footer }: { footer: boolean }): string {
  const sections: string[] = [];
  const toc: string[] = [];
  for (let s = 0; sections.join('').length < 950_000; s++) {
    toc.push(`<li><a href="#s${s}">${s + 1} Section ${s + 1}</a></li>`);
    const paragraphs = Array.from({ length: 6 }, (_, p) =>
      `<p>The region's history in period ${s}.${p} is recorded in <a href="/ref/${s}-${p}">several sources</a>, which describe its rivers, towns and the trade between them from 1850 to 1910<sup><a href="#c${s}-${p}">[${p + 1}]</a></sup>. Later surveys in ${1900 + (s % 90)} revised the figures.</p>`,
    ).join('');
    const table = `<table class="wikitable"><tr><th>Year</th><th>Population</th></tr>${Array.from({ length: 8 }, (_, r) => `<tr><td>${1900 + r * 10}</td><td>${(s + 1) * 1000 + r * 37}</td></tr>`).join('')}</table>`;
    sections.push(`<h2 id="s${s}">Section ${s + 1}</h2>${paragraphs}${table}`);
  }
  const nav = `<div class="navbox">${Array.from({ length: 200 }, (_, i) => `<a href="/topic/${i}">Topic ${i}</a>`).join(' · ')}</div>`;
  return shell(
    'Lakeland region - Example Encyclopedia',
    `<script type="application/ld+json">{"@context":"https://schema.org","@type":"Article","name":"Lakeland region","datePublished":"2003-02-28T10:00:00Z"}</script>`,
    `<nav>${nav}</nav><main><h1>Lakeland region</h1><div id="toc"><ul>${toc.join('')}</ul></div>${sections.join('')}${nav}</main>
${footer ? '<footer><ul><li>This page was last edited on 30 November 2026, at 08:00 (UTC).</li></ul></footer>' : '<footer>Example Encyclopedia</footer>'}`,
  );
}

export const storyPages: Record<string, PageHandler> = {
  '/encyclopedia/Lakeland': () => ({ body: wiki }),
  '/photos/service/terms/': () => ({ body: terms }),
  '/charity/about-us/': () => ({ body: about }),
  '/manual/install.html': () => ({ body: docs }),
  '/2019/03/04/council-bus-plan': () => ({ body: oldStory }),
  '/encyclopedia/Lakeland_region': () => ({ body: largeReference({ footer: true }) }),
  '/encyclopedia/Lakeland_region_unmarked': () => ({ body: largeReference({ footer: false }) }),
};
