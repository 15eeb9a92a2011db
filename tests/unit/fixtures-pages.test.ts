/**
 * Every fixture page (tests/fixtures/pages/<slug>/page.html) shows what its expected.json
 * says: article or not, dates, the banner decision, the popup's names and quotes. After an
 * intended change, `npm run fixtures:update` rewrites expected.json; review the diff.
 */
import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { expectedPath, pageSlugs, showsOn, type FixtureExpectation } from '../helpers/page-fixtures.ts';

const slugs = pageSlugs();

describe('fixture pages', () => {
  it('there are pages, each with an expected.json', () => {
    expect(slugs.length).toBeGreaterThanOrEqual(4);
    expect(slugs.filter((slug) => !existsSync(expectedPath(slug)))).toEqual([]);
  });

  for (const slug of slugs) {
    it(`${slug}: the banner and popup show what expected.json says (npm run fixtures:update after an intended change)`, () => {
      const expected = JSON.parse(readFileSync(expectedPath(slug), 'utf8')) as FixtureExpectation;
      expect(showsOn(slug)).toEqual(expected);
    });
  }
});
