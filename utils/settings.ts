/**
 * Settings in extension storage: one versioned item, read through `normalizeSettings` so
 * a corrupt or outdated stored value never breaks a page (it falls back field by field).
 * Every change is applied to a fresh read of the stored settings, never to a copy a page
 * kept, and nothing is written when that read fails.
 */
import {
  normalizeHost,
  normalizeSettings,
  QUIET_SITES_MAX_BYTES,
  quietSitesBytes,
  SECTIONS,
  SETTINGS_VERSION,
  type Settings,
} from '../lib/settings.ts';
import { isSiteName } from '../lib/host.ts';
import { defineStoredItem } from './storage-item.ts';

export { StorageReadError } from './storage-item.ts';

export const settingsItem = defineStoredItem('sync', 'settings', {
  normalize: normalizeSettings,
  version: SETTINGS_VERSION,
  // Version 1 is the first schema. A later version adds `2: (v1) => v2` here;
  // normalizeSettings then fills in any field a migration does not know about.
  migrations: {},
});

/** The quiet list is full (sync storage's 8 KB per item): the reader must remove a site first. */
export class QuietListFullError extends Error {
  constructor() {
    super(`the quiet list is full (${QUIET_SITES_MAX_BYTES} bytes)`);
  }
}

/** The reader's settings; the defaults if storage is unreadable. */
export const loadSettings = (): Promise<Settings> => settingsItem.get();

/**
 * Applies a change to the stored settings and returns the result. Throws, writing nothing,
 * when storage cannot be read (StorageReadError), when a site would not fit in the quiet list
 * (QuietListFullError), or when storage refuses the write (quota exceeded), so the UI can say
 * the change was not saved.
 */
export function updateSettings(change: (current: Settings) => Partial<Settings>): Promise<Settings> {
  return settingsItem.update((current) => {
    const merged = { ...current, ...change(current) };
    if (quietSitesBytes(merged.quietSites.map(normalizeHost)) > QUIET_SITES_MAX_BYTES) throw new QuietListFullError();
    return normalizeSettings(merged);
  });
}

/** Calls `onChange` with normalised settings whenever they change (in any tab or page). */
export const watchSettings = (onChange: (settings: Settings) => void): (() => void) => settingsItem.watch(onChange);

/** Adds or removes a site from the quiet list (refused for a host that is not a site name). */
export function setSiteQuiet(host: string, quiet: boolean): Promise<Settings> {
  const site = normalizeHost(host);
  if (!isSiteName(site)) return Promise.reject(new Error(`not a site name: ${JSON.stringify(host.slice(0, 100))}`));
  return updateSettings(({ quietSites }) => ({
    quietSites: quiet ? [...quietSites.filter((s) => s !== site), site] : quietSites.filter((s) => s !== site),
  }));
}

/**
 * An edit made on a page that showed `shown`, as a change to whatever is stored now: only the
 * fields the reader touched, quiet sites as added and removed, sections one by one. A page's
 * stale copy never overwrites a change made elsewhere meanwhile.
 */
export function editOf(shown: Settings, edit: Partial<Settings>): (current: Settings) => Partial<Settings> {
  return (current) => {
    const change: Partial<Settings> = { ...edit };
    if (edit.quietSites) {
      const added = edit.quietSites.map(normalizeHost).filter((site) => !shown.quietSites.includes(site));
      const removed = new Set(shown.quietSites.filter((site) => !edit.quietSites!.map(normalizeHost).includes(site)));
      change.quietSites = [...current.quietSites.filter((site) => !removed.has(site) && !added.includes(site)), ...added];
    }
    if (edit.sections) {
      const sections = { ...current.sections };
      for (const section of SECTIONS) {
        if (edit.sections[section] !== shown.sections[section]) sections[section] = edit.sections[section];
      }
      change.sections = sections;
    }
    return change;
  };
}
