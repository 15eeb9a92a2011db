/**
 * The training loop: online averaged-perceptron updates inside the same greedy two-pass
 * decoding that lib/entities/tagger.ts runs at inference time.
 */
import type { EntityType } from '../../lib/types.ts';
import { buildHistory, historyFeatures, staticFeatures, transitionFeatures, type DocContext } from '../../lib/story/entities/features.ts';
import { argmax } from '../../lib/story/entities/tagger.ts';
import { NUM_TAGS, tagType } from '../../lib/story/entities/tags.ts';
import { sentenceRanges } from '../../lib/story/entities/tokenize.ts';
import { AveragedPerceptron } from './perceptron.ts';

export interface TrainingDoc {
  ctx: DocContext;
  gold: number[];
  /**
   * First-pass tags from a model that never saw this document (jackknifing). When set, the
   * second pass trains on these rather than on the current model's own first pass, which
   * has memorised the document and would teach the model to over-trust its first pass.
   */
  heldOutFirstPass?: number[];
}

export interface TrainOptions {
  epochs: number;
  /** Static features seen fewer times than this in training are dropped. */
  minCount: number;
  seed: number;
  /** Called after each epoch with the model so far (for progress reports). */
  onEpoch?: (epoch: number, model: AveragedPerceptron, errors: number, decisions: number) => void;
}

/** Small deterministic PRNG (mulberry32), so training is reproducible. */
export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Trains a perceptron on the documents. */
export function train(docs: readonly TrainingDoc[], opts: TrainOptions): AveragedPerceptron {
  const model = new AveragedPerceptron();
  // Index only static features seen often enough: rarer ones mostly memorise noise.
  const counts = new Map<string, number>();
  const staticStrings = docs.map((d) => d.ctx.tokens.map((_, i) => staticFeatures(d.ctx, i)));
  for (const doc of staticStrings) for (const feats of doc) for (const f of feats) counts.set(f, (counts.get(f) ?? 0) + 1);
  for (const [f, n] of counts) if (n >= opts.minCount) model.id(f, true);
  const staticRows = staticStrings.map((doc) => doc.map((feats) => Int32Array.from(feats.map((f) => model.id(f, false)).filter((id) => id >= 0))));
  staticStrings.length = 0;

  const random = rng(opts.seed);
  const order = docs.map((_, i) => i);
  const scores = new Float64Array(NUM_TAGS);
  for (let epoch = 1; epoch <= opts.epochs; epoch++) {
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(random() * (i + 1));
      [order[i], order[j]] = [order[j]!, order[i]!];
    }
    let errors = 0;
    let decisions = 0;
    for (const d of order) {
      const { ctx, gold } = docs[d]!;
      const rows = staticRows[d]!;
      // One pass: greedy decoding with the current weights, updating on every wrong decision.
      const pass = (historyOf: number[] | null): number[] => {
        const history = historyOf ? buildHistory(ctx, historyOf.map(tagType as (t: number) => EntityType | null)) : null;
        const tags = new Array<number>(ctx.tokens.length).fill(0);
        for (const [from, to] of sentenceRanges(ctx.tokens)) {
          for (let i = from; i < to; i++) {
            const prev1 = i > from ? tags[i - 1]! : -1;
            const prev2 = i > from + 1 ? tags[i - 2]! : -1;
            let dyn = transitionFeatures(ctx, i, prev1, prev2);
            if (history && historyOf) dyn = dyn.concat(historyFeatures(ctx, i, tagType(historyOf[i]!), history));
            scores.fill(0);
            for (const id of rows[i]!) model.addRow(id, scores);
            for (const f of dyn) model.addTo(f, scores);
            const predicted = argmax(scores);
            model.tick();
            decisions++;
            if (predicted !== gold[i]) {
              errors++;
              const dynRows = dyn.map((f) => model.id(f, true));
              model.update([...rows[i]!, ...dynRows], gold[i]!, predicted);
            }
            tags[i] = predicted;
          }
        }
        return tags;
      };
      const first = pass(null);
      pass(docs[d]!.heldOutFirstPass ?? first);
    }
    opts.onEpoch?.(epoch, model, errors, decisions);
  }
  return model;
}
