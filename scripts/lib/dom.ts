import { JSDOM, VirtualConsole } from 'jsdom';

const quiet = new VirtualConsole();

/**
 * Parses HTML into a Document the way a browser would, without running scripts or loading
 * anything. The lib/ code under test takes this Document exactly as it takes the live one.
 */
export function parseHtml(html: string, url?: string): Document {
  const dom = new JSDOM(html, { url: url || 'https://example.invalid/', virtualConsole: quiet });
  return dom.window.document;
}
