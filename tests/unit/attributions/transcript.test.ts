/**
 * Transcripts: a paragraph opening with a speaker's label in capitals ("PENCE: …") is that
 * speaker's statement, the colon its cue; datelines, captions and notes are no speakers.
 */
import { describe, expect, it } from 'vitest';
import { transcriptTurns } from '../../../lib/story/attributions/transcript.ts';
import { extractAttributions } from '../../../lib/story/attributions/index.ts';
import { analyzeEntities } from '../../../lib/story/entities/index.ts';

const interview = [
  'Fox News host Chris Wallace asked Indiana Gov. Mike Pence about the debate on Sunday.',
  '"WALLACE: Let’s start with breaking news on the debate story. Will she be there?',
  'PENCE: Well, look, Hillary Clinton apparently thinks this is an episode of “Shark Tank.”',
  'WALLACE: Do you really see those two as equivalent?',
  'PENCE: And that’s why Donald Trump is on his way to the White House."',
].join('\n\n');

const turnsOf = (text: string) =>
  transcriptTurns(text).map((t) => ({ source: text.slice(t.source!.start, t.source!.end), cue: text.slice(t.cue!.start, t.cue!.end), content: text.slice(t.content[0]!.start, t.content[0]!.end) }));

describe('transcriptTurns', () => {
  it('makes each labelled paragraph one statement by its label, up to the paragraph end', () => {
    const turns = turnsOf(interview);
    expect(turns.map((t) => t.source)).toEqual(['WALLACE', 'PENCE', 'WALLACE', 'PENCE']);
    expect(turns.every((t) => t.cue === ':')).toBe(true);
    expect(turns[0]!.content).toBe('Let’s start with breaking news on the debate story. Will she be there?');
    expect(turns[1]!.content).toBe('Well, look, Hillary Clinton apparently thinks this is an episode of “Shark Tank.”');
  });

  it('reads labels of several words and titles ("JAKE TAPPER", "MR. TRUMP")', () => {
    const text = 'JAKE TAPPER: You said it was rigged.\n\nMR. TRUMP: It is rigged, believe me.\n\nJAKE TAPPER: Why?\n\nMR. TRUMP: Look at the numbers.';
    expect(turnsOf(text).map((t) => t.source)).toEqual(['JAKE TAPPER', 'MR. TRUMP', 'JAKE TAPPER', 'MR. TRUMP']);
  });

  it('finds no conversation in datelines, captions and notes', () => {
    const story = [
      'NEW DELHI: The government announced new rules on Monday.',
      'FILE PHOTO: A view of the parliament building.',
      'The rules take effect next month, officials said.',
      'FILE PHOTO: Protesters outside the ministry.',
      'UPDATE: This story was updated with the minister’s comments.',
      'UPDATE: A correction was made to the date.',
      'Q: What changes? A: Nothing yet.',
    ].join('\n\n');
    expect(transcriptTurns(story)).toEqual([]);
  });

  it('needs two speakers heard at least twice each: one label is an announcement, not an interview', () => {
    expect(transcriptTurns('TRUMP: We will win.\n\nTRUMP: We will win big.\n\nThe crowd cheered.')).toEqual([]);
  });
});

describe('extractAttributions on a transcript', () => {
  it('credits each turn to its speaker, named as the story names them', () => {
    const entities = analyzeEntities(interview);
    const found = extractAttributions(interview, entities);
    const turns = found.filter((s) => s.cue?.text === ':');
    expect(turns.map((s) => s.sourceName)).toEqual(['Chris Wallace', 'Mike Pence', 'Chris Wallace', 'Mike Pence']);
    // Linked to the people the story names, so the people list counts their statements.
    const idOf = (name: string) => entities.find((e) => e.name === name)?.id;
    expect(turns.map((s) => s.sourceEntityId)).toEqual([idOf('Chris Wallace'), idOf('Mike Pence'), idOf('Chris Wallace'), idOf('Mike Pence')]);
    expect(idOf('Chris Wallace')).toBeTruthy();
    // A turn is its speaker's whole: no statement inside it is credited to someone else.
    const pence = turns[1]!;
    expect(found.filter((s) => s !== pence && s.start >= pence.start && s.end <= pence.end)).toEqual([]);
  });
});
