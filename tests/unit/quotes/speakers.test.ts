/**
 * Who the popup names as a quote's speaker (issue 15): descriptions and pronouns linked to the
 * entity the text means (recency, gender, person or organization, the story's roles), never a
 * person's words credited to an organization that carries their name, and never a pronoun or
 * a bare word shown as a speaker.
 */
import { describe, expect, it } from 'vitest';
import type { Entity, Span } from '../../../lib/types.ts';
import { article, quotesOf, quoteWith } from './helpers.ts';

/** A hand-made entity whose mentions are every whole-word occurrence of its forms in `text`. */
function entity(text: string, id: string, type: Entity['type'], name: string, aliases: string[] = [], role: string | null = null): Entity {
  const mentions: Span[] = [];
  for (const form of [name, ...aliases].sort((a, b) => b.length - a.length)) {
    const re = new RegExp(`(?<![\\p{L}])${form.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\p{L}])`, 'gu');
    for (const m of text.matchAll(re)) {
      const s = m.index!;
      if (!mentions.some((x) => s < x.end && x.start < s + form.length)) mentions.push({ start: s, end: s + form.length });
    }
  }
  mentions.sort((a, b) => a.start - b.start);
  return { id, type, name, aliases, role, count: mentions.length, firstIndex: mentions[0]?.start ?? 0, mentions };
}

describe('descriptions', () => {
  it('"the mayor" is the person the story calls mayor, not the person named last', () => {
    const text = article(
      'Philadelphia mayor Jim Kenney met Sarah Rodriguez on Thursday.',
      'Rodriguez left early.',
      '“We will not hand anyone over to the federal agents,” the mayor said.',
    );
    const ents = [entity(text, 'p1', 'PER', 'Jim Kenney', ['Kenney'], 'Philadelphia mayor'), entity(text, 'p2', 'PER', 'Sarah Rodriguez', ['Rodriguez'])];
    const q = quoteWith(quotesOf(text, ents), 'federal agents');
    expect(q.speaker?.text).toBe('the mayor');
    expect(q.speakerEntityId).toBe('p1');
    expect(q.speakerName).toBe('Jim Kenney');
  });

  it('"the 38-year-old … he" is the man among the people named just before', () => {
    const text = article(
      'Vivek Ramaswamy clashed with Nikki Haley at the debate. Haley said she was proud of her record.',
      '“You have her supporters propping her up, that’s fine,” the 38-year-old said as he tried to continue.',
    );
    const ents = [entity(text, 'p1', 'PER', 'Vivek Ramaswamy', ['Ramaswamy']), entity(text, 'p2', 'PER', 'Nikki Haley', ['Haley'])];
    const q = quoteWith(quotesOf(text, ents), 'propping');
    expect(q.speaker?.text).toBe('the 38-year-old');
    expect(q.speakerName).toBe('Vivek Ramaswamy');
  });

  it('"the former mayor" is the person the story is about when no one else can be meant', () => {
    const text = article(
      'Michael Bloomberg entered the race in November. Bloomberg has spent heavily, and Bloomberg now leads in two states.',
      'Critics met with Paul Begala last week.',
      'In the speech, the former mayor argued that “the stop-and-frisk policy saved many lives in the city.”',
    );
    const ents = [entity(text, 'p1', 'PER', 'Michael Bloomberg', ['Bloomberg']), entity(text, 'p2', 'PER', 'Paul Begala')];
    const q = quoteWith(quotesOf(text, ents), 'saved many lives');
    expect(q.speaker?.text).toBe('the former mayor');
    expect(q.speakerName).toBe('Michael Bloomberg');
  });

  it('"X herself" is X', () => {
    const text = '“The most important thing is that I not be the last in this court,” Montoya-Lewis herself said.';
    const ents = [entity(text, 'p1', 'PER', 'Raquel Montoya-Lewis', ['Montoya-Lewis'])];
    expect(quotesOf(text, ents)[0]!.speakerName).toBe('Raquel Montoya-Lewis');
    expect(quotesOf(text)[0]!.speakerName).toBe('Montoya-Lewis');
  });

  it('"the government" is the organization of that name, before another named since', () => {
    const text = article(
      'The Scottish Government published its records after messages on WhatsApp were deleted.',
      'The Government said it had been asked “to set out in more detail the full timetable of requests”.',
    );
    const ents = [entity(text, 'o1', 'ORG', 'Scottish Government'), entity(text, 'o2', 'ORG', 'WhatsApp')];
    expect(quoteWith(quotesOf(text, ents), 'full timetable').speakerName).toBe('Scottish Government');
  });

  it('an unresolved description keeps its words ("the CEO of California’s grid operator")', () => {
    const text = 'The CEO of California’s grid operator said the outages “are not a factor in the plan at all.”';
    expect(quotesOf(text, [])[0]!.speakerName).toBe('The CEO of California’s grid operator');
  });
});

