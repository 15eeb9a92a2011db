/**
 * `npm run --silent eval -- quotes FILE.jsonl.gz... [--entities] [--two-apostrophes] [--half A|B] [--ranker FILE|none] [--dump FILE.jsonl]`
 *
 * Scores lib/quotes against PolNeAR-derived gold. A predicted quote matches a gold quote when
 * their spans overlap with IoU ≥ 0.5 (one-to-one, greedy, best IoU first). A matched quote is
 * rightly attributed when the predicted speaker mention overlaps a gold speaker span.
 * Quote+speaker scores follow DESIGN.md: a true positive is a quote both matched and rightly
 * attributed; precision is over every predicted quote (one left unattributed counts against
 * it), recall over all gold quotes. These are the figures in the JSON summary line. The table
 * also shows, labelled "attributed only", precision over just the quotes given a speaker —
 * a diagnostic, not the metric.
 *
 * --entities        also run lib/entities and pass its entities to extractQuotes.
 * --two-apostrophes read '' as a quotation mark (off in the product; see SegmentOptions).
 * --dump F          write every miss, false alarm and wrong speaker to F (JSON lines), for study.
 * --half A|B        only the documents at even (A) or odd (B) positions of each file, counted
 *                   from 0: two fixed halves, to develop rules on one and check them on the other.
 * --ranker F|none   the speaker ranker to use: a model file written by scripts/train-quotes.ts,
 *                   or `none` for the hand rules alone (default: the shipped lib/quotes/ranker.json).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import type { Entity, Span } from '../../lib/types.ts';
import { extractQuotes } from '../../lib/story/quotes/index.ts';
import { greedyMatch } from '../../lib/story/greedy-match.ts';
import { loadRanker, type LoadedRanker, type RankerModel } from '../../lib/story/quotes/ranker.ts';
import { choiceOption, toolArgs, usageError } from '../lib/args.ts';
import { readJsonLines } from '../lib/jsonl.ts';
import { median, prf, round } from '../lib/stats.ts';
import { formatTable } from '../lib/table.ts';

interface GoldQuote extends Span {
  text: string;
  pure: boolean;
  speaker: (Span & { text: string })[];
}

interface Doc {
  id: string;
  source_dataset: string;
  text: string;
  quotes: GoldQuote[];
}

interface Counts {
  docs: number;
  gold: number;
  predicted: number;
  matched: number;
  right: number;
  attributed: number;
  matchedAttributed: number;
}

type EntityFinder = (text: string) => Entity[];

const emptyCounts = (): Counts => ({ docs: 0, gold: 0, predicted: 0, matched: 0, right: 0, attributed: 0, matchedAttributed: 0 });

function iou(a: Span, b: Span): number {
  const inter = Math.min(a.end, b.end) - Math.max(a.start, b.start);
  if (inter <= 0) return 0;
  return inter / (Math.max(a.end, b.end) - Math.min(a.start, b.start));
}

/** The spans share at least one character (a speaker is right when it overlaps a gold one). */
export const overlaps = (a: Span, b: Span) => Math.min(a.end, b.end) > Math.max(a.start, b.start);

/** Greedy one-to-one matching, best IoU first; returns gold index per predicted index. */
export function matchSpans(predicted: readonly Span[], gold: readonly Span[]): Map<number, number> {
  return greedyMatch(predicted, gold, (p, g) => {
    const v = iou(p, g);
    return v >= 0.5 ? v : null;
  });
}

async function loadEntityFinder(): Promise<EntityFinder> {
  const mod = await import('../../lib/story/entities/index.ts') as {
    recognizeEntities(text: string): unknown[];
    groupEntities(text: string, mentions: unknown[]): Entity[];
  };
  return (text) => mod.groupEntities(text, mod.recognizeEntities(text));
}

