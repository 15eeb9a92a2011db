/**
 * `npm run --silent sweep -- FILE.jsonl.gz... [--limit N]` or `npm run --silent sweep -- --crafted`
 * Runs the whole analysis (cheap look, Readability, entities, quotes) over every page and
 * counts what went wrong: exceptions, malformed results, slow pages. `--crafted` sweeps the
 * hostile pages of scripts/lib/crafted.ts instead and prints each one's cost. Exit code 1 if
 * any page threw or gave a malformed analysis. The last line is one JSON object.
 */
import { performance } from 'node:perf_hooks';
import { readJsonLines } from './lib/jsonl.ts';
import { numberOption, toolArgs, usageError } from './lib/args.ts';
import { CRAFTED_PAGES } from './lib/crafted.ts';
import { parseHtml } from './lib/dom.ts';
import { median, p95, round } from './lib/stats.ts';
import { analyzePage } from '../lib/story/analyze.ts';
import { quickLook } from '../lib/page/quick-look.ts';
import { analysisProblems } from '../lib/story/analysis-check.ts';

interface PageLine {
  id: string;
  url: string | null;
  html: string;
}

const USAGE = 'usage: npm run --silent sweep -- FILE.jsonl.gz... [--limit N] | --crafted';
const { values, positionals: files } = toolArgs(USAGE, process.argv.slice(2), { limit: { type: 'string' }, crafted: { type: 'boolean' } });
if (!files.length && !values.crafted) usageError(USAGE);
const limit = numberOption(USAGE, 'limit', values.limit, Infinity);

async function* craftedPages(): AsyncGenerator<PageLine> {
  for (const [id, make] of Object.entries(CRAFTED_PAGES)) yield { id, url: `https://crafted.example/${id}`, html: make() };
}

async function* allPages(): AsyncGenerator<PageLine> {
  if (values.crafted) yield* craftedPages();
  for (const file of files) yield* readJsonLines<PageLine>(file);
}

const now = new Date();
/** Each analysed page's whole-analysis time (cheap look included). */
const runs: { id: string; ms: number }[] = [];
const failures: { id: string; problem: string }[] = [];
let pages = 0;
let articles = 0;
let withEntities = 0;
let withQuotes = 0;
for await (const line of allPages()) {
  if (pages >= limit) break;
  pages++;
  const url = line.url ?? 'https://example.invalid/';
  try {
    const doc = parseHtml(line.html, url);
    // The look is timed on its own and handed to the analysis, which would otherwise make it again.
    const start = performance.now();
    const look = quickLook(doc, url, now);
    const lookMs = performance.now() - start;
    const analysis = analyzePage(doc, { url, now, force: true, look });
    const ms = performance.now() - start;
    runs.push({ id: line.id, ms });
    if (values.crafted) console.log(`${line.id.padEnd(20)} ${(line.html.length / 1000).toFixed(0).padStart(4)} KB  cheap look ${lookMs.toFixed(1).padStart(7)} ms  whole analysis ${ms.toFixed(0).padStart(6)} ms  (${analysis.entities.length} names, ${analysis.quotes.length} quotes)`);
    const problems = analysisProblems(analysis, now);
    if (problems.length) failures.push({ id: line.id, problem: problems.slice(0, 3).join('; ') });
    if (analysis.isArticle) articles++;
    if (analysis.entities.length) withEntities++;
    if (analysis.quotes.length) withQuotes++;
  } catch (error) {
    failures.push({ id: line.id, problem: `threw ${error instanceof Error ? (error.stack ?? error.message).split('\n').slice(0, 3).join(' | ') : String(error)}` });
  }
}

const times = runs.map((r) => r.ms);
const slowest = [...runs].sort((a, b) => b.ms - a.ms);
console.log(`slowest pages: ${slowest.slice(0, 5).map((s) => `${s.id} ${s.ms.toFixed(0)} ms`).join(', ')}`);
for (const f of failures.slice(0, 20)) console.log(`✗ ${f.id}: ${f.problem}`);
console.log(`${pages} pages swept: ${failures.length} failures; ${articles} judged articles, ${withEntities} with names, ${withQuotes} with quotes`);
console.log(`whole analysis per page: median ${median(times).toFixed(1)} ms, p95 ${p95(times).toFixed(1)} ms, max ${Math.max(...times).toFixed(1)} ms`);
console.log(JSON.stringify({ task: 'sweep', pages, failures: failures.length, articles, ms_median: round(median(times)), ms_p95: round(p95(times)), ms_max: round(Math.max(...times)) }));
process.exit(failures.length ? 1 : 0);
