import { describe, expect, it } from 'vitest';
import type { EntityMention, EntityType } from '../../../lib/types.ts';
import { applyRules } from '../../../lib/story/entities/rules.ts';
import { tokenize } from '../../../lib/story/entities/tokenize.ts';
import { groupEntities } from '../../../lib/story/entities/group.ts';
import { entityModel } from '../../../lib/story/entities/default-model.ts';
import { mentions } from './mentions.ts';
import { tidyMention } from '../../../lib/story/entities/not-names.ts';
import { splitAtPosition, teamsOfSportsStory, teamsWithRecords } from '../../../lib/story/entities/sports.ts';
import { asLaw, courtCases, isPeriod, joinInstitutions, quotedTitles } from '../../../lib/story/entities/name-kinds.ts';

const { gazetteer } = entityModel();


const rules = (text: string, list: Array<[string, EntityType]>) =>
  applyRules(text, tokenize(text), mentions(text, list), gazetteer).map((m) => `${m.type}:${m.text}`);
const typed = (ms: readonly EntityMention[]) => ms.map((m) => `${m.type}:${m.text}`);

describe('sports pages', () => {
  it('reads a ranked name with a record, or one in a fixture, as a team', () => {
    const text = 'No. 17 Legacy (7-4) at No. 1 Cherry Creek (10-0), 7 p.m. Then Grand Valley (3-1) vs. Mesa (2-2).';
    expect(typed(teamsWithRecords(text))).toEqual(['ORG:Legacy', 'ORG:Cherry Creek', 'ORG:Grand Valley', 'ORG:Mesa']);
  });

  it('in a story listing teams, also reads ranked names and opponents as teams', () => {
    const text = 'No. 3 Arapahoe (8-2) at No. 4 Pine Creek (9-1). Pine Creek beat No. 15 Fairview and lost to 5A Fossil Ridge.\n\nClass 3A\n\nGood luck.';
    expect(typed(teamsOfSportsStory(text)).sort()).toEqual(['ORG:Arapahoe', 'ORG:Fairview', 'ORG:Fossil Ridge', 'ORG:Pine Creek']);
    expect(typed(teamsOfSportsStory('Pine Creek beat No. 15 Fairview.'))).toEqual([]);
  });

  it('leaves a pitcher with his record alone: a record without a ranking or fixture is not a team', () => {
    expect(teamsWithRecords('Kevin Foster (6-2) outdueled Tom Glavine (13-8) on Friday.')).toEqual([]);
  });

  it('gives the team the same type wherever else its name is used', () => {
    const text = 'No. 4 Durango (8-1) at No. 13 Mead (5-5). Durango won the last meeting.';
    const out = rules(text, [['Durango', 'LOC'], ['Mead', 'PER'], ['Durango', 'LOC']]);
    expect(out).toEqual(['ORG:Durango', 'ORG:Mead', 'ORG:Durango']);
  });

  it('splits team and player at a position, with exact offsets', () => {
    const text = 'Then Erie QB Blake Barnett threw.';
    const [m] = mentions(text, [['Erie QB Blake Barnett', 'PER']]);
    const out = splitAtPosition(m!);
    expect(typed(out)).toEqual(['ORG:Erie', 'PER:Blake Barnett']);
    for (const x of out) expect(text.slice(x.start, x.end)).toBe(x.text);
    expect(splitAtPosition({ start: 0, end: 11, type: 'PER', text: 'Jrue Holiday' })).toHaveLength(1);
  });

  it('drops classes and leading quantifiers that are not part of a name', () => {
    expect(tidyMention({ start: 0, end: 2, text: '4A', type: 'ORG' })).toBeNull();
    expect(tidyMention({ start: 0, end: 7, text: 'Class B', type: 'ORG' })).toBeNull();
    for (const title of ['Rep.', 'Sen.', 'Dr.', 'Gov.']) expect(tidyMention({ start: 0, end: title.length, text: title, type: 'MISC' })).toBeNull();
    expect(tidyMention({ start: 0, end: 9, text: 'St. Louis', type: 'LOC' })).not.toBeNull();
    expect(tidyMention({ start: 0, end: 16, text: 'None of Loveland', type: 'ORG' })).toMatchObject({ start: 8, text: 'Loveland' });
    expect(tidyMention({ start: 0, end: 8, text: 'Erie No.', type: 'ORG' })).toMatchObject({ end: 4, text: 'Erie' });
  });
});

