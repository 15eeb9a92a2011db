import { describe, expect, it } from 'vitest';
import { groupEntities } from '../../../lib/story/entities/group.ts';
import { isNotAName, tidyMention } from '../../../lib/story/entities/not-names.ts';
import { entityModel } from '../../../lib/story/entities/default-model.ts';
import type { EntityType } from '../../../lib/types.ts';
import { mentions } from './mentions.ts';

const { gazetteer } = entityModel();

/** The popup's entries for `text` whose tagger found the names of `list`, typed as given. */
const grouped = (text: string, list: Array<[string, EntityType]>) => groupEntities(text, mentions(text, list), { gazetteer });

describe('one entity, one entry, one type', () => {
  it('joins every form of a person whatever type the tagger gave each, typed by the vote', () => {
    const text = 'Donald Trump spoke. Trump left. Later Trump returned, and Mr. Trump said no. Trump again.';
    const out = grouped(text, [['Donald Trump', 'PER'], ['Trump', 'LOC'], ['Trump', 'ORG'], ['Mr. Trump', 'PER'], ['Trump', 'LOC']]);
    expect(out).toHaveLength(1);
    expect(out[0]).toMatchObject({ name: 'Donald Trump', type: 'PER', count: 5 });
    expect(out[0]!.aliases.sort()).toEqual(['Mr. Trump', 'Trump']);
  });

  it('keeps the company apart from the person, and a lone surname with the person', () => {
    const text = 'Donald Trump and the Trump Organization. Trump said so.';
    const out = grouped(text, [['Donald Trump', 'PER'], ['Trump Organization', 'ORG'], ['Trump', 'ORG']]);
    expect(out.map((e) => [e.name, e.type, e.count]).sort()).toEqual([['Donald Trump', 'PER', 2], ['Trump Organization', 'ORG', 1]]);
  });

  it('names a person by the bare full name, not by a title form', () => {
    const text = 'Congressman Clyburn spoke. James Clyburn agreed. Mr Yousaf and Humza Yousaf.';
    const out = grouped(text, [['Congressman Clyburn', 'PER'], ['James Clyburn', 'PER'], ['Mr Yousaf', 'PER'], ['Humza Yousaf', 'PER']]);
    expect(out.map((e) => e.name).sort()).toEqual(['Humza Yousaf', 'James Clyburn']);
  });

  it('joins "The X" with "X", and a team nickname with the team', () => {
    const text = 'The Reckoning Crew met. Reckoning Crew left. The Boston Celtics won; the Celtics are top.';
    const out = grouped(text, [['The Reckoning Crew', 'ORG'], ['Reckoning Crew', 'ORG'], ['Boston Celtics', 'ORG'], ['Celtics', 'MISC']]);
    expect(out.map((e) => [e.name, e.count]).sort()).toEqual([['Boston Celtics', 2], ['The Reckoning Crew', 2]]);
  });

  it('lets the gazetteer break a tie in the type of a known place', () => {
    const text = 'Denmark said no. Denmark left.';
    const out = grouped(text, [['Denmark', 'PER'], ['Denmark', 'LOC']]);
    expect(out[0]!.type).toBe('LOC');
  });
});

