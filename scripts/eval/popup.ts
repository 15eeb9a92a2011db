/**
 * `npm run --silent eval -- popup FILE.jsonl.gz... [--errors]`
 *
 * Runs the popup's own analysis (`analyzePage` on the page's HTML, as the extension does)
 * over popup-gold lines (`{id, url, source_dataset, html, gold}`, see DESIGN.md "Popup gold")
 * and scores what the reader sees (DESIGN.md "Metrics", popup): entities one entry per
 * entity, typed, one-to-one greedy in the popup's order; quotes by word-set overlap; the
 * shown speaker. Prints per dataset and in total; `--errors` lists every error by story.
 * Last line: one JSON object with the figures.
 */
import { toolArgs, usageError } from '../lib/args.ts';
import { parseHtml } from '../lib/dom.ts';
import { readJsonLines } from '../lib/jsonl.ts';
import { prf, round } from '../lib/stats.ts';
import { formatTable } from '../lib/table.ts';
import { analyzePage } from '../../lib/story/analyze.ts';
import { entryShowing, mergeQuotesAndStatements } from '../../lib/story/who-said-what.ts';
import type { ArticleAnalysis, Quote } from '../../lib/types.ts';
import {
  addCounts, emptyCounts, ENTITY_TYPES, popupOrder, scoreStory, summarize,
  type GoldPopup, type PopupCounts, type PopupError,
} from './popup-score.ts';

interface PopupLine {
  id: string;
  url?: string | null;
  source_dataset?: string;
  html: string;
  gold: GoldPopup;
}

/** The popup's view of an analysis: entries in section order, quotes with their shown speaker. */
function popupView(analysis: ArticleAnalysis) {
  const entities = popupOrder(analysis.entities).map((e) => ({ name: e.name, type: e.type, aliases: e.aliases }));
  // The popup lists quotes in who said what (lib/story/who-said-what.ts), under the source its entry names.
  const said = mergeQuotesAndStatements(analysis.quotes, analysis.attributions ?? []);
  const quotes = analysis.quotes.map((q: Quote) => ({ text: q.text, speaker: entryShowing(q, said)?.sourceName ?? q.speakerName }));
  return { entities, quotes };
}

// The day the stories are read: fixed, so that runs are comparable (dates do not affect names).
const NOW = new Date(2026, 11, 1, 12);

export async function run(argv: string[]): Promise<void> {
  const usage = 'usage: npm run --silent eval -- popup FILE.jsonl.gz... [--errors]   (--errors: every error, by story)';
  const { values, positionals: files } = toolArgs(usage, argv, { errors: { type: 'boolean', default: false } });
  if (files.length === 0) usageError(usage);
  const byDataset = new Map<string, PopupCounts>();
  const total = emptyCounts();
  const errorsByStory: { id: string; errors: PopupError[] }[] = [];
  for (const file of files) {
    for await (const line of readJsonLines<PopupLine>(file)) {
      const url = line.url ?? 'https://example.invalid/';
      let analysis: ArticleAnalysis | null = null;
      try {
        analysis = analyzePage(parseHtml(line.html, url), { url, now: NOW, force: true });
      } catch (error) {
        console.error(`${line.id}: analysis failed: ${String(error)}`);
      }
      const view = analysis ? popupView(analysis) : { entities: [], quotes: [] };
      const { counts, errors } = scoreStory(view.entities, view.quotes, line.gold);
      const dataset = line.source_dataset ?? file;
      const c = byDataset.get(dataset) ?? emptyCounts();
      byDataset.set(dataset, c);
      addCounts(c, counts);
      addCounts(total, counts);
      errorsByStory.push({ id: line.id, errors });
    }
  }

  const groups: [string, PopupCounts][] = [...byDataset.entries()];
  if (groups.length > 1) groups.push(['total', total]);
  console.log(`popup: ${total.stories} stories, ${files.join(' ')}\n`);
  console.log('Entities (one entry per entity, typed; one-to-one, greedy in the popup\'s order)');
  console.log(formatTable([
    ['dataset', 'stories', 'gold', 'listed', 'matched', 'P', 'R', 'F1', 'junk', 'wrong type', 'split', 'missed', 'junk rate'],
    ...groups.map(([name, c]) => {
      const s = summarize(c);
      return [name, c.stories, c.gold, c.listed, c.matched, s.entity.precision, s.entity.recall, s.entity.f1, c.junk, c.wrongType, c.split, c.missed, s.junkRate];
    }),
  ]));
  console.log('\nBy type (total)');
  console.log(formatTable([
    ['type', 'gold', 'listed', 'matched', 'P', 'R', 'F1'],
    ...ENTITY_TYPES.map((t) => {
      const b = total.byType[t];
      const m = prf(b.matched, b.listed, b.gold);
      return [t, b.gold, b.listed, b.matched, m.precision, m.recall, m.f1];
    }),
  ]));
  console.log('\nQuotes (word sets overlap ≥ 0.6 of the smaller and ≥ 0.4 of the larger; one-to-one)');
  console.log(formatTable([
    ['dataset', 'gold', 'listed', 'matched', 'P', 'R', 'F1', 'right speaker', 'speaker acc', 'quote+speaker P', 'R', 'F1'],
    ...groups.map(([name, c]) => {
      const s = summarize(c);
      return [name, c.quotes.gold, c.quotes.listed, c.quotes.matched, s.quote.precision, s.quote.recall, s.quote.f1,
        c.quotes.rightSpeaker, s.speakerAccuracy, s.quoteSpeaker.precision, s.quoteSpeaker.recall, s.quoteSpeaker.f1];
    }),
  ]));

  if (values.errors) {
    console.log('\nErrors by story');
    for (const { id, errors } of errorsByStory) {
      if (!errors.length) continue;
      console.log(`\n${id}`);
      for (const e of errors) console.log(`  ${describe(e)}`);
    }
  }

  const s = summarize(total);
  console.log(JSON.stringify({
    task: 'popup', stories: total.stories,
    entity_f1: round(s.entity.f1), entity_precision: round(s.entity.precision), entity_recall: round(s.entity.recall),
    junk_rate: round(s.junkRate), split_rate: round(s.splitRate),
    quote_f1: round(s.quote.f1), quote_speaker_f1: round(s.quoteSpeaker.f1),
  }));
}

function describe(e: PopupError): string {
  switch (e.kind) {
    case 'junk': return `junk        ${e.type} ${e.text}`;
    case 'wrong-type': return `wrong type  ${e.type} ${e.text}  (gold: ${e.gold})`;
    case 'split': return `split       ${e.type} ${e.text}  (already listed as ${e.gold})`;
    case 'missed': return `missed      ${e.type} ${e.text}`;
    case 'quote-false-alarm': return `quote false alarm  “${e.text}” — ${e.shown ?? 'no speaker'}`;
    case 'quote-missed': return `quote missed       “${e.text}” — ${e.gold}`;
    case 'wrong-speaker': return `wrong speaker      “${e.text}” — shown ${e.shown ?? 'no speaker'}, gold ${e.gold}`;
  }
}
