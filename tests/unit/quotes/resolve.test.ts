/**
 * From speaker phrase to person: surnames to full names, pronouns to the person they refer
 * to, "the agency" to the organization — from the text alone and with entities.
 */
import { describe, expect, it } from 'vitest';
import { analyzeEntities } from '../../../lib/story/entities/index.ts';
import type { Entity, Span } from '../../../lib/types.ts';
import { article, quotesOf, quoteWith } from './helpers.ts';
import { resolveSpeakers } from '../../../lib/story/quotes/resolve.ts';
import type { QuotePassage } from '../../../lib/story/quotes/index.ts';

/** A hand-made entity whose mentions are every occurrence of its names in `text`. */
function entity(text: string, id: string, type: Entity['type'], name: string, aliases: string[] = [], role: string | null = null): Entity {
  const mentions: Span[] = [];
  for (const form of [name, ...aliases]) {
    for (let i = text.indexOf(form); i >= 0; i = text.indexOf(form, i + 1)) {
      if (!mentions.some((m) => i < m.end && m.start < i + form.length)) mentions.push({ start: i, end: i + form.length });
    }
  }
  mentions.sort((a, b) => a.start - b.start);
  return { id, type, name, aliases, role, count: mentions.length, firstIndex: mentions[0]?.start ?? 0, mentions };
}

/** A passage of `words` credited to the first `source` in `text` (from `from` on), for resolveSpeakers alone. */
function passageIn(text: string, source: string, words: string, from = 0): QuotePassage {
  const at = text.indexOf(source, from);
  const start = text.indexOf(words);
  return { start, end: start + words.length, text: words, parts: [{ start, end: start + words.length }],
    speaker: { start: at, end: at + source.length, text: source }, speakerEntityId: null, speakerName: null, rule: null };
}

const story = article(
  'Philadelphia mayor Jim Kenney released a statement about the operation on Thursday.',
  '“When our immigrant communities cannot trust law enforcement, they are less likely to work with them,” Kenney said.',
  '“Operation Safe City does not make our city any safer,” he added.',
  'U.S. Immigration and Customs Enforcement (ICE) said the operation targeted people with criminal convictions.',
  'The arrests were made in cities where “deportation officers are denied access to jails and prisons,” the agency said.',
  'Reporters asked Sarah Rodriguez about the plan. “Officers enforce federal immigration laws every day,” she said.',
);

describe('from the text alone', () => {
  const qs = quotesOf(story);

  it('completes a surname with the full name given earlier', () => {
    const q = quoteWith(qs, 'cannot trust');
    expect(q.speaker?.text).toBe('Kenney');
    expect(q.speakerName).toBe('Jim Kenney');
    expect(q.speakerEntityId).toBeNull();
  });

  it('resolves a pronoun to the speaker of the quote before it', () => {
    const q = quoteWith(qs, 'any safer');
    expect(q.speaker?.text).toBe('he');
    expect(q.speakerName).toBe('Jim Kenney');
  });

  it('resolves "the agency" to the organization named before it', () => {
    expect(quoteWith(qs, 'denied access').speakerName).toBe('ICE');
  });

  it('shows the name without the role in front of it', () => {
    const [q] = quotesOf('“We are proud of the work our officers do,” ICE acting director Tom Homan said.');
    expect(q!.speaker?.text).toContain('Tom Homan');
    expect(q!.speakerName).toBe('Tom Homan');
  });

  it('never takes the words before a sentence end or a paragraph break for a first name', () => {
    const qs = quotesOf(article('Donald Trump held a rally in Ohio.', 'The crowd waited until Monday. Trump arrived late.', '“We will win this state, and we will win it by a lot,” Trump said.'));
    expect(qs[0]!.speakerName).toBe('Donald Trump');
  });

  it('never runs a name over a line break: a heading’s last word is no first name', () => {
    const text = article('Putting the Cart Before the Horse', 'Some might think that tariffs work.', 'Smith said tariffs work.');
    const passage = (source: string, words: string) => passageIn(text, source, words);
    expect(resolveSpeakers(text, [passage('Some', 'that tariffs')])[0]!.speakerName).toBeNull();
    expect(resolveSpeakers(text, [passage('Smith', 'tariffs work.')])[0]!.speakerName).toBe('Smith');
  });

  it('completes a surname from a name given after a place and a title ("Indiana Gov. Mike Pence")', () => {
    const qs = quotesOf(article('Reporters met Indiana Gov. Mike Pence on Sunday.', '“We will win this state, and we will win it by a lot,” Pence said.'));
    expect(qs[0]!.speakerName).toBe('Mike Pence');
  });

  it('keeps an indefinite source as written', () => {
    const [q] = quotesOf('An internal document obtained by NBC described the plan as “the largest operation of its kind in history.”');
    expect(q!.speakerName).toBe('An internal document obtained by NBC');
  });
});

