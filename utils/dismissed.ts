/**
 * Articles whose banner the reader dismissed, kept on this device only. The list is
 * capped so it cannot grow without bound; the oldest dismissals are forgotten first.
 */
import { defineStoredItem } from './storage-item.ts';

const MAX_DISMISSED = 2000;

/** Article key → when it was dismissed (ms). Anything else in storage is dropped. */
function normalizeDismissed(raw: unknown): Record<string, number> {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return {};
  return Object.fromEntries(Object.entries(raw).filter(([, at]) => typeof at === 'number' && Number.isFinite(at)));
}

export const dismissedItem = defineStoredItem('local', 'dismissed', { normalize: normalizeDismissed, version: 1 });

export async function isDismissed(key: string): Promise<boolean> {
  return key in (await dismissedItem.get());
}

export async function dismiss(key: string, now = Date.now()): Promise<void> {
  const entries = Object.entries(await dismissedItem.get());
  entries.push([key, now]);
  entries.sort((a, b) => b[1] - a[1]);
  await dismissedItem.set(Object.fromEntries(entries.slice(0, MAX_DISMISSED)));
}
