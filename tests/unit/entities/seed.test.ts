// @vitest-environment jsdom
/**
 * The seed story (tests/fixtures/pages/operation-safe-city, expected lists in its expected.md), run through the
 * shipped model: as the reader copied it, and as Readability extracts it from the page with
 * headline, dek and byline paragraphs in front.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Entity, EntityType } from '../../../lib/types.ts';
import { analyzeEntities, recognizeEntities } from '../../../lib/story/entities/index.ts';
import { extractArticle } from '../../../lib/story/extract.ts';

// vitest runs from the repository root (import.meta.url is not a file: URL under jsdom).
const fixture = (name: string) => readFileSync(join(process.cwd(), 'tests/fixtures/pages/operation-safe-city', name), 'utf8');
const copied = fixture('copied.txt');

function readabilityText(): string {
  const doc = new DOMParser().parseFromString(fixture('page.html'), 'text/html');
  const article = extractArticle(doc);
  expect(article).not.toBeNull();
  // The page's header as extraction can deliver it: section label, headline, byline.
  const header = ['News', 'ICE arrests nearly 500 people in “Operation Safe City”', 'By VICE News · Sep 28, 2017, 3:45pm'];
  return [...header, ...article!.paragraphs].join('\n\n');
}

const names = (entities: Entity[], type: EntityType) => entities.filter((e) => e.type === type).map((e) => e.name).sort();
const find = (entities: Entity[], name: string) => entities.find((e) => e.name === name);

for (const [label, text] of [['as copied', copied], ['as extracted by Readability', readabilityText()]] as const) {
  describe(`seed story ${label}`, () => {
    const entities = analyzeEntities(text);

    it('lists the people with their roles and mention counts', () => {
      expect(names(entities, 'PER')).toEqual(['Jeff Sessions', 'Jim Kenney', 'Sarah Rodriguez', 'Tom Homan']);
      expect(find(entities, 'Jeff Sessions')).toMatchObject({ role: 'Attorney General', count: 2, aliases: ['Sessions'] });
      expect(find(entities, 'Jim Kenney')).toMatchObject({ role: 'Philadelphia mayor', count: 2, aliases: ['Kenney'] });
      expect(find(entities, 'Tom Homan')).toMatchObject({ role: 'ICE acting director', count: 1 });
      expect(find(entities, 'Sarah Rodriguez')).toMatchObject({ role: 'ICE spokesperson', count: 1 });
    });

    it('lists ICE once, under its expansion, and the other organizations', () => {
      const ice = entities.filter((e) => e.name === 'ICE' || e.aliases.includes('ICE'));
      expect(ice).toHaveLength(1);
      expect(ice[0]).toMatchObject({ type: 'ORG', name: 'U.S. Immigrations and Customs Enforcement' });
      expect(ice[0]!.count).toBeGreaterThanOrEqual(9);
      expect(find(entities, 'NBC News')!.aliases).toEqual(['NBC']);
      expect(names(entities, 'ORG')).toEqual(['ERO', 'NBC News', 'Philly Voice', 'U.S. Immigrations and Customs Enforcement', 'VICE News']);
    });

    it('lists the places', () => {
      expect(names(entities, 'LOC')).toEqual(['Los Angeles', 'New York', 'Philadelphia', 'Portland', 'U.S.']);
      expect(find(entities, 'Philadelphia')!.count).toBe(4);
    });

    it('lists the operations and storms as other names', () => {
      expect(names(entities, 'MISC')).toEqual(['Hurricane Harvey', 'Hurricane Irma', 'Operation Mega', 'Operation Safe City']);
    });

    it('reports no page furniture, dates or sentence-initial words', () => {
      const mentions = recognizeEntities(text);
      const said = new Set(mentions.map((m) => m.text));
      for (const word of ['FYI', 'Advertisement', 'Thursday', 'September', 'News', 'Asked', 'At', 'In', 'Part', 'As', 'Sanctuary'])
        expect(said.has(word), word).toBe(false);
      // Spans index into the text and every mention is inside some entity.
      for (const m of mentions) expect(text.slice(m.start, m.end)).toBe(m.text);
      const spans = new Set(entities.flatMap((e) => e.mentions.map((s) => `${s.start}:${s.end}`)));
      for (const m of mentions) expect(spans.has(`${m.start}:${m.end}`)).toBe(true);
    });
  });
}
