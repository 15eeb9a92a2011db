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
 * Time of `work(4 * n)` over time of `work(n)`, each the fastest of a few runs after a warm-up.
 * `work(size)` builds the input of that size and returns the call to time.
 */
export function growth(n: number, work: (size: number) => () => unknown, runs = 3): number {
  work(Math.max(1, n >> 3))(); // warm-up: the first call compiles the code paths
  const small = fastest(work(n), runs);
  const large = fastest(work(4 * n), runs);
  return large / Math.max(small, 0.5);
}

/** A ratio bound for linear work: 4, plus room for noise and fixed costs. */
export const LINEAR = 7;
