/**
 * `npm run train:attributions [-- --dev FILE] [--epochs N] [--beam N] [--out FILE] [--help]`: the shipped model.
 *
 * Trains the attribution tagger (lib/story/attributions) on PolNeAR train: averaged
 * perceptrons over B/I tags for source, cue and content, decoded as at inference by beam
 * search (--beam for the forward tagger, --backward-beam for the backward one, default 4
 * each; 1 is greedy), trained with early updates: when the gold tags fall out of the beam,
 * the weights move toward them and away from the beam's best. (A greedy backward tagger
 * under the beam-4 forward one: dev content 0.698, content+source 0.621, exact 0.523,
 * against 0.703, 0.629, 0.510 with both at 4.) Two
 * taggers, stacked: a backward one (the text read backwards, so a sentence's closing
 * ", officials said." is seen before its statement) and a forward one that also reads the
 * backward tags. The forward one learns from backward tags
 * of documents the backward tagger did not see (one backward tagger per half of train, each
 * tagging the other half); the shipped backward tagger is trained on all of train.
 * Deterministic: documents in a fixed seeded order, no other randomness (same bytes each run).
 * Features seen fewer than --min-count times are dropped before training; weights are stored
 * as int8, and rows are dropped from the smallest up until the model fits (450 KB gzipped for
 * the backward tagger, --max-kb for the whole).
 *
 * Experiments: --half A|B trains one (forward, or --backward) tagger on that half of train;
 * --stack-a/--stack-b/--stack-all FILE stack a forward tagger on given backward ones; --dev
 * FILE [--dev-half A|B] scores the result. Protocol: tune on train halves; polnear-dev is
 * read only to check.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { parseArgs } from 'node:util';
import { prepare, reversed, type Prepared } from '../lib/story/attributions/document.ts';
import { backwardTags, tagAll } from '../lib/story/attributions/find.ts';
import { FeatureKeys, paraFacts, staticFeatures, type ParaFacts } from '../lib/story/attributions/features.ts';
import { advance, bestTag, dynamicFeatures, keepBest, nextState, startHistory, type Candidate, type History } from '../lib/story/attributions/tagger.ts';
import { allowed, NUM_TAGS, TAGS } from '../lib/story/attributions/tags.ts';
import { loadAttributionModel, type LoadedAttributionModel, type SerializedAttributionModel } from '../lib/story/attributions/model.ts';
import { groupAttributions } from '../lib/story/attributions/group.ts';
import { addCounts, emptyCounts, f1, scoreDocument, type ScoredAttribution } from '../lib/story/attributions/score.ts';
import { readJsonLines } from './lib/jsonl.ts';

interface Doc {
  id: string;
  text: string;
  attributions: ScoredAttribution[];
}

const { values: opts } = parseArgs({
  options: {
    train: { type: 'string', default: '../shared/data/attributions/polnear-train.jsonl.gz' },
    half: { type: 'string' },
    dev: { type: 'string' },
    'dev-half': { type: 'string' },
    epochs: { type: 'string', default: '10' },
    /** Beam width of the forward tagger (1: greedy); wider beams train with early updates. */
    beam: { type: 'string', default: '4' },
    /** Beam width of the backward tagger. */
    'backward-beam': { type: 'string', default: '4' },
    'min-count': { type: 'string', default: '2' },
    'min-word': { type: 'string', default: '3' },
    'max-kb': { type: 'string', default: '950' },
    out: { type: 'string', default: 'lib/story/attributions/model.json' },
    /** Train the backward tagger (the text read backwards). */
    backward: { type: 'boolean', default: false },
    /** Stack on backward taggers: two models trained on halves A and B (each tags the other half) and one on all. */
    'stack-a': { type: 'string' },
    'stack-b': { type: 'string' },
    'stack-all': { type: 'string' },
    help: { type: 'boolean', short: 'h', default: false },
  },
});

