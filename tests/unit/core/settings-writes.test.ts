/**
 * Writes that must not lose the reader's data (issue 18): a failed read never leads to a write
 * of defaults, quick successive changes all land, and a page's stale copy of the settings
 * never overwrites a change made elsewhere.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { DEFAULT_SETTINGS, isQuietHost, normalizeSettings, QUIET_SITES_MAX_BYTES } from '../../../lib/settings.ts';
import { editOf, loadSettings, QuietListFullError, setSiteQuiet, StorageReadError, updateSettings } from '../../../utils/settings.ts';

const SYNC_QUOTA_BYTES_PER_ITEM = 8192;

describe('settings writes', () => {
  beforeEach(() => fakeBrowser.reset());

  it('refuses to write after a failed read, so the quiet list is not replaced by defaults', async () => {
    await setSiteQuiet('example.com', true);
    const original = fakeBrowser.storage.sync.get;
    fakeBrowser.storage.sync.get = () => Promise.reject(new Error('storage unavailable'));
    try {
      await expect(updateSettings(() => ({ theme: 'dark' }))).rejects.toBeInstanceOf(StorageReadError);
    } finally {
      fakeBrowser.storage.sync.get = original;
    }
    expect((await loadSettings()).quietSites).toEqual(['example.com']);
  });

  it('keeps both of two quick quiet-site changes', async () => {
    await Promise.all([setSiteQuiet('a.example', true), setSiteQuiet('b.example', true)]);
    expect((await loadSettings()).quietSites.sort()).toEqual(['a.example', 'b.example']);
  });

  it('keeps both of two quick settings changes', async () => {
    await Promise.all([updateSettings(() => ({ theme: 'dark' })), updateSettings(() => ({ thresholdMonths: 24 }))]);
    expect(await loadSettings()).toMatchObject({ theme: 'dark', thresholdMonths: 24 });
  });

  it('a later change still runs after an earlier one failed', async () => {
    const failing = updateSettings(() => {
      throw new Error('nope');
    });
    const next = updateSettings(() => ({ theme: 'light' }));
    await expect(failing).rejects.toThrow('nope');
    expect((await next).theme).toBe('light');
  });

  it('makes hosts with "_", single-label intranet names and IPv6 literals quiet', async () => {
    for (const host of ['my_host.example.com', 'intranet', '[::1]', '[2001:db8::1]:8080', '192.168.0.10']) {
      await setSiteQuiet(host, true);
    }
    const settings = await loadSettings();
    expect(settings.quietSites).toEqual(['my_host.example.com', 'intranet', '[::1]', '[2001:db8::1]', '192.168.0.10']);
    expect(isQuietHost(settings, 'intranet')).toBe(true);
    expect(isQuietHost(settings, '[2001:db8::1]')).toBe(true);
  });

  it('refuses what is not a host name', async () => {
    await expect(setSiteQuiet('not a host', true)).rejects.toThrow(/not a site name/);
    await expect(setSiteQuiet('', true)).rejects.toThrow(/not a site name/);
    expect((await loadSettings()).quietSites).toEqual([]);
  });

  it('keeps the stored settings under the 8 KB sync item quota, and says when the quiet list is full', async () => {
    const sites: string[] = [];
    let full: unknown = null;
    for (let i = 0; i < 1000 && !full; i++) {
      const site = `a-rather-long-site-name-${i}.example.com`;
      try {
        await setSiteQuiet(site, true);
        sites.push(site);
      } catch (error) {
        full = error;
      }
    }
    expect(full).toBeInstanceOf(QuietListFullError);
    const stored = await fakeBrowser.storage.sync.get('settings');
    expect('settings'.length + JSON.stringify(stored.settings).length).toBeLessThanOrEqual(SYNC_QUOTA_BYTES_PER_ITEM);
    expect((await loadSettings()).quietSites).toEqual(sites); // nothing dropped silently
    expect(JSON.stringify(sites).length).toBeLessThanOrEqual(QUIET_SITES_MAX_BYTES);
  });

  it('writes only what the options page changed, over what is stored now', async () => {
    const shown = normalizeSettings({ quietSites: ['a.example'], sections: { ...DEFAULT_SETTINGS.sections } });
    await fakeBrowser.storage.sync.set({ settings: shown });
    // Meanwhile, in a tab, the reader switches b.example off and hides quotes in the popup.
    await setSiteQuiet('b.example', true);
    await updateSettings((s) => ({ sections: { ...s.sections, quotes: false } }));
    // The options page, still showing its old copy, adds c.example and hides people.
    await updateSettings(editOf(shown, { quietSites: [...shown.quietSites, 'c.example'] }));
    await updateSettings(editOf(shown, { sections: { ...shown.sections, people: false } }));
    const settings = await loadSettings();
    expect(settings.quietSites).toEqual(['a.example', 'b.example', 'c.example']);
    expect(settings.sections).toMatchObject({ quotes: false, people: false, places: true });
    // Removing a site from the stale copy removes that site only.
    await updateSettings(editOf(shown, { quietSites: [] }));
    expect((await loadSettings()).quietSites).toEqual(['b.example', 'c.example']);
  });
});
