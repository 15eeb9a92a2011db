/**
 * `npx tsx scripts/train-attribution-chooser.ts --model-a FILE --model-b FILE [--train FILE] [--out FILE] [--l2 X] [--max-weights N] [--cross-check] [--help]`
 *
 * Trains the attribution chooser (lib/story/attributions/choose.ts, chooser.json): a logistic
 * model over the forward tagger's attributions predicting whether one's content matches a gold
 * content (character IoU ≥ 0.5, as score.ts matches).
 *
 * The candidates must come from taggers that did not see the text (the shipped ones trained on
 * all of train are over-confident there): --model-a and --model-b are whole stacked models
 * trained on the documents at even (A) and odd (B) positions of PolNeAR train, e.g.
 *
 *   zcat polnear-train.jsonl.gz | awk 'NR%2==1' | gzip > /tmp/trainA.jsonl.gz   (and NR%2==0: B)
 *   npm run train:attributions -- --train /tmp/trainA.jsonl.gz --out /tmp/modelA.json   (and B)
 *
 * and each tags the other half. The threshold maximises content+source F1 over those held-out
 * predictions (chosen, then transcript turns, as findAttributions does). --cross-check also
 * trains on each half's candidates and measures on the other's. polnear-dev is not read.
 * Deterministic: Newton's method from zero weights to convergence, ties broken by name.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { prepare } from '../lib/story/attributions/document.ts';
import { findCandidates } from '../lib/story/attributions/find.ts';
import { candidateFeatures, chooseAttributions, type CandidateAttribution, type Chooser } from '../lib/story/attributions/choose.ts';
import { loadAttributionModel, type SerializedAttributionModel } from '../lib/story/attributions/model.ts';
import { withTranscriptTurns } from '../lib/story/attributions/transcript.ts';
import type { RawAttribution } from '../lib/story/attributions/group.ts';
import { addCounts, emptyCounts, f1, scoreDocument, spansIoU, trimSpan, type ScoredAttribution } from '../lib/story/attributions/score.ts';
import { readJsonLines } from './lib/jsonl.ts';

const { values: opts } = parseArgs({
  options: {
    train: { type: 'string', default: '../shared/data/attributions/polnear-train.jsonl.gz' },
    'model-a': { type: 'string' },
    'model-b': { type: 'string' },
    out: { type: 'string', default: 'lib/story/attributions/chooser.json' },
    l2: { type: 'string', default: '60' },
    steps: { type: 'string', default: '20' },
    /** Cue words (or phrases) seen at least this often among the candidates get a weight of their own. */
    'min-cue': { type: 'string', default: '20' },
    /** Also train on each half's candidates and measure on the other's. */
    'cross-check': { type: 'boolean', default: false },
    /** Most weights of the content model (the largest of a first fit are kept and refitted). */
    'max-weights': { type: 'string', default: '250' },
    help: { type: 'boolean', short: 'h', default: false },
  },
});

