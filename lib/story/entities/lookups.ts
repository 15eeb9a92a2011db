/**
 * The weight lookups the tagger makes for every token, resolved once per weight table, so
 * tagging builds no feature-name string per token: transition rows as dense vectors, the
 * "previous tag + word" rows by word, the history rows by vote, pair features by their parts.
 */
import { HISTORY_TYPES } from './features.ts';
import { NUM_TAGS } from './tags.ts';
import type { WeightTable } from './tagger.ts';

/** Value parts -> row: `first` -> `second` -> row of `template=first|second`. */
type PairIndex = Map<string, Map<string, number>>;

export class TableLookups {
  /** Weights of `t1=PREV` by previous tag + 1 (0: sentence start). */
  readonly first: Float64Array[] = [];
  /** Weights of `t2=PREV2|PREV` at (prev2 + 1) * (NUM_TAGS + 1) + (prev + 1). */
  readonly second: Float64Array[] = [];
  /** Word -> row of `t1w=PREV|word` by previous tag + 1 (-1: none); only words the model has. */
  readonly tagAndWord = new Map<string, Int32Array>();
  /** Rows of `h=TYPE` and `h=TYPE|all` (or `|most`) at 2 * vote and 2 * vote + 1 (see historyVote); -1: none. */
  readonly history = new Int32Array(4 * HISTORY_TYPES.length).fill(-1);
  private readonly pairs = new Map<string, PairIndex>();

  constructor(readonly table: WeightTable) {
    const name = (t: number) => (t < 0 ? '<s>' : String(t));
    for (let p1 = -1; p1 < NUM_TAGS; p1++) {
      this.first.push(denseRow(table, `t1=${name(p1)}`));
      for (let p2 = -1; p2 < NUM_TAGS; p2++) this.second[(p2 + 1) * (NUM_TAGS + 1) + (p1 + 1)] = denseRow(table, `t2=${name(p2)}|${name(p1)}`);
    }
    for (const [value, row] of table.rowsOf('t1w') ?? []) {
      // The value is "PREV|word"; PREV ('<s>' or a tag number) has no '|', the word may.
      const bar = value.indexOf('|');
      const prev = value.slice(0, bar);
      const word = value.slice(bar + 1);
      let rows = this.tagAndWord.get(word);
      if (!rows) this.tagAndWord.set(word, (rows = new Int32Array(NUM_TAGS + 1).fill(-1)));
      rows[prev === '<s>' ? 0 : Number(prev) + 1] = row;
    }
    const h = table.rowsOf('h');
    HISTORY_TYPES.forEach((type, k) => {
      for (const [agree, vote] of [['all', 2 * k], ['most', 2 * k + 1]] as const) {
        this.history[2 * vote] = h?.get(type) ?? -1;
        this.history[2 * vote + 1] = h?.get(`${type}|${agree}`) ?? -1;
      }
    });
  }

  /** Row of the feature `template=value` (`template=value|second` for a pair), if the model has it. */
  row(template: string, value: string, second?: string): number | undefined {
    if (second === undefined) return this.table.rowsOf(template)?.get(value);
    let index = this.pairs.get(template);
    if (!index) this.pairs.set(template, (index = pairIndex(this.table.rowsOf(template))));
    return index.get(value)?.get(second);
  }
}

/** The weights of one feature as a dense vector. */
function denseRow(table: WeightTable, feature: string): Float64Array {
  const scores = new Float64Array(NUM_TAGS);
  table.addTo(feature, scores);
  return scores;
}

/**
 * Indexes pair values by their two parts. A word may itself hold '|', so each value is
 * indexed at every '|' in it: `first|second` matches exactly when some split gives the parts.
 */
function pairIndex(rows: ReadonlyMap<string, number> | undefined): PairIndex {
  const index: PairIndex = new Map();
  for (const [value, row] of rows ?? []) {
    for (let bar = value.indexOf('|'); bar >= 0; bar = value.indexOf('|', bar + 1)) {
      const first = value.slice(0, bar);
      let seconds = index.get(first);
      if (!seconds) index.set(first, (seconds = new Map()));
      seconds.set(value.slice(bar + 1), row);
    }
  }
  return index;
}

const cache = new WeakMap<WeightTable, TableLookups>();

/** The lookups of a weight table, built on first use. */
export function lookupsOf(table: WeightTable): TableLookups {
  let lookups = cache.get(table);
  if (!lookups) cache.set(table, (lookups = new TableLookups(table)));
  return lookups;
}
