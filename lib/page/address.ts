/**
 * The page's own address, as the date finder and article detection read it.
 */

/** An archived copy's address: https://web.archive.org/web/20170928123456/https://site/path */
const ARCHIVED = /^\/web\/\d{1,14}(?:[a-z]{2}_)?\/(.+)$/i;

/**
 * The page address as a URL ("//host/path" is an address too), or null when it is none. An
 * archived copy (a Wayback Machine address) is read as the address it archives, so the archived
 * home page is a home page and the archived story's dated path still dates it.
 */
export function addressOf(url: string | null | undefined): URL | null {
  if (!url) return null;
  try {
    const u = new URL(url, 'https://address.invalid/');
    const archived = ARCHIVED.exec(u.pathname + u.search);
    if (archived) {
      const inner = /^https?:\/\//i.test(archived[1]!) ? archived[1]! : `http://${archived[1]!.replace(/^\/+/, '')}`;
      try {
        return new URL(inner);
      } catch {
        return u;
      }
    }
    return u;
  } catch {
    return null;
  }
}
