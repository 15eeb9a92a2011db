/**
 * Articles whose banner the reader dismissed, kept on this device only. The list is
 * capped so it cannot grow without bound; the oldest dismissals are forgotten first.
 */
import { storage } from 'wxt/utils/storage';

const MAX_DISMISSED = 2000;

export const dismissedItem = storage.defineItem<Record<string, number>>('local:dismissed', { fallback: {} });

async function readDismissed(): Promise<Record<string, number>> {
  try {
    const value = await dismissedItem.getValue();
    return typeof value === 'object' && value !== null && !Array.isArray(value) ? value : {};
  } catch {
    return {};
  }
}

export async function isDismissed(key: string): Promise<boolean> {
  return typeof (await readDismissed())[key] === 'number';
}

export async function dismiss(key: string, now = Date.now()): Promise<void> {
  const entries = Object.entries(await readDismissed()).filter(([, at]) => typeof at === 'number');
  entries.push([key, now]);
  entries.sort((a, b) => b[1] - a[1]);
  await dismissedItem.setValue(Object.fromEntries(entries.slice(0, MAX_DISMISSED)));
}
