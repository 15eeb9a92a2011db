/**
 * Dismissals a page cannot abuse (issue 18): bounded entries whatever the page's address, a
 * bounded list, recovery from a full storage, own-property lookups, and no lost dismissal.
 */
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { dismiss, dismissalKey, DismissNotSavedError, ENTRY_BYTES, isDismissed, MAX_DISMISSED, prune } from '../../../utils/dismissed.ts';

const storedBytes = async () =>
  Object.entries(await fakeBrowser.storage.local.get(null)).reduce((sum, [key, value]) => sum + key.length + JSON.stringify(value).length, 0);

describe('dismissals', () => {
  beforeEach(() => {
    fakeBrowser.reset();
    vi.restoreAllMocks();
  });

  it('remembers a dismissal per article key', async () => {
    await dismiss('example.com/a');
    expect(await isDismissed('example.com/a')).toBe(true);
    expect(await isDismissed('example.com/b')).toBe(false);
  });

  it('stores every article key under a fixed-format key of its own, so no page address can name an inherited property', () => {
    for (const key of ['constructor', '__proto__', 'toString', `example.com/${'z'.repeat(5000)}`]) {
      expect(dismissalKey(key)).toMatch(/^dismissed:[0-9a-f]{16}$/);
    }
    expect(dismissalKey('example.com/a')).not.toBe(dismissalKey('example.com/b'));
  });

  it('stores a fixed-size entry whatever the length of the page\'s address', async () => {
    const huge = `example.com/${'x'.repeat(1_500_000)}`;
    await dismiss(huge);
    expect(await isDismissed(huge)).toBe(true);
    expect(await storedBytes()).toBeLessThanOrEqual(ENTRY_BYTES);
  });

  it('bounds the list by count and bytes, forgetting the oldest first', async () => {
    const n = MAX_DISMISSED + 50;
    for (let i = 0; i < n; i++) await fakeBrowser.storage.local.set({ [`dismissed:${String(i).padStart(16, '0')}`]: i });
    await dismiss(`example.com/${'y'.repeat(100_000)}`, n + 1);
    const keys = Object.keys(await fakeBrowser.storage.local.get(null));
    expect(keys).toHaveLength(MAX_DISMISSED);
    expect(keys).not.toContain(`dismissed:${'0'.repeat(16)}`);
    expect(await storedBytes()).toBeLessThanOrEqual(MAX_DISMISSED * ENTRY_BYTES);
  });

  it('makes room and saves when storage is full (a page filled it)', async () => {
    for (let i = 0; i < 100; i++) await fakeBrowser.storage.local.set({ [`dismissed:${String(i).padStart(16, '0')}`]: i });
    const set = fakeBrowser.storage.local.set.bind(fakeBrowser.storage.local);
    const QUOTA = 60 * ENTRY_BYTES; // already exceeded by the 100 entries
    vi.spyOn(fakeBrowser.storage.local, 'set').mockImplementation(async (items: Record<string, unknown>) => {
      const extra = Object.entries(items).reduce((sum, [k, v]) => sum + k.length + JSON.stringify(v).length, 0);
      if ((await storedBytes()) + extra > QUOTA) throw new Error('QUOTA_BYTES quota exceeded');
      return set(items);
    });
    await dismiss('example.com/real', 1000);
    expect(await isDismissed('example.com/real')).toBe(true);
    expect(Object.keys(await fakeBrowser.storage.local.get(null)).length).toBeLessThanOrEqual(51); // the oldest half went
  });

  it('says so when a dismissal cannot be saved at all', async () => {
    vi.spyOn(fakeBrowser.storage.local, 'set').mockRejectedValue(new Error('QUOTA_BYTES quota exceeded'));
    await expect(dismiss('example.com/a')).rejects.toBeInstanceOf(DismissNotSavedError);
  });

  it('carries over the older single list and removes it', async () => {
    await fakeBrowser.storage.local.set({ dismissed: { 'example.com/old': 5, junk: 'x', 'example.com/older': 1 }, dismissed$: { v: 1 } });
    await prune();
    const stored = await fakeBrowser.storage.local.get(null);
    expect(stored).not.toHaveProperty('dismissed');
    expect(await isDismissed('example.com/old')).toBe(true);
    expect(await isDismissed('example.com/older')).toBe(true);
    expect(await isDismissed('junk')).toBe(false);
  });
});
