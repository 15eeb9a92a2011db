/**
 * How a step's cost grows with its input, measured as a ratio so that a busy machine does not
 * fail the test: linear work gives about 4 from n to 4n, quadratic work about 16.
 */

/** The fastest of `runs` timings of `run()`. */
export function fastest(run: () => unknown, runs = 3): number {
  let best = Infinity;
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    run();
    best = Math.min(best, performance.now() - start);
  }
  return best;
}

/**
 * Time of `large()` over time of `small()`, each the fastest of `runs`. The two are timed in
 * turn, so that a burst of load on a shared machine slows both alike instead of one of them.
 */
export function timeRatio(large: () => unknown, small: () => unknown, runs = 3): number {
  let bestSmall = Infinity;
  let bestLarge = Infinity;
  for (let i = 0; i < runs; i++) {
    bestSmall = Math.min(bestSmall, fastest(small, 1));
    bestLarge = Math.min(bestLarge, fastest(large, 1));
  }
  return bestLarge / Math.max(bestSmall, 0.5);
}

/**
 * Time of `work(4 * n)` over time of `work(n)`, each the fastest of a few runs after a warm-up.
 * `work(size)` builds the input of that size and returns the call to time.
 */
export function growth(n: number, work: (size: number) => () => unknown, runs = 3): number {
  work(Math.max(1, n >> 3))(); // warm-up: the first call compiles the code paths
  return timeRatio(work(4 * n), work(n), runs);
}

/** A ratio bound for linear work: 4, plus room for noise and fixed costs. */
export const LINEAR = 7;
