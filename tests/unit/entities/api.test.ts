import { describe, expect, it } from 'vitest';
import { analyzeEntities, groupEntities, recognizeEntities } from '../../../lib/story/entities/index.ts';

describe('public API', () => {
  it('copes with empty and name-less text', () => {
    expect(recognizeEntities('')).toEqual([]);
    expect(recognizeEntities(' \n\n \t')).toEqual([]);
    expect(analyzeEntities('it was a quiet day, and nothing happened at all.')).toEqual([]);
    expect(groupEntities('', [])).toEqual([]);
  });

  it('returns spans that index into the text, sorted and not overlapping', () => {
    const text = 'Mayor Anna Berg of Springfield told Reuters on Friday that the Acme Corp. plant in Ohio would close.\n\nBerg said talks failed.';
    const mentions = recognizeEntities(text);
    expect(mentions.length).toBeGreaterThan(3);
    let last = 0;
    for (const m of mentions) {
      expect(text.slice(m.start, m.end)).toBe(m.text);
      expect(m.start).toBeGreaterThanOrEqual(last);
      last = m.end;
    }
    const berg = analyzeEntities(text).find((e) => e.aliases.includes('Berg'));
    expect(berg).toMatchObject({ type: 'PER', name: 'Anna Berg', count: 2, role: 'Mayor' });
  });

  it('reads a name with a typographic apostrophe as it reads one with a straight one, and lists it as written', () => {
    const straight = analyzeEntities("Conan O'Brien spoke with Sinead Jones on Monday.").map((e) => [e.name, e.type]);
    const curly = analyzeEntities('Conan O’Brien spoke with Sinead Jones on Monday.').map((e) => [e.name.replace('’', "'"), e.type]);
    expect(curly).toEqual(straight);
    expect(analyzeEntities('Conan O’Brien spoke on Monday.').map((e) => e.name)).toEqual(['Conan O’Brien']);
  });
});
