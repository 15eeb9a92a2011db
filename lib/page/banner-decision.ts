/**
 * Whether the staleness banner shows on a page, and what it says. Pure: the content
 * script gathers the inputs (page, settings, dismissals) and renders the result.
 */
import { ageBetween, isStale, type Age } from '../age.ts';
import { localDay, parseDay } from '../day.ts';
import { isQuietHost, type Settings } from '../settings.ts';
import type { ArticleDates, DateCandidate, DateSource, FoundDate } from '../types.ts';
import type { QuickLook } from './quick-look.ts';
import { claimsStory } from './detect/signals.ts';
import { W } from './dates/weights.ts';

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
  // A teaser or sidebar that repeats the day ("Italien: neue Hinweise, 12.11.2021") is not the page's own.
  const same = dates.candidates.filter((c) => c.day === day && !c.elsewhere);
  return same.length > 0 && same.every((c) => c.kind === 'updated');
}

/** Where a page's date comes from: markup a reader never sees, or the page's visible text. */
const VISIBLE = new Set<DateSource>(['text', 'byline', 'microdata', 'time']);
/** How close (in weight) another day must come to the best for the date to be ambiguous. */
const RIVAL_MARGIN = 0.05;

/**
 * A page that does not say it is a story (no article markup) and whose date is not a story's:
 * - only a generic metadata date (`<meta name="date">`, Dublin Core's `DC.Date`), which site
 *   tools stamp on any page, often at its last edit;
 * - a date from its text, away from the headline, with two other days about as likely: a list of
 *   dated items (news teasers, reviews, a shop's offers), where no one date is the page's.
 * When unsure, the banner stays quiet.
 */
export function unsureDate(look: QuickLook): string | null {
  const { published, candidates } = look.dates;
  if (!published || claimsStory(look.verdict.signals)) return null;
  const own = candidates.filter((c) => c.day === published.day);
  if (own.length > 0 && own.every((c) => c.source === 'meta' && c.confidence < W.metaNamed)) return 'generic meta date';
  if (!VISIBLE.has(published.source) || own.some((c) => c.nearHeadline)) return null;
  const best = Math.max(0, ...own.map((c) => c.confidence));
  const rivals = new Set(candidates.filter((c) => c.day !== published.day && c.kind !== 'updated' && !c.elsewhere && c.confidence >= best - RIVAL_MARGIN).map((c) => c.day));
  return rivals.size >= 2 ? 'several dates, none by the headline' : null;
}

/** The banner to show, or null when the page gets none. When unsure, it stays quiet. */
export function decideBanner(look: QuickLook, settings: Settings, context: BannerContext): BannerModel | null {
  if (!settings.bannerEnabled || !look.verdict.isArticle || context.dismissed) return null;
  if (isQuietHost(settings, context.host)) return null;
  if (datedOnlyByUpdate(look.dates) || unsureDate(look)) return null;
  const judged = storyAge(look, settings.judgeBy, context.now);
  if (!judged || !isStale(judged.age, settings.thresholdMonths)) return null;
  const { published, updated, candidates } = look.dates;
  return { ...judged, published, updated, candidates };
}
