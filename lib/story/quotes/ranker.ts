/**
 * The learned speaker chooser: a log-linear ranker over a quote's candidate speakers
 * (`candidates.ts`), trained by `scripts/train-quotes.ts` on polnear-train's gold speakers.
 * The hand rules' pick is one candidate and a strong feature, so the ranker keeps it unless
 * the features say otherwise; when even the best candidate is unlikely (its probability under
 * the model below `threshold`) the rules' pick stands, or the quote is left unattributed.
 */
import type { Candidate } from './candidates';

/** A trained ranker as stored in `ranker.json`. */
export interface RankerModel {
  version: 1;
  /** Below this probability the ranker does not override the rules' pick (see `chooseSpeaker`). */
  threshold: number;
  /** Below this probability the ranker does not attribute a quote the rules left unattributed. */
  newThreshold?: number;
  /** At or above this probability of "nobody", the rules' pick is dropped (above 1: never). */
  dropThreshold?: number;
  /** Feature name → weight; features not listed weigh 0. */
  weights: Record<string, number>;
  /** How it was trained (documentation only). */
  trained?: Record<string, unknown>;
}

/** A model ready to score: weights in a Map (no prototype keys). */
export interface LoadedRanker {
  threshold: number;
  newThreshold: number;
  dropThreshold: number;
  weights: Map<string, number>;
}

export function loadRanker(model: RankerModel): LoadedRanker {
  if (model.version !== 1 || typeof model.threshold !== 'number' || typeof model.weights !== 'object') {
    throw new Error('ranker: unknown model format');
  }
  return {
    threshold: model.threshold, newThreshold: model.newThreshold ?? model.threshold, dropThreshold: model.dropThreshold ?? 2,
    weights: new Map(Object.entries(model.weights)),
  };
}

/** The model's score of one candidate: the sum of its features' weights. */
function scoreOf(model: LoadedRanker, c: Candidate): number {
  let s = 0;
  for (const f of c.features) s += model.weights.get(f) ?? 0;
  return s;
}

/**
 * The best candidate and its probability (softmax over the candidates' scores), or null
 * when there are none. Ties go to the earlier candidate (the rules' proposals come first).
 */
export function rankCandidates(model: LoadedRanker, candidates: readonly Candidate[]): { best: Candidate; probability: number } | null {
  if (candidates.length === 0) return null;
  const scores = candidates.map((c) => scoreOf(model, c));
  let b = 0;
  for (let i = 1; i < scores.length; i++) if (scores[i]! > scores[b]!) b = i;
  const top = scores[b]!;
  let z = 0;
  for (const s of scores) z += Math.exp(s - top);
  return { best: candidates[b]!, probability: 1 / z };
}

/**
 * The speaker the ranker chooses, or null to leave the quote unattributed. The ranker
 * overrides the hand rules (another phrase than theirs, or a speaker where they found none)
 * only when its best candidate's probability reaches `threshold`; otherwise the rules' pick
 * stands, and with no pick the quote stays unattributed.
 */
export function chooseSpeaker(model: LoadedRanker, candidates: readonly Candidate[]): Candidate | null {
  const pick = candidates.find((c) => c.pick) ?? null;
  const r = rankCandidates(model, candidates);
  if (!r || r.best === pick) return pick;
  if (r.best.none) return pick && r.probability >= model.dropThreshold ? null : pick;
  return r.probability >= (pick ? model.threshold : model.newThreshold) ? r.best : pick;
}
