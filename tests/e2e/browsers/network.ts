/**
 * Which requests count as network traffic for the no-network test: anything over http(s),
 * ws(s) or ftp that is not to the test's own page server. Browser-internal schemes
 * (extension files, chrome://, data:, blob:) never leave the machine.
 */
export function isForeignRequest(url: string, serverOrigin: string): boolean {
  if (!/^(https?|wss?|ftp):/i.test(url)) return false;
  return !url.startsWith(`${serverOrigin}/`) && url !== serverOrigin;
}
