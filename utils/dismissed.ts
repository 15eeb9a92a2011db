/**
 * Articles whose banner the reader dismissed, kept on this device only. Each dismissal is one
 * small storage entry, "dismissed:<hash of the article key>" → when (ms): a page cannot make an
 * entry bigger with a long address or canonical link, a page load reads one entry, and two
 * tabs dismissing at once never overwrite each other. At most MAX_DISMISSED are kept (oldest
 * forgotten first), so the whole list stays under MAX_DISMISSED × ENTRY_BYTES.
 */
import { browser } from 'wxt/browser';
import { serialQueue, versionKeyOf } from './storage-item.ts';

export const MAX_DISMISSED = 2000;
const PREFIX = 'dismissed:';
/** The most one entry takes in storage: the key (prefix + 16 hex digits) and a timestamp. */
export const ENTRY_BYTES = PREFIX.length + 16 + 16;
/** The single-object list older versions kept (a page could grow it to the whole quota). */
const LEGACY_KEY = 'dismissed';

/** A dismissal could not be saved even after making room; the reader is told. */
export class DismissNotSavedError extends Error {}

/** The storage key for an article key: fixed length whatever the page's address. */
export function dismissalKey(articleKey: string): string {
  // Two 32-bit FNV-1a-style hashes with different seeds: 64 bits, no collisions in practice
  // among a few thousand keys, and no crypto API needed in the content script.
  let a = 0x811c9dc5;
  let b = 0x9747b28c;
  for (let i = 0; i < articleKey.length; i++) {
    const c = articleKey.charCodeAt(i);
    a = Math.imul(a ^ c, 0x01000193);
    b = Math.imul(b ^ c, 0x5bd1e995);
    b ^= b >>> 15;
  }
  const hex = (n: number) => (n >>> 0).toString(16).padStart(8, '0');
  return `${PREFIX}${hex(a)}${hex(b)}`;
}

export async function isDismissed(articleKey: string): Promise<boolean> {
  const storageKey = dismissalKey(articleKey);
  try {
    const stored = await browser.storage.local.get(storageKey);
    return typeof stored[storageKey] === 'number';
  } catch {
    return false;
  }
}

// A dismissal prunes the whole list (read, then remove): two must not interleave.
const inTurn = serialQueue();

/**
 * Remembers a dismissal. When storage is full, the oldest half of the dismissals is forgotten
 * and the write tried again; rejects with DismissNotSavedError if it still fails.
 */
export function dismiss(articleKey: string, now = Date.now()): Promise<void> {
  const run = async () => {
    const entry = { [dismissalKey(articleKey)]: now };
    try {
      await browser.storage.local.set(entry);
    } catch (error) {
      if (!/quota/i.test(String(error))) throw new DismissNotSavedError(String(error));
      await prune('half');
      try {
        await browser.storage.local.set(entry);
      } catch (retryError) {
        throw new DismissNotSavedError(String(retryError));
      }
    }
    await prune(MAX_DISMISSED).catch(() => {}); // the dismissal is saved; trimming can wait for the next one
  };
  return inTurn(run);
}

/**
 * Keeps the newest `keep` dismissals and removes the rest, and the older versions' single list
 * (its newest entries are carried over first); 'half' keeps the newer half, to make room when
 * storage is full. Runs on a dismissal and when Backstory updates.
 */
export async function prune(limit: number | 'half' = MAX_DISMISSED): Promise<void> {
  const stored = await browser.storage.local.get(null);
  const entries: [string, number][] = [];
  for (const [key, at] of Object.entries(stored)) {
    if (key.startsWith(PREFIX) && typeof at === 'number' && Number.isFinite(at)) entries.push([key, at]);
  }
  const stale: string[] = [];
  const carried: Record<string, number> = {};
  if (Object.hasOwn(stored, LEGACY_KEY)) {
    stale.push(LEGACY_KEY, versionKeyOf(LEGACY_KEY));
    const legacy = stored[LEGACY_KEY];
    if (typeof legacy === 'object' && legacy !== null && !Array.isArray(legacy)) {
      const old = Object.entries(legacy as Record<string, unknown>)
        .filter((e): e is [string, number] => typeof e[1] === 'number' && Number.isFinite(e[1]))
        .sort((x, y) => y[1] - x[1])
        .slice(0, MAX_DISMISSED);
      for (const [articleKey, at] of old) {
        const key = dismissalKey(articleKey);
        if (!Object.hasOwn(stored, key)) {
          carried[key] = at;
          entries.push([key, at]);
        }
      }
    }
  }
  entries.sort((x, y) => y[1] - x[1]);
  const keep = limit === 'half' ? Math.floor(entries.length / 2) : limit;
  const dropped = new Set(entries.slice(keep).map(([key]) => key));
  for (const key of dropped) if (!Object.hasOwn(carried, key)) stale.push(key);
  for (const key of dropped) delete carried[key];
  // Remove first: the old list may be what filled the quota.
  if (stale.length) await browser.storage.local.remove(stale);
  if (Object.keys(carried).length) await browser.storage.local.set(carried);
}
