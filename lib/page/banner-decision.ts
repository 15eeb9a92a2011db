/**
 * Whether the staleness banner shows on a page, and what it says. Pure: the content
 * script gathers the inputs (page, settings, dismissals) and renders the result.
 */
import { ageBetween, isStale, type Age } from '../age.ts';
import { localDay, parseDay } from '../day.ts';
import { isQuietHost, type Settings } from '../settings.ts';
import type { ArticleDates, DateCandidate, FoundDate } from '../types.ts';
import type { QuickLook } from './quick-look.ts';

export interface BannerModel {
  age: Age;
  /** The date the age is computed from, and whether it is the publication or the update. */
  basis: { kind: 'published' | 'updated'; date: FoundDate };
  published: FoundDate | null;
  updated: FoundDate | null;
  /** Every date considered, for "why this date?". */
  candidates: DateCandidate[];
}

export interface BannerContext {
  host: string;
  dismissed: boolean;
  now: Date;
}

/** What judging a story's age needs: its dates (a quick look or a full analysis). */
type Dated = { dates: ArticleDates };

/** The date the reader asked to judge by, falling back to publication when there is no update. */
export function judgedDate(look: Dated, judgeBy: Settings['judgeBy']): BannerModel['basis'] | null {
  const { published, updated } = look.dates;
  if (judgeBy === 'updated' && updated) return { kind: 'updated', date: updated };
  if (published) return { kind: 'published', date: published };
  return updated ? { kind: 'updated', date: updated } : null;
}

/** The age of the story in the reader's calendar, or null when it has no usable date. */
export function storyAge(look: Dated, judgeBy: Settings['judgeBy'], now: Date) {
  const basis = judgedDate(look, judgeBy);
  const day = basis && parseDay(basis.date.day);
  const age = day && ageBetween(day, localDay(now));
  return basis && age ? { basis, age } : null;
}

/**
 * The page's only date is a "last updated" line: a maintained page (travel advice, a manual, an
 * information page), not a story fixed at publication. Its age would be the last edit's.
 */
export function datedOnlyByUpdate(dates: ArticleDates): boolean {
  const day = dates.published?.day;
  const same = dates.candidates.filter((c) => c.day === day);
  return same.length > 0 && same.every((c) => c.kind === 'updated');
}

/** The banner to show, or null when the page gets none. When unsure, it stays quiet. */
export function decideBanner(look: QuickLook, settings: Settings, context: BannerContext): BannerModel | null {
  if (!settings.bannerEnabled || !look.verdict.isArticle || context.dismissed) return null;
  if (isQuietHost(settings, context.host)) return null;
  if (datedOnlyByUpdate(look.dates)) return null;
  const judged = storyAge(look, settings.judgeBy, context.now);
  if (!judged || !isStale(judged.age, settings.thresholdMonths)) return null;
  const { published, updated, candidates } = look.dates;
  return { ...judged, published, updated, candidates };
}