export async function run(args: string[]): Promise<void> {
  const usage = 'usage: npm run --silent eval -- quotes FILE.jsonl.gz... [--entities] [--two-apostrophes] [--half A|B] [--ranker FILE|none] [--dump FILE.jsonl]';
  const { values, positionals: files } = toolArgs(usage, args, {
    entities: { type: 'boolean' },
    'two-apostrophes': { type: 'boolean' },
    dump: { type: 'string' },
    half: { type: 'string' },
    ranker: { type: 'string' },
  });
  if (files.length === 0) usageError(usage);
  const withEntities = values.entities ?? false;
  const twoApostrophes = values['two-apostrophes'] ?? false;
  const dumpFile = values.dump ?? null;
  const halfName = choiceOption(usage, 'half', values.half, ['A', 'B'] as const);
  const half = halfName === undefined ? null : halfName === 'A' ? 0 : 1;
  // No --ranker: the shipped ranker (undefined); `none`: the hand rules alone (null).
  let ranker: LoadedRanker | null | undefined;
  let rankerName = 'shipped ranker';
  if (values.ranker !== undefined) {
    rankerName = values.ranker === 'none' ? 'rules only' : `ranker ${values.ranker}`;
    ranker = values.ranker === 'none' ? null : loadRanker(JSON.parse(readFileSync(values.ranker, 'utf8')) as RankerModel);
  }
  const findEntities = withEntities ? await loadEntityFinder() : null;

  const bySource = new Map<string, Counts>();
  const total = emptyCounts();
  const byRule = new Map<string, { predicted: number; matched: number; right: number }>();
  const entityTimes: number[] = [];
  const scored: { text: string; entities: Entity[] | undefined }[] = [];
  const linking = { attributed: 0, linked: 0, pronouns: 0, pronounsLinked: 0 };
  const dump: unknown[] = [];

  for (const file of files) {
    let position = -1;
    for await (const doc of readJsonLines<Doc>(file)) {
      position++;
      if (half !== null && position % 2 !== half) continue;
      let entities: Entity[] | undefined;
      if (findEntities) {
        const t0 = performance.now();
        entities = findEntities(doc.text);
        entityTimes.push(performance.now() - t0);
      }
      const predicted = extractQuotes(doc.text, entities, { twoApostrophes, ranker });
      scored.push({ text: doc.text, entities });

      for (const q of predicted) {
        if (!q.speaker) continue;
        const pronoun = /^(?:he|she|they|it|i|we|who|which)$/i.test(q.speaker.text.trim());
        linking.attributed++;
        if (q.speakerEntityId) linking.linked++;
        if (pronoun) linking.pronouns++;
        if (pronoun && q.speakerEntityId) linking.pronounsLinked++;
      }
      const counts = bySource.get(doc.source_dataset) ?? emptyCounts();
      bySource.set(doc.source_dataset, counts);
      const match = matchSpans(predicted, doc.quotes);
      const matchedGold = new Set(match.values());
      for (const c of [counts, total]) {
        c.docs++;
        c.gold += doc.quotes.length;
        c.predicted += predicted.length;
      }
      predicted.forEach((q, i) => {
        const j = match.get(i);
        const gold = j === undefined ? undefined : doc.quotes[j]!;
        const right = !!(gold && q.speaker && gold.speaker.some((s) => overlaps(s, q.speaker!)));
        const rule = q.rule ?? 'none';
        const r = byRule.get(rule) ?? { predicted: 0, matched: 0, right: 0 };
        byRule.set(rule, r);
        r.predicted++;
        for (const c of [counts, total]) {
          if (q.speaker) c.attributed++;
          if (gold) c.matched++;
          if (gold && q.speaker) c.matchedAttributed++;
          if (right) c.right++;
        }
        if (gold) r.matched++;
        if (right) r.right++;
        if (dumpFile && !right) {
          dump.push({
            id: doc.id, kind: gold ? 'wrong-speaker' : 'false-alarm', rule,
            quote: q.text.slice(0, 160), speaker: q.speaker?.text ?? null,
            gold: gold ? { text: gold.text.slice(0, 160), speaker: gold.speaker.map((s) => s.text) } : null,
            context: context(doc.text, gold ?? q),
          });
        }
      });
      if (dumpFile) {
        doc.quotes.forEach((g, j) => {
          if (!matchedGold.has(j)) {
            dump.push({ id: doc.id, kind: 'miss', quote: g.text.slice(0, 160), gold: { speaker: g.speaker.map((s) => s.text) }, context: context(doc.text, g) });
          }
        });
      }
    }
  }

  const rows = (f: (name: string, c: Counts) => (string | number)[]) =>
    [...[...bySource.entries()].map(([n, c]) => f(n, c)), ...(bySource.size > 1 ? [f('total', total)] : [])];

  const variant = [
    withEntities ? 'with lib/entities' : 'text only', rankerName, twoApostrophes ? "'' read as quotation marks" : '',
    half === null ? '' : `half ${half === 0 ? 'A (even positions)' : 'B (odd positions)'}`,
  ].filter(Boolean).join(', ');
  console.log(`quotes (${variant}): ${files.join(', ')}\n`);
  console.log('Detection (IoU ≥ 0.5, one-to-one)');
  console.log(formatTable([
    ['dataset', 'docs', 'gold', 'predicted', 'matched', 'precision', 'recall', 'f1'],
    ...rows((n, c) => {
      const d = prf(c.matched, c.predicted, c.gold);
      return [n, c.docs, c.gold, c.predicted, c.matched, d.precision, d.recall, d.f1];
    }),
  ]));
  console.log('\nAttribution (speaker mention overlaps a gold speaker span)');
  console.log(formatTable([
    ['dataset', 'matched', 'attributed', 'right', 'acc|matched', 'acc|attributed'],
    ...rows((n, c) => [n, c.matched, c.matchedAttributed, c.right, c.matched ? c.right / c.matched : 0,
      c.matchedAttributed ? c.right / c.matchedAttributed : 0]),
  ]));
  console.log('\nQuote+speaker (DESIGN.md: matched and rightly attributed; precision over all predicted quotes)');
  console.log(formatTable([
    ['dataset', 'predicted', 'right', 'precision', 'recall', 'f1', 'attributed', 'precision (attributed only)', 'f1 (attributed only)'],
    ...rows((n, c) => {
      const q = quoteSpeaker(c);
      const a = prf(c.right, c.attributed, c.gold);
      return [n, c.predicted, c.right, q.precision, q.recall, q.f1, c.attributed, a.precision, a.f1];
    }),
  ]));
  console.log('(attributed only = precision over the predicted quotes given a speaker; a diagnostic, not the metric)');
  console.log('\nBy attribution rule');
  console.log(formatTable([
    ['rule', 'predicted', 'matched', 'right', 'right/predicted'],
    ...[...byRule.entries()].sort((a, b) => b[1].predicted - a[1].predicted)
      .map(([rule, r]) => [rule, r.predicted, r.matched, r.right, r.predicted ? r.right / r.predicted : 0]),
  ]));

  if (withEntities) {
    console.log(`\nLinked to an entity: ${linking.linked} of ${linking.attributed} attributed quotes` +
      ` (pronoun speakers: ${linking.pronounsLinked} of ${linking.pronouns}); no gold for links, so not scored`);
  }

  // Timing is a second pass over the same articles: the scoring pass above warmed the JIT,
  // so the figure is the steady per-article cost, not one-off compilation.
  const times = scored.map(({ text, entities }) => {
    const t0 = performance.now();
    extractQuotes(text, entities, { twoApostrophes, ranker });
    return performance.now() - t0;
  });
  const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / (xs.length || 1);
  console.log(`\nTime: ${mean(times).toFixed(2)} ms per article (median ${median(times).toFixed(2)} ms, max ${Math.max(...times).toFixed(1)} ms)` +
    (entityTimes.length ? `; lib/entities adds ${mean(entityTimes).toFixed(2)} ms per article` : ''));
  if (dumpFile) {
    writeFileSync(dumpFile, dump.map((d) => JSON.stringify(d)).join('\n') + '\n');
    console.log(`Errors written to ${dumpFile} (${dump.length} lines)`);
  }
  const det = prf(total.matched, total.predicted, total.gold);
  const qs = quoteSpeaker(total);
  console.log(JSON.stringify({
    task: 'quotes', docs: total.docs, detection_f1: round(det.f1), quote_speaker_f1: round(qs.f1),
    precision: round(qs.precision), recall: round(qs.recall), ms_per_doc: round(mean(times), 2),
  }));
}

/** Quote+speaker P/R/F1 as DESIGN.md defines it: unattributed predictions count as predicted. */
export function quoteSpeaker(c: { right: number; predicted: number; gold: number }) {
  return prf(c.right, c.predicted, c.gold);
}

function context(text: string, span: Span): string {
  return text.slice(Math.max(0, span.start - 200), Math.min(text.length, span.end + 150));
}
