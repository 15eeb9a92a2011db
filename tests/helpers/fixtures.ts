import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/** Reads a file under tests/fixtures (tests run from the repository root). */
export function readFixture(path: string): string {
  return readFileSync(join(process.cwd(), 'tests', 'fixtures', path), 'utf8');
}
