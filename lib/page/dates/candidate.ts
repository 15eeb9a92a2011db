import type { DateCandidate, DateSource } from '../../types.ts';

/** A date seen on the page; `confidence` is its own weight before sources are combined. */
export type Candidate = DateCandidate;

/** What the "published"/"updated" wording or markup around a date says it is. */
export type Kind = DateCandidate['kind'];

/** Labels on names and text: "modified", "Aktualisiert", "mis à jour" → updated. Checked first. */
export const UPDATED_WORDS =
  /modif|updat|revis|edited|lastmod|last.?change|aktuali|geändert|ge.ndert|stand\b|mis\s+à\s+jour|mise?\s+à\s+jour|actualiz|atualiz|aggiorn|bijgewerkt|zaktualiz|обновл|оновл|güncel/i;
/** "published", "Veröffentlicht", "Publié", "Publicado", "posted", "erstellt"… → published. */
export const PUBLISHED_WORDS =
  /publi|pubdate|posted|issued|created|upload|erstellt|veröff|ver.ffentlicht|erschienen|release|written|geschrieben|original|opublik|gepubliceerd|geplaatst|pubblicat|опубл|публік|yayın|date\s*:|datum\s*:|fecha\s*:|data\s*:/i;

/** The kind a label or attribute name indicates. */
export function kindOf(label: string): Kind {
  if (UPDATED_WORDS.test(label)) return 'updated';
  if (PUBLISHED_WORDS.test(label)) return 'published';
  return 'unknown';
}

/** Builds a candidate, rounding the weight so output stays readable. */
export function candidate(
  day: string,
  source: DateSource,
  detail: string,
  kind: Kind,
  weight: number,
  raw?: string,
): Candidate {
  const c: Candidate = { day, source, detail, kind, confidence: Math.round(weight * 1000) / 1000 };
  if (raw !== undefined && raw !== '') c.raw = raw.length > 80 ? raw.slice(0, 80) : raw;
  return c;
}
