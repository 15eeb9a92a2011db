/**
 * Which UTC offsets (in hours) the publisher can plausibly be at: from offsets the page itself
 * writes in its timestamps, else from its declared language and region. A UTC timestamp is
 * read as the neighbouring day only when one of these offsets carries it across midnight.
 */

export interface Offsets {
  min: number;
  max: number;
}

/** Every offset on Earth: what we know about a page that says nothing. */
export const ANY_OFFSET: Offsets = { min: -12, max: 14 };

/** Offsets by language, standard and summer time, over the places that language is published in. */
const BY_LANGUAGE: Record<string, Offsets> = {
  de: { min: 1, max: 2 }, fr: { min: -5, max: 2 }, it: { min: 1, max: 2 }, nl: { min: 1, max: 2 },
  pl: { min: 1, max: 2 }, cs: { min: 1, max: 2 }, sk: { min: 1, max: 2 }, hu: { min: 1, max: 2 },
  sv: { min: 1, max: 2 }, da: { min: 1, max: 2 }, no: { min: 1, max: 2 }, nb: { min: 1, max: 2 },
  nn: { min: 1, max: 2 }, sl: { min: 1, max: 2 }, hr: { min: 1, max: 2 }, sr: { min: 1, max: 2 },
  bs: { min: 1, max: 2 }, ca: { min: 1, max: 2 }, fi: { min: 2, max: 3 }, el: { min: 2, max: 3 },
  ro: { min: 2, max: 3 }, bg: { min: 2, max: 3 }, uk: { min: 2, max: 3 }, lt: { min: 2, max: 3 },
  lv: { min: 2, max: 3 }, et: { min: 2, max: 3 }, he: { min: 2, max: 3 }, tr: { min: 3, max: 3 },
  ru: { min: 2, max: 12 }, ar: { min: 0, max: 4 }, fa: { min: 3.5, max: 4.5 }, hi: { min: 5.5, max: 5.5 },
  ja: { min: 9, max: 9 }, ko: { min: 9, max: 9 }, zh: { min: 8, max: 8 }, th: { min: 7, max: 7 },
  vi: { min: 7, max: 7 }, id: { min: 7, max: 9 }, es: { min: -8, max: 2 }, pt: { min: -5, max: 1 },
};

/** Regions that narrow a language spoken on several continents. */
const BY_REGION: Record<string, Offsets> = {
  us: { min: -10, max: -4 }, ca: { min: -8, max: -3 }, mx: { min: -8, max: -5 }, br: { min: -5, max: -2 },
  ar: { min: -3, max: -3 }, gb: { min: 0, max: 1 }, ie: { min: 0, max: 1 }, pt: { min: 0, max: 1 },
  es: { min: 1, max: 2 }, fr: { min: 1, max: 2 }, be: { min: 1, max: 2 }, ch: { min: 1, max: 2 },
  at: { min: 1, max: 2 }, de: { min: 1, max: 2 }, au: { min: 8, max: 11 }, nz: { min: 12, max: 13 },
  in: { min: 5.5, max: 5.5 }, za: { min: 2, max: 2 }, ng: { min: 1, max: 1 }, ke: { min: 3, max: 3 },
  sg: { min: 8, max: 8 }, ph: { min: 8, max: 8 }, hk: { min: 8, max: 8 }, tw: { min: 8, max: 8 },
};

/** "+02:00", "-0500", "+05:30" after a time of day; "Z" and "+00:00" are UTC and say nothing. */
const WRITTEN_OFFSET = /\d\d?:\d\d(?::\d\d(?:\.\d+)?)?\s*([+-])(\d\d):?(\d\d)\b/;

/** The offset a timestamp is written with, when it is one other than UTC's. */
export function writtenOffset(raw: string | undefined): number | null {
  const m = WRITTEN_OFFSET.exec(raw ?? '');
  if (!m) return null;
  const hours = (m[1] === '-' ? -1 : 1) * (+m[2]! + +m[3]! / 60);
  return hours === 0 || Math.abs(hours) > 14 ? null : hours;
}

/** The offsets a page in language `lang` ("de", "en-US", "pt_BR") is plausibly published at. */
export function offsetsForLanguage(lang: string | null | undefined): Offsets {
  const [language = '', region = ''] = (lang ?? '').toLowerCase().split(/[-_]/);
  return BY_REGION[region] ?? BY_LANGUAGE[language] ?? ANY_OFFSET;
}
