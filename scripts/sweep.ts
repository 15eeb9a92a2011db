/**
 * `npm run --silent sweep -- FILE.jsonl.gz... [--limit N]`
 * Runs the whole analysis (cheap look, Readability, entities, quotes) over every page and
 * counts what went wrong: exceptions, malformed results, slow pages. Exit code 1 if any
 * page threw or gave a malformed analysis. The last line is one JSON object.
 */
import { performance } from 'node:perf_hooks';
import { readJsonLines } from './lib/jsonl.ts';
import { pageFileArgs } from './lib/args.ts';
import { parseHtml } from './lib/dom.ts';
import { median, p95, round } from './lib/stats.ts';
import { analyzePage } from '../lib/story/analyze.ts';
import { analysisProblems } from '../lib/story/analysis-check.ts';

interface PageLine {
  id: string;
  url: string | null;
  html: string;
}

const { files, limit } = pageFileArgs(process.argv.slice(2), 'sweep');

const now = new Date();
const times: number[] = [];
const failures: { id: string; problem: string }[] = [];
let pages = 0;
let articles = 0;
let withEntities = 0;
let withQuotes = 0;
for (const file of files) {
  for await (const line of readJsonLines<PageLine>(file)) {
    if (pages >= limit) break;
    pages++;
    const url = line.url ?? 'https://example.invalid/';
    try {
      const doc = parseHtml(line.html, url);
      const start = performance.now();
      const analysis = analyzePage(doc, { url, now, force: true });
      times.push(performance.now() - start);
      const problems = analysisProblems(analysis, now);
      if (problems.length) failures.push({ id: line.id, problem: problems.slice(0, 3).join('; ') });
      if (analysis.isArticle) articles++;
      if (analysis.entities.length) withEntities++;
      if (analysis.quotes.length) withQuotes++;
    } catch (error) {
      failures.push({ id: line.id, problem: `threw ${error instanceof Error ? (error.stack ?? error.message).split('\n').slice(0, 3).join(' | ') : String(error)}` });
    }
  }
}

for (const f of failures.slice(0, 20)) console.log(`✗ ${f.id}: ${f.problem}`);
console.log(`${pages} pages swept: ${failures.length} failures; ${articles} judged articles, ${withEntities} with names, ${withQuotes} with quotes`);
console.log(`whole analysis per page: median ${median(times).toFixed(1)} ms, p95 ${p95(times).toFixed(1)} ms, max ${Math.max(...times).toFixed(1)} ms`);
console.log(JSON.stringify({ task: 'sweep', pages, failures: failures.length, articles, ms_median: round(median(times)), ms_p95: round(p95(times)), ms_max: round(Math.max(...times)) }));
process.exit(failures.length ? 1 : 0);
