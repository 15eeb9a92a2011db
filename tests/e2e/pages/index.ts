/**
 * The test site: the seed story, a fresh story dated today, a home page, and the
 * variations the scenarios need. Pages are generated so "fresh" is always fresh.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

export type PageHandler = (url: URL) => { body: string; headers?: Record<string, string> };

const seed = readFileSync(join(process.cwd(), 'tests', 'fixtures', 'seed', 'operation-safe-city.html'), 'utf8');

const isoDay = (daysAgo: number) => new Date(Date.now() - daysAgo * 86_400_000).toISOString().slice(0, 10);

/** A plain news article published `daysAgo` days ago. */
function article(title: string, daysAgo: number, extraHead = ''): string {
  const day = isoDay(daysAgo);
  const paragraphs = Array.from(
    { length: 8 },
    (_, i) =>
      `<p>Paragraph ${i + 1} of the report. The city council met on Tuesday to discuss the budget, and council member Maria Lopez said the plan would fund new parks and libraries across the district over the next five years, according to officials.</p>`,
  ).join('\n');
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${title}</title>
<meta property="og:type" content="article"><meta property="article:published_time" content="${day}T09:00:00Z">${extraHead}</head>
<body><header><a href="/">Daily Example</a></header><main><article><h1>${title}</h1>
<p class="byline">By Sam Writer · <time datetime="${day}T09:00:00Z">${day}</time></p>
${paragraphs}</article></main><footer>© Daily Example</footer></body></html>`;
}

const home = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Daily Example — Home</title>
<meta property="og:type" content="website"></head><body><header><h1>Daily Example</h1><nav>
${['News', 'World', 'Business', 'Sport', 'Culture'].map((s) => `<a href="/${s.toLowerCase()}">${s}</a>`).join(' ')}</nav></header>
<main><ul>${Array.from({ length: 30 }, (_, i) => `<li><a href="/story-${i}">Headline number ${i + 1} about the news of the day</a> <span>2017-09-${String((i % 28) + 1).padStart(2, '0')}</span></li>`).join('')}</ul></main></body></html>`;

export const pages: Record<string, PageHandler> = {
  '/seed.html': () => ({ body: seed }),
  '/seed-copy.html': () => ({ body: seed }),
  '/fresh.html': () => ({ body: article('Council backs new parks plan', 10) }),
  '/old.html': () => ({ body: article('Council backs old parks plan', 800) }),
  '/home.html': () => ({ body: home }),
};
