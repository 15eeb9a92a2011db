/**
 * Greedy one-to-one matching, as every eval of this project defines it: the best-scoring pairs
 * first (ties: the earlier prediction, then the earlier gold item), each prediction and each
 * gold item used at most once. `score` returns null for a pair that may not match.
 * Returns the gold index matched to each matched prediction's index.
 */
export function greedyMatch<P, G>(predicted: readonly P[], gold: readonly G[], score: (p: P, g: G) => number | null): Map<number, number> {
  const candidates: [number, number, number][] = [];
  predicted.forEach((p, i) => gold.forEach((g, j) => {
    const v = score(p, g);
    if (v !== null) candidates.push([v, i, j]);
  }));
  candidates.sort((a, b) => b[0] - a[0] || a[1] - b[1] || a[2] - b[2]);
  const matched = new Map<number, number>();
  const usedGold = new Set<number>();
  for (const [, i, j] of candidates) {
    if (matched.has(i) || usedGold.has(j)) continue;
    matched.set(i, j);
    usedGold.add(j);
  }
  return matched;
}
