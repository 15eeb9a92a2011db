import { describe, expect, it } from 'vitest';
import type { EntityMention, EntityType } from '../../../lib/types.ts';
import { groupEntities } from '../../../lib/story/entities/group.ts';
import { isAliasOf, normalizeName } from '../../../lib/story/entities/aliases.ts';
import { roleAt } from '../../../lib/story/entities/roles.ts';
import { buildGazetteer } from '../../../lib/story/entities/gazetteer.ts';

/** Mentions of each `[name, type]` at every place the whole name occurs. */
function mentionsOf(text: string, names: Array<[string, EntityType]>): EntityMention[] {
  const out: EntityMention[] = [];
  for (const [name, type] of names) {
    const re = new RegExp(`(?<![\\p{L}.])${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\p{L}])`, 'gu');
    for (const m of text.matchAll(re)) {
      const inside = out.some((o) => o.start <= m.index! && m.index! + name.length <= o.end);
      if (!inside) out.push({ start: m.index!, end: m.index! + name.length, type, text: name });
    }
  }
  return out.sort((a, b) => a.start - b.start);
}

const roleOf = (text: string, name: string, names: Array<[string, EntityType]>) => {
  const all = mentionsOf(text, names);
  const at = text.indexOf(name);
  return roleAt(text, { start: at, end: at + name.length }, all);
};

describe('aliases', () => {
  it('links surnames, acronyms and short forms to the full name', () => {
    expect(isAliasOf('Kenney', 'PER', 'Jim Kenney', 'PER')).toBe(true);
    expect(isAliasOf('Kenney', 'PER', 'Jim Kenney', 'ORG')).toBe(false);
    expect(isAliasOf('Jones', 'PER', 'Jim Kenney', 'PER')).toBe(false);
    expect(isAliasOf('U.S.', 'LOC', 'United States', 'LOC')).toBe(true);
    expect(isAliasOf('NBC', 'ORG', 'NBC News', 'ORG')).toBe(true);
    expect(isAliasOf('New York', 'LOC', 'New York Times', 'ORG')).toBe(false);
  });
  it('joins a shorter form of a longer personal name', () => {
    expect(isAliasOf('Forrest Jones', 'PER', 'Michael Forrest Jones', 'PER')).toBe(true);
    expect(isAliasOf('George Bush', 'PER', 'George W. Bush', 'PER')).toBe(true);
    expect(isAliasOf('Michael Forrest', 'PER', 'Michael Forrest Jones', 'PER')).toBe(false);
    expect(isAliasOf('Laura Bush', 'PER', 'George W. Bush', 'PER')).toBe(false);
  });
  it('normalizes quotes away', () => {
    expect(normalizeName('Operation ‘Safe City’')).toBe('Operation Safe City');
    expect(normalizeName('“Conan O’Brien”')).toBe('Conan O’Brien');
    expect(normalizeName('Jim’s')).toBe('Jim');
  });
});

