/**
 * The test site: the seed story, a fresh story dated today, a home page, and the hostile
 * or unusual pages the robustness scenarios need. Generated, so "fresh" is always fresh.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { storyPages } from './stories.ts';
import { statementPages } from './statements.ts';

export type PageHandler = (url: URL) => { body: string | Buffer; type?: string; headers?: Record<string, string> };

const seed = readFileSync(join(process.cwd(), 'tests', 'fixtures', 'pages', 'operation-safe-city', 'page.html'), 'utf8');

const isoDay = (daysAgo: number) => new Date(Date.now() - daysAgo * 86_400_000).toISOString().slice(0, 10);

/** Text that would run script if it were ever rendered as HTML. */
export const HOSTILE_TEXT = '<img src=x onerror="window.__pwned=1"><script>window.__pwned=1</script>';

/** The seed story with extra markup in <head> and after <body>. */
function seedWith({ head = '', body = '', end = '' }: { head?: string; body?: string; end?: string }): string {
  return seed.replace('</head>', `${head}</head>`).replace('<body>', `<body>${body}`).replace('</body>', `${end}</body>`);
}

/** A plain news article published `daysAgo` days ago. */
export function article(title: string, daysAgo: number, { head = '', lead = '' } = {}): string {
  const day = isoDay(daysAgo);
  const paragraphs = Array.from(
    { length: 8 },
    (_, i) =>
      `<p>Paragraph ${i + 1} of the report. The city council met on Tuesday to discuss the budget, and council member Maria Lopez said the plan would fund new parks and libraries across the district over the next five years, according to officials.</p>`,
  ).join('\n');
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${title}</title>
<meta property="og:type" content="article"><meta property="article:published_time" content="${day}T09:00:00Z">${head}</head>
<body><header><a href="/">Daily Example</a></header><main><article><h1>${title}</h1>
<p class="byline">By Sam Writer · <time datetime="${day}T09:00:00Z">${day}</time></p>
${lead}${paragraphs}</article></main><footer>© Daily Example</footer></body></html>`;
}

const escapeHtml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

const home = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Daily Example — Home</title>
<meta property="og:type" content="website"></head><body><header><h1>Daily Example</h1><nav>
${['News', 'World', 'Business', 'Sport', 'Culture'].map((s) => `<a href="/${s.toLowerCase()}">${s}</a>`).join(' ')}</nav></header>
<main><ul>${Array.from({ length: 30 }, (_, i) => `<li><a href="/story-${i}">Headline number ${i + 1} about the news of the day</a> <span>2017-09-${String((i % 28) + 1).padStart(2, '0')}</span></li>`).join('')}</ul></main></body></html>`;

/** A single-page news site: links swap the article in place with history.pushState. */
const spa = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Old story</title>
<meta property="og:type" content="article"><meta property="article:published_time" content="2015-03-02T10:00:00Z"></head>
<body><main id="app"></main><script>
const stories = {
  '/spa/old': { title: 'Old story', day: '2015-03-02' },
  '/spa/fresh': { title: 'Fresh story', day: new Date().toISOString().slice(0, 10) },
};
function show(path) {
  const story = stories[path] || stories['/spa/old'];
  document.title = story.title;
  document.querySelector('meta[property="article:published_time"]').content = story.day + 'T10:00:00Z';
  const paragraphs = Array.from({ length: 8 }, (_, i) => '<p>Paragraph ' + (i + 1) + ' of ' + story.title + '. The mayor said the council would vote on the new budget next week, and residents said they wanted more parks.</p>').join('');
  document.getElementById('app').innerHTML = '<article><h1>' + story.title + '</h1><p class="byline">By A. Writer · <time datetime="' + story.day + '">' + story.day + '</time></p>' + paragraphs + '</article>';
}
window.navigateTo = (path) => { history.pushState({}, '', path); show(path); };
window.pushStateStorm = (n) => { for (let i = 0; i < n; i++) history.pushState({}, '', '/spa/old?storm=' + i); };
show(location.pathname);
</script></body></html>`;

/** A one-page PDF saying "Published 28 September 2017". */
const MINIMAL_PDF = (() => {
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 300 144] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>',
    '<< /Length 58 >>\nstream\nBT /F1 12 Tf 20 70 Td (Published 28 September 2017) Tj ET\nendstream',
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>',
  ];
  let body = '%PDF-1.4\n';
  const offsets: number[] = [];
  objects.forEach((object, i) => {
    offsets.push(body.length);
    body += `${i + 1} 0 obj\n${object}\nendobj\n`;
  });
  const xref = body.length;
  body += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n${offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('')}`;
  body += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return Buffer.from(body, 'latin1');
})();

