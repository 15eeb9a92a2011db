/**
 * `npx tsx scripts/train-quotes.ts [options]` — trains the quote speaker ranker
 * (lib/story/quotes/ranker.ts) on PolNeAR-derived gold and writes lib/story/quotes/ranker.json.
 *
 * For every quote the hand rules find in a training document and the eval matches to a gold
 * quote, the candidates (lib/story/quotes/candidates.ts) that overlap a gold speaker span are the
 * right answers. The model is a log-linear ranker (softmax over the quote's candidates, L2
 * penalty), fitted by full-batch gradient descent with Adam from zero weights: no randomness,
 * so the same data and options give the same file, byte for byte.
 *
 * Options:
 *   --train FILE      training data (default ../shared/data/quotes/polnear-train.jsonl.gz, or under $BACKSTORY_DATA)
 *   --half A|B        train on one fixed half only (even / odd positions, as `eval --half`)
 *   --check A|B       also score the ranker against the rules on that half of --train (for tuning)
 *   --iterations N    gradient steps (default 300)
 *   --l2 X            L2 penalty (default 0.001)
 *   --lr X            Adam step size (default 0.05)
 *   --min-count N     keep features seen in at least N training quotes (default 3)
 *   --threshold P     below this probability the ranker does not override the rules' pick (default 0.7)
 *   --new-threshold P below it, it does not attribute a quote the rules left unattributed (default 0.5)
 *   --drop-threshold P at or above this probability of "nobody" the rules' pick is dropped (default 2: never)
 *   --out FILE        where to write the model (default lib/story/quotes/ranker.json; "-" = don't)
 *
 * The shipped model: `npx tsx scripts/train-quotes.ts` (all of polnear-train, default options,
 * which were chosen by training on --half A and checking on --half B). polnear-dev is never
 * read here.
 */
import { writeFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { choiceOption, numberOption, toolArgs } from './lib/args.ts';
import { findQuotes } from '../lib/story/quotes/index.ts';
import { chooseSpeaker, loadRanker, rankCandidates, type RankerModel } from '../lib/story/quotes/ranker.ts';
import type { Candidate } from '../lib/story/quotes/candidates.ts';
import type { Span } from '../lib/types.ts';
import { readJsonLines } from './lib/jsonl.ts';
import { matchSpans, overlaps } from './eval/quotes.ts';

/** A document in the gold format (see DESIGN.md, data/quotes). */
export interface GoldDoc {
  id: string;
  text: string;
  quotes: { start: number; end: number; speaker: Span[] }[];
}

/** One matched quote: its candidates and which of them overlap a gold speaker. */
export interface Instance {
  candidates: Candidate[];
  right: boolean[];
  /** Index of the rules' pick, or -1. */
  pick: number;
}

export interface TrainOptions {
  iterations: number;
  l2: number;
  lr: number;
  minCount: number;
  threshold: number;
  newThreshold: number;
  dropThreshold: number;
}

export const DEFAULTS: TrainOptions = { iterations: 300, l2: 0.001, lr: 0.05, minCount: 3, threshold: 0.7, newThreshold: 0.5, dropThreshold: 2 };

/** The matched quotes of `docs` with their candidates (quotes the rules find but gold lacks are skipped). */
export function collectInstances(docs: readonly GoldDoc[]): Instance[] {
  const out: Instance[] = [];
  for (const doc of docs) {
    const found = findQuotes(doc.text);
    const cands = found.candidates();
    const match = matchSpans(found.quotes, doc.quotes);
    found.quotes.forEach((_, i) => {
      const j = match.get(i);
      const c = cands[i];
      if (j === undefined || !c) return;
      const gold = doc.quotes[j]!.speaker;
      const right = c.map((x) => !x.none && gold.some((g) => overlaps(g, x)));
      // "Nobody" is right when no candidate is (also when the gold quote has no speaker).
      const none = c.findIndex((x) => x.none);
      if (none >= 0) right[none] = !right.some(Boolean);
      out.push({ candidates: c, right, pick: c.findIndex((x) => x.pick) });
    });
  }
  return out;
}

/** Trains the ranker on `instances` (each has a right candidate: "nobody" when no other is). */
export function trainRanker(instances: readonly Instance[], opts: TrainOptions): RankerModel {
  // Feature vocabulary: features seen in at least minCount quotes, in first-seen order.
  const seen = new Map<string, number>();
  for (const x of instances) {
    const inQuote = new Set(x.candidates.flatMap((c) => c.features));
    for (const f of inQuote) seen.set(f, (seen.get(f) ?? 0) + 1);
  }
  const index = new Map<string, number>();
  for (const [f, n] of seen) if (n >= opts.minCount) index.set(f, index.size);
  const data = instances.map((x) => ({
    feats: x.candidates.map((c) => Int32Array.from(c.features.map((f) => index.get(f) ?? -1).filter((k) => k >= 0))),
    right: x.right,
  }));
  const n = index.size;
  const w = new Float64Array(n);
  const m = new Float64Array(n);
  const v = new Float64Array(n);
  const grad = new Float64Array(n);
  const b1 = 0.9;
  const b2 = 0.999;
  const N = data.length;
  for (let it = 1; it <= opts.iterations; it++) {
    for (let k = 0; k < n; k++) grad[k] = opts.l2 * w[k]!;
    for (const x of data) {
      const scores = x.feats.map((fs) => {
        let s = 0;
        for (const k of fs) s += w[k]!;
        return s;
      });
      const top = Math.max(...scores);
      const e = scores.map((s) => Math.exp(s - top));
      const z = e.reduce((a, b) => a + b, 0);
      const zr = e.reduce((a, b, i) => a + (x.right[i] ? b : 0), 0);
      x.feats.forEach((fs, i) => {
        const g = (e[i]! / z - (x.right[i] ? e[i]! / zr : 0)) / N;
        if (g === 0) return;
        for (const k of fs) grad[k]! += g;
      });
    }
    for (let k = 0; k < n; k++) {
      m[k] = b1 * m[k]! + (1 - b1) * grad[k]!;
      v[k] = b2 * v[k]! + (1 - b2) * grad[k]! * grad[k]!;
      const mh = m[k]! / (1 - b1 ** it);
      const vh = v[k]! / (1 - b2 ** it);
      w[k]! -= (opts.lr * mh) / (Math.sqrt(vh) + 1e-8);
    }
  }
  const weights: Record<string, number> = {};
  const names = [...index.keys()].sort();
  for (const f of names) {
    const x = Math.round(w[index.get(f)!]! * 1e4) / 1e4;
    if (x !== 0) weights[f] = x;
  }
  return {
    version: 1,
    threshold: opts.threshold,
    newThreshold: opts.newThreshold,
    dropThreshold: opts.dropThreshold,
    weights,
    trained: { quotes: instances.length, features: Object.keys(weights).length, ...opts },
  };
}

type Bins = { n: number; right: number }[];
const newBins = (): Bins => Array.from({ length: 10 }, () => ({ n: 0, right: 0 }));

/**
 * How the rules and a model do on `instances`: right speakers (a speaker overlapping a gold
 * one), and where the model's best candidate differs from the rules' pick, how often it is
 * right by its probability: `override` (the rules had a pick), `added` (they had none),
 * `dropped` (the model's best is "nobody": right when the pick was wrong).
 */
export function compare(model: RankerModel, instances: readonly Instance[]) {
  const loaded = loadRanker(model);
  let rules = 0;
  let ranker = 0;
  let fixed = 0;
  let broken = 0;
  let shown = 0;
  const bins = { override: newBins(), added: newBins(), dropped: newBins() };
  for (const x of instances) {
    const rulesRight = x.pick >= 0 && x.right[x.pick]!;
    if (rulesRight) rules++;
    const chosen = chooseSpeaker(loaded, x.candidates);
    const right = !!chosen && x.right[x.candidates.indexOf(chosen)]!;
    if (chosen) shown++;
    if (right) ranker++;
    if (right && !rulesRight) fixed++;
    if (!right && rulesRight) broken++;
    const r = rankCandidates(loaded, x.candidates);
    if (!r || r.best === x.candidates[x.pick]) continue;
    const which = r.best.none ? (x.pick >= 0 ? bins.dropped : null) : x.pick >= 0 ? bins.override : bins.added;
    if (!which) continue;
    const bin = which[Math.min(9, Math.floor(r.probability * 10))]!;
    bin.n++;
    if (r.best.none ? !rulesRight : x.right[x.candidates.indexOf(r.best)]) bin.right++;
  }
  return { quotes: instances.length, rules, ranker, fixed, broken, shown, bins };
}

/** Bins as "0.5:3/4" (right of n with probability in [0.5, 0.6)), empty bins left out. */
export const formatBins = (bins: Bins) => bins.map((b, i) => (b.n ? `${(i / 10).toFixed(1)}:${b.right}/${b.n}` : '')).filter(Boolean).join(' ');

export async function readDocs(file: string, half: 0 | 1 | null): Promise<GoldDoc[]> {
  const out: GoldDoc[] = [];
  let position = -1;
  for await (const doc of readJsonLines<GoldDoc>(file)) {
    position++;
    if (half === null || position % 2 === half) out.push(doc);
  }
  return out;
}

async function main(): Promise<void> {
  const usage = 'usage: npx tsx scripts/train-quotes.ts [--train FILE] [--half A|B] [--check A|B] [--iterations N] [--l2 X] [--lr X] [--min-count N] [--threshold P] [--new-threshold P] [--drop-threshold P] [--out FILE|-] (see the comment at the top of scripts/train-quotes.ts)';
  const { values } = toolArgs(usage, process.argv.slice(2), {
    train: { type: 'string' },
    half: { type: 'string' },
    check: { type: 'string' },
    iterations: { type: 'string' },
    l2: { type: 'string' },
    lr: { type: 'string' },
    'min-count': { type: 'string' },
    threshold: { type: 'string' },
    'new-threshold': { type: 'string' },
    'drop-threshold': { type: 'string' },
    out: { type: 'string' },
  });
  const halfOf = (name: string, h: string | undefined) => {
    const choice = choiceOption(usage, name, h, ['A', 'B'] as const);
    return choice === undefined ? null : choice === 'A' ? 0 : 1;
  };
  const file = values.train ?? `${process.env.BACKSTORY_DATA ?? '../shared/data'}/quotes/polnear-train.jsonl.gz`;
  if (/polnear-dev/.test(file)) throw new Error('polnear-dev is held out: never train on it');
  const half = halfOf('half', values.half);
  const check = halfOf('check', values.check);
  const num = (name: 'iterations' | 'l2' | 'lr' | 'min-count' | 'threshold' | 'new-threshold' | 'drop-threshold', fallback: number) =>
    numberOption(usage, name, values[name], fallback);
  const opts: TrainOptions = {
    iterations: num('iterations', DEFAULTS.iterations),
    l2: num('l2', DEFAULTS.l2),
    lr: num('lr', DEFAULTS.lr),
    minCount: num('min-count', DEFAULTS.minCount),
    threshold: num('threshold', DEFAULTS.threshold),
    newThreshold: num('new-threshold', DEFAULTS.newThreshold),
    dropThreshold: num('drop-threshold', DEFAULTS.dropThreshold),
  };
  const out = values.out ?? 'lib/story/quotes/ranker.json';
  const t0 = performance.now();
  const instances = collectInstances(await readDocs(file, half));
  console.error(`train: ${instances.length} matched quotes (${instances.filter((x) => x.right.some((r, i) => r && !x.candidates[i]!.none)).length} with a right candidate), ` +
    `${(instances.reduce((a, x) => a + x.candidates.length, 0) / instances.length).toFixed(1)} candidates each`);
  const model = trainRanker(instances, opts);
  model.trained = { data: file.replace(/^.*\//, ''), half: values.half ?? 'all', ...model.trained };
  console.error(`trained: ${Object.keys(model.weights).length} features in ${((performance.now() - t0) / 1000).toFixed(1)} s`);
  const report = (label: string, xs: Instance[]) => {
    const c = compare(model, xs);
    console.error(`${label}: ${c.quotes} matched quotes; right speakers: rules ${c.rules}, ranker ${c.ranker} ` +
      `(fixed ${c.fixed}, broken ${c.broken}; attributed ${c.shown})`);
    console.error(`  where the ranker's best is not the rules' pick, right/n by its probability:\n` +
      `    another speaker: ${formatBins(c.bins.override)}\n    a speaker where the rules have none: ${formatBins(c.bins.added)}\n` +
      `    nobody (right when the pick is wrong): ${formatBins(c.bins.dropped)}`);
  };
  report('training quotes', instances);
  if (check !== null) report(`check half ${check === 0 ? 'A' : 'B'}`, collectInstances(await readDocs(file, check)));
  if (out !== '-') {
    writeFileSync(out, JSON.stringify(model) + '\n');
    console.error(`wrote ${out}`);
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) await main();
