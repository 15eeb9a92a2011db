/**
 * `npm run --silent eval -- attributions FILE.jsonl.gz... [--half A|B] [--model FILE] [--dump FILE]`
 *
 * Scores lib/story/attributions against PolNeAR attributions (DESIGN.md, "attributions"; the
 * measures are defined in lib/story/attributions/score.ts): content detection P/R/F1 at
 * character IoU ≥ 0.5, content+source, exact content, cue and source span F1, split by
 * direct / mixed / indirect content, and milliseconds per article for the whole extraction
 * (text in, attributions with resolved sources out; no entities).
 *
 * --half A|B   only the documents at even (A) or odd (B) positions of each file.
 * --model F    a model written by scripts/train-attributions.ts (default: the shipped one).
 * --chooser F  a chooser written by scripts/train-attribution-chooser.ts (default: the shipped one).
 * --forward-only  the forward tagger's attributions, no chooser (as before it).
 * --dump F     write misses, false alarms and wrong sources to F (JSON lines), for study.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import { extractAttributions } from '../../lib/story/attributions/index.ts';
import type { Chooser } from '../../lib/story/attributions/choose.ts';
import { loadAttributionModel, type SerializedAttributionModel } from '../../lib/story/attributions/model.ts';
import { addCounts, emptyCounts, KINDS, scoreDocument, type Counts, type ScoredAttribution } from '../../lib/story/attributions/score.ts';
import { readJsonLines } from '../lib/jsonl.ts';
import { f1Of, prf, round } from '../lib/stats.ts';
import { formatTable } from '../lib/table.ts';

interface Doc {
  id: string;
  source_dataset: string;
  text: string;
  attributions: ScoredAttribution[];
}

const mean = (xs: readonly number[]) => (xs.length ? xs.reduce((a, b) => a + b, 0) / xs.length : 0);

export async function run(args: string[]): Promise<void> {
  const { values, positionals: files } = parseArgs({
    args,
    allowPositionals: true,
    options: { half: { type: 'string' }, model: { type: 'string' }, dump: { type: 'string' }, chooser: { type: 'string' }, 'forward-only': { type: 'boolean', default: false } },
  });
  if (files.length === 0 || (values.half && values.half !== 'A' && values.half !== 'B')) {
    console.error('usage: npm run --silent eval -- attributions FILE.jsonl.gz... [--half A|B] [--model FILE] [--chooser FILE | --forward-only] [--dump FILE.jsonl]');
    process.exit(2);
  }
  const half = values.half === 'A' ? 0 : values.half === 'B' ? 1 : null;
  const model = values.model ? loadAttributionModel(JSON.parse(readFileSync(values.model, 'utf8')) as SerializedAttributionModel) : undefined;
  const chooser = values['forward-only'] ? null : values.chooser ? (JSON.parse(readFileSync(values.chooser, 'utf8')) as Chooser) : undefined;
  const options = { ...(model ? { model } : {}), ...(chooser !== undefined ? { chooser } : {}) };
  const total = emptyCounts();
  const times: number[] = [];
  const dump: unknown[] = [];
  let docs = 0;
  for (const file of files) {
    let position = -1;
    for await (const doc of readJsonLines<Doc>(file)) {
      position++;
      if (half !== null && position % 2 !== half) continue;
      docs++;
      const t0 = performance.now();
      const found = extractAttributions(doc.text, undefined, options);
      times.push(performance.now() - t0);
      const predicted: ScoredAttribution[] = found.map((a) => ({ content: a.parts, cue: a.cue ? [a.cue] : [], source: a.source ? [a.source] : [] }));
      const { counts, pairs } = scoreDocument(doc.text, doc.attributions, predicted);
      addCounts(total, counts);
      if (values.dump) collectErrors(doc, predicted, pairs, dump);
    }
  }
  printTables(total);
  console.log(`\nTime: ${mean(times).toFixed(2)} ms per article (max ${Math.max(...times).toFixed(1)} ms) over ${docs} articles`);
  if (values.dump) writeFileSync(values.dump, dump.map((d) => JSON.stringify(d)).join('\n') + '\n');
  const f = (right: number, p: number, g: number) => round(prf(right, p, g).f1);
  console.log(JSON.stringify({
    task: 'attributions', docs,
    content_f1: f(total.matched, total.predicted, total.gold),
    content_source_f1: f(total.sourceRight, total.predicted, total.gold),
    exact_content_f1: f(total.exact, total.predicted, total.gold),
    source_f1: f(total.rightSources, total.predictedSources, total.goldSources),
    cue_f1: f(total.rightCues, total.predictedCues, total.goldCues),
    ms_per_doc: round(mean(times), 2),
  }));
}

function printTables(c: Counts): void {
  const row = (name: string, right: number, p: number, g: number) => {
    const m = prf(right, p, g);
    return [name, g, p, right, m.precision, m.recall, m.f1];
  };
  console.log(formatTable([
    ['measure', 'gold', 'predicted', 'right', 'P', 'R', 'F1'],
    row('content (IoU ≥ 0.5)', c.matched, c.predicted, c.gold),
    row('content+source', c.sourceRight, c.predicted, c.gold),
    row('exact content', c.exact, c.predicted, c.gold),
    row('cue (exact span)', c.rightCues, c.predictedCues, c.goldCues),
    row('source (exact span)', c.rightSources, c.predictedSources, c.goldSources),
  ]));
  console.log('\nBy kind of content (recall by the gold kind, precision by the predicted kind):');
  console.log(formatTable([
    ['kind', 'gold', 'predicted', 'P', 'R', 'F1', 'source right / matched'],
    ...KINDS.map((k) => {
      const b = c.byKind[k];
      // Precision counts the predictions of this kind that matched, recall the gold ones.
      const precision = b.predicted ? b.matchedPredicted / b.predicted : 0;
      const recall = b.gold ? b.matchedGold / b.gold : 0;
      return [k, b.gold, b.predicted, precision, recall, f1Of(precision, recall), b.matchedGold ? b.sourceRightGold / b.matchedGold : 0];
    }),
  ]));
}

function collectErrors(doc: Doc, predicted: ScoredAttribution[], pairs: Map<number, number>, dump: unknown[]): void {
  const show = (spans: readonly { start: number; end: number }[]) => spans.map((s) => doc.text.slice(s.start, s.end)).join(' … ');
  const matchedGold = new Set(pairs.values());
  predicted.forEach((p, i) => {
    const j = pairs.get(i);
    if (j === undefined) dump.push({ id: doc.id, error: 'false alarm', content: show(p.content), cue: show(p.cue), source: show(p.source) });
    else {
      const g = doc.attributions[j]!;
      const right = (p.source.length === 0 && g.source.length === 0) || p.source.some((s) => g.source.some((t) => Math.min(s.end, t.end) > Math.max(s.start, t.start)));
      if (!right) dump.push({ id: doc.id, error: 'wrong source', content: show(g.content), source: show(p.source), gold: show(g.source) });
      if (show(p.content).trim() !== show(g.content).trim()) dump.push({ id: doc.id, error: 'boundary', content: show(p.content), gold: show(g.content) });
    }
  });
  doc.attributions.forEach((g, j) => {
    if (!matchedGold.has(j)) dump.push({ id: doc.id, error: 'miss', content: show(g.content), cue: show(g.cue), source: show(g.source) });
  });
}
