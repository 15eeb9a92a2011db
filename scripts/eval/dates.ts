/**
 * `npm run --silent eval -- dates FILE.jsonl.gz... [--now YYYY-MM-DD] [--runs N] [--split even|odd] [--misses]`
 *
 * Scores the every-page cheap path (lib/page/detect + lib/page/dates) on real pages. Each line is
 * `{id, url, published, gold_status, source_dataset, readerable, html}`. Per dataset and in
 * total: exact-day accuracy and within ±1 day (over `gold_status: "date"` lines), the share of
 * `no_date` lines where nothing is predicted, coverage (share of dated lines where a day is
 * predicted), detector milliseconds per page (detectArticle + findArticleDates on a parsed
 * jsdom Document; the HTML parse is timed apart) and agreement of detectArticle with Firefox
 * Reader View's `readerable` flag where the line has one.
 *
 * Timing: each page is parsed afresh `--runs` times (default 2) and the detector timed on each
 * new Document; the fastest counts. On a shared machine other processes only ever slow a run
 * down, and a fresh Document each time means no run profits from another's caches.
 *
 * `now` defaults to the newest modification time of the input files: every page was captured
 * before its file was written, so no true date can be later, and the run is reproducible for
 * a given file. `--split even|odd` keeps every other line (for held-out checks while tuning);
 * `--misses` lists the wrong or missing days with the candidates considered, then how many
 * misses are of each kind (nothing found, the page's update date, ranked lower, no candidate).
 *
 * The very last line printed is one JSON object with the figures.
 */
import { statSync } from 'node:fs';
import { choiceOption, numberOption, toolArgs, usageError } from '../lib/args.ts';
import { readJsonLines } from '../lib/jsonl.ts';
import { parseHtml } from '../lib/dom.ts';
import { formatTable } from '../lib/table.ts';
import { median, p95, round } from '../lib/stats.ts';
import { detectArticle } from '../../lib/page/detect/index.ts';
import { findArticleDates } from '../../lib/page/dates/index.ts';
import type { ArticleDates, ArticleVerdict } from '../../lib/types.ts';

interface Line {
  id: string;
  url: string | null;
  published: string | null;
  gold_status: 'date' | 'no_date' | 'unknown';
  source_dataset?: string;
  readerable?: boolean | null;
  html: string;
}

interface Tally {
  pages: number;
  dated: number;
  exact: number;
  within1: number;
  predictedOnDated: number;
  noDate: number;
  noDateOk: number;
  readerable: number;
  agree: number;
  ms: number[];
  parseMs: number[];
}

const empty = (): Tally => ({
  pages: 0, dated: 0, exact: 0, within1: 0, predictedOnDated: 0, noDate: 0, noDateOk: 0,
  readerable: 0, agree: 0, ms: [], parseMs: [],
});

const ratio = (a: number, b: number): number | null => (b ? round(a / b) : null);
const dayDiff = (a: string, b: string): number => Math.abs(Date.parse(a) - Date.parse(b)) / 864e5;

function summary(t: Tally) {
  return {
    pages: t.pages,
    dated: t.dated,
    accuracy: ratio(t.exact, t.dated),
    within1: ratio(t.within1, t.dated),
    no_date_ok: ratio(t.noDateOk, t.noDate),
    coverage: ratio(t.predictedOnDated, t.dated),
    ms_per_page: round(median(t.ms), 3),
    ms_p95: round(p95(t.ms), 3),
    parse_ms_per_page: round(median(t.parseMs), 1),
    article_agreement: ratio(t.agree, t.readerable),
    readerable_pages: t.readerable,
  };
}

function row(name: string, t: Tally): (string | number)[] {
  const s = summary(t);
  const f = (x: number | null) => (x === null ? '-' : x);
  return [name, t.pages, t.dated, f(s.accuracy), f(s.within1), t.noDate, f(s.no_date_ok), f(s.coverage),
    s.ms_per_page, s.ms_p95, s.parse_ms_per_page, t.readerable ? `${f(s.article_agreement)} (${t.readerable})` : '-'];
}

/** Why a dated page was missed, for the summary under `--misses`. */
function missKind(gold: string | null, dates: ArticleDates): string {
  if (!gold) return 'a date found on a page the reference says has none';
  if (!dates.published) return 'nothing found';
  if (dates.updated?.day === gold || dates.candidates.some((c) => c.day === gold && c.kind === 'updated')) {
    return "the reference is the page's own update date";
  }
  if (dates.candidates.some((c) => c.day === gold)) return 'the reference is a candidate, ranked lower';
  return 'the reference is not among the candidates';
}

function describeMiss(line: Line, dates: ArticleDates): string {
  const got = dates.published ? `${dates.published.day} [${dates.published.source}: ${dates.published.detail}]` : 'nothing';
  const cands = dates.candidates
    .slice(0, 6)
    .map((c) => `    ${c.day} ${c.kind} ${c.confidence} ${c.source}: ${c.detail}`)
    .join('\n');
  return `MISS ${line.id} ${line.url ?? ''}\n  gold ${line.published ?? 'no date'}, got ${got}\n${cands}`;
}

