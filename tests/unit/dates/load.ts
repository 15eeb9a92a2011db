import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/** A fixture page from tests/fixtures/<dir>/ as a Document (needs the jsdom environment). */
export function fixture(dir: string, name: string): Document {
  return page(readFileSync(join(process.cwd(), 'tests/fixtures', dir, name), 'utf8'));
}

/** A Document from a snippet of HTML. */
export function page(html: string): Document {
  return new DOMParser().parseFromString(html, 'text/html');
}
