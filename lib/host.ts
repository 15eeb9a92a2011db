/**
 * The one place that turns a host name into the "site" Backstory shows and remembers: lower
 * case, no port, no trailing dot, no leading "www.". Used by the quiet list, article keys and
 * the banner's site label, so they all agree on what a site is.
 */

/** "www.Example.com." → "example.com"; "[::1]:8080" → "[::1]"; "intranet:3000" → "intranet". */
export function siteOf(host: string): string {
  let site = host.trim().toLowerCase();
  const ipv6 = /^(\[[0-9a-f:.]*\])(?::\d*)?$/.exec(site);
  if (ipv6) return ipv6[1]!;
  site = site.replace(/:\d*$/, '').replace(/\.+$/, '');
  // Typed in the settings as "bücher.de": the browser reports it in its ASCII (punycode) form.
  if (/[^\x20-\x7e]/.test(site)) site = asciiHost(site);
  return site.startsWith('www.') ? site.slice(4) : site;
}

const LABEL = '[a-z0-9_](?:[a-z0-9_-]{0,61}[a-z0-9_])?';
const HOST_NAME = new RegExp(`^${LABEL}(?:\\.${LABEL})*$`);
const IPV6_LITERAL = /^\[[0-9a-f:.]{2,45}\]$/;

/**
 * Whether a site (as `siteOf` returns it) is a host the browser can show: DNS names (with
 * underscores, as some real hosts have), single-label intranet names, IPv4 and IPv6 literals.
 */
export function isSiteName(site: string): boolean {
  return site.length <= 253 && (HOST_NAME.test(site) || IPV6_LITERAL.test(site));
}

function asciiHost(host: string): string {
  try {
    return new URL(`http://${host}/`).hostname;
  } catch {
    return host;
  }
}
