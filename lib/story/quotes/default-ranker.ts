/** The ranker shipped with Backstory, built by `npx tsx scripts/train-quotes.ts`; parsed once, on first use. */
import data from './ranker.json' with { type: 'json' };
import { loadRanker, type LoadedRanker, type RankerModel } from './ranker';

let cached: LoadedRanker | null = null;

/** The shipped speaker ranker, loaded on first call. */
export function defaultRanker(): LoadedRanker {
  cached ??= loadRanker(data as RankerModel);
  return cached;
}
