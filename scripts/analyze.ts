/**
 * `npm run analyze -- [FILE.html|URL] [--json] [--now YYYY-MM-DD]`
 * Prints what the banner and the popup would show for a saved page or a URL, with the
 * same lib/ code the extension runs. With no page, analyzes the bundled sample story.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { toolArgs, usageError } from './lib/args.ts';
import { parseHtml } from './lib/dom.ts';
import { analyzePage } from '../lib/story/analyze.ts';
import { groupBySource, mergeQuotesAndStatements } from '../lib/story/who-said-what.ts';
import { decideBanner, storyAge } from '../lib/page/banner-decision.ts';
import { DEFAULT_SETTINGS } from '../lib/settings.ts';
import { formatAgeAmount, formatDay } from '../lib/format.ts';
import type { ArticleAnalysis, EntityType } from '../lib/types.ts';

// The sample story the extension ships for its welcome page (the project's seed story).
const SAMPLE = join(process.cwd(), 'public', 'sample-article.html');
const SAMPLE_URL = 'https://www.vice.com/en/article/ice-arrests-nearly-500-people-in-operation-safe-city';

const USAGE = 'usage: npm run analyze -- [FILE.html|URL] [--json] [--now YYYY-MM-DD]';

function readArgs(argv: string[]) {
  const { values, positionals } = toolArgs(USAGE, argv, { json: { type: 'boolean' }, now: { type: 'string' } });
  if (positionals.length > 1) usageError(USAGE, `one page at a time, got ${positionals.length}`);
  let now = new Date();
  if (values.now !== undefined) {
    const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(values.now);
    if (!match) usageError(USAGE, `--now wants YYYY-MM-DD, got "${values.now}"`);
    now = new Date(Number(match[1]), Number(match[2]) - 1, Number(match[3]), 12);
  }
  return { source: positionals[0] ?? '', json: values.json ?? false, now };
}

async function load(source: string): Promise<{ html: string; url: string }> {
  if (!source) return { html: readFileSync(SAMPLE, 'utf8'), url: SAMPLE_URL };
  if (/^https?:\/\//.test(source)) {
    const response = await fetch(source, { headers: { 'user-agent': 'Mozilla/5.0 (Backstory analyze)' } });
    if (!response.ok) throw new Error(`${source}: HTTP ${response.status}`);
    return { html: await response.text(), url: response.url || source };
  }
  return { html: readFileSync(source, 'utf8'), url: `file://${source}` };
}

function report(analysis: ArticleAnalysis, now: Date): string {
  const lines: string[] = [];
  const look = { verdict: { isArticle: analysis.isArticle, signals: analysis.signals }, dates: analysis.dates };
  const banner = decideBanner(look, DEFAULT_SETTINGS, { host: '', dismissed: false, now });
  const age = storyAge(look, 'published', now);
  lines.push(`Article: ${analysis.isArticle ? 'yes' : 'no'} (${analysis.signals.join(', ') || 'no signals'})`);
  lines.push(`Banner:  ${banner ? `This story is over ${formatAgeAmount(banner.age, 'en')} old` : 'none'}`);
  const { published, updated } = analysis.dates;
  if (published) lines.push(`         Published ${formatDay(published.day, 'en-GB')} · ${published.source}: ${published.detail}`);
  if (updated) lines.push(`         Updated ${formatDay(updated.day, 'en-GB')} · ${updated.source}: ${updated.detail}`);
  if (age && !banner) lines.push(`         (age ${formatAgeAmount(age.age, 'en')}: under the ${DEFAULT_SETTINGS.thresholdMonths}-month threshold)`);
  lines.push('', `Title:   ${analysis.title}`);
  lines.push(`Site:    ${analysis.siteName ?? '-'}   Byline: ${analysis.byline ?? '-'}   Language: ${analysis.lang ?? '-'}`);
  lines.push(`Length:  ${analysis.wordCount} words, ${analysis.readingMinutes} min read`);
  if (!analysis.languageSupported) lines.push('', 'Names and quotes: not read (the story is not in English)');
  const sections: [string, EntityType][] = [['People', 'PER'], ['Organizations', 'ORG'], ['Places', 'LOC'], ['Other names', 'MISC']];
  for (const [title, type] of sections) {
    const entities = analysis.entities.filter((e) => e.type === type);
    if (!entities.length) continue;
    lines.push('', title);
    for (const e of entities) {
      const role = e.role ? ` — ${e.role}` : '';
      const aliases = e.aliases.length ? ` (also ${e.aliases.map((a) => `“${a}”`).join(', ')})` : '';
      lines.push(`- ${e.name}${role}${aliases}${e.count > 1 ? ` ×${e.count}` : ''}`);
    }
  }
  // Who said what, as the popup lists it (lib/story/who-said-what.ts): each quote once, by source.
  const said = mergeQuotesAndStatements(analysis.quotes, analysis.attributions ?? []);
  if (said.length) lines.push('', `Who said what (${said.length}; ${analysis.quotes.length} quotes)`);
  for (const group of groupBySource(said, analysis.entities)) {
    lines.push(`- ${group.name ?? 'unattributed'} (${group.statements.length})`);
    for (const s of group.statements) {
      const text = s.text.length > 160 ? `${s.text.slice(0, 157)}…` : s.text;
      lines.push(s.kind === 'direct' ? `    “${text}”` : `    ${s.cue ? `[${s.cue.text}] ` : ''}${text}`);
    }
  }
  return lines.join('\n');
}

const args = readArgs(process.argv.slice(2));
const { html, url } = await load(args.source);
const doc = parseHtml(html, url.startsWith('file://') ? undefined : url);
const analysis = analyzePage(doc, { url, now: args.now, force: true });
console.log(args.json ? JSON.stringify(analysis, null, 2) : report(analysis, args.now));
