import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, isQuietHost, normalizeHost, normalizeSettings } from '../../../lib/settings.ts';

describe('normalizeSettings', () => {
  it('gives the defaults for missing or non-object values', () => {
    for (const raw of [undefined, null, 42, 'x', [], true]) {
      expect(normalizeSettings(raw)).toEqual(DEFAULT_SETTINGS);
    }
  });

  it('keeps valid fields and replaces only the corrupt ones', () => {
    const settings = normalizeSettings({
      bannerEnabled: false,
      thresholdMonths: 'forever',
      judgeBy: 'updated',
      quietSites: ['Example.com', 42, 'www.news.example.org', 'not a host'],
      sections: { people: false, quotes: 'yes' },
      theme: 'neon',
    });
    expect(settings).toEqual({
      bannerEnabled: false,
      thresholdMonths: 12,
      judgeBy: 'updated',
      quietSites: ['example.com', 'news.example.org'],
      sections: { people: false, organizations: true, places: true, other: true, quotes: true },
      theme: 'system',
    });
  });

  it('accepts only the offered thresholds', () => {
    expect(normalizeSettings({ thresholdMonths: 6 }).thresholdMonths).toBe(6);
    expect(normalizeSettings({ thresholdMonths: 7 }).thresholdMonths).toBe(12);
    expect(normalizeSettings({ thresholdMonths: -1 }).thresholdMonths).toBe(12);
  });

  it('removes duplicate sites and caps the list to what sync storage holds in one item', () => {
    const many = Array.from({ length: 1500 }, (_, i) => `site${i}.example`);
    expect(normalizeSettings({ quietSites: ['a.example', 'A.example'] }).quietSites).toEqual(['a.example']);
    const kept = normalizeSettings({ quietSites: many }).quietSites;
    expect(kept).toEqual(many.slice(0, kept.length)); // the first ones, in order
    expect(JSON.stringify(normalizeSettings({ quietSites: many })).length + 'settings'.length).toBeLessThanOrEqual(8192);
  });
});

describe('quiet hosts', () => {
  it('matches the host and its subdomains, not look-alikes', () => {
    const settings = { quietSites: ['example.com'] };
    expect(isQuietHost(settings, 'example.com')).toBe(true);
    expect(isQuietHost(settings, 'www.example.com')).toBe(true);
    expect(isQuietHost(settings, 'news.example.com')).toBe(true);
    expect(isQuietHost(settings, 'badexample.com')).toBe(false);
    expect(isQuietHost(settings, 'example.com.evil.org')).toBe(false);
  });

  it('normalises hosts', () => {
    expect(normalizeHost(' WWW.Example.COM:8080 ')).toBe('example.com');
  });
});
