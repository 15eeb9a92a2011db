import { DATE_KEY, type LdItem } from '../../jsonld.ts';
import { parseDateValue, type DayOrder } from '../parse.ts';
import { candidate, type Candidate } from '../candidate.ts';
import { W } from '../weights.ts';

/** Item types whose date is the page's own story (not an embedded video's or a recipe's). */
const ARTICLE_TYPE = /article|posting|blog|report|creativework/i;
/** Page types: their dates usually match the story, but a CollectionPage is a section front. */
const PAGE_TYPE = /^(web|item|about|profile|qapage|faqpage|medicalwebpage)page$/i;

/** Dates of the page's own schema.org items: `datePublished`, `dateModified`, `uploadDate`… */
export function jsonLdCandidates(items: LdItem[], order: DayOrder): Candidate[] {
  const out: Candidate[] = [];
  for (const { types, data } of items) {
    const type = types.join(',') || 'item';
    // An item without @type is usually the page's; one of another type (VideoObject…) is not.
    const weight = types.some((t) => ARTICLE_TYPE.test(t)) ? W.ldArticle
      : types.some((t) => PAGE_TYPE.test(t)) ? W.ldPage : types.length ? W.ldOther : W.ldUntyped;
    for (const key of Object.keys(data)) {
      if (!DATE_KEY.test(key)) continue;
      const raw = data[key];
      const value = Array.isArray(raw) ? raw[0] : raw;
      const day = parseDateValue(value, order);
      if (!day) continue;
      const kind = /modif|updat|review/i.test(key) ? 'updated' : 'published';
      // dateCreated is often when the CMS entry was drafted, a little before publication.
      const w = /creat/i.test(key) ? weight - W.ldCreatedPenalty : weight;
      out.push(candidate(day, 'json-ld', `JSON-LD ${type}.${key}`, kind, w, typeof value === 'string' ? value : String(value)));
    }
  }
  return out;
}
