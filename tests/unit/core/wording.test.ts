import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { intlWording, presetWording, wordAhead } from '../../../lib/wording.ts';
import type { BannerModel } from '../../../lib/page/banner-decision.ts';
import { bannerWording } from '../../../entrypoints/content/banner-wording.ts';

const german = intlWording('de');
const english = intlWording('en-US');
const published = { day: '2017-09-28', source: 'meta' as const, detail: 'meta', confidence: 0.9 };
const model: BannerModel = {
  age: { days: 3349, months: 110, count: 9, unit: 'year' },
  basis: { kind: 'published', date: published },
  published,
  updated: null,
  candidates: [{ ...published, kind: 'published' }, { day: '2017-10-01', source: 'text', detail: 'byline', confidence: 0.5, kind: 'updated' }],
};

describe('wording ages and dates ahead of time', () => {
  it('words what it is asked for, as Intl would in place', () => {
    const words = wordAhead(german, [{ count: 9, unit: 'year' }], ['2017-09-28']);
    const wording = presetWording(words, english);
    expect(wording.ageAmount({ count: 9, unit: 'year' })).toBe(german.ageAmount({ count: 9, unit: 'year' }));
    expect(wording.day('2017-09-28')).toBe(german.day('2017-09-28'));
  });

  it('falls back for anything it was not given, and ignores inherited keys', () => {
    const wording = presetWording({ ages: {}, days: {} }, english);
    expect(wording.day('2017-09-28')).toBe('Sep 28, 2017');
    expect(wording.ageAmount({ count: 1, unit: 'year' })).toBe('1 year');
    expect(wording.day('constructor')).toBe('constructor');
  });
});

describe('the banner asks the background for its words', () => {
  beforeEach(() => {
    fakeBrowser.reset();
    vi.restoreAllMocks();
  });

  it('asks once for the age and every day it shows, and uses the answer', async () => {
    const send = vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockResolvedValue(
      { ages: { '9 year': '9 Jahre' }, days: { '2017-09-28': '28. Sept. 2017', '2017-10-01': '1. Okt. 2017' } } as never,
    );
    const wording = await bannerWording(model, english);
    expect(send).toHaveBeenCalledTimes(1);
    expect(send).toHaveBeenCalledWith({ type: 'backstory:wording', ages: [{ count: 9, unit: 'year' }], days: ['2017-09-28', '2017-10-01'] });
    expect(wording.ageAmount(model.age)).toBe('9 Jahre');
    expect(wording.day('2017-10-01')).toBe('1. Okt. 2017');
  });

  it('words them itself when the background cannot answer or answers nonsense', async () => {
    vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockRejectedValueOnce(new Error('Could not establish connection.')).mockResolvedValueOnce(undefined as never);
    for (let i = 0; i < 2; i++) {
      const wording = await bannerWording(model, english);
      expect(wording.day('2017-09-28')).toBe('Sep 28, 2017');
      expect(wording.ageAmount(model.age)).toBe('9 years');
    }
  });
});
