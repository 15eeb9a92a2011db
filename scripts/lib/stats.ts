/** Value at quantile q (0..1) of the numbers, by nearest rank; NaN when empty. */
export function quantile(values: readonly number[], q: number): number {
  if (values.length === 0) return NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const rank = Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1));
  return sorted[rank]!;
}

export const median = (values: readonly number[]): number => quantile(values, 0.5);
export const p95 = (values: readonly number[]): number => quantile(values, 0.95);

/** Precision, recall and F1 from counts; 0 where undefined. */
export function prf(truePositives: number, predicted: number, gold: number) {
  const precision = predicted ? truePositives / predicted : 0;
  const recall = gold ? truePositives / gold : 0;
  return { precision, recall, f1: f1Of(precision, recall) };
}

/** The harmonic mean of precision and recall; 0 where both are 0. */
export const f1Of = (precision: number, recall: number): number =>
  precision + recall ? (2 * precision * recall) / (precision + recall) : 0;

/** Rounds for printing and for the JSON summary line. */
export const round = (x: number, digits = 3): number => Number.isFinite(x) ? Number(x.toFixed(digits)) : x;