export async function run(args: string[]): Promise<void> {
  const usage = 'usage: npm run --silent eval -- dates FILE.jsonl.gz... [--now YYYY-MM-DD] [--runs N] [--split even|odd] [--misses]';
  const { values, positionals: files } = toolArgs(usage, args, {
    now: { type: 'string' },
    runs: { type: 'string' },
    split: { type: 'string' },
    misses: { type: 'boolean' },
  });
  if (files.length === 0) usageError(usage);
  const nowArg = values.now;
  const now = nowArg ? new Date(`${nowArg}T23:59:59Z`) : new Date(Math.max(...files.map((f) => statSync(f).mtimeMs)));
  if (!Number.isFinite(now.getTime())) usageError(usage, `bad --now: ${nowArg}`);
  const split = choiceOption(usage, 'split', values.split, ['even', 'odd'] as const);
  const runs = Math.max(1, numberOption(usage, 'runs', values.runs, 2) || 1);
  const showMisses = values.misses ?? false;
  const missKinds = new Map<string, number>();

  const total = empty();
  const byDataset = new Map<string, Tally>();
  let index = 0;
  for (const file of files) {
    for await (const line of readJsonLines<Line>(file)) {
      const n = index++;
      if ((split === 'even' && n % 2) || (split === 'odd' && !(n % 2))) continue;
      const name = line.source_dataset ?? 'unknown';
      if (!byDataset.has(name)) byDataset.set(name, empty());
      const tallies = [total, byDataset.get(name)!];

      let parseMs = Infinity;
      let ms = Infinity;
      let verdict: ArticleVerdict = { isArticle: false, signals: [] };
      let dates: ArticleDates = { published: null, updated: null, candidates: [] };
      for (let run = 0; run < runs; run++) {
        const t0 = performance.now();
        const doc = parseHtml(typeof line.html === 'string' ? line.html : '', line.url);
        parseMs = Math.min(parseMs, performance.now() - t0);
        // Let jsdom finish its load tasks, as a content script runs after the page has loaded.
        await new Promise((resolve) => setImmediate(resolve));
        const t1 = performance.now();
        verdict = detectArticle(doc, line.url ?? null);
        dates = findArticleDates(doc, line.url ?? null, { now });
        ms = Math.min(ms, performance.now() - t1);
        doc.defaultView?.close();
      }

      const day = dates.published?.day ?? null;
      for (const t of tallies) {
        t.pages++;
        t.ms.push(ms);
        t.parseMs.push(parseMs);
        if (line.gold_status === 'date' && line.published) {
          t.dated++;
          if (day) t.predictedOnDated++;
          if (day === line.published) t.exact++;
          if (day && dayDiff(day, line.published) <= 1) t.within1++;
        } else if (line.gold_status === 'no_date') {
          t.noDate++;
          if (!day) t.noDateOk++;
        }
        if (typeof line.readerable === 'boolean') {
          t.readerable++;
          if (verdict.isArticle === line.readerable) t.agree++;
        }
      }
      const wrong = line.gold_status === 'date' ? day !== line.published : line.gold_status === 'no_date' && !!day;
      if (showMisses && wrong) {
        console.log(describeMiss(line, dates));
        const kind = missKind(line.gold_status === 'date' ? line.published : null, dates);
        missKinds.set(kind, (missKinds.get(kind) ?? 0) + 1);
      }
    }
  }

  if (showMisses) {
    console.log("\nmisses by kind (candidates: those the finder returns, its best ten)");
    for (const [kind, n] of [...missKinds].sort((x, y) => y[1] - x[1])) console.log(`  ${String(n).padStart(4)}  ${kind}`);
    console.log();
  }
  const header = ['dataset', 'pages', 'dated', 'exact', '±1 day', 'no_date', 'no-date ok', 'coverage',
    'ms med', 'ms p95', 'parse ms', 'article agree (n)'];
  const names = [...byDataset.keys()].sort();
  console.log(`dates: ${total.pages} pages from ${files.join(' ')}${split ? ` (${split} lines)` : ''}, fastest of ${runs} run(s) per page`);
  console.log(`now = ${now.toISOString()} (${nowArg ? '--now' : 'newest input file mtime: pages were captured before their file was written'})`);
  console.log(formatTable([header, ...names.map((n) => row(n, byDataset.get(n)!)), row('total', total)]));
  console.log('exact/±1 day/coverage over dated lines; no-date ok over no_date lines; ms = detectArticle + findArticleDates, parse excluded.');
  const s = summary(total);
  console.log(JSON.stringify({
    task: 'dates',
    pages: total.pages,
    accuracy: s.accuracy,
    within1: s.within1,
    no_date_ok: s.no_date_ok,
    coverage: s.coverage,
    ms_per_page: s.ms_per_page,
    datasets: Object.fromEntries(names.map((n) => [n, summary(byDataset.get(n)!)])),
    ms_p95: s.ms_p95,
    parse_ms_per_page: s.parse_ms_per_page,
    article_agreement: s.article_agreement,
    now: now.toISOString(),
  }));
}