describe('roles', () => {
  it('reads titles and roles written before the name', () => {
    expect(roleOf('Attorney General Jeff Sessions spoke.', 'Jeff Sessions', [['Jeff Sessions', 'PER']])).toBe('Attorney General');
    expect(roleOf('Yesterday Philadelphia mayor Jim Kenney spoke.', 'Jim Kenney', [['Jim Kenney', 'PER'], ['Philadelphia', 'LOC']])).toBe('Philadelphia mayor');
    expect(roleOf('“No,” ICE acting director Tom Homan said.', 'Tom Homan', [['Tom Homan', 'PER'], ['ICE', 'ORG']])).toBe('ICE acting director');
    expect(roleOf('Asked, ICE spokesperson, Sarah Rodriguez told us.', 'Sarah Rodriguez', [['Sarah Rodriguez', 'PER'], ['ICE', 'ORG']])).toBe('ICE spokesperson');
  });
  it('leaves a rank before the name out of a lower-case role ("police spokesman Officer Sean Hickman")', () => {
    expect(roleOf('said police spokesman Officer Sean Hickman.', 'Sean Hickman', [['Sean Hickman', 'PER']])).toBe('police spokesman');
    expect(roleOf('said U.S. Marshals spokesman Inspector Frank Lempka.', 'Frank Lempka', [['Frank Lempka', 'PER'], ['U.S. Marshals', 'ORG']])).toBe('U.S. Marshals spokesman');
    expect(roleOf('said Commerce Secretary Gina Raimondo.', 'Gina Raimondo', [['Gina Raimondo', 'PER']])).toBe('Commerce Secretary');
  });
  it('reads plain nouns between an organization and the role', () => {
    expect(roleOf('EU industry chief Thierry Breton agreed.', 'Thierry Breton', [['Thierry Breton', 'PER'], ['EU', 'ORG']])).toBe('EU industry chief');
    expect(roleOf('The said industry chief Thierry Breton agreed.', 'Thierry Breton', [['Thierry Breton', 'PER']])).toBe('chief');
    // A role never opens with the link that joined it to the sentence.
    expect(roleOf('He is the grandson of South Carolina Congressman James Clyburn.', 'James Clyburn', [['James Clyburn', 'PER'], ['South Carolina', 'LOC']])).toBe('South Carolina Congressman');
    expect(roleOf('Police are investigating Yoon, Kim and Interior Minister Lee Sang-min.', 'Lee Sang-min', [['Lee Sang-min', 'PER'], ['Yoon', 'PER'], ['Kim', 'PER']])).toBe('Interior Minister');
    expect(roleOf('Ask Secretary of State spokesperson Ned Price.', 'Ned Price', [['Ned Price', 'PER']])).toBe('Secretary of State spokesperson');
    // A role before the title belongs to someone else, a place or preposition before it to the sentence.
    expect(roleOf('Alan Dershowitz, a frequent defender of President Donald Trump who has', 'Donald Trump', [['Donald Trump', 'PER'], ['Alan Dershowitz', 'PER']])).toBe('President');
    expect(roleOf('named Alito a US attorney in New Jersey and President George Bush tapped him', 'George Bush', [['George Bush', 'PER'], ['New Jersey', 'LOC']])).toBe('President');
    expect(roleOf('Gates continued to lead the Pentagon under President Barack Obama.', 'Barack Obama', [['Barack Obama', 'PER'], ['Pentagon', 'ORG']])).toBe('President');
    expect(roleOf('Facebook founder and CEO Mark Zuckerberg said', 'Mark Zuckerberg', [['Mark Zuckerberg', 'PER'], ['Facebook', 'ORG']])).toBe('Facebook founder and CEO');
    // "then-" and "now-" keep the role; an honorific at its end, a sentence's "Also" and a cut abbreviation are none of it.
    expect(roleOf('he wrote that then-Attorney General Eric Holder had', 'Eric Holder', [['Eric Holder', 'PER']])).toBe('then-Attorney General');
    expect(roleOf("confirmed by the county's Chief Medical Examiner Dr. Laura Carbone on Saturday.", 'Laura Carbone', [['Laura Carbone', 'PER']])).toBe('Chief Medical Examiner');
    expect(roleOf('—Also Mr. Joshua Young, age 9', 'Joshua Young', [['Joshua Young', 'PER']])).toBeNull();
    expect(roleOf('Stuart R. Kaplan, founder and chairman of U.S. Games Systems, Inc., which', 'Stuart R. Kaplan', [['Stuart R. Kaplan', 'PER']])).toBeNull();
    // "spokesman for" is the role of the person named before: Guterres is the secretary general.
    expect(roleOf('said Stéphane Dujarric, spokesman for UN secretary general Antonio Guterres.', 'Antonio Guterres',
      [['Antonio Guterres', 'PER'], ['Stéphane Dujarric', 'PER'], ['UN', 'ORG']])).toBe('UN secretary general');
  });
  it('reads an appositive after the name', () => {
    expect(roleOf('Jim Kenney, the mayor of Philadelphia, said no.', 'Jim Kenney', [['Jim Kenney', 'PER'], ['Philadelphia', 'LOC']])).toBe('mayor of Philadelphia');
  });
  it('finds no role in ordinary words before a name', () => {
    expect(roleOf('The city sued Jim Kenney in August.', 'Jim Kenney', [['Jim Kenney', 'PER']])).toBeNull();
    expect(roleOf('Jim Kenney, who was late, said no.', 'Jim Kenney', [['Jim Kenney', 'PER']])).toBeNull();
  });
});