describe('names a reader does not want listed', () => {
  it('drops demonyms, party adjectives, religions and languages from other names', () => {
    for (const n of ['American', 'Americans', 'Republican', 'Democrats', 'Jewish', 'Californians', 'Northern Irish', 'Native American', 'African-American', 'Chinese-owned', 'Spanish', 'Black']) {
      expect(isNotAName(n, gazetteer), n).toBe(true);
    }
    for (const n of ['Super Tuesday', 'Medicare for All', 'Apropos of Nothing', 'Storm Ciarán', 'Philippines', 'TikTok', 'Black Sea', 'Jack White']) {
      expect(isNotAName(n, gazetteer), n).toBe(false);
    }
    // The demonym shape is not used on people: "Brian" is a name.
    expect(isNotAName('Brian', gazetteer, false)).toBe(false);
  });

  it('does not list them, while the events beside them stay', () => {
    const text = 'American voters and Republican leaders watched Super Tuesday.';
    const out = grouped(text, [['American', 'MISC'], ['Republican', 'MISC'], ['Super Tuesday', 'MISC']]);
    expect(out.map((e) => e.name)).toEqual(['Super Tuesday']);
  });

  it('drops rankings before a name, and tokens that are never names', () => {
    expect(tidyMention({ start: 4, end: 16, text: '2 Columbine', type: 'ORG' })).toMatchObject({ start: 6, text: 'Columbine' });
    expect(tidyMention({ start: 0, end: 3, text: 'No.', type: 'LOC' })).toBeNull();
    expect(tidyMention({ start: 0, end: 3, text: 'EDT', type: 'LOC' })).toBeNull();
    // A question word alone ("What do you call …?"), though a title may open with one.
    expect(tidyMention({ start: 0, end: 4, text: 'What', type: 'ORG' })).toBeNull();
    expect(tidyMention({ start: 0, end: 15, text: 'What About Love', type: 'MISC' })).toMatchObject({ text: 'What About Love' });
  });
});

describe('a one-word "person" no list knows and the text never treats as one', () => {
  const one = (text: string, name: string) => {
    const out = grouped(text, [[name, 'PER'], [name, 'PER']]);
    return out[0]!.type;
  };
  it('is an organization: a company or a school', () => {
    expect(one('One company, Avigilon, sells cameras. Avigilon tech is everywhere.', 'Avigilon')).toBe('ORG');
  });
  it('stays a person when the text says so: said, a title, scored', () => {
    expect(one('Embiid scored 10 points. Embiid was great.', 'Embiid')).toBe('PER');
    expect(one('Asked why, Okonjo said no. Okonjo left.', 'Okonjo')).toBe('PER');
    expect(one('Senator Okonjo spoke. Okonjo left.', 'Okonjo')).toBe('PER');
  });
});

describe('type cues from the text', () => {
  it('lists a title written in quotation marks as an other name (a work)', () => {
    const text = 'He made “Annie Hall” and later “Radio Days.” Annie Hall won.';
    const out = grouped(text, [['Annie Hall', 'LOC'], ['Radio Days', 'ORG'], ['Annie Hall', 'PER']]);
    expect(Object.fromEntries(out.map((e) => [e.name, e.type]))).toEqual({ 'Annie Hall': 'MISC', 'Radio Days': 'MISC' });
  });
  it('lists a country as a place, also when it acts', () => {
    const text = 'The US said no. The US will act. France agreed.';
    const out = grouped(text, [['US', 'ORG'], ['US', 'ORG'], ['France', 'ORG']]);
    expect(out.map((e) => e.type)).toEqual(['LOC', 'LOC']);
  });
});

describe('titles alone', () => {
  it('are not listed as organizations', () => {
    const text = 'When she was UN Ambassador, the United Nations voted.';
    const out = grouped(text, [['UN Ambassador', 'ORG'], ['United Nations', 'ORG']]);
    expect(out.map((e) => e.name)).toEqual(['United Nations']);
  });
});

describe('abbreviations of common nouns', () => {
  it('are not listed: a common abbreviation, or one the text spells out in lower-case words', () => {
    const text = 'Kids are watched by AI agents. Joy Baker, an OBGYN, cited STDs. Rates of zorbic fluid dynamics (ZFD) rose; ZFD matters. So did QMT (quiet mode testing). HD drives filled.';
    const out = grouped(text, [['AI', 'ORG'], ['Joy Baker', 'PER'], ['OBGYN', 'ORG'], ['STDs', 'ORG'], ['ZFD', 'ORG'], ['ZFD', 'ORG'], ['QMT', 'ORG'], ['HD', 'ORG']]);
    expect(out.map((e) => e.name)).toEqual(['Joy Baker']);
  });
  it('keeps an acronym spelled out as a name, and one never spelled out', () => {
    const text = 'The Zorbic Fluid Directorate (ZFD) rose; ZFD agreed. The QMT said no.';
    const out = grouped(text, [['Zorbic Fluid Directorate', 'ORG'], ['ZFD', 'ORG'], ['ZFD', 'ORG'], ['QMT', 'ORG']]);
    expect(out.map((e) => e.name).sort()).toEqual(['QMT', 'Zorbic Fluid Directorate']);
  });
});