describe('pronouns', () => {
  it('"she" skips a nearer man for the woman named before him', () => {
    const text = article(
      'Elizabeth Warren spoke after the debate in Las Vegas.',
      'Michael Bloomberg will face voters there. “It is a live demonstration of how we take on a billionaire,” she said.',
    );
    const ents = [entity(text, 'p1', 'PER', 'Elizabeth Warren', ['Warren']), entity(text, 'p2', 'PER', 'Michael Bloomberg', ['Bloomberg'])];
    const q = quoteWith(quotesOf(text, ents), 'live demonstration');
    expect(q.speaker?.text).toBe('she');
    expect(q.speakerName).toBe('Elizabeth Warren');
  });

  it('learns a gender from the text itself: "Mr." and the pronouns that follow a name', () => {
    const text = article(
      'Mr. Kaine spoke first. Jordan Ames spoke after him, and Ames said she would vote no.',
      '“We have the votes to pass it this week,” he said.',
    );
    const ents = [entity(text, 'p1', 'PER', 'Kaine'), entity(text, 'p2', 'PER', 'Jordan Ames', ['Ames'])];
    expect(quoteWith(quotesOf(text, ents), 'the votes').speakerName).toBe('Kaine');
  });

  it('"Biden, he said, …" is never Biden', () => {
    const text = article(
      '“This was a negotiation the union led with the companies,” said Ben LaBolt, the communications director.',
      'Biden, he said, also “was the first president to stand at an active strike site in history.”',
    );
    const ents = [entity(text, 'p1', 'PER', 'Ben LaBolt', ['LaBolt']), entity(text, 'p2', 'PER', 'Joe Biden', ['Biden'])];
    expect(quoteWith(quotesOf(text, ents), 'strike site').speakerName).toBe('Ben LaBolt');
  });

  it('a paragraph opening on "He" is about the man of the paragraph before, not a man named in it', () => {
    const text = article(
      'Woody Allen writes about his films in the memoir.',
      'He was with Mia Farrow for a decade and made a film with Michael Caine. “At the very early stages of our relationship, we were happy,” he writes.',
    );
    const ents = [entity(text, 'p1', 'PER', 'Woody Allen', ['Allen']), entity(text, 'p2', 'PER', 'Mia Farrow', ['Farrow']), entity(text, 'p3', 'PER', 'Michael Caine')];
    expect(quoteWith(quotesOf(text, ents), 'early stages').speakerName).toBe('Woody Allen');
  });

  it('a pronoun nobody can be meant by shows nothing, not "he"', () => {
    const text = '“We have the votes to pass it this week,” he said.';
    const [q] = quotesOf(text, []);
    expect(q!.speaker?.text).toBe('he');
    expect(q!.speakerName).toBeNull();
  });
});

describe('people and organizations', () => {
  it('a person’s words are not credited to an organization that carries their name', () => {
    const text = article(
      'Donald Trump visited the offices of the Trump Organization in New York on Monday.',
      '“We are going to win so much you will be tired of winning,” Trump said.',
    );
    // The recognizer grouped the surname with the company.
    const ents = [entity(text, 'o1', 'ORG', 'Trump Organization', ['Trump']), entity(text, 'p1', 'PER', 'Donald Trump')];
    const q = quoteWith(quotesOf(text, ents), 'tired of winning');
    expect(q.speakerEntityId).toBe('p1');
    expect(q.speakerName).toBe('Donald Trump');
  });

  it('an organization’s own short name stays the organization', () => {
    const text = article(
      'U.S. Immigration and Customs Enforcement (ICE) made the arrests.',
      '“Officers are denied access to jails and prisons,” ICE said.',
    );
    const ents = [entity(text, 'o1', 'ORG', 'U.S. Immigration and Customs Enforcement', ['ICE'])];
    expect(quoteWith(quotesOf(text, ents), 'denied access').speakerName).toBe('U.S. Immigration and Customs Enforcement');
  });
});

describe('what is shown', () => {
  it('never a bare word: "all", "one", "magazine"', () => {
    for (const who of ['all', 'one', 'magazine']) {
      const [q] = quotesOf(`“These rules will not survive the first court challenge,” ${who} said.`, []);
      if (q?.speaker) expect(q.speakerName, who).toBeNull();
    }
  });

  it('a description resolved to an entity shows the entity’s name', () => {
    const text = article(
      'U.S. Immigration and Customs Enforcement (ICE) made the arrests.',
      'The arrests were made in cities where “officers are denied access to jails and prisons,” the agency said.',
    );
    const ents = [entity(text, 'o1', 'ORG', 'U.S. Immigration and Customs Enforcement', ['ICE'])];
    const q = quoteWith(quotesOf(text, ents), 'denied access');
    expect(q.speaker?.text).toBe('the agency');
    expect(q.speakerName).toBe('U.S. Immigration and Customs Enforcement');
  });

  it('the pieces of an interrupted quote are joined with " … "', () => {
    const text = '“Sanctuary jurisdictions that do not honor detainers undermine illegal immigration,” Homan said. “As a result, ICE is forced to dedicate more resources.”';
    const [q] = quotesOf(text);
    expect(q!.parts).toHaveLength(2);
    expect(q!.text).toBe('Sanctuary jurisdictions that do not honor detainers undermine illegal immigration … As a result, ICE is forced to dedicate more resources.');
  });
});
