/**
 * `npm run fixtures:update [-- SLUG...]`: rewrites tests/fixtures/pages/<slug>/expected.json
 * from what lib/ now shows on each page (tests/helpers/page-fixtures.ts), so a change in the
 * banner or the popup shows up as a diff to review (`git diff tests/fixtures/pages`).
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { expectedJson, expectedPath, pageSlugs } from '../tests/helpers/page-fixtures.ts';
import { toolArgs, usageError } from './lib/args.ts';

const USAGE = 'usage: npm run fixtures:update [-- SLUG...]   (default: every page under tests/fixtures/pages)';
const { positionals } = toolArgs(USAGE, process.argv.slice(2), {});
const all = pageSlugs();
const unknown = positionals.filter((slug) => !all.includes(slug));
if (unknown.length) usageError(USAGE, `no tests/fixtures/pages/<slug>/page.html for: ${unknown.join(', ')}`);

let changed = 0;
for (const slug of positionals.length ? positionals : all) {
  const file = expectedPath(slug);
  const before = existsSync(file) ? readFileSync(file, 'utf8') : null;
  const after = expectedJson(slug);
  if (before === after) {
    console.log(`  unchanged  ${slug}`);
    continue;
  }
  writeFileSync(file, after);
  changed++;
  console.log(`  ${before === null ? 'written  ' : 'updated  '}  ${slug}`);
}
console.log(changed ? `${changed} expected.json rewritten: review them with git diff tests/fixtures/pages` : 'every expected.json is up to date');
