import { isSiteName, siteOf } from './host.ts';

/**
 * The reader's settings: one typed definition, its defaults, and a normaliser that turns
 * whatever is in storage (old versions, wrong types, garbage) into valid settings without
 * losing the fields that are still good.
 */

export const THRESHOLD_CHOICES = [1, 3, 6, 12, 24, 60] as const; // months
export const THEMES = ['system', 'light', 'dark'] as const;
export const JUDGE_BY = ['published', 'updated'] as const;
export const SECTIONS = ['people', 'organizations', 'places', 'other', 'quotes'] as const;

export type Theme = (typeof THEMES)[number];
export type JudgeBy = (typeof JUDGE_BY)[number];
export type Section = (typeof SECTIONS)[number];

export interface Settings {
  /** Show the staleness banner on old articles. */
  bannerEnabled: boolean;
  /** An article older than this many months gets the banner. */
  thresholdMonths: number;
  /** Judge age by the publication date or by the last update (when the page has one). */
  judgeBy: JudgeBy;
  /** Host names where Backstory stays quiet (no banner, no badge). */
  quietSites: string[];
  /** Which popup sections are shown. */
  sections: Record<Section, boolean>;
  theme: Theme;
}

export const SETTINGS_VERSION = 1;

export const DEFAULT_SETTINGS: Readonly<Settings> = Object.freeze({
  bannerEnabled: true,
  thresholdMonths: 12,
  judgeBy: 'published',
  quietSites: [],
  sections: { people: true, organizations: true, places: true, other: true, quotes: true },
  theme: 'system',
});

const MAX_QUIET_SITES = 1000;
/**
 * Sync storage refuses an item over 8 KB (key and JSON value), and the settings are one item:
 * the quiet list gets 7,000 bytes of it (about 300 sites of 20 characters), the other settings
 * need under 300. A list at this size is full: adding a site is refused with a message.
 */
export const QUIET_SITES_MAX_BYTES = 7000;

/** Bytes the quiet list takes in the stored settings. */
export const quietSitesBytes = (sites: readonly string[]): number => JSON.stringify(sites).length;

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

function oneOf<T extends string | number>(choices: readonly T[], value: unknown, fallback: T): T {
  return choices.includes(value as T) ? (value as T) : fallback;
}

/** A host name as stored in the quiet list: lower case, no port, no leading "www." (lib/host.ts). */
export const normalizeHost = siteOf;

function normalizeQuietSites(value: unknown): string[] {
  if (!Array.isArray(value)) return [];
  const sites = new Set<string>();
  let bytes = 2; // []
  for (const item of value) {
    if (typeof item !== 'string' || sites.size >= MAX_QUIET_SITES) continue;
    const site = siteOf(item);
    if (!isSiteName(site) || sites.has(site)) continue;
    bytes += site.length + 3; // quotes and comma
    if (bytes > QUIET_SITES_MAX_BYTES) break;
    sites.add(site);
  }
  return [...sites];
}

/**
 * Valid settings from any stored value. Each field is checked on its own, so one corrupt
 * field falls back to its default while the reader's other choices survive.
 */
export function normalizeSettings(raw: unknown): Settings {
  const value = isRecord(raw) ? raw : {};
  const sections = isRecord(value.sections) ? value.sections : {};
  return {
    bannerEnabled: typeof value.bannerEnabled === 'boolean' ? value.bannerEnabled : DEFAULT_SETTINGS.bannerEnabled,
    thresholdMonths: oneOf(THRESHOLD_CHOICES, value.thresholdMonths, DEFAULT_SETTINGS.thresholdMonths as 12),
    judgeBy: oneOf(JUDGE_BY, value.judgeBy, DEFAULT_SETTINGS.judgeBy),
    quietSites: normalizeQuietSites(value.quietSites),
    sections: Object.fromEntries(
      SECTIONS.map((s) => [s, typeof sections[s] === 'boolean' ? sections[s] : DEFAULT_SETTINGS.sections[s]]),
    ) as Record<Section, boolean>,
    theme: oneOf(THEMES, value.theme, DEFAULT_SETTINGS.theme),
  };
}

/** Whether Backstory should stay quiet on this host (the host itself or a parent domain listed). */
export function isQuietHost(settings: Pick<Settings, 'quietSites'>, host: string): boolean {
  const normalized = normalizeHost(host);
  return settings.quietSites.some((site) => normalized === site || normalized.endsWith(`.${site}`));
}