describe('an institution without its place', () => {
  it('joins the institution named with its place', () => {
    const text = 'The Washington Supreme Court sat. She joined the state Supreme Court in May; the Supreme Court agreed. The Washington Superior Court did not.';
    const out = grouped(text, [['Washington Supreme Court', 'ORG'], ['Supreme Court', 'ORG'], ['Supreme Court', 'ORG'], ['Washington Superior Court', 'ORG']]);
    expect(out.map((e) => [e.name, e.count]).sort()).toEqual([['Washington Superior Court', 1], ['Washington Supreme Court', 3]]);
  });
});

describe('fixed-form names', () => {
  it('keep their type when grouped (a disease written in capitals is not an organization)', () => {
    const text = 'The COVID shock. COVID spread.';
    const out = grouped(text, [['COVID', 'MISC'], ['COVID', 'ORG']]);
    expect(out.map((e) => [e.name, e.type])).toEqual([['COVID', 'MISC']]);
  });
});

describe('kinds of people or things', () => {
  it('are not listed when the text writes a "place" no list knows also in the plural', () => {
    const text = 'A Zorvathal tool. Zorvathals used tar. Zorvathal technology spread to Spain.';
    const out = grouped(text, [['Zorvathal', 'LOC'], ['Zorvathals', 'LOC'], ['Zorvathal', 'LOC'], ['Spain', 'LOC']]);
    expect(out.map((e) => e.name)).toEqual(['Spain']);
  });
  it('keeps a place written once, and places a list knows', () => {
    const text = 'Zorvathal is near Spain. Zorvathal grew.';
    const out = grouped(text, [['Zorvathal', 'LOC'], ['Spain', 'LOC'], ['Zorvathal', 'LOC']]);
    expect(out.map((e) => e.name)).toEqual(['Zorvathal', 'Spain']);
  });
});

describe('a store’s name and its possessive', () => {
  it('are one entry, unless a person’s name fits', () => {
    const text = 'Stores like Barney’s closed. Barneys went bankrupt.';
    const out = grouped(text, [['Barney’s', 'ORG'], ['Barneys', 'ORG']]);
    expect(out.map((e) => [e.name, e.count])).toEqual([['Barneys', 2]]);
    const text2 = 'Roger Federer won. Rogers sang. Roger’s serve held.';
    const out2 = grouped(text2, [['Roger Federer', 'PER'], ['Rogers', 'PER'], ['Roger’s', 'PER']]);
    expect(out2.map((e) => [e.name, e.count])).toEqual([['Roger Federer', 2], ['Rogers', 1]]);
  });
});

describe('a short given name', () => {
  it('joins the one person whose given name it stands for', () => {
    const text = 'James Hansen spoke. “Much of Jim’s analysis is credible,” writes Michael Mann.';
    const out = grouped(text, [['James Hansen', 'PER'], ['Jim’s', 'PER'], ['Michael Mann', 'PER']]);
    expect(out.map((e) => [e.name, e.count])).toEqual([['James Hansen', 2], ['Michael Mann', 1]]);
  });
  it('stays apart when two people could be meant', () => {
    const text = 'James Hansen and James Cole spoke. Jim agreed.';
    const out = grouped(text, [['James Hansen', 'PER'], ['James Cole', 'PER'], ['Jim', 'PER']]);
    expect(out.map((e) => e.name).sort()).toEqual(['James Cole', 'James Hansen', 'Jim']);
  });
});

