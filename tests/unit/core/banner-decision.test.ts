import { describe, expect, it } from 'vitest';
import { decideBanner, judgedDate } from '../../../lib/page/banner-decision.ts';
import { DEFAULT_SETTINGS, type Settings } from '../../../lib/settings.ts';
import type { QuickLook } from '../../../lib/page/quick-look.ts';
import type { FoundDate } from '../../../lib/types.ts';

const date = (day: string): FoundDate => ({ day, source: 'meta', detail: 'test', confidence: 0.9 });
const look = (published: string | null, updated: string | null = null, isArticle = true): QuickLook => ({
  verdict: { isArticle, signals: [] },
  dates: { published: published ? date(published) : null, updated: updated ? date(updated) : null, candidates: [] },
});
const now = new Date(2026, 10, 28, 12);
const context = { host: 'www.vice.com', dismissed: false, now };
const settings = (change: Partial<Settings> = {}): Settings => ({ ...DEFAULT_SETTINGS, ...change });

describe('decideBanner', () => {
  it('shows the seed story as over 9 years old', () => {
    const model = decideBanner(look('2017-09-28'), settings(), context)!;
    expect(model.age).toMatchObject({ count: 9, unit: 'year' });
    expect(model.basis.kind).toBe('published');
  });

  it('shows nothing on fresh stories, non-articles, undated pages or future dates', () => {
    expect(decideBanner(look('2026-10-01'), settings(), context)).toBeNull();
    expect(decideBanner(look('2017-09-28', null, false), settings(), context)).toBeNull();
    expect(decideBanner(look(null), settings(), context)).toBeNull();
    expect(decideBanner(look('2027-01-01'), settings(), context)).toBeNull();
  });

  it('respects the threshold, the switch, the quiet sites and dismissals', () => {
    expect(decideBanner(look('2026-07-01'), settings({ thresholdMonths: 3 }), context)).not.toBeNull();
    expect(decideBanner(look('2017-09-28'), settings({ bannerEnabled: false }), context)).toBeNull();
    expect(decideBanner(look('2017-09-28'), settings({ quietSites: ['vice.com'] }), context)).toBeNull();
    expect(decideBanner(look('2017-09-28'), settings(), { ...context, dismissed: true })).toBeNull();
  });

  it('judges by the update when asked and when the page has one', () => {
    const refreshed = look('2017-09-28', '2026-11-01');
    expect(decideBanner(refreshed, settings({ judgeBy: 'updated' }), context)).toBeNull();
    expect(decideBanner(refreshed, settings(), context)).not.toBeNull();
    expect(judgedDate(look('2017-09-28'), 'updated')!.kind).toBe('published');
    expect(judgedDate(look(null, '2020-01-01'), 'published')!.kind).toBe('updated');
  });
});