if (opts.help || !opts['model-a'] || !opts['model-b']) {
  const header = readFileSync(new URL(import.meta.url), 'utf8').match(/^\/\*\*([\s\S]*?)\*\//)?.[1] ?? '';
  console.log(header.split('\n').map((l) => l.replace(/^ \* ?/, '')).join('\n').trim());
  process.exit(opts.help ? 0 : 2);
}

interface Doc {
  id: string;
  text: string;
  attributions: ScoredAttribution[];
}

const t0 = Date.now();
const readModel = (f: string) => loadAttributionModel(JSON.parse(readFileSync(f, 'utf8')) as SerializedAttributionModel);
const modelA = readModel(opts['model-a']);
const modelB = readModel(opts['model-b']);
/** The model that did not train on document k (even positions are half A). */
const heldOutModel = (k: number) => (k % 2 === 0 ? modelB : modelA);

const docs: Doc[] = [];
for await (const d of readJsonLines<Doc>(opts.train!)) docs.push(d);
const trimmed = (text: string, spans: readonly { start: number; end: number }[]) => spans.map((s) => trimSpan(text, s)).filter((s) => s !== null);
const prepared = docs.map((d) => prepare(d.text));
const candidates = docs.map((_, k) => findCandidates(prepared[k]!, heldOutModel(k)));
console.error(`${docs.length} docs, ${candidates.reduce((n, c) => n + c.length, 0)} candidates, ${((Date.now() - t0) / 1000).toFixed(1)} s`);

const round = (x: number) => Math.round(x * 1000) / 1000;
const round2 = (x: number) => Math.round(x * 100) / 100;
const l2 = Number(opts.l2);

/** The gold attribution a candidate's content matches best (IoU ≥ 0.5), if any. */
function goldOf(k: number, c: CandidateAttribution): ScoredAttribution | null {
  const d = docs[k]!;
  const content = trimmed(d.text, c.attribution.content);
  let best: ScoredAttribution | null = null;
  let bestIoU = 0.5;
  for (const g of d.attributions) {
    const v = spansIoU(content, trimmed(d.text, g.content));
    if (v >= bestIoU) [best, bestIoU] = [g, v];
  }
  return best;
}

interface Fitted {
  bias: number;
  weights: Record<string, number>;
}

/**
 * Logistic regression with an L2 penalty, fitted by Newton's method (a few hundred weights:
 * the Hessian is small), from zero weights: deterministic and converged. Weights rounded to
 * 2 decimals, those that round to 0 left out.
 */
function fit(features: readonly string[][], y: readonly number[], label: string): Fitted {
  const names = [...new Set(features.flat())].sort();
  const index = new Map(names.map((n, i) => [n, i + 1])); // 0: the bias
  const X = features.map((fs) => Int32Array.from([0, ...fs.map((n) => index.get(n)!)]));
  const dim = names.length + 1;
  const w = new Float64Array(dim);
  const n = X.length;
  for (let step = 0; step < Number(opts.steps); step++) {
    const g = new Float64Array(dim);
    const H = Array.from({ length: dim }, () => new Float64Array(dim));
    let loss = 0;
    for (let i = 0; i < n; i++) {
      let z = 0;
      for (const j of X[i]!) z += w[j]!;
      const p = 1 / (1 + Math.exp(-z));
      loss -= y[i]! ? Math.log(Math.max(p, 1e-12)) : Math.log(Math.max(1 - p, 1e-12));
      const d = p - y[i]!;
      const v = p * (1 - p);
      for (const j of X[i]!) {
        g[j]! += d;
        for (const k of X[i]!) H[j]![k]! += v;
      }
    }
    for (let j = 1; j < dim; j++) {
      g[j]! += l2 * w[j]!;
      H[j]![j]! += l2;
      loss += 0.5 * l2 * w[j]! * w[j]!;
    }
    H[0]![0]! += 1e-6;
    const delta = solve(H, g);
    let change = 0;
    for (let j = 0; j < dim; j++) {
      w[j]! -= delta[j]!;
      change = Math.max(change, Math.abs(delta[j]!));
    }
    if (change < 1e-4) {
      console.error(`${label}: ${n} examples, ${dim - 1} features, converged after ${step + 1} Newton steps, loss ${(loss / n).toFixed(4)}`);
      break;
    }
  }
  const weights: Record<string, number> = {};
  names.forEach((nm, j) => {
    if (Math.abs(w[j + 1]!) >= 0.005) weights[nm] = round2(w[j + 1]!);
  });
  return { bias: round2(w[0]!), weights };
}

/** Solves A x = b for a symmetric positive definite A (Cholesky). */
function solve(A: Float64Array[], b: Float64Array): Float64Array {
  const m = b.length;
  const L = Array.from({ length: m }, () => new Float64Array(m));
  for (let i = 0; i < m; i++) {
    for (let j = 0; j <= i; j++) {
      let sum = A[i]![j]!;
      for (let k = 0; k < j; k++) sum -= L[i]![k]! * L[j]![k]!;
      L[i]![j] = i === j ? Math.sqrt(Math.max(sum, 1e-12)) : sum / L[j]![j]!;
    }
  }
  const z = new Float64Array(m);
  for (let i = 0; i < m; i++) {
    let sum = b[i]!;
    for (let k = 0; k < i; k++) sum -= L[i]![k]! * z[k]!;
    z[i] = sum / L[i]![i]!;
  }
  const x = new Float64Array(m);
  for (let i = m - 1; i >= 0; i--) {
    let sum = z[i]!;
    for (let k = i + 1; k < m; k++) sum -= L[k]![i]! * x[k]!;
    x[i] = sum / L[i]![i]!;
  }
  return x;
}

/** Content, content+source and exact F1 of the given chooser on documents `ks` (as findAttributions: chosen, then transcript turns). */
function measure(chooser: Chooser | null, ks: readonly number[]) {
  const total = emptyCounts();
  for (const k of ks) {
    const d = docs[k]!;
    const cands = candidates[k]!;
    const chosen: RawAttribution[] = chooser ? chooseAttributions(prepared[k]!, cands, heldOutModel(k).lexicon, chooser) : cands.map((c) => c.attribution);
    const found = withTranscriptTurns(d.text, chosen);
    const pred = found.map((a) => ({ content: a.content, cue: a.cue ? [a.cue] : [], source: a.source ? [a.source] : [] }));
    addCounts(total, scoreDocument(d.text, d.attributions, pred).counts);
  }
  return {
    content_p: round(total.matched / total.predicted), content_r: round(total.matched / total.gold),
    content_f1: round(f1(total.matched, total.predicted, total.gold)),
    content_source_f1: round(f1(total.sourceRight, total.predicted, total.gold)),
    exact_content_f1: round(f1(total.exact, total.predicted, total.gold)),
  };
}

/**
 * A chooser trained on documents `ks`: the model, and its threshold (best content+source F1 on
 * `ks`).
 */
function train(ks: readonly number[], label: string): Chooser {
  // Cue words common enough among the candidates to have a weight of their own.
  const cueCounts = new Map<string, number>();
  for (const k of ks) for (const c of candidates[k]!) {
    if (!c.attribution.cue) continue;
    const w = docs[k]!.text.slice(c.attribution.cue.start, c.attribution.cue.end).toLowerCase();
    cueCounts.set(w, (cueCounts.get(w) ?? 0) + 1);
  }
  let cues = [...cueCounts].filter(([, n]) => n >= Number(opts['min-cue']) * ks.length / docs.length).map(([w]) => w).sort();
  let cueSet = new Set(cues);
  const examples = (): { features: string[][]; y: number[] } => {
    const features: string[][] = [];
    const y: number[] = [];
    for (const k of ks) for (const c of candidates[k]!) {
      features.push(candidateFeatures(prepared[k]!, c, heldOutModel(k).lexicon, cueSet));
      y.push(goldOf(k, c) ? 1 : 0);
    }
    return { features, y };
  };
  let { features, y } = examples();
  let content = fit(features, y, `${label} content`);
  // At most --max-weights: the largest weights' features (and cue words) are kept, the model refitted on them alone.
  const most = Number(opts['max-weights']);
  if (Object.keys(content.weights).length > most) {
    const kept = new Set(Object.entries(content.weights).sort((a, b) => Math.abs(b[1]) - Math.abs(a[1]) || (a[0] < b[0] ? -1 : 1)).slice(0, most).map(([nm]) => nm));
    cues = cues.filter((w) => [...kept].some((nm) => nm.endsWith(`cue:${w}`)));
    cueSet = new Set(cues);
    ({ features, y } = examples());
    content = fit(features.map((fs) => fs.filter((nm) => kept.has(nm))), y, `${label} content, ${kept.size} features kept`);
  }
  const chooser: Chooser = { ...content, threshold: 0.5, cues };
  let best = -1;
  for (let t = 0.1; t <= 0.9001; t += 0.02) {
    const score = measure({ ...chooser, threshold: round(t) }, ks).content_source_f1;
    if (score > best) [best, chooser.threshold] = [score, round(t)];
  }
  console.error(`${label}: threshold ${chooser.threshold}`);
  return chooser;
}

const all = docs.map((_, k) => k);
const half = (h: number) => all.filter((k) => k % 2 === h);
console.error('forward only, all of train:', JSON.stringify(measure(null, all)));

// Two-fold check: a chooser trained on one half's held-out tags, measured on the other half.
if (opts['cross-check']) {
  for (const h of [0, 1]) {
    const c = train(half(1 - h), `fold ${h === 0 ? 'B' : 'A'}`);
    console.error(`trained on half ${h === 0 ? 'B' : 'A'}, on half ${h === 0 ? 'A' : 'B'}: forward only`, JSON.stringify(measure(null, half(h))), '\n  chosen', JSON.stringify(measure(c, half(h))));
  }
}

const chooser = train(all, 'all');
const heldOut = measure(chooser, all);
console.error('chosen, all of train (in sample):', JSON.stringify(heldOut));
chooser.meta = { trainedOn: 'held-out tags of polnear-train (taggers trained on half A tag half B and vice versa)', l2, maxWeights: Number(opts['max-weights']), inSample: heldOut };
writeFileSync(opts.out!, JSON.stringify(chooser) + '\n');
console.error(`wrote ${opts.out}: ${Object.keys(chooser.weights).length} weights, ${chooser.cues.length} cue words, ${((Date.now() - t0) / 1000).toFixed(1)} s`);