describe('a name inside a word made from it', () => {
  it('is listed as the name, with its span on the name alone', () => {
    const text = 'Donald Trump spoke to anti-Trump crowds. The Raleigh-based firm left post-Brexit Britain. Bashar al-Assad won; al-Assad stayed.';
    const out = grouped(text, [['Donald Trump', 'PER'], ['anti-Trump', 'MISC'], ['Raleigh-based', 'MISC'], ['post-Brexit', 'MISC'], ['Britain', 'LOC'], ['Bashar al-Assad', 'PER'], ['al-Assad', 'PER']]);
    const byName = Object.fromEntries(out.map((e) => [e.name, e]));
    expect(Object.keys(byName).sort()).toEqual(['Bashar al-Assad', 'Brexit', 'Britain', 'Donald Trump', 'Raleigh']);
    expect(byName['Donald Trump']!.count).toBe(2);
    expect(byName['Bashar al-Assad']!.aliases).toEqual(['al-Assad']);
    const raleigh = byName['Raleigh']!.mentions[0]!;
    expect(text.slice(raleigh.start, raleigh.end)).toBe('Raleigh');
  });
  it('keeps names whose own parts are joined by a hyphen', () => {
    const text = 'Pee-wee Herman met Urban Co-operative staff.';
    const out = grouped(text, [['Pee-wee Herman', 'PER'], ['Urban Co-operative', 'ORG']]);
    expect(out.map((e) => e.name).sort()).toEqual(['Pee-wee Herman', 'Urban Co-operative']);
  });
  it('leaves out a dash or quotation mark before the name', () => {
    const text = 'Life is hard. —Zorvek Halden, 34';
    const out = grouped(text, [['—Zorvek Halden', 'PER']]);
    expect(out.map((e) => [e.name, text.slice(e.mentions[0]!.start, e.mentions[0]!.end)])).toEqual([['Zorvek Halden', 'Zorvek Halden']]);
  });
  it('drops what is left when it is no name: a single letter, a common noun, an ideology', () => {
    const text = 'An X-based plan on the Internet by Nazi groups, thank God.';
    const out = grouped(text, [['X-based', 'MISC'], ['Internet', 'MISC'], ['Nazi', 'MISC'], ['God', 'PER']]);
    expect(out).toEqual([]);
  });
});

describe('acronyms in the plural', () => {
  it('are common nouns, not listed', () => {
    const text = 'Sightings of UFOs and UAPs rose, NASA said.';
    const out = grouped(text, [['UFOs', 'LOC'], ['UAPs', 'LOC'], ['NASA', 'ORG']]);
    expect(out.map((e) => e.name)).toEqual(['NASA']);
  });
});

describe('an organization by its first word', () => {
  it('joins the organization and votes with it, whatever the tagger made of the word', () => {
    const text = 'Real Madrid set a deadline. Real want him. Real are keen. Arcade Publishing agreed; Arcade said so; Arcade left.';
    const out = grouped(text, [['Real Madrid', 'ORG'], ['Real', 'LOC'], ['Real', 'LOC'], ['Arcade Publishing', 'ORG'], ['Arcade', 'MISC'], ['Arcade', 'MISC']]);
    expect(out.map((e) => [e.name, e.type, e.count]).sort()).toEqual([['Arcade Publishing', 'ORG', 3], ['Real Madrid', 'ORG', 3]]);
  });
  it('leaves out a town the tagger found, unless the lists know the word as an ordinary word', () => {
    const text = 'Aurora Police said Aurora grew. Southwest Airlines said Southwest flew.';
    const out = grouped(text, [['Aurora Police', 'ORG'], ['Aurora', 'LOC'], ['Southwest Airlines', 'ORG'], ['Southwest', 'LOC']]);
    expect(out.map((e) => [e.name, e.count]).sort()).toEqual([['Aurora Police', 1], ['Aurora', 1], ['Southwest Airlines', 2]]);
  });
  it('leaves out a place, a country acronym and a demonym', () => {
    const text = 'The Washington Post said Washington agreed. The U.S. Treasury and the U.S. met American Airlines and American officials.';
    const out = grouped(text, [['Washington Post', 'ORG'], ['Washington', 'LOC'], ['U.S. Treasury', 'ORG'], ['U.S.', 'LOC'], ['American Airlines', 'ORG'], ['American', 'MISC']]);
    expect(out.map((e) => e.name).sort()).toEqual(['American Airlines', 'U.S.', 'U.S. Treasury', 'Washington', 'Washington Post']);
  });
});