describe('with entities', () => {
  const kenney = entity(story, 'p1', 'PER', 'Jim Kenney', ['Kenney'], 'Philadelphia mayor');
  const ice = entity(story, 'o1', 'ORG', 'U.S. Immigration and Customs Enforcement', ['ICE']);
  const rodriguez = entity(story, 'p2', 'PER', 'Sarah Rodriguez');
  const philadelphia = entity(story, 'l1', 'LOC', 'Philadelphia');
  const qs = quotesOf(story, [kenney, ice, rodriguez, philadelphia]);

  it('links a surname to its person', () => {
    const q = quoteWith(qs, 'cannot trust');
    expect(q.speakerEntityId).toBe('p1');
    expect(q.speakerName).toBe('Jim Kenney');
  });

  it('links a pronoun to the person it refers to', () => {
    expect(quoteWith(qs, 'any safer').speakerEntityId).toBe('p1');
    const q = quoteWith(qs, 'every day');
    expect(q.speaker?.text).toBe('she');
    expect(q.speakerEntityId).toBe('p2');
    expect(q.speakerName).toBe('Sarah Rodriguez');
  });

  it('credits no one with "he" when a man the story only describes opens a sentence after the named one', () => {
    const named = 'The owner, Usman Hasib, said men will no longer be allowed inside the salon.';
    const described = 'The man in red shorts sat down in the waiting area.';
    const quote = '“My girlfriend wants an eyebrow appointment,” he said.';
    const withDescription = article(named, described, quote);
    const hasib = entity(withDescription, 'p1', 'PER', 'Usman Hasib', ['Hasib']);
    expect(quoteWith(quotesOf(withDescription, [hasib]), 'eyebrow').speakerEntityId).toBeNull();
    const withoutDescription = article(named, quote);
    const again = entity(withoutDescription, 'p1', 'PER', 'Usman Hasib', ['Hasib']);
    expect(quoteWith(quotesOf(withoutDescription, [again]), 'eyebrow').speakerEntityId).toBe('p1');
  });

  it('names no one with a lone word whose only capital is the sentence’s; a speaker’s kind, a plural and a name still speak', () => {
    const text = article(
      'Graffiti calling the councillor a thief appeared overnight. Basically, don’t expect an apology.',
      'Officials said the signs were illegal. Americans said little. Kowalski said more. The Secretary agreed.',
      'In the town, graffiti is common.');
    const passage = (source: string, words: string) => passageIn(text, source, words);
    const kowalski = entity(text, 'p1', 'PER', 'Kowalski');
    const shown = (source: string, words: string) => resolveSpeakers(text, [passage(source, words)], [kowalski])[0]!.speakerName;
    expect(shown('Graffiti', 'the councillor a thief')).toBeNull();
    expect(shown('Basically,', 'an apology')).toBeNull();
    expect(shown('Officials', 'the signs were illegal')).toBe('Officials');
    expect(shown('Americans', 'little')).toBe('Americans');
    expect(shown('Kowalski', 'more')).toBe('Kowalski');
    expect(shown('Secretary', 'the signs were illegal')).toBeNull(); // a title alone is no one's name
    // Without the recognizer's entities, a capital is all the text says: it stays a name.
    expect(resolveSpeakers(text, [passage('Graffiti', 'the councillor a thief')])[0]!.speakerName).toBe('Graffiti');
  });

  it('links a surname tagged inside a fuller mention to that mention’s entity, not to a namesake', () => {
    const text = 'Thomas Malone said the plan was dead. His sister, Patricia Ann Malone, disagreed.';
    const thomas = entity(text, 'p1', 'PER', 'Thomas Malone');
    const patricia = entity(text, 'p2', 'PER', 'Patricia Ann Malone');
    const [resolved] = resolveSpeakers(text, [passageIn(text, 'Malone', 'the plan was dead')], [thomas, patricia]);
    expect(resolved!.speakerEntityId).toBe('p1');
    expect(resolved!.speakerName).toBe('Thomas Malone');
  });

  it('names the person a description sets off after a comma', () => {
    const text = article('Senator Kasich spoke on Monday. Kasich thanked his staff.', 'A top strategist, John Weaver, said the campaign was over.');
    const people = [entity(text, 'p1', 'PER', 'Senator Kasich', ['Kasich']), entity(text, 'p2', 'PER', 'John Weaver')];
    const [resolved] = resolveSpeakers(text, [passageIn(text, 'A top strategist, John Weaver,', 'the campaign was over')], people);
    expect(resolved!.speakerEntityId).toBe('p2');
    expect(resolved!.speakerName).toBe('John Weaver');
  });

  it('reads names with "of" in them whole, and a title with "of" as the person after it', () => {
    const text = article(
      'Intel sells chips to data centers. Jim Kenney, the mayor, spoke on Monday.',
      'The Department of Energy estimates that data centers use 2 percent of the power.',
      'White House Chief of Staff Mark Meadows said the bill would pass.',
      'Department of Correction spokesman Jason Kersten said burials had increased.',
      'Critics of Mayor Jim Kenney said the plan had failed.',
      'A senior adviser to Jim Kenney declined to say how many were hurt.');
    const entities = [
      entity(text, 'o1', 'ORG', 'Intel'), entity(text, 'o2', 'ORG', 'Department of Energy'),
      entity(text, 'o3', 'ORG', 'Department of Correction'), entity(text, 'o4', 'LOC', 'White House'),
      entity(text, 'p1', 'PER', 'Mark Meadows'), entity(text, 'p2', 'PER', 'Jason Kersten'), entity(text, 'p3', 'PER', 'Jim Kenney'),
    ];
    const shown = (source: string, words: string) => resolveSpeakers(text, [passageIn(text, source, words)], entities)[0]!;
    expect(shown('The Department of Energy', 'that data centers').speakerEntityId).toBe('o2'); // not "the department" = Intel
    expect(shown('White House Chief of Staff Mark Meadows', 'the bill would pass').speakerName).toBe('Mark Meadows');
    expect(shown('Department of Correction spokesman Jason Kersten', 'burials had increased').speakerEntityId).toBe('p2');
    // Someone described by their relation to a person is not that person.
    expect(shown('Critics of Mayor Jim Kenney', 'the plan had failed').speakerEntityId).toBeNull();
    expect(shown('A senior adviser to Jim Kenney', 'how many were hurt').speakerEntityId).toBeNull();
  });

  it('never takes a pronoun for someone its own statement names ("he said Axcell had the key")', () => {
    const text = article(
      'Judge Tom Clayson said Bradley Axcell had played a leading role in the drug network.',
      'He said that Axcell had the key to the car.');
    const people = [entity(text, 'p1', 'PER', 'Tom Clayson', ['Clayson']), entity(text, 'p2', 'PER', 'Bradley Axcell', ['Axcell'])];
    // Reported words, as lib/story/attributions passes them: no quoted parts.
    const reported = (words: string) => ({ ...passageIn(text, 'He', words), parts: [] });
    const [resolved] = resolveSpeakers(text, [reported('that Axcell had the key to the car')], people);
    expect(resolved!.speakerEntityId).toBe('p1'); // not Axcell, whom "he" means when the statement does not name him
    const [other] = resolveSpeakers(text, [reported('the key to the car')], people);
    expect(other!.speakerEntityId).toBe('p2');
  });

  it('reads the words between a quote’s pronoun and the quote the same way ("He said he classed Axcell as a “…”")', () => {
    const text = article(
      'Judge Tom Clayson said Bradley Axcell had played a leading role in the drug network.',
      'He said he classed Axcell as a “fully functioning adult” with a high-level role.');
    const people = [entity(text, 'p1', 'PER', 'Tom Clayson', ['Clayson']), entity(text, 'p2', 'PER', 'Bradley Axcell', ['Axcell'])];
    const [resolved] = resolveSpeakers(text, [passageIn(text, 'He', 'fully functioning adult')], people);
    expect(resolved!.speakerEntityId).toBe('p1');
  });

  it('takes "the union" for no company: a kind that names itself needs an organization of that name', () => {
    const text = article(
      'The strike ended after a deal was struck with Ford on Wednesday.',
      'The union said its members would return to work. The company said production would resume.',
      'The Writers Guild union praised it. The union said it was thrilled.');
    const orgs = [entity(text, 'o1', 'ORG', 'Ford'), entity(text, 'o2', 'ORG', 'Writers Guild union')];
    const [union, company, guild] = resolveSpeakers(text, [
      passageIn(text, 'The union', 'its members would return to work'),
      passageIn(text, 'The company', 'production would resume'),
      passageIn(text, 'The union', 'it was thrilled', text.indexOf('praised')),
    ], orgs);
    expect(union!.speakerEntityId).toBeNull();
    expect(company!.speakerEntityId).toBe('o1');
    expect(guild!.speakerEntityId).toBe('o2');
  });

  it('takes "the former vice president" for no president, "the former employee" for no one named', () => {
    const text = article(
      'President Donald Trump spoke on Monday. Trump said the vote would be rigged. Trump repeated it.',
      '“No one should have to risk their lives to cast a ballot,” Joe Biden said Thursday.',
      'The former vice president said the election must be safe. The former employee said the files were gone.',
      'The former president said nothing.');
    const people = [entity(text, 'p1', 'PER', 'Donald Trump', ['Trump'], 'President'), entity(text, 'p2', 'PER', 'Joe Biden')];
    const at = (source: string, words: string) => resolveSpeakers(text, [passageIn(text, source, words)], people)[0]!.speakerEntityId;
    expect(at('The former vice president', 'the election must be safe')).toBeNull();
    expect(at('The former employee', 'the files were gone')).toBeNull();
    expect(at('The former president', 'nothing')).toBe('p1');
  });

  it('takes "the group" for no newspaper the story was told or published in; "the paper" may be one', () => {
    const text = article(
      'Jade Chapman of a surfers’ charity told Positive News that the plan was welcome.',
      'However, the group warned that the measures had loopholes. The paper said it would follow the story.');
    const news = [entity(text, 'o1', 'ORG', 'Positive News')];
    const [group, paper] = resolveSpeakers(text, [passageIn(text, 'the group', 'the measures had loopholes'), passageIn(text, 'The paper', 'it would follow')], news);
    expect(group!.speakerEntityId).toBeNull();
    expect(paper!.speakerEntityId).toBe('o1');
  });

  it('links "the agency" to the organization, not to a place or a quoted name', () => {
    const q = quoteWith(qs, 'denied access');
    expect(q.speaker?.text).toBe('the agency');
    expect(q.speakerEntityId).toBe('o1');
  });

  it('works with the recognizer’s own entities', () => {
    const entities = analyzeEntities(story);
    const q = quoteWith(quotesOf(story, entities), 'cannot trust');
    const linked = entities.find((e) => e.id === q.speakerEntityId);
    expect(linked?.name).toBe('Jim Kenney');
  });
});

describe('possessive speakers', () => {
  it('"her remark" names the person, "Trump’s call" the full name without the possessive', () => {
    const text = article(
      '“We will keep fighting for this,” Madeleine Albright said on Monday.',
      'Albright fanned controversy this year over her remark that “there is a special place in hell for such people.”',
      'Donald Trump campaigned in Ohio. His standing improved after Trump’s call for “a total and complete ban on entry.”',
    );
    const qs = quotesOf(text);
    expect(quoteWith(qs, 'special place').speakerName).toBe('Madeleine Albright');
    expect(quoteWith(qs, 'complete ban').speakerName).toBe('Donald Trump');
  });
});