export const pages: Record<string, PageHandler> = {
  ...storyPages,
  ...statementPages,
  '/seed.html': () => ({ body: seed }),
  '/fresh.html': () => ({ body: article('Council backs new parks plan', 10) }),
  '/old.html': () => ({ body: article('Council backs old parks plan', 800) }),
  '/home.html': () => ({ body: home }),
  '/spa/old': () => ({ body: spa }),
  '/spa/fresh': () => ({ body: spa }),
  // Page CSS aimed at everything, including any injected element.
  '/hostile-css.html': () => ({
    body: seedWith({
      head: `<style>* { display: none !important; all: unset !important; font-size: 80px !important; }
        html, body, main, article, p, h1 { display: block !important; }
        body > * { visibility: hidden !important; opacity: 0 !important; transform: scale(0.1) !important; }</style>`,
    }),
  }),
  // A page script that removes anything it did not render, as hydrating frameworks do.
  '/hostile-remover.html': () => ({
    body: seedWith({
      end: `<script>
        window.__removals = 0;
        new MutationObserver(() => {
          for (const el of document.querySelectorAll('backstory-banner')) { el.remove(); window.__removals++; }
        }).observe(document.documentElement, { childList: true, subtree: true });
      </script>`,
    }),
  }),
  // A framework re-rendering <body> once after load.
  '/hydrating.html': () => ({
    body: seedWith({
      end: `<script>setTimeout(() => { document.body.replaceWith(document.body.cloneNode(true)); window.__rerendered = true; }, 1500);</script>`,
    }),
  }),
  // A strict Content-Security-Policy: no inline style, no script, nothing from anywhere.
  '/strict-csp.html': () => ({
    body: seed,
    headers: { 'content-security-policy': "default-src 'none'; style-src 'none'; script-src 'none'; img-src 'none'" },
  }),
  // A legacy page that writes its article with document.write while it loads.
  '/document-write.html': () => {
    const articleHtml = seed.slice(seed.indexOf('<main>'), seed.indexOf('</main>') + '</main>'.length);
    const head = seed.slice(seed.indexOf('<head>') + '<head>'.length, seed.indexOf('</head>'));
    return {
      body: `<!doctype html><html lang="en"><head>${head}</head><body><script>
        document.write(${JSON.stringify(articleHtml).replace(/<\//g, '<\\/')});
      </script></body></html>`,
    };
  },
  // An old article inside a frame of a page that is not an article: no banner anywhere.
  '/frames.html': () => ({
    body: `<!doctype html><html lang="en"><head><title>Frames</title><meta property="og:type" content="website"></head>
      <body><h1>Embedded</h1><iframe src="/seed.html" width="800" height="600"></iframe></body></html>`,
  }),
  '/plain.txt': () => ({ body: 'Published September 28, 2017.\n\nThis is plain text, not an article page.\n', type: 'text/plain; charset=utf-8' }),
  '/feed.xml': () => ({
    body: `<?xml version="1.0"?><rss version="2.0"><channel><title>Feed</title><item><title>Story</title><pubDate>Thu, 28 Sep 2017 19:45:00 GMT</pubDate></item></channel></rss>`,
    type: 'application/xml',
  }),
  '/image.svg': () => ({
    body: `<svg xmlns="http://www.w3.org/2000/svg" width="200" height="100"><text x="10" y="50">Published 2017-09-28</text></svg>`,
    type: 'image/svg+xml',
  }),
  // Page text crafted as markup, in the title, a name and a quote.
  '/injection.html': () => ({
    body: article(`Mayor ${escapeHtml(HOSTILE_TEXT)} resigns`, 900, {
      lead: `<p>Mayor Jim ${escapeHtml(HOSTILE_TEXT)} Kenney said: “We will ${escapeHtml(HOSTILE_TEXT)} rebuild the city together, and nobody will stop us,” on Tuesday.</p>`,
    }),
  }),
  '/doc.pdf': () => ({ body: MINIMAL_PDF, type: 'application/pdf' }),
  '/dark.html': () => ({
    body: seedWith({ head: '<style>html, body { background: #111; color: #ddd; } a { color: #8ab4f8; }</style>' }),
  }),
};
