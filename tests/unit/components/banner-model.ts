import type { BannerModel } from '../../../lib/page/banner-decision.ts';

/** The seed story's banner: published 28 Sep 2017, over 9 years before "now", with a weaker URL day. */
export const published = { day: '2017-09-28', source: 'meta' as const, detail: 'meta[property="article:published_time"]', confidence: 0.9 };
export const model: BannerModel = {
  age: { days: 3348, months: 110, count: 9, unit: 'year' },
  basis: { kind: 'published', date: published },
  published,
  updated: null,
  candidates: [{ ...published, kind: 'published' }, { day: '2017-09-27', source: 'url', detail: '/2017/09/27/', confidence: 0.4, kind: 'unknown' }],
};
