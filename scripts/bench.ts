/**
 * `npm run --silent bench -- FILE.jsonl.gz... [--limit N]`
 * Times each stage of Backstory's analysis per page, in Node over jsdom: HTML parse (apart),
 * the cheap path (article decision + dates), Readability's parse, entities, quotes, and the
 * whole analysis as the popup runs it (Readability and all the NLP, reusing the content
 * script's cheap look). Prints median, p95, p99 and max of each, and the pages with the slowest cheap
 * path; the last line is one JSON object.
 * Machines are noisy: compare stages as ratios within one run.
 */
import { performance } from 'node:perf_hooks';
import { readJsonLines } from './lib/jsonl.ts';
import { pageFileArgs } from './lib/args.ts';
import { parseHtml } from './lib/dom.ts';
import { formatTable } from './lib/table.ts';
import { median, p95, quantile, round } from './lib/stats.ts';
import { quickLook } from '../lib/page/quick-look.ts';
import { extractArticle } from '../lib/story/extract.ts';
import { analyzeEntities } from '../lib/story/entities/index.ts';
import { extractQuotes } from '../lib/story/quotes/index.ts';
import { analyzePage, PARAGRAPH_SEPARATOR } from '../lib/story/analyze.ts';

interface PageLine {
  id: string;
  url: string | null;
  html: string;
}

const STAGES = ['parse', 'cheap', 'readability', 'entities', 'quotes', 'full'] as const;
type Stage = (typeof STAGES)[number];

function time<T>(run: () => T): [T, number] {
  const start = performance.now();
  const result = run();
  return [result, performance.now() - start];
}

async function main(argv: string[]) {
  const { files, limit } = pageFileArgs(argv, 'bench');
  const now = new Date();
  const samples: Record<Stage, number[]> = { parse: [], cheap: [], readability: [], entities: [], quotes: [], full: [] };
  const ratios: number[] = [];
  const cheapByPage: [string, number][] = [];
  // Names and quotes are read in English stories only (lib/language.ts): the ratio over those
  // pages is the honest cost of the whole analysis where it does all its work.
  const englishRatios: number[] = [];
  let pages = 0;
  let articles = 0;

  // Warm up the JIT and load the entity model once, so the first page is not an outlier.
  analyzeEntities('Warm up with Jim Kenney in Philadelphia.');

  for (const file of files) {
    for await (const line of readJsonLines<PageLine>(file)) {
      if (pages >= limit) break;
      const url = line.url ?? 'https://example.invalid/';
      pages++;
      // Each stage gets its own freshly parsed document, as in the browser (no shared caches).
      const [doc, parseMs] = time(() => parseHtml(line.html, url));
      samples.parse.push(parseMs);
      const [look, cheapMs] = time(() => quickLook(doc, url, now));
      samples.cheap.push(cheapMs);
      cheapByPage.push([line.id, cheapMs]);
      // In place, as the whole analysis runs it: the popup's copy of the page is its own.
      const [article, readabilityMs] = time(() => extractArticle(doc, { inPlace: true }));
      samples.readability.push(readabilityMs);
      if (article) {
        articles++;
        const text = article.paragraphs.join(PARAGRAPH_SEPARATOR);
        const [entities, entitiesMs] = time(() => analyzeEntities(text));
        samples.entities.push(entitiesMs);
        samples.quotes.push(time(() => extractQuotes(text, entities))[1]);
      }
      const fullDoc = parseHtml(line.html, url);
      // As the popup runs it: the content script's quick look of the page is handed over, not made again.
      const [analysis, fullMs] = time(() => analyzePage(fullDoc, { url, now, force: true, look }));
      samples.full.push(fullMs);
      if (readabilityMs > 0) ratios.push(fullMs / readabilityMs);
      if (readabilityMs > 0 && article && analysis.languageSupported) englishRatios.push(fullMs / readabilityMs);
    }
  }

  const p99 = (values: readonly number[]) => quantile(values, 0.99);
  const max = (values: readonly number[]) => (values.length ? Math.max(...values) : NaN);
  const rows: (string | number)[][] = [['stage (ms per page)', 'pages', 'median', 'p95', 'p99', 'max']];
  for (const stage of STAGES) {
    const v = samples[stage];
    rows.push([stage, v.length, median(v), p95(v), p99(v), max(v)]);
  }
  rows.push(['full ÷ readability (ratio)', ratios.length, median(ratios), p95(ratios), p99(ratios), max(ratios)]);
  rows.push(['  same, English stories only', englishRatios.length, median(englishRatios), p95(englishRatios), p99(englishRatios), max(englishRatios)]);
  const slowest = cheapByPage.sort((a, b) => b[1] - a[1]).slice(0, 5);
  console.log(`${pages} pages (${articles} with article text) from ${files.join(', ')}\n`);
  console.log(formatTable(rows));
  console.log(`slowest cheap paths: ${slowest.map(([id, ms]) => `${id} ${round(ms, 1)} ms`).join(', ')}`);
  console.log(
    JSON.stringify({
      task: 'bench',
      pages,
      parse_ms_median: round(median(samples.parse)),
      cheap_ms_median: round(median(samples.cheap)),
      cheap_ms_p95: round(p95(samples.cheap)),
      cheap_ms_p99: round(p99(samples.cheap)),
      cheap_ms_max: round(max(samples.cheap)),
      readability_ms_median: round(median(samples.readability)),
      entities_ms_median: round(median(samples.entities)),
      quotes_ms_median: round(median(samples.quotes)),
      full_ms_median: round(median(samples.full)),
      full_over_readability: round(median(ratios)),
      full_over_readability_english: round(median(englishRatios)),
    }),
  );
}

await main(process.argv.slice(2));
