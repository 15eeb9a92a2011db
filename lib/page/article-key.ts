/**
 * A stable key for "this article", so a dismissal is remembered for the story and not for
 * one exact address: the canonical URL when the page declares one on the same site,
 * otherwise the address without its fragment and tracking parameters.
 */
import { siteOf } from '../host.ts';

const TRACKING_PARAM = /^(utm_|fbclid$|gclid$|mc_|ref$|ref_src$|cmpid$|smid$|ocid$|taid$|__)/i;

export function articleKey(pageUrl: string, canonicalUrl?: string | null): string {
  const page = safeUrl(pageUrl);
  if (!page) return pageUrl;
  const canonical = canonicalUrl ? safeUrl(canonicalUrl, page.href) : null;
  const chosen = canonical && sameSite(canonical.hostname, page.hostname) ? canonical : page;
  chosen.hash = '';
  // forEach, not keys(): URLSearchParams iterators are not iterable in Firefox content scripts.
  const tracking: string[] = [];
  chosen.searchParams.forEach((_, name) => TRACKING_PARAM.test(name) && tracking.push(name));
  for (const name of tracking) chosen.searchParams.delete(name);
  chosen.searchParams.sort();
  return `${siteOf(chosen.hostname)}${chosen.pathname.replace(/\/+$/, '')}${chosen.search}`;
}

function safeUrl(text: string, base?: string): URL | null {
  try {
    const url = new URL(text, base);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url : null;
  } catch {
    return null;
  }
}

function sameSite(a: string, b: string): boolean {
  return siteOf(a) === siteOf(b);
}
