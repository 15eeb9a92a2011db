/**
 * Settings in extension storage: one versioned item, read through `normalizeSettings` so
 * a corrupt or outdated stored value never breaks a page (it falls back field by field).
 */
import { storage } from 'wxt/utils/storage';
import { DEFAULT_SETTINGS, SETTINGS_VERSION, normalizeHost, normalizeSettings, type Settings } from '../lib/settings.ts';

export const settingsItem = storage.defineItem<Settings>('sync:settings', {
  fallback: DEFAULT_SETTINGS,
  version: SETTINGS_VERSION,
  // Version 1 is the first schema. Later versions add a migration here; normalizeSettings
  // then fills any field a migration does not know about.
  migrations: {},
});

/** The reader's settings; the defaults if storage is unreadable. */
export async function loadSettings(): Promise<Settings> {
  try {
    return normalizeSettings(await settingsItem.getValue());
  } catch {
    return normalizeSettings(undefined);
  }
}

/**
 * Applies a change to the stored settings and returns the result. Throws when storage
 * refuses the write (quota exceeded), so the UI can say the change was not saved.
 */
export async function updateSettings(change: (current: Settings) => Partial<Settings>): Promise<Settings> {
  const current = await loadSettings();
  const next = normalizeSettings({ ...current, ...change(current) });
  await settingsItem.setValue(next);
  return next;
}

/** Calls `onChange` with normalised settings whenever they change (in any tab or page). */
export function watchSettings(onChange: (settings: Settings) => void): () => void {
  return settingsItem.watch((value) => onChange(normalizeSettings(value)));
}

/** Adds or removes a site from the quiet list. */
export function setSiteQuiet(host: string, quiet: boolean): Promise<Settings> {
  const site = normalizeHost(host);
  return updateSettings(({ quietSites }) => ({
    quietSites: quiet ? [...quietSites.filter((s) => s !== site), site] : quietSites.filter((s) => s !== site),
  }));
}
