/**
 * The date in the address of the page's own preview image (`og:image`, `twitter:image`,
 * `<link rel="image_src">`): `/files/2016/05/04/photo.jpg`. Image folders are often dated by
 * upload, which is usually the day of the story; a weak hint for pages with no better date.
 */
import { candidate, type Candidate } from '../candidate.ts';
import { urlCandidates } from './url.ts';
import { W } from '../weights.ts';

const IMAGE_NAME = /^(og:image(:url|:secure_url)?|twitter:image(:src)?|image|thumbnail(url)?)$/i;

/** Dates in the path of the page's preview images, from its `<meta>` and `<link>` tags. */
export function imageCandidates(metas: Element[], links: Element[]): Candidate[] {
  const urls: string[] = [];
  for (const meta of metas) {
    const name = meta.getAttribute('property') ?? meta.getAttribute('name') ?? meta.getAttribute('itemprop');
    if (name && IMAGE_NAME.test(name)) urls.push(meta.getAttribute('content') ?? '');
  }
  for (const link of links) {
    if (/(^|\s)image_src(\s|$)/i.test(link.getAttribute('rel') ?? '')) urls.push(link.getAttribute('href') ?? '');
  }
  for (const url of urls) {
    // Only a full year/month/day in the path: a year and month alone is an upload folder.
    const found = urlCandidates(url)[0];
    if (found) {
      return [candidate(found.day, 'url', 'date in the preview image’s address', 'published', found.confidence * W.imageFactor, url.slice(0, 80))];
    }
  }
  return [];
}
