import { parseDateValue, type DayOrder } from '../parse.ts';
import { candidate, kindOf, type Candidate } from '../candidate.ts';
import { W } from '../weights.ts';

/** Names that carry a date, across og:, article:, Dublin Core, Parse.ly, Sailthru, citation_… */
const DATE_NAME = /date|time|publi|pub|issued|created|modif|updat|lastmod|release|posted|upload/;
/** Date-like names that are not the article's: expiry, events, embargo, birth, crawl, page generation. */
const NOT_ARTICLE = /expir|birth|start|end|valid|event|embargo|generat|verif|revisit|copyright|crawl|index|refresh|until|schedul|fetch|retriev|access|timezone|datetimeformat|dateformat|timeformat|timer|duration|timing|reading|cache/;

/**
 * Dates in `<meta>` tags: `property="article:published_time"`, `name="parsely-pub-date"`,
 * `itemprop="datePublished"`, `name="DC.date.issued"`, `http-equiv="last-modified"`…
 * The kind comes from the name ("modified" → updated), never from the value.
 */
export function metaCandidates(metas: Element[], order: DayOrder): Candidate[] {
  const out: Candidate[] = [];
  for (const meta of metas) {
    let attr = 'property';
    let name = meta.getAttribute(attr);
    for (const other of ['name', 'itemprop', 'http-equiv']) {
      if (name !== null) break;
      name = meta.getAttribute((attr = other));
    }
    if (name === null) continue;
    const key = name.toLowerCase().replace(/[^a-z]/g, '');
    if (!DATE_NAME.test(key) || NOT_ARTICLE.test(key)) continue;
    const value = meta.getAttribute('content') ?? meta.getAttribute('datetime') ?? '';
    const day = parseDateValue(value, order);
    if (!day) continue;
    const kind = kindOf(key);
    // A bare "date" (DC.date, sailthru.date) is usually the publication date; server headers are not.
    const weight = attr === 'http-equiv' ? W.metaHttpEquiv : kind === 'unknown' ? W.metaGeneric : W.metaNamed;
    out.push(candidate(day, 'meta', `meta[${attr}="${name}"]`, kind, weight, value.trim()));
  }
  return out;
}
