import { describe, expect, it } from 'vitest';
import { groupEntities } from '../../../lib/story/entities/group.ts';
import { entityModel } from '../../../lib/story/entities/default-model.ts';
import type { EntityType } from '../../../lib/types.ts';
import { mentions } from './mentions.ts';

const { gazetteer } = entityModel();

/** The type the popup gives the one entity made of `list` in `text`. */
function typeOf(text: string, list: Array<[string, EntityType]>): EntityType | undefined {
  const out = groupEntities(text, mentions(text, list), { gazetteer });
  expect(out).toHaveLength(1);
  return out[0]!.type;
}

describe('the words around a name type it', () => {
  it('makes the place of someone’s job an organization', () => {
    expect(typeOf('“Yields fell,” said Justin Lederer, an interest-rate strategist at Zorvex Halden.', [['Zorvex Halden', 'LOC']])).toBe('ORG');
    expect(typeOf('She is a professor at Quillan Marsh and lives there.', [['Quillan Marsh', 'PER']])).toBe('ORG');
    // A known place stays one, and someone merely in a place is not at a job.
    expect(typeOf('An analyst at Denver said so.', [['Denver', 'LOC']])).toBe('LOC');
    expect(typeOf('She met friends at Quillan Marsh.', [['Quillan Marsh', 'PER']])).toBe('PER');
  });

  it('makes “the X said” a newspaper or body, never a person', () => {
    expect(typeOf('“It cannot be tolerated,” the Rodong Sinmun said in a commentary.', [['Rodong Sinmun', 'PER']])).toBe('ORG');
    expect(typeOf('“It cannot be tolerated,” Rodong Sinmun said in a commentary.', [['Rodong Sinmun', 'PER']])).toBe('PER');
  });

  it('makes a hashtag an other name', () => {
    expect(typeOf('Her claims spread in the #MeToo era.', [['MeToo', 'ORG']])).toBe('MISC');
    expect(typeOf('Her claims spread in the MeToo era.', [['MeToo', 'ORG']])).toBe('ORG');
  });

  it('makes the leader of an administration or campaign a person', () => {
    expect(typeOf('The Biden campaign’s pledge to reach clean power.', [['Biden', 'LOC']])).toBe('PER');
    // A known place leads no administration: "the Ohio campaign" is a campaign in Ohio.
    expect(typeOf('The Ohio campaign ended.', [['Ohio', 'LOC']])).toBe('LOC');
  });

  it('makes a platform a service (an other name), and what is posted on a site too', () => {
    const text = 'A point about the social media platform TikTok. TikTok is popular. He was joining TikTok. They fear TikTok.';
    expect(typeOf(text, [['TikTok', 'ORG'], ['TikTok', 'ORG'], ['TikTok', 'ORG'], ['TikTok', 'ORG']])).toBe('MISC');
    expect(typeOf('Hotels hide fees, according to answers posted on Quora.', [['Quora', 'LOC']])).toBe('MISC');
    expect(typeOf('Hotels hide fees, according to people in Quora.', [['Quora', 'LOC']])).toBe('LOC');
  });

  it('makes what writing is published in an organization (a newspaper or journal), never a known place', () => {
    expect(typeOf('The poem was published last month in The Quillan Yorker, and praised.', [['Quillan Yorker', 'MISC']])).toBe('ORG');
    expect(typeOf('She grew up in Zorvex Letters and left.', [['Zorvex Letters', 'MISC']])).toBe('MISC');
    expect(typeOf('The study was published in Zorvex Letters.', [['Zorvex Letters', 'LOC']])).toBe('ORG');
    expect(typeOf('The book was published in London.', [['London', 'LOC']])).toBe('LOC');
  });

  it('makes examples of a kind of company organizations', () => {
    expect(typeOf('Even department stores like Barney’s and Zorvex Halden, which hosted shops, agreed.', [['Zorvex Halden', 'PER']])).toBe('ORG');
    expect(typeOf('Tech giants such as Quillan Marsh spent more.', [['Quillan Marsh', 'PER']])).toBe('ORG');
    expect(typeOf('Friends like Quillan Marsh spent more.', [['Quillan Marsh', 'PER']])).toBe('PER');
  });

  it('makes a “person” counted with “a” a product, not when a noun follows', () => {
    expect(typeOf('They charge $10 for a Diet Coke, he said.', [['Diet Coke', 'PER']])).toBe('MISC');
    expect(typeOf('He swatted a Payton Pritchard layup.', [['Payton Pritchard', 'PER']])).toBe('PER');
  });

  it('makes a “place” used as a service an other name, not a place one is merely on', () => {
    expect(typeOf('Her Zorvagram account grew. Zorvagram posts spread.', [['Zorvagram', 'LOC'], ['Zorvagram', 'LOC']])).toBe('MISC');
    expect(typeOf('The tool was found on Zorvagram beach.', [['Zorvagram', 'LOC']])).toBe('LOC');
  });

  it('makes a “place” with a spokesman or aides an institution, not one with officials', () => {
    expect(typeOf('“It works,” said Ben LaBolt, Zorvex House communications director.', [['Zorvex House', 'LOC']])).toBe('ORG');
    expect(typeOf('Zorvex House officials met.', [['Zorvex House', 'LOC']])).toBe('LOC');
  });

  it('makes a name in a dateline or in a word made from a place a place, whatever the lists know it as', () => {
    // The lists know "Houston" as a surname only; written twice, it was once two votes for a person.
    const dateline = 'HOUSTON, Texas (KTRK) -- A Houston-area business closed.';
    expect(typeOf(dateline, [['HOUSTON', 'LOC'], ['Houston', 'MISC']])).toBe('LOC');
    expect(typeOf('A Houston-based firm grew.', [['Houston', 'PER']])).toBe('LOC');
    expect(typeOf('The fans cheered as Houston scored.', [['Houston', 'PER']])).toBe('PER');
  });

  it('lists no interjection ("‘Oh, we got a report’"), but a name that is also one', () => {
    const text = 'They said, ‘Oh, we got a report.’ Then, ‘Oh, he left.’';
    expect(groupEntities(text, mentions(text, [['Oh', 'ORG'], ['Oh', 'ORG']]), { gazetteer })).toEqual([]);
    expect(typeOf('Sandra Oh won. Oh, 52, thanked her fans.', [['Sandra Oh', 'PER'], ['Oh', 'PER']])).toBe('PER');
  });

  it('splits two names the tagger read as one where the text names each on its own, and no other name with "and"', () => {
    const text = 'Zorvex Kings and Quillan Risers met. Zorvex Kings won. Quillan Risers lost. The Office of Zorvex and Budget agreed.';
    const out = groupEntities(text, mentions(text, [['Zorvex Kings and Quillan Risers', 'ORG'], ['Zorvex Kings', 'ORG'], ['Quillan Risers', 'ORG'], ['Office of Zorvex and Budget', 'ORG']]), { gazetteer });
    expect(out.map((e) => [e.name, e.count])).toEqual([['Zorvex Kings', 2], ['Quillan Risers', 2], ['Office of Zorvex and Budget', 1]]);
  });
});

