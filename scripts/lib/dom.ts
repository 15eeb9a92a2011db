import { JSDOM, VirtualConsole } from 'jsdom';

const quiet = new VirtualConsole();
const FALLBACK_URL = 'https://example.invalid/';

/** An absolute http(s) URL for jsdom, which rejects relative ("//host/path") or odd ones. */
function documentUrl(url: string | null | undefined): string {
  try {
    const parsed = new URL(url ?? '', FALLBACK_URL);
    return /^https?:$/.test(parsed.protocol) ? parsed.href : FALLBACK_URL;
  } catch {
    return FALLBACK_URL;
  }
}

/**
 * Parses HTML into a Document the way a browser would, without running scripts or loading
 * anything. The lib/ code under test takes this Document exactly as it takes the live one.
 */
export function parseHtml(html: string, url?: string | null): Document {
  const options = { url: documentUrl(url), virtualConsole: quiet };
  try {
    return new JSDOM(html, options).window.document;
  } catch {
    // jsdom's CSS parser throws on some malformed <style> blocks that browsers just skip.
    return new JSDOM(html.replace(/<style\b[\s\S]*?<\/style>/gi, ''), options).window.document;
  }
}
