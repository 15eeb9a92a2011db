// @vitest-environment jsdom
/**
 * The seed story (tests/fixtures/pages/operation-safe-city, expected quotes in its expected.md): as the reader
 * copied it, and as Readability extracts it from the page with header lines in front; from
 * the text alone and with the recognizer's entities.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyzeEntities } from '../../../lib/story/entities/index.ts';
import { extractArticle } from '../../../lib/story/extract.ts';
import type { QuotePassage } from '../../../lib/story/quotes/index.ts';
import type { Entity } from '../../../lib/types.ts';
import { quotesOf } from './helpers.ts';

// vitest runs from the repository root (import.meta.url is not a file: URL under jsdom).
const fixture = (name: string) => readFileSync(join(process.cwd(), 'tests/fixtures/pages/operation-safe-city', name), 'utf8');

function readabilityText(): string {
  const doc = new DOMParser().parseFromString(fixture('page.html'), 'text/html');
  const extracted = extractArticle(doc);
  expect(extracted).not.toBeNull();
  // Short header lines an extraction can start with: section label, headline, byline.
  const header = ['News', 'ICE arrests nearly 500 people in “Operation Safe City”', 'By VICE News · Sep 28, 2017, 3:45pm'];
  return [...header, ...extracted!.paragraphs].join('\n\n');
}

const versions: [string, string][] = [
  ['as copied', fixture('copied.txt')],
  ['as extracted by Readability', readabilityText()],
];

/** The quotes in text order, each with its words, speaker phrase and shown name. */
const starting = (quotes: QuotePassage[], words: string) => quotes.filter((q) => q.text.startsWith(words));

for (const [label, text] of versions) {
  for (const withEntities of [false, true]) {
    const entities: Entity[] | undefined = withEntities ? analyzeEntities(text) : undefined;
    const entityOf = (q: QuotePassage) => entities?.find((e) => e.id === q.speakerEntityId);

    describe(`seed story ${label}, ${withEntities ? 'with entities' : 'text only'}`, () => {
      const quotes = quotesOf(text, entities);

      it('finds the five quotes (Homan’s as one quote or two) and nothing else', () => {
        const homan = quotes.filter((q) => /Sanctuary jurisdictions|As a result, ICE is forced/.test(q.text));
        expect(homan.length === 1 || homan.length === 2).toBe(true);
        expect(quotes).toHaveLength(4 + homan.length);
      });

      it('does not take “Operation Safe City” or “Operation Mega” as quotes', () => {
        for (const q of quotes) expect(q.text).not.toMatch(/^Operation (Safe City|Mega),?$/);
        expect(quotes.some((q) => q.start < text.indexOf('Operation Mega') && text.indexOf('Operation Mega') < q.end)).toBe(false);
      });

      it('1. the agency (ICE)', () => {
        const [q, ...rest] = starting(quotes, 'ICE deportation officers are denied access to jails and prisons');
        expect(rest).toHaveLength(0);
        expect(q!.speaker?.text).toBe('the agency');
        if (withEntities) expect(entityOf(q!)?.aliases).toContain('ICE');
        else expect(q!.speakerName).toBe('ICE');
      });

      it('2. Tom Homan, both sentences', () => {
        const homan = quotes.filter((q) => /Sanctuary jurisdictions|As a result, ICE is forced/.test(q.text));
        const joined = homan.map((q) => q.text).join(' ');
        expect(joined).toMatch(/^Sanctuary jurisdictions that do not honor detainers/);
        expect(joined).toContain('As a result, ICE is forced to dedicate more resources');
        for (const q of homan) {
          expect(q.speakerName).toBe('Tom Homan');
          if (withEntities) expect(entityOf(q)?.name).toBe('Tom Homan');
        }
      });

      it('3. Jim Kenney, written "Kenney", with the nested ‘Safe City’ inside', () => {
        const [q, ...rest] = starting(quotes, 'As I’ve stated many times');
        expect(rest).toHaveLength(0);
        expect(q!.text).toContain('Operation ‘Safe City’ does not make our city safer');
        expect(q!.speaker?.text).toBe('Kenney');
        expect(q!.speakerName).toBe('Jim Kenney');
        if (withEntities) expect(entityOf(q!)?.name).toBe('Jim Kenney');
      });

      it('4. Sarah Rodriguez', () => {
        const [q, ...rest] = starting(quotes, 'ERO deportation officers enforce federal immigration laws every day.');
        expect(rest).toHaveLength(0);
        expect(q!.speakerName).toBe('Sarah Rodriguez');
        if (withEntities) expect(entityOf(q!)?.name).toBe('Sarah Rodriguez');
      });

      it('5. an internal document obtained by NBC', () => {
        const [q, ...rest] = starting(quotes, 'the largest operation of its kind in the history of ICE.');
        expect(rest).toHaveLength(0);
        expect(q!.speaker?.text).toBe('an internal document obtained by NBC');
        expect(q!.speakerEntityId).toBeNull();
      });

      it('keeps each quote’s span on the words inside its marks', () => {
        for (const q of quotes) {
          for (const p of q.parts) {
            expect('“"‘'.includes(text[p.start - 1]!)).toBe(true);
            expect('”"’'.includes(text[p.end]!)).toBe(true);
          }
        }
      });
    });
  }
}
