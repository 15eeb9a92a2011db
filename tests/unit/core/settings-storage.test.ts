import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { DEFAULT_SETTINGS } from '../../../lib/settings.ts';
import { loadSettings, setSiteQuiet, updateSettings, watchSettings } from '../../../utils/settings.ts';
import { dismiss, isDismissed } from '../../../utils/dismissed.ts';

describe('settings in storage', () => {
  beforeEach(() => fakeBrowser.reset());

  it('starts from the defaults', async () => {
    expect(await loadSettings()).toEqual(DEFAULT_SETTINGS);
  });

  it('saves a change and keeps the other settings', async () => {
    await updateSettings(() => ({ thresholdMonths: 24 }));
    await updateSettings(() => ({ theme: 'dark' }));
    expect(await loadSettings()).toMatchObject({ thresholdMonths: 24, theme: 'dark', bannerEnabled: true });
  });

  it('falls back field by field when the stored value is corrupt', async () => {
    await fakeBrowser.storage.sync.set({ settings: { bannerEnabled: 'nope', thresholdMonths: 60, sections: 3 } });
    const settings = await loadSettings();
    expect(settings.bannerEnabled).toBe(true);
    expect(settings.thresholdMonths).toBe(60);
    expect(settings.sections).toEqual(DEFAULT_SETTINGS.sections);
  });

  it('reads a value written without version metadata (older installs)', async () => {
    await fakeBrowser.storage.sync.set({ settings: { ...DEFAULT_SETTINGS, judgeBy: 'updated' } });
    expect((await loadSettings()).judgeBy).toBe('updated');
  });

  it('keeps the reader\'s settings when they were written by a newer version (downgrade)', async () => {
    await fakeBrowser.storage.sync.set({ settings: { ...DEFAULT_SETTINGS, thresholdMonths: 3, futureField: 1 }, settings$: { v: 99 } });
    const settings = await loadSettings();
    expect(settings.thresholdMonths).toBe(3);
    expect(settings).not.toHaveProperty('futureField');
  });

  it('falls back to defaults when storage itself fails', async () => {
    const original = fakeBrowser.storage.sync.get;
    fakeBrowser.storage.sync.get = () => Promise.reject(new Error('broken'));
    try {
      expect(await loadSettings()).toEqual(DEFAULT_SETTINGS);
    } finally {
      fakeBrowser.storage.sync.get = original;
    }
  });

  it('reports a refused write (quota exceeded) to the caller', async () => {
    const original = fakeBrowser.storage.sync.set;
    fakeBrowser.storage.sync.set = () => Promise.reject(new Error('QUOTA_BYTES_PER_ITEM quota exceeded'));
    try {
      await expect(updateSettings(() => ({ theme: 'dark' }))).rejects.toThrow(/quota/);
    } finally {
      fakeBrowser.storage.sync.set = original;
    }
    expect((await loadSettings()).theme).toBe('system');
  });

  it('adds and removes quiet sites, normalised', async () => {
    await setSiteQuiet('www.Example.com', true);
    expect((await loadSettings()).quietSites).toEqual(['example.com']);
    await setSiteQuiet('example.com', false);
    expect((await loadSettings()).quietSites).toEqual([]);
  });

  it('runs migrations from the stored version and records the new one on write', async () => {
    const { defineStoredItem } = await import('../../../utils/storage-item.ts');
    await fakeBrowser.storage.local.set({ item: { old: 'x' }, item$: { v: 1 } });
    const item = defineStoredItem('local', 'item', {
      version: 3,
      migrations: { 2: (v) => ({ ...(v as object), two: true }), 3: (v) => ({ ...(v as object), three: true }) },
      normalize: (raw) => (raw ?? {}) as Record<string, unknown>,
    });
    expect(await item.get()).toEqual({ old: 'x', two: true, three: true });
    await item.set({ fresh: 1 });
    expect(await fakeBrowser.storage.local.get('item$')).toEqual({ item$: { v: 3 } });
  });

  it('migrates a watched change written by an older version, as get() does', async () => {
    const { defineStoredItem } = await import('../../../utils/storage-item.ts');
    const item = defineStoredItem('sync', 'item', {
      version: 2,
      migrations: { 2: (v) => ({ ...(v as object), migrated: true }) },
      normalize: (raw) => (raw ?? {}) as Record<string, unknown>,
    });
    const seen: unknown[] = [];
    const unwatch = item.watch((v) => seen.push(v));
    // Another device still on version 1 writes the value.
    await fakeBrowser.storage.sync.set({ item: { theme: 'dark' }, item$: { v: 1 } });
    await new Promise((r) => setTimeout(r, 0));
    unwatch();
    expect(seen.at(-1)).toEqual({ theme: 'dark', migrated: true });
  });

  it('notifies watchers with normalised settings', async () => {
    const seen: unknown[] = [];
    const unwatch = watchSettings((s) => seen.push(s.theme));
    await updateSettings(() => ({ theme: 'light' }));
    await new Promise((r) => setTimeout(r, 0));
    unwatch();
    expect(seen).toContain('light');
  });
});

describe('dismissed articles', () => {
  beforeEach(() => fakeBrowser.reset());

  it('remembers a dismissal per article key', async () => {
    expect(await isDismissed('example.com/a')).toBe(false);
    await dismiss('example.com/a');
    expect(await isDismissed('example.com/a')).toBe(true);
    expect(await isDismissed('example.com/b')).toBe(false);
  });

  it('survives a corrupt stored list', async () => {
    await fakeBrowser.storage.local.set({ dismissed: 'garbage' });
    expect(await isDismissed('example.com/a')).toBe(false);
    await dismiss('example.com/a');
    expect(await isDismissed('example.com/a')).toBe(true);
  });
});
