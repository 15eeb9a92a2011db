/**
 * Combining candidates into the published and updated day. Independent sources that agree
 * reinforce each other (noisy-OR of each source's best weight for that day); "updated" dates
 * count only a little towards publication.
 */
import type { ArticleDates, FoundDate } from '../../types.ts';
import type { Candidate } from './candidate.ts';
import { shiftDay } from '../../day.ts';
import { W } from './weights.ts';
import { ANY_OFFSET, writtenOffset, type Offsets } from './zone.ts';

/** A timestamp written in UTC with a time of day: "2017-09-29T02:30:00Z". */
const UTC_TIME = /[T ](\d\d?):(\d\d?)(?::\d\d?(?:\.\d+)?)?\s*(?:Z|[+-]00:?00|GMT|UTC)/i;
const LOCAL_SOURCES = new Set(['url', 'byline', 'text', 'microdata', 'time']);

/**
 * A UTC timestamp's day can be a day off the publisher's own ("2017-09-29T02:30:00Z" is the
 * evening of the 28th in New York). When the address or the page text shows the neighbouring
 * day, and an offset the publisher can be at carries the timestamp across midnight into that
 * day, that is the day as the publisher wrote it, and the UTC candidate counts for it. An
 * "updated" line never moves it, nor a neighbouring day no plausible offset explains (a German
 * page's "Akt.: 29. Juni" next to "2021-06-28T09:00:00Z").
 *
 * `offsets` are the page's plausible offsets (its language's, see zone.ts); offsets the page
 * writes in its own timestamps ("+02:00") replace them.
 */
export function localise(candidates: Candidate[], offsets: Offsets = ANY_OFFSET): Candidate[] {
  const local = localDays(candidates);
  const { min, max } = publisherOffsets(candidates, offsets);
  return candidates.map((c) => {
    const m = UTC_TIME.exec(c.raw ?? '');
    if (!m || local.has(c.day)) return c;
    const hours = +m[1]! + +m[2]! / 60;
    const before = shiftDay(c.day, -1);
    const after = shiftDay(c.day, 1);
    // The publisher's clock reads hours + offset: below 0 is the day before, 24 or more the day after.
    const day = hours + min < 0 && local.has(before) ? before : hours + max >= 24 && local.has(after) ? after : null;
    return day ? { ...c, day, detail: `${c.detail} (UTC, read in the publisher's time zone)` } : c;
  });
}

/** The publication days the page shows in its own time: its address, a byline, a local timestamp. */
function localDays(candidates: Candidate[]): Set<string> {
  const local = new Set<string>();
  for (const c of candidates) {
    if (LOCAL_SOURCES.has(c.source) && c.kind !== 'updated' && c.confidence >= 0.5 && !UTC_TIME.test(c.raw ?? '')) local.add(c.day);
  }
  return local;
}

/** The offsets the publisher can be at: those its timestamps are written with, else the page's language's. */
function publisherOffsets(candidates: Candidate[], offsets: Offsets): Offsets {
  const written: number[] = [];
  for (const c of candidates) {
    const offset = writtenOffset(c.raw);
    if (offset !== null) written.push(offset);
  }
  return written.length ? { min: Math.min(...written), max: Math.max(...written) } : offsets;
}

/**
 * Whether `localise` could move one of these candidates to a neighbouring day, given dates the
 * page shows elsewhere: a UTC timestamp close enough to midnight for a plausible offset to cross
 * it, unless its day is one the page already shows in its own time (its address, say), which
 * keeps it there whatever else is found.
 */
export function mayLocalise(candidates: Candidate[], offsets: Offsets = ANY_OFFSET): boolean {
  const local = localDays(candidates);
  const { min, max } = publisherOffsets(candidates, offsets);
  return candidates.some((c) => {
    const m = UTC_TIME.exec(c.raw ?? '');
    if (!m || local.has(c.day)) return false;
    const hours = +m[1]! + +m[2]! / 60;
    return hours + min < 0 || hours + max >= 24;
  });
}

interface Tally {
  day: string;
  best: Candidate;
  /** Best weight per source, for published/unknown candidates. */
  bySource: Map<string, number>;
  score: number;
}

function tally(candidates: Candidate[], accept: (c: Candidate) => number): Tally[] {
  const byDay = new Map<string, Tally>();
  for (const c of candidates) {
    const w = c.confidence * accept(c);
    if (w <= 0) continue;
    let t = byDay.get(c.day);
    if (!t) byDay.set(c.day, (t = { day: c.day, best: c, bySource: new Map(), score: 0 }));
    if (w > (t.bySource.get(c.source) ?? 0)) t.bySource.set(c.source, w);
    if (w > t.best.confidence * accept(t.best)) t.best = c;
  }
  const out = [...byDay.values()];
  for (const t of out) t.score = 1 - [...t.bySource.values()].reduce((p, w) => p * (1 - w), 1);
  return out.sort((a, b) => b.score - a.score || (a.day < b.day ? -1 : 1));
}

const found = (t: Tally): FoundDate => {
  const { day, raw, source, detail } = t.best;
  const f: FoundDate = { day, source, detail, confidence: Math.round(t.score * 1000) / 1000 };
  if (raw !== undefined) f.raw = raw;
  return f;
};

/** Picks published and updated days from the plausible candidates. */
export function rank(candidates: Candidate[]): ArticleDates {
  const pub = tally(candidates, (c) => (c.kind === 'updated' ? W.updatedAsPublished : 1));
  let published = pub[0] ?? null;
  // A page whose only firm date is its "updated"/"Stand" line is dated by that line.
  const updates = tally(candidates, (c) => (c.kind === 'updated' ? 1 : 0));
  const lastUpdate = updates[0];
  if (lastUpdate && (!published || published.score < W.weakPublished) && lastUpdate.score > (published?.score ?? 0)) {
    published = lastUpdate;
  }
  const upd = updates.filter((t) => !published || t.day > published.day);
  const updated = upd[0] ?? null;
  const sorted = [...candidates].sort((a, b) => b.confidence - a.confidence).slice(0, 10);
  return { published: published && found(published), updated: updated && found(updated), candidates: sorted };
}