describe('groupEntities', () => {
  const text =
    'Philadelphia mayor Jim Kenney met the Federal Widget Agency (FWA) in the United States. ' +
    'Kenney said FWA agents were wrong, NBC News reported. NBC said the U.S. was split. Kenney left Philadelphia.';
  const names: Array<[string, EntityType]> = [
    ['Jim Kenney', 'PER'], ['Kenney', 'PER'], ['Federal Widget Agency', 'ORG'], ['FWA', 'ORG'], ['United States', 'LOC'],
    ['U.S.', 'LOC'], ['NBC News', 'ORG'], ['NBC', 'ORG'], ['Philadelphia', 'LOC'],
  ];
  const entities = groupEntities(text, mentionsOf(text, names));
  const byName = new Map(entities.map((e) => [e.name, e]));

  it('makes one entry per entity, named by its fullest form, with the other forms as aliases', () => {
    expect(entities.map((e) => e.name).sort()).toEqual(['Federal Widget Agency', 'Jim Kenney', 'NBC News', 'Philadelphia', 'United States']);
    expect(byName.get('Jim Kenney')!.aliases).toEqual(['Kenney']);
    expect(byName.get('Federal Widget Agency')!.aliases).toEqual(['FWA']);
    expect(byName.get('United States')!.aliases).toEqual(['U.S.']);
    expect(byName.get('NBC News')!.aliases).toEqual(['NBC']);
  });

  it('counts every mention and keeps their spans for highlighting', () => {
    const kenney = byName.get('Jim Kenney')!;
    expect(kenney.count).toBe(3);
    expect(kenney.firstIndex).toBe(text.indexOf('Jim Kenney'));
    expect(kenney.mentions.map((m) => text.slice(m.start, m.end))).toEqual(['Jim Kenney', 'Kenney', 'Kenney']);
    expect(kenney.role).toBe('Philadelphia mayor');
    expect(byName.get('Philadelphia')!.role).toBeNull();
  });

  it('sorts by count, then first position, with stable ids', () => {
    const keys = entities.map((e) => [e.count, e.firstIndex]);
    const sorted = [...keys].sort((a, b) => b[0]! - a[0]! || a[1]! - b[1]!);
    expect(keys).toEqual(sorted);
    expect(entities.map((e) => e.id)).toEqual(entities.map((_, i) => `e${i + 1}`));
  });

  it('keeps two people who share a surname apart, each with their own mentions', () => {
    const t = 'Anna Berg met Tom Berg. Later Anna Berg left.';
    const out = groupEntities(t, mentionsOf(t, [['Anna Berg', 'PER'], ['Tom Berg', 'PER']]));
    expect(out.map((e) => [e.name, e.count])).toEqual([['Anna Berg', 2], ['Tom Berg', 1]]);
  });

  it('attaches a lone surname to the nearest full name before it', () => {
    const t = 'Anna Berg spoke. Tom Berg spoke. Berg left.';
    const out = groupEntities(t, mentionsOf(t, [['Anna Berg', 'PER'], ['Tom Berg', 'PER'], ['Berg', 'PER']]));
    expect(out.find((e) => e.name === 'Tom Berg')!.count).toBe(2);
  });

  it('counts a surname alone as its person, whatever the tagger made of it, but not a place\'s name', () => {
    const t = 'Mega-donor Sheldon Adelson flew in. Adelson runs Sands. Adelson bought it. Adelson spoke. North Staffordshire won. Staffordshire cheered. Staffordshire sang.';
    const out = groupEntities(t, mentionsOf(t, [['Sheldon Adelson', 'PER'], ['North Staffordshire', 'PER'], ['Adelson', 'ORG'], ['Staffordshire', 'LOC']]), { gazetteer: buildGazetteer({ region: ['Staffordshire'] }) });
    expect(out.find((e) => e.name === 'Sheldon Adelson')).toMatchObject({ type: 'PER', count: 4 });
    expect(out.find((e) => e.name === 'North Staffordshire')?.type).toBe('LOC');
  });

  it('joins a family name written first to the person, whatever the tagger made of it, and keeps a place apart', () => {
    const t = 'President Yoon Suk Yeol spoke. Yoon apologized. Yoon said more. Protesters called for Yoon to go. Paris Hilton flew to Paris.';
    const out = groupEntities(t, mentionsOf(t, [['Yoon Suk Yeol', 'PER'], ['Paris Hilton', 'PER'], ['Yoon', 'ORG'], ['Paris', 'LOC']]), { gazetteer: buildGazetteer({ city: ['Paris'] }) });
    expect(out.map((e) => [e.name, e.type, e.count]).sort()).toEqual([['Paris Hilton', 'PER', 1], ['Paris', 'LOC', 1], ['Yoon Suk Yeol', 'PER', 4]]);
  });
});

describe('names in capitals', () => {
  it('joins a transcript\'s speaker label to the person of that surname ("WALLACE: …" is Chris Wallace)', () => {
    const text = 'Fox News host Chris Wallace spoke to the governor.\n\nWALLACE: Will she be there?\n\nWALLACE: Do you see those two as equivalent?';
    const entities = groupEntities(text, mentionsOf(text, [['Chris Wallace', 'PER'], ['WALLACE', 'PER']]));
    expect(entities.map((e) => [e.name, e.count])).toEqual([['Chris Wallace', 3]]);
  });

  it('keeps a dateline\'s place apart from a longer name that starts with it', () => {
    const text = 'TAYLORVILLE (AP) — Taylorville Memorial Hospital opened a new wing on Monday.';
    const entities = groupEntities(text, mentionsOf(text, [['Taylorville Memorial Hospital', 'LOC'], ['TAYLORVILLE', 'LOC']]));
    expect(entities.map((e) => e.name).sort()).toEqual(['TAYLORVILLE', 'Taylorville Memorial Hospital']);
  });
});
