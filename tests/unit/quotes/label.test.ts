/**
 * What the popup shows as a speaker or source when no entity is linked (lib/story/quotes/label.ts):
 * a name or a description that means something on its own, never the writer's or reader's
 * voice, a clause, or a stray adverb the tagger took in.
 */
import { describe, expect, it } from 'vitest';
import { shownSpeaker } from '../../../lib/story/quotes/label.ts';

const asWritten = (phrase: string) => shownSpeaker(phrase, null);
const asName = (name: string) => shownSpeaker(name, { name, entity: null, at: 0 });

describe('shownSpeaker without an entity', () => {
  it('shows names and descriptions as written', () => {
    for (const phrase of ['Officials', 'Police', 'A spokesperson for OpenAI', 'Two US officials', 'US authorities', 'A poll released on Monday', 'A bipartisan letter in May', 'The Economist']) {
      expect(asWritten(phrase)).toBe(phrase);
    }
    for (const name of ['Thomas Malone', 'Nvidia', 'May', 'Will Smith', 'Manor Mayor Larry Wallace Jr.']) expect(asName(name)).toBe(name);
  });

  it('shows a lone plural of a role ("experts said"), but no other lone lower-case word', () => {
    for (const word of ['experts', 'officials', 'critics', 'voters']) expect(asWritten(word)).toBe(word);
    for (const word of ['magazine', 'all', 'others', 'things', 'basically']) expect(asWritten(word)).toBeNull();
  });

  it('never shows the writer or the reader as a source', () => {
    for (const phrase of ['I’ve', 'I’m', 'We’re', 'And I’m', 'You’ve been', 'our members’', "I'd much"]) {
      expect(asWritten(phrase)).toBeNull();
      expect(asName(phrase)).toBeNull();
    }
  });

  it('never shows a clause, a question or a headline', () => {
    for (const phrase of ['did one DNA strand', 'who attended the scene', 'that late-stage trials', 'The hospital did', "HERE'S WHAT YOU NEED TO KNOW ABOUT THE VIRUS OUTBREAK",
      'Hachette acquired Allen’s memoir', 'Republicans pilloried the Obama administration']) {
      expect(asWritten(phrase)).toBeNull();
    }
    // A description with a verb in it is still one.
    // Nor a place or a time: a phrase opening with a preposition.
    for (const phrase of ["In Clon Casey's Bar", 'at the hearing', 'During the debate']) expect(asWritten(phrase)).toBeNull();
    expect(asWritten('Democrats opposed to the bill')).toBe('Democrats opposed to the bill');
    expect(asWritten('an invitation obtained by POLITICO')).toBe('an invitation obtained by POLITICO');
  });

  it('shows a description only when its head is a kind that speaks (source-heads.ts)', () => {
    for (const phrase of ['The chart', 'the salad', 'The checkout machine', 'this factor', 'A second playthrough']) expect(asWritten(phrase)).toBeNull();
    for (const phrase of ['Exhausted firefighters', 'a DUP councillor', 'the timeline', 'Hansen and his collaborators']) expect(asWritten(phrase)).toBe(phrase);
  });

  it('cuts adverbs and conjunctions off its edges, and shows nothing when nothing else is left', () => {
    expect(asName('However FoodCorp')).toBe('FoodCorp');
    expect(asName('DeSantis even')).toBe('DeSantis');
    expect(asWritten('Two Turkish security sources told')).toBe('Two Turkish security sources');
    expect(asWritten('Officials privately')).toBe('Officials');
    expect(asWritten('Anyone falsely')).toBeNull();
    for (const phrase of ['the Italian family', 'a close ally', 'Kelly', 'Donnelly']) expect(asWritten(phrase)).toBe(phrase);
    for (const word of ['Here', 'Ugh', 'Why', 'Nevertheless', 'Just', 'Wednesday', 'January', 'August', 'None', 'Others', 'S']) {
      expect(asWritten(word)).toBeNull();
      expect(asName(word)).toBeNull();
    }
  });
});
