/**
 * Settings in extension storage: one versioned item, read through `normalizeSettings` so
 * a corrupt or outdated stored value never breaks a page (it falls back field by field).
 */
import { normalizeHost, normalizeSettings, SETTINGS_VERSION, type Settings } from '../lib/settings.ts';
import { defineStoredItem } from './storage-item.ts';

export const settingsItem = defineStoredItem('sync', 'settings', {
  normalize: normalizeSettings,
  version: SETTINGS_VERSION,
  // Version 1 is the first schema. A later version adds `2: (v1) => v2` here;
  // normalizeSettings then fills in any field a migration does not know about.
  migrations: {},
});

/** The reader's settings; the defaults if storage is unreadable. */
export const loadSettings = (): Promise<Settings> => settingsItem.get();

/**
 * Applies a change to the stored settings and returns the result. Throws when storage
 * refuses the write (quota exceeded), so the UI can say the change was not saved.
 */
export async function updateSettings(change: (current: Settings) => Partial<Settings>): Promise<Settings> {
  const current = await loadSettings();
  const next = normalizeSettings({ ...current, ...change(current) });
  await settingsItem.set(next);
  return next;
}

/** Calls `onChange` with normalised settings whenever they change (in any tab or page). */
export const watchSettings = (onChange: (settings: Settings) => void): (() => void) => settingsItem.watch(onChange);

/** Adds or removes a site from the quiet list. */
export function setSiteQuiet(host: string, quiet: boolean): Promise<Settings> {
  const site = normalizeHost(host);
  return updateSettings(({ quietSites }) => ({
    quietSites: quiet ? [...quietSites.filter((s) => s !== site), site] : quietSites.filter((s) => s !== site),
  }));
}
