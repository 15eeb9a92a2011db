/**
 * Finding when a story was published and last updated, cheaply, on any page.
 * Pure DOM in, plain data out: runs in the content script, in vitest and in Node over jsdom.
 */
import type { ArticleDates } from '../../types.ts';
import { isPlausibleDay, latestDay } from '../../day.ts';
import { pageLang, viewPage } from './page.ts';
import { dayOrderFor } from './parse.ts';
import { byTag, listOf } from '../dom.ts';
import { W } from './weights.ts';
import { localise, mayLocalise, rank } from './rank.ts';
import { offsetsForLanguage } from './zone.ts';
import type { Candidate } from './candidate.ts';
import { readJsonLd } from '../jsonld.ts';
import { jsonLdCandidates } from './sources/jsonld.ts';
import { metaCandidates } from './sources/meta.ts';
import { urlCandidates } from './sources/url.ts';
import { imageCandidates } from './sources/image.ts';
import { scriptDataCandidates } from './sources/script-data.ts';
import { datedZone, headerZone, textCandidates, timeCandidates } from './sources/visible.ts';

export interface FindDatesOptions {
  /** The moment the page is read; dates after it are impossible. Defaults to the current time. */
  now?: Date;
}

const NONE: ArticleDates = { published: null, updated: null, candidates: [] };

/**
 * Finds the story's publication day and last-update day, with where each came from, how sure
 * it is, and the candidates considered (best first) for a "why this date?" view.
 *
 * Sources: JSON-LD, `<meta>` tags, microdata, `<time>`, the address, dated bylines and other
 * dates in the text near the headline. Dates in the future (relative to `options.now`),
 * before 1994, in copyright lines, comments, sidebars or other stories' teasers are rejected.
 * Days are taken as the publisher wrote them, never shifted to UTC. Never throws.
 */
export function findArticleDates(doc: Document, url?: string | null, options: FindDatesOptions = {}): ArticleDates {
  try {
    return find(doc, url === undefined ? doc.URL : url, options.now ?? new Date());
  } catch {
    return NONE;
  }
}

/** Enough <time> elements to find a byline's; a page with thousands is a listing. */
const MAX_TIMES = 40;

/** A publication date sure enough that looking further would not change the answer. */
const settled = (list: Candidate[], min: number): boolean =>
  list.some((c) => c.kind !== 'updated' && c.confidence >= min);

/** Every publication candidate of some weight gives the same day. */
const oneDay = (list: Candidate[]): boolean =>
  new Set(list.filter((c) => c.kind !== 'updated' && c.confidence >= W.fallbackBelow).map((c) => c.day)).size === 1;

function find(doc: Document, url: string | null, now: Date): ArticleDates {
  const latest = latestDay(now);
  const plausible = (list: Candidate[]) => list.filter((c) => isPlausibleDay(c.day, latest));
  const lang = pageLang(doc);
  const order = dayOrderFor(lang);
  const inHead = (tag: string) => (doc.head ? listOf(byTag(doc.head, tag)) : []);
  const inBody = (tag: string, max?: number) => (doc.body ? listOf(byTag(doc.body, tag), max) : []);
  const read = (metas: Element[], scripts: Element[]) =>
    plausible([...jsonLdCandidates(readJsonLd(scripts), order), ...metaCandidates(metas, order)]);

  // 1. The metadata in <head>, and the address.
  const headMetas = inHead('meta');
  const headScripts = inHead('script');
  const title = headMetas.find((el) => el.getAttribute('property') === 'og:title')?.getAttribute('content') ?? null;
  const marked = [...read(headMetas, headScripts), ...plausible(urlCandidates(url))];
  const offsets = offsetsForLanguage(lang);
  const finish = (list: Candidate[]) => rank(localise(list, offsets).filter((c) => isPlausibleDay(c.day, latest)));
  // Metadata sure of the publication day, with no other day in it and in a form no date on the
  // page could move (no UTC time near midnight): nothing else on the page would change the answer.
  const metadataSettles = () => settled(marked, W.settledMarked) && oneDay(marked) && !mayLocalise(marked, offsets);
  if (metadataSettles()) return finish(marked);
  // 2. The story's header: <time> elements and dated bylines next to the headline.
  const view = viewPage(doc, title, order);
  const zone = headerZone(view);
  let texts: Candidate[] = [];
  if (zone) {
    marked.push(...plausible(timeCandidates(listOf(byTag(zone, 'time'), MAX_TIMES), view)));
    marked.push(...plausible(timeCandidates(listOf(byTag(zone, 'abbr'), MAX_TIMES), view)));
    const dated = datedZone(view);
    if (dated) texts = textCandidates(view, dated);
  }
  // 3. The rest of the page (metadata in <body>, other <time>s, all text), only when the first
  // two leave the date open. Most pages never need it.
  if (!settled(marked, W.settledMarked) && !settled(texts, W.settledText)) {
    const bodyScripts = inBody('script');
    marked.push(...read(inBody('meta'), bodyScripts));
    // Each search below walks the whole page: none once the metadata in <body> settles the day.
    if (metadataSettles()) return finish([...marked, ...texts]);
    const outside = (tag: string) => inBody(tag, MAX_TIMES).filter((el) => !zone?.contains(el));
    marked.push(...plausible(timeCandidates(outside('time'), view)));
    marked.push(...plausible(timeCandidates(outside('abbr'), view)));
    texts = textCandidates(view);
    // 4. Weak fallbacks, only for pages nothing above has dated: the preview image's address
    // and dates in inline script data that is not JSON-LD.
    if (![...marked, ...plausible(texts)].some((c) => c.confidence >= W.fallbackBelow)) {
      marked.push(...plausible(imageCandidates(headMetas, inHead('link'))));
      marked.push(...plausible(scriptDataCandidates([...headScripts, ...bodyScripts], order)));
    }
  }
  return finish([...marked, ...texts]);
}
