/**
 * `npm run --silent eval -- stories FILE.jsonl.gz... [--labels FILE.jsonl] [--split even|odd] [--errors]`
 *
 * Does the banner appear on stories, and only there? Runs the content script's own decision
 * (quickLook + decideBanner, default settings, now = 2026-12-01) over pages whose lines carry
 * `story: true|false` (or get it, with `kind`, from `--labels` by id; `null` = unsure, skipped).
 * Prints per kind and in total: pages, judged articles, bannered; then the false-banner rate
 * on non-stories and the banner rate on stories. `--errors` lists each false banner with the
 * signals and the date source behind it, and each story left without one. `--split even|odd`
 * keeps every other labelled page (tune on one half, confirm on the other).
 *
 * The very last line printed is one JSON object with the figures.
 */
import { readFileSync } from 'node:fs';
import { choiceOption, toolArgs, usageError } from '../lib/args.ts';
import { readJsonLines } from '../lib/jsonl.ts';
import { parseHtml } from '../lib/dom.ts';
import { formatTable } from '../lib/table.ts';
import { round } from '../lib/stats.ts';
import { quickLook } from '../../lib/page/quick-look.ts';
import { datedOnlyByUpdate, decideBanner, unsureDate } from '../../lib/page/banner-decision.ts';
import { DEFAULT_SETTINGS } from '../../lib/settings.ts';

/** A fixed "now", so a page's age (and the banner) does not change with the day of the run. */
const NOW = new Date('2026-12-01T12:00:00Z');

interface Line {
  id: string;
  url: string | null;
  html: string;
  story?: boolean | null;
  kind?: string;
}

interface Label {
  story: boolean | null;
  kind: string;
}

interface Tally {
  pages: number;
  articles: number;
  bannered: number;
}

const USAGE = 'usage: npm run --silent eval -- stories FILE.jsonl.gz... [--labels FILE.jsonl] [--split even|odd] [--errors]';

function readLabels(file: string): Map<string, Label> {
  const labels = new Map<string, Label>();
  for (const text of readFileSync(file, 'utf8').split('\n')) {
    if (!text.trim()) continue;
    const l = JSON.parse(text) as { id: string; story: boolean | null; kind?: string };
    labels.set(l.id, { story: l.story, kind: l.kind ?? 'other' });
  }
  return labels;
}

function hostOf(url: string | null): string {
  try {
    return new URL(url ?? '').hostname;
  } catch {
    return '';
  }
}

const rate = (a: number, b: number): number | null => (b ? round(a / b, 3) : null);

export async function run(args: string[]): Promise<void> {
  const { values, positionals: files } = toolArgs(USAGE, args, {
    labels: { type: 'string' },
    split: { type: 'string' },
    errors: { type: 'boolean', default: false },
  });
  const split = choiceOption(USAGE, 'split', values.split, ['even', 'odd'] as const);
  if (!files.length) usageError(USAGE, 'no page file given');
  const labels = values.labels ? readLabels(values.labels) : new Map<string, Label>();

  const byKind = new Map<string, { story: Tally; other: Tally }>();
  const total = { story: { pages: 0, articles: 0, bannered: 0 }, other: { pages: 0, articles: 0, bannered: 0 } };
  const falseBanners: string[] = [];
  const missed: string[] = [];
  let index = 0;
  let skipped = 0;

  for (const file of files) {
    for await (const line of readJsonLines<Line>(file)) {
      const label = labels.get(line.id);
      const story = label ? label.story : line.story;
      if (typeof story !== 'boolean') {
        skipped++;
        continue;
      }
      const n = index++;
      if ((split === 'even' && n % 2) || (split === 'odd' && !(n % 2))) continue;
      const kind = label?.kind ?? line.kind ?? (story ? 'story' : 'other');

      const doc = parseHtml(typeof line.html === 'string' ? line.html : '', line.url);
      await new Promise((resolve) => setImmediate(resolve)); // as a content script, after load
      const url = line.url ?? '';
      const look = quickLook(doc, url, NOW);
      const banner = decideBanner(look, { ...DEFAULT_SETTINGS }, { host: hostOf(line.url), dismissed: false, now: NOW });
      doc.defaultView?.close();

      if (!byKind.has(kind)) byKind.set(kind, { story: { pages: 0, articles: 0, bannered: 0 }, other: { pages: 0, articles: 0, bannered: 0 } });
      for (const t of [byKind.get(kind)!, total]) {
        const side = story ? t.story : t.other;
        side.pages++;
        if (look.verdict.isArticle) side.articles++;
        if (banner) side.bannered++;
      }
      const signals = look.verdict.signals.join(' ') || '-';
      if (!story && banner) {
        const d = banner.basis.date;
        falseBanners.push(`FALSE BANNER ${kind} ${line.id} ${url}\n  signals: ${signals}\n  date: ${d.day} ${banner.basis.kind} ${d.confidence} ${d.source}: ${d.detail}`);
      } else if (story && !banner) {
        const d = look.dates.published;
        const doubt = d ? (datedOnlyByUpdate(look.dates) ? 'dated only by an update' : unsureDate(look)) : null;
        const why = !look.verdict.isArticle ? 'not judged an article' : !d ? 'no date' : `dated ${d.day} (${d.source}: ${d.detail}), ${doubt ? `left quiet: ${doubt}` : 'not old enough'}`;
        missed.push(`NO BANNER ${kind} ${line.id} ${url}\n  ${why}; signals: ${signals}`);
      }
    }
  }

  if (values.errors) {
    for (const e of falseBanners) console.log(e);
    for (const e of missed) console.log(e);
    console.log(`\n${falseBanners.length} false banner(s), ${missed.length} story page(s) without a banner\n`);
  }
  const rows: (string | number)[][] = [['kind', 'story', 'pages', 'articles', 'bannered', 'banner rate']];
  const kinds = [...byKind.keys()].sort();
  for (const isStory of [false, true]) {
    for (const k of kinds) {
      const t = isStory ? byKind.get(k)!.story : byKind.get(k)!.other;
      if (t.pages) rows.push([k, isStory ? 'yes' : 'no', t.pages, t.articles, t.bannered, rate(t.bannered, t.pages) ?? '-']);
    }
  }
  rows.push(['total', 'no', total.other.pages, total.other.articles, total.other.bannered, rate(total.other.bannered, total.other.pages) ?? '-']);
  rows.push(['total', 'yes', total.story.pages, total.story.articles, total.story.bannered, rate(total.story.bannered, total.story.pages) ?? '-']);
  const pages = total.story.pages + total.other.pages;
  console.log(`stories: ${pages} labelled pages from ${files.join(' ')}${split ? ` (${split} lines)` : ''}; ${skipped} unlabelled or unsure skipped`);
  console.log(`now = ${NOW.toISOString()}, default settings (banner past ${DEFAULT_SETTINGS.thresholdMonths} months, judged by ${DEFAULT_SETTINGS.judgeBy})`);
  console.log(formatTable(rows));
  const falseRate = rate(total.other.bannered, total.other.pages);
  const storyRate = rate(total.story.bannered, total.story.pages);
  console.log(`false-banner rate on non-stories: ${falseRate ?? '-'}; banner rate on stories: ${storyRate ?? '-'}`);
  console.log(JSON.stringify({
    task: 'stories',
    pages,
    non_stories: total.other.pages,
    false_banner_rate: falseRate,
    stories: total.story.pages,
    story_banner_rate: storyRate,
  }));
}