describe('shapes of names', () => {
  it('reads laws and treaties as other names, with their year', () => {
    const text = 'under the Investment Company Act of 1940 and the Paris Climate Accord.';
    const [act, accord] = mentions(text, [['Investment Company Act', 'ORG'], ['Paris Climate Accord', 'ORG']]);
    expect(asLaw(text, act!)).toMatchObject({ type: 'MISC', text: 'Investment Company Act of 1940' });
    expect(asLaw(text, accord!)).toMatchObject({ type: 'MISC', text: 'Paris Climate Accord' });
    expect(asLaw('the Convention Center', { start: 4, end: 21, type: 'LOC', text: 'Convention Center' }).type).toBe('LOC');
  });

  it('finds court cases written with "v.", not games written with "vs."', () => {
    expect(typed(courtCases('overturned Roe v. Wade. Then Brown v. Board of Education.'))).toEqual(['MISC:Roe v. Wade', 'MISC:Brown v. Board of Education']);
    expect(courtCases('Legacy vs. Cherry Creek on Friday')).toEqual([]);
  });

  it('joins an institution with its "of" or "on" part, and stops before a day', () => {
    const text = 'the U.N. Intergovernmental Panel on Climate Change. The Security Council on Friday met.';
    const out = joinInstitutions(text, mentions(text, [['U.N. Intergovernmental Panel', 'ORG'], ['Climate Change', 'MISC'], ['Security Council', 'ORG']]));
    expect(typed(out)).toEqual(['ORG:U.N. Intergovernmental Panel on Climate Change', 'ORG:Security Council']);
  });

  it('lets an "X of Y" organization go on after "and", but not into a person or an acronym', () => {
    const text = 'the National Institute of Alcohol Abuse and Alcoholism said. The Department of Justice and FBI agreed, as did the Bank of England and Mark Carney.';
    const out = joinInstitutions(text, mentions(text, [['National Institute of Alcohol Abuse', 'ORG'], ['Alcoholism', 'ORG'], ['Department of Justice', 'ORG'], ['FBI', 'ORG'], ['Bank of England', 'ORG'], ['Mark Carney', 'PER']]));
    expect(typed(out)).toEqual(['ORG:National Institute of Alcohol Abuse and Alcoholism', 'ORG:Department of Justice', 'ORG:FBI', 'ORG:Bank of England', 'PER:Mark Carney']);
  });

  it('knows geological periods are not names', () => {
    expect(['Pliocene', 'Cenozoic', 'Middle Paleolithic', 'Neolithic'].every(isPeriod)).toBe(true);
    expect(['Pittsburgh', 'Lincoln', 'Classic'].some(isPeriod)).toBe(false);
  });

  it('reads titles in quotation marks as works, but never quoted speech', () => {
    const text = 'films from “Radio Days” to “The Purple Rose of Cairo“ and “Two Days in March,” while she said “Outlook not so good.” of “Much of Jim’s analysis is credible,”';
    expect(typed(quotedTitles(text))).toEqual(['MISC:Radio Days', 'MISC:The Purple Rose of Cairo', 'MISC:Two Days in March']);
  });

  it('leaves a demonym after a name to the noun it qualifies', () => {
    const text = 'a member of the Pueblo of Isleta Indian tribe, and of Air India.';
    expect(rules(text, [['Pueblo of Isleta Indian', 'ORG'], ['Air India', 'ORG']])).toEqual(['ORG:Pueblo of Isleta', 'ORG:Air India']);
  });

  it('makes a demonym and the institution after it one organization', () => {
    const text = 'lying to the Scottish Parliament, said the Scottish economist.';
    expect(rules(text, [['Scottish', 'MISC'], ['Scottish', 'MISC']])).toEqual(['ORG:Scottish Parliament', 'MISC:Scottish']);
  });
});

describe('types decided over the whole story', () => {
  const group = (text: string, list: Array<[string, EntityType]>) =>
    groupEntities(text, mentions(text, list), { gazetteer }).map((e) => `${e.type}:${e.name}`).sort();

  it('makes a place nobody lists that speaks an organization, but not a county', () => {
    expect(group('Officials at Wexmoor Hall said no.', [['Wexmoor Hall', 'LOC']])).toEqual(['ORG:Wexmoor Hall']);
    expect(group('Broward County said no.', [['Broward County', 'LOC']])).toEqual(['LOC:Broward County']);
    expect(group('Officials in Boston said no.', [['Boston', 'LOC']])).toEqual(['LOC:Boston']);
  });

  it('makes a squad or a long acronym no list knows as a place an organization', () => {
    expect(group('They beat a Wexbluff squad.', [['Wexbluff', 'MISC']])).toEqual(['ORG:Wexbluff']);
    expect(group('The CHSAA playoffs start.', [['CHSAA', 'LOC']])).toEqual(['ORG:CHSAA']);
    expect(group('They drove to Wexbluff.', [['Wexbluff', 'LOC']])).toEqual(['LOC:Wexbluff']);
  });

  it('makes someone\'s kin a person, whatever the tagger said', () => {
    expect(group('They have a daughter and son Nalin.', [['Nalin', 'LOC']])).toEqual(['PER:Nalin']);
    expect(group('They flew to Nalin.', [['Nalin', 'LOC']])).toEqual(['LOC:Nalin']);
  });

  it('makes a one-word organization used as a platform an other name', () => {
    const text = 'She posted on Zibber. Zibber messages leaked. Zibber said nothing.';
    expect(group(text, [['Zibber', 'ORG'], ['Zibber', 'ORG'], ['Zibber', 'ORG']])).toEqual(['MISC:Zibber']);
    expect(group('He appeared on CNN. CNN said so.', [['CNN', 'ORG'], ['CNN', 'ORG']])).toEqual(['ORG:CNN']);
  });

  it('joins a storm by its name alone, an acronym after a leading "The", and drops a possessive', () => {
    expect(group('Storm Babet hit. Babet flooded towns.', [['Storm Babet', 'MISC'], ['Babet', 'ORG']])).toEqual(['MISC:Storm Babet']);
    expect(group('The Associated Press reported. AP said more.', [['The Associated Press', 'ORG'], ['AP', 'ORG']])).toEqual(['ORG:The Associated Press']);
    expect(group('Jim Hansen wrote. Jim’s analysis held.', [['Jim Hansen', 'PER'], ['Jim’s', 'PER']])).toEqual(['PER:Jim Hansen']);
    expect(group('the Wexmoor Hall’s initiative said so.', [['Wexmoor Hall', 'LOC']])).toEqual(['ORG:Wexmoor Hall']);
  });

  it('joins a company to its legal form whatever the tagger said, but not a state to its city', () => {
    expect(group('Remain Co. will sit there. Remain holds shares.', [['Remain Co.', 'ORG'], ['Remain', 'LOC']])).toEqual(['ORG:Remain Co.']);
    expect(group('Colorado Springs is in Colorado.', [['Colorado Springs', 'LOC'], ['Colorado', 'LOC']])).toEqual(['LOC:Colorado', 'LOC:Colorado Springs']);
  });
});