if (opts.help) {
  // The usage is this file's header comment.
  const header = readFileSync(new URL(import.meta.url), 'utf8').match(/^\/\*\*([\s\S]*?)\*\//)?.[1] ?? '';
  console.log(header.split('\n').map((l) => l.replace(/^ \* ?/, '')).join('\n').trim());
  process.exit(0);
}

const halfIndex = (h: string | undefined): number | null => (h === 'A' ? 0 : h === 'B' ? 1 : null);

async function load(file: string, half: number | null): Promise<Doc[]> {
  const docs: Doc[] = [];
  let i = -1;
  for await (const d of readJsonLines<Doc>(file)) {
    i++;
    if (half !== null && i % 2 !== half) continue;
    docs.push(d);
  }
  return docs;
}

/** Gold tag per token: each span piece opens with B. */
function goldTags(doc: Prepared, atts: readonly ScoredAttribution[]): number[][] {
  const tags = doc.tokens.map((t) => new Array<number>(t.length).fill(0));
  const parts: [keyof ScoredAttribution, number][] = [['source', 1], ['cue', 3], ['content', 5]];
  // Token lookup by paragraph.
  for (const a of atts) {
    for (const [key, b] of parts) {
      for (const span of a[key]) {
        doc.tokens.forEach((tokens, p) => {
          const para = doc.paras[p]!;
          if (para.end <= span.start || para.start >= span.end) return;
          let first = true;
          tokens.forEach((t, i) => {
            if (t.end <= span.start || t.start >= span.end) return;
            tags[p]![i] = first ? b : b + 1;
            first = false;
          });
        });
      }
    }
  }
  return tags;
}

function cueLexicon(docs: readonly { prepared: Prepared; gold: number[][] }[]): Map<string, number> {
  const total = new Map<string, number>();
  const asCue = new Map<string, number>();
  for (const { prepared, gold } of docs) {
    prepared.tokens.forEach((tokens, p) => tokens.forEach((t, i) => {
      total.set(t.lower, (total.get(t.lower) ?? 0) + 1);
      const g = gold[p]![i]!;
      if (g === 3 || g === 4) asCue.set(t.lower, (asCue.get(t.lower) ?? 0) + 1);
    }));
  }
  const lex = new Map<string, number>();
  for (const [w, n] of asCue) {
    if (n < 3) continue;
    const r = n / total.get(w)!;
    const c = r >= 0.5 ? 3 : r >= 0.2 ? 2 : r >= 0.05 ? 1 : 0;
    if (c > 0) lex.set(w, c);
  }
  return new Map([...lex].sort((a, b) => (a[0] < b[0] ? -1 : 1)));
}

/** Deterministic shuffle (LCG), so the same data gives the same model. */
function shuffled<T>(items: readonly T[], seed: number): T[] {
  const a = items.slice();
  let s = seed >>> 0;
  for (let i = a.length - 1; i > 0; i--) {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    const j = s % (i + 1);
    [a[i], a[j]] = [a[j]!, a[i]!];
  }
  return a;
}

class Perceptron {
  index = new Map<number, number>();
  w = new Float32Array(1 << 22);
  totals = new Float64Array(1 << 22);
  stamps = new Float64Array(1 << 22);
  clock = 0;
  id(f: number, create: boolean): number {
    let id = this.index.get(f);
    if (id === undefined) {
      if (!create) return -1;
      id = this.index.size;
      this.index.set(f, id);
      if ((id + 1) * NUM_TAGS > this.w.length) this.grow();
    }
    return id;
  }
  private grow(): void {
    const g = <T extends Float32Array | Float64Array>(a: T): T => {
      const b = new (a.constructor as new (n: number) => T)(a.length * 2);
      b.set(a);
      return b;
    };
    this.w = g(this.w);
    this.totals = g(this.totals);
    this.stamps = g(this.stamps);
  }
  score(ids: ArrayLike<number>, scores: Float64Array): void {
    for (let k = 0; k < ids.length; k++) {
      const id = ids[k]!;
      if (id < 0) continue;
      const base = id * NUM_TAGS;
      for (let t = 0; t < NUM_TAGS; t++) scores[t]! += this.w[base + t]!;
    }
  }
  /** Adds d to the weights of `tag` for each feature. */
  add(ids: ArrayLike<number>, tag: number, d: number): void {
    for (let k = 0; k < ids.length; k++) if (ids[k]! >= 0) this.bump(ids[k]! * NUM_TAGS + tag, d);
  }
  update(ids: ArrayLike<number>, gold: number, pred: number): void {
    for (let k = 0; k < ids.length; k++) {
      const id = ids[k]!;
      if (id < 0) continue;
      this.bump(id * NUM_TAGS + gold, 1);
      this.bump(id * NUM_TAGS + pred, -1);
    }
  }
  private bump(k: number, d: number): void {
    this.totals[k]! += (this.clock - this.stamps[k]!) * this.w[k]!;
    this.stamps[k] = this.clock;
    this.w[k]! += d;
  }
  averaged(): Float32Array {
    const n = this.index.size * NUM_TAGS;
    const out = new Float32Array(n);
    const c = Math.max(1, this.clock);
    for (let k = 0; k < n; k++) out[k] = (this.totals[k]! + (c - this.stamps[k]!) * this.w[k]!) / c;
    return out;
  }
}

/** Gold tags a left-to-right tagger can produce: an I- tag opening a paragraph becomes B-. */
function validGold(tags: readonly number[]): number[] {
  return tags.map((g, i) => (allowed(i > 0 ? tags[i - 1]! : -1, g) ? g : g - 1));
}

interface TrainHypothesis {
  score: number;
  tag: number;
  h: History;
  prev: TrainHypothesis | null;
  /** Dynamic feature ids this hypothesis' token was scored with. */
  dyn: Int32Array | null;
  gold: boolean;
}

/**
 * One paragraph of beam training (Collins and Roark's early update, continued as in LaSO):
 * when the gold prefix falls out of the beam, the weights move toward it and away from the
 * beam's best over the tokens since the last such update, and the beam restarts from gold.
 */
function trainBeam(model: Perceptron, doc: Prepared, p: number, facts: ParaFacts, statics: Int32Array[], gold: readonly number[], width: number): { updates: number } {
  const dyn = new FeatureKeys();
  const base = new Float64Array(NUM_TAGS);
  const scores = new Float64Array(NUM_TAGS);
  let beam: TrainHypothesis[] = [{ score: 0, tag: -1, h: startHistory(), prev: null, dyn: null, gold: true }];
  let since = 0;
  let updates = 0;
  const update = (good: TrainHypothesis, bad: TrainHypothesis, upTo: number) => {
    updates++;
    let g: TrainHypothesis | null = good;
    let b: TrainHypothesis | null = bad;
    for (let j = upTo; j >= since; j--) {
      if (g!.tag !== b!.tag || g!.dyn!.join() !== b!.dyn!.join()) {
        model.add(statics[j]!, g!.tag, 1);
        model.add(statics[j]!, b!.tag, -1);
        model.add(g!.dyn!, g!.tag, 1);
        model.add(b!.dyn!, b!.tag, -1);
      }
      g = g!.prev;
      b = b!.prev;
    }
  };
  type Found = Candidate<TrainHypothesis> & { dyn: Int32Array };
  for (let i = 0; i < statics.length; i++) {
    base.fill(0);
    model.score(statics[i]!, base);
    const found: Found[] = [];
    let goldNext: Found | null = null;
    for (const x of beam) {
      dyn.size = 0;
      dynamicFeatures(facts, i, x.h, dyn);
      const ids = Int32Array.from(dyn.list(), (f) => model.id(f, true));
      scores.set(base);
      model.score(ids, scores);
      for (let t = 0; t < NUM_TAGS; t++) {
        if (!allowed(x.h.p1 - 1, t)) continue;
        const c: Found = { score: x.score + scores[t]!, from: x, tag: t, state: nextState(doc, p, i, t, x.h), dyn: ids };
        if (x.gold && t === gold[i]) goldNext = c;
        keepBest(found, c, width);
      }
    }
    model.clock++;
    const make = (c: Found): TrainHypothesis => {
      const h = { ...c.from.h };
      advance(doc, p, i, c.tag, h);
      return { score: c.score, tag: c.tag, h, prev: c.from, dyn: c.dyn, gold: c.from.gold && c.tag === gold[i] };
    };
    beam = found.map(make);
    if (!beam.some((x) => x.gold)) {
      const g = make(goldNext!);
      update(g, beam[0]!, i);
      beam = [g];
      since = i + 1;
    }
  }
  if (!beam[0]!.gold) update(beam.find((x) => x.gold)!, beam[0]!, statics.length - 1);
  return { updates };
}

interface TrainOptions {
  backward: boolean;
  /** Which half of train the documents are, for the record. */
  half: string | undefined;
  /** Backward taggers trained on halves A and B (each tags the other half's documents) and on all. */
  stackA: LoadedAttributionModel | null;
  stackB: LoadedAttributionModel | null;
  stackAll: SerializedAttributionModel | null;
  maxKb: number;
}

/** Trains one tagger on the documents; returns it serialized, pruned to fit maxKb gzipped. */
function trainModel(trainDocs: Doc[], o: TrainOptions): SerializedAttributionModel {
  const prepared = trainDocs.map((d, k) => {
    const forward = prepare(d.text);
    const p = o.backward ? reversed(forward) : forward;
    // Stacking: each document gets the backward tags of the model that did not train on it
    // (documents at even positions are half A, tagged by the model trained on half B).
    const stack = k % 2 === 0 ? o.stackB : o.stackA;
    return { prepared: p, gold: goldTags(p, d.attributions), back: stack ? backwardTags(forward, stack) : null };
  });
  if (o.half && o.stackA) throw new Error('stacking needs all of train (the folds are its halves)');
  const lexicon = cueLexicon(prepared);
  // Vocabulary: words and 3-letter suffixes seen at least --min-word times.
  const wordCounts = new Map<string, number>();
  for (const { prepared: doc } of prepared) for (const tokens of doc.tokens) for (const t of tokens) {
    wordCounts.set(t.lower, (wordCounts.get(t.lower) ?? 0) + 1);
    const suffix = `-${t.lower.slice(-3)}`;
    wordCounts.set(suffix, (wordCounts.get(suffix) ?? 0) + 1);
  }
  const words = [...wordCounts].filter(([, n]) => n >= Number(opts['min-word'])).map(([w]) => w).sort();
  const vocab = new Map(words.map((w, i) => [w, i + 3]));
  console.error(`${trainDocs.length} docs, cue lexicon ${lexicon.size} words, vocabulary ${vocab.size}, ${((Date.now() - t0) / 1000).toFixed(1)} s`);

  // Static features: count, then keep those seen often enough, as ids per token.
  const minCount = Number(opts['min-count']);
  const facts: ParaFacts[][] = prepared.map(({ prepared: doc, back }) => doc.tokens.map((_, p) => paraFacts(doc, vocab, lexicon, p, back ? back[p]! : null)));
  const counts = new Map<number, number>();
  const buf = new FeatureKeys();
  prepared.forEach(({ prepared: doc }, k) => doc.tokens.forEach((tokens, p) => {
    for (let i = 0; i < tokens.length; i++) {
      buf.size = 0;
      staticFeatures(facts[k]![p]!, p, i, buf);
      for (const f of buf.list()) counts.set(f, (counts.get(f) ?? 0) + 1);
    }
  }));
  const model = new Perceptron();
  for (const [f, n] of counts) if (n >= minCount) model.id(f, true);
  counts.clear();
  const statics = prepared.map(({ prepared: doc }, k) => doc.tokens.map((tokens, p) => tokens.map((_, i) => {
    buf.size = 0;
    staticFeatures(facts[k]![p]!, p, i, buf);
    return Int32Array.from(buf.list(), (f) => model.id(f, false));
  })));
  console.error(`${model.index.size} static features, ${((Date.now() - t0) / 1000).toFixed(1)} s`);

  const epochs = Number(opts.epochs);
  const width = Number(o.backward ? opts['backward-beam'] : opts.beam);
  const scores = new Float64Array(NUM_TAGS);
  const dyn = new FeatureKeys();
  for (let e = 0; e < epochs; e++) {
    let errors = 0;
    let total = 0;
    for (const k of shuffled(prepared.map((_, i) => i), 17 + e)) {
      const { prepared: doc, gold } = prepared[k]!;
      doc.tokens.forEach((tokens, p) => {
        if (width > 1) {
          const r = trainBeam(model, doc, p, facts[k]![p]!, statics[k]![p]!, validGold(gold[p]!), width);
          errors += r.updates;
          total += tokens.length;
          return;
        }
        const h = startHistory();
        for (let i = 0; i < tokens.length; i++) {
          const st = statics[k]![p]![i]!;
          dyn.size = 0;
          dynamicFeatures(facts[k]![p]!, i, h, dyn);
          const dynIds = dyn.list().map((f) => model.id(f, true));
          scores.fill(0);
          model.score(st, scores);
          model.score(dynIds, scores);
          const pred = bestTag(scores, h.p1);
          let g = gold[p]![i]!;
          // After a wrong previous tag, an I- gold tag is out of reach: B- is the right move.
          if (!allowed(h.p1 - 1, g)) g -= 1;
          model.clock++;
          total++;
          if (pred !== g) {
            errors++;
            model.update(st, g, pred);
            model.update(dynIds, g, pred);
          }
          advance(doc, p, i, pred, h);
        }
      });
    }
    console.error(`epoch ${e + 1}: token error ${(errors / total).toFixed(4)}, ${((Date.now() - t0) / 1000).toFixed(1)} s`);
  }

  // Quantise to int8 and drop rows that round to zero; raise the floor until the gzipped model fits.
  const avg = model.averaged();
  const names = [...model.index.keys()];
  let maxAbs = 0;
  for (const v of avg) maxAbs = Math.max(maxAbs, Math.abs(v));
  const scale = maxAbs / 127;
  function serialize(floor: number): SerializedAttributionModel {
    const keep: number[] = [];
    for (let r = 0; r < names.length; r++) {
      let big = 0;
      for (let t = 0; t < NUM_TAGS; t++) big = Math.max(big, Math.abs(Math.round(avg[r * NUM_TAGS + t]! / scale)));
      if (big >= floor) keep.push(r);
    }
    keep.sort((a, b) => names[a]! - names[b]!);
    const bytes = new Uint8Array(keep.length * NUM_TAGS);
    keep.forEach((r, k) => {
      for (let t = 0; t < NUM_TAGS; t++) bytes[k * NUM_TAGS + t] = Math.round(avg[r * NUM_TAGS + t]! / scale) & 0xff;
    });
    return {
      version: 1,
      tags: [...TAGS],
      features: keep.map((r, k) => (names[r]! - (k > 0 ? names[keep[k - 1]!]! : 0)).toString(36)).join(' '),
      vocabulary: words.join('\n'),
      weights: Buffer.from(bytes).toString('base64'),
      scale,
      cues: [...lexicon].map(([w, c]) => `${w}:${c}`).join(' '),
      meta: { trainedOn: o.half ? `polnear-train half ${o.half}` : 'polnear-train', direction: o.backward ? 'backward' : 'forward', docs: trainDocs.length, epochs, minCount, floor, features: keep.length },
      ...(o.stackAll ? { backward: o.stackAll } : {}),
      ...(width > 1 ? { beam: width } : {}),
    };
  }
  let floor = 1;
  let out = serialize(floor);
  let json = JSON.stringify(out);
  while (gzipSync(json).length > o.maxKb * 1024 && floor < 127) {
    floor++;
    out = serialize(floor);
    json = JSON.stringify(out);
  }
  console.error(`${o.backward ? 'backward' : 'forward'} model: ${out.meta.features} features, ${(json.length / 1024).toFixed(0)} KB, ${(gzipSync(json).length / 1024).toFixed(0)} KB gzipped (floor ${floor}), ${((Date.now() - t0) / 1000).toFixed(1)} s`);
  return out;
}

/** The backward tagger's share of the size budget. */
const BACKWARD_KB = 450;
const t0 = Date.now();
const allDocs = await load(opts.train!, null);
const half = halfIndex(opts.half);
const readModel = (f: string) => JSON.parse(readFileSync(f, 'utf8')) as SerializedAttributionModel;
const inHalf = (h: number) => allDocs.filter((_, k) => k % 2 === h);
let out: SerializedAttributionModel;
if (opts.backward || half !== null || opts['stack-a']) {
  // One tagger, for experiments (a half, the backward direction, given stacking models).
  out = trainModel(half === null ? allDocs : inHalf(half), {
    backward: opts.backward!, half: opts.half,
    stackA: opts['stack-a'] ? loadAttributionModel(readModel(opts['stack-a'])) : null,
    stackB: opts['stack-b'] ? loadAttributionModel(readModel(opts['stack-b'])) : null,
    stackAll: opts['stack-all'] ? readModel(opts['stack-all']) : null,
    maxKb: Number(opts['max-kb']),
  });
} else {
  // The shipped model: backward taggers on each half (to give the forward tagger realistic
  // backward tags of documents they did not see) and on all of train, then the forward one.
  const backward = (docs: Doc[], label: string | undefined) =>
    trainModel(docs, { backward: true, half: label, stackA: null, stackB: null, stackAll: null, maxKb: BACKWARD_KB });
  const stackA = loadAttributionModel(backward(inHalf(0), 'A'));
  const stackB = loadAttributionModel(backward(inHalf(1), 'B'));
  const stackAll = backward(allDocs, undefined);
  out = trainModel(allDocs, { backward: false, half: undefined, stackA, stackB, stackAll, maxKb: Number(opts['max-kb']) });
}
const json = JSON.stringify(out);
writeFileSync(opts.out!, json + '\n');
console.error(`wrote ${opts.out}: ${(json.length / 1024).toFixed(0)} KB, ${(gzipSync(json).length / 1024).toFixed(0)} KB gzipped, ${((Date.now() - t0) / 1000).toFixed(1)} s`);

if (opts.dev) {
  const loaded = loadAttributionModel(out);
  const total = emptyCounts();
  for (const d of await load(opts.dev, halfIndex(opts['dev-half']))) {
    const doc = prepare(d.text);
    const tags = opts.backward ? backwardTags(doc, loaded) : tagAll(doc, loaded);
    const pred = groupAttributions(doc, tags).map((a) => ({ content: a.content, cue: a.cue ? [a.cue] : [], source: a.source ? [a.source] : [] }));
    addCounts(total, scoreDocument(d.text, d.attributions, pred).counts);
  }
  const r = (x: number) => Math.round(x * 1000) / 1000;
  console.log(JSON.stringify({
    check: opts.dev, half: opts['dev-half'] ?? null,
    content_f1: r(f1(total.matched, total.predicted, total.gold)),
    content_p: r(total.matched / total.predicted), content_r: r(total.matched / total.gold),
    content_source_f1: r(f1(total.sourceRight, total.predicted, total.gold)),
    exact_content_f1: r(f1(total.exact, total.predicted, total.gold)),
    cue_f1: r(f1(total.rightCues, total.predictedCues, total.goldCues)),
    source_f1: r(f1(total.rightSources, total.predictedSources, total.goldSources)),
  }));
}

