/**
 * From tags to attributions (lib/story/attributions/group.ts) on hand-tagged sentences: what
 * the tagger's output becomes, without the tagger.
 */
import { describe, expect, it } from 'vitest';
import { prepare } from '../../../lib/story/attributions/document.ts';
import { groupAttributions } from '../../../lib/story/attributions/group.ts';
import { TAGS } from '../../../lib/story/attributions/tags.ts';

/** Tags a one-paragraph text word by word: `S` source, `C` cue, `X` content, `.` none (B on a part's first word). */
function grouped(text: string, marks: string) {
  const doc = prepare(text);
  const tokens = doc.tokens[0]!;
  const letters = marks.split(' ');
  expect(letters).toHaveLength(tokens.length);
  const part = { S: 'SRC', C: 'CUE', X: 'CON' } as Record<string, string>;
  const tags = letters.map((m, i) => {
    if (m === '.') return 0;
    const begin = i === 0 || letters[i - 1] !== m;
    return TAGS.indexOf(`${begin ? 'B' : 'I'}-${part[m]}` as (typeof TAGS)[number]);
  });
  return groupAttributions(doc, [tags]).map((a) => ({
    source: a.source ? text.slice(a.source.start, a.source.end) : null,
    cue: a.cue ? text.slice(a.cue.start, a.cue.end) : null,
    content: a.content.map((s) => text.slice(s.start, s.end)),
  }));
}

describe('groupAttributions', () => {
  it('makes one piece of content the tagger broke at a comma (nothing of the attribution between)', () => {
    const text = 'Polls showed that voters earning less leaned, by a wide margin, toward Clinton.';
    //            Polls showed that voters earning less leaned , by a wide margin , toward Clinton .
    const marks = 'S     C      X    X      X       X    X      . X  X X    X      . X      X       .';
    expect(grouped(text, marks.replace(/ +/g, ' '))).toEqual([
      { source: 'Polls', cue: 'showed', content: ['that voters earning less leaned, by a wide margin, toward Clinton'] },
    ]);
  });

  it('reads a naming participle inside a statement as part of it, not as a second attribution', () => {
    const text = 'ICE said the operation, dubbed Safe City, targeted criminals.';
    //            ICE said the operation , dubbed Safe City , targeted criminals .
    const marks = 'S   C    X   X         . C      X    X    X X        X         .';
    expect(grouped(text, marks.replace(/ +/g, ' '))).toEqual([
      { source: 'ICE', cue: 'said', content: ['the operation, dubbed Safe City, targeted criminals'] },
    ]);
    // "called" after a comma stays a cue, as PolNeAR marks it most of the time.
    const verb = 'ICE said the operation, called Safe City, targeted criminals.';
    expect(grouped(verb, marks.replace(/ +/g, ' '))).toHaveLength(2);
  });

  it('keeps the pieces of a quotation its attribution interrupts apart', () => {
    const text = '“We are safer today,” Kenney said, “and we will stay that way.”';
    //            “ We are safer today , ” Kenney said , “ and we will stay that way . ”
    const marks = 'X X  X   X     X     X X S      C    . X X   X  X    X    X    X   X X';
    expect(grouped(text, marks.replace(/ +/g, ' '))).toEqual([
      { source: 'Kenney', cue: 'said', content: ['“We are safer today,”', '“and we will stay that way.”'] },
    ]);
  });

  it('restores the subject before an attribution set off by commas inside the statement', () => {
    const text = 'Climate change, he said, is the greatest threat facing the world.';
    //            Climate change , he said , is the greatest threat facing the world .
    const marks = '.       .      . S  C    . X  X   X        X      X      X   X     .';
    expect(grouped(text, marks.replace(/ +/g, ' '))).toEqual([
      { source: 'he', cue: 'said', content: ['Climate change', 'is the greatest threat facing the world'] },
    ]);
    // Not when the opening words are the tagger's already, or the attribution is not set off by commas.
    const plain = 'Climate change is the greatest threat, he said in a speech on Monday.';
    //             Climate change is the greatest threat , he said in a speech on Monday .
    const plainMarks = 'X X X X X X . S C . . . . . .';
    expect(grouped(plain, plainMarks)).toEqual([
      { source: 'he', cue: 'said', content: ['Climate change is the greatest threat'] },
    ]);
  });

  it('makes the whole description after an inverted "…, said Name" the source, and the clause before it the statement', () => {
    const text = 'Work is halted in the cold, said Ian Michaels, a spokesman for the city.';
    //            Work is halted in the cold , said Ian Michaels , a spokesman for the city .
    const marks = '.    .  .      .  .   .    . C    S   S        S S S         S   X   X    .';
    expect(grouped(text, marks.replace(/ +/g, ' '))).toEqual([
      { source: 'Ian Michaels, a spokesman for the city', cue: 'said', content: ['Work is halted in the cold'] },
    ]);
    // Not when the source comes first and the words after the cue are what was said.
    const plain = 'Collins, a senator, said Wilson had made comments.';
    //             Collins , a senator , said Wilson had made comments .
    expect(grouped(plain, 'S S S S S C X X X X .')).toEqual([
      { source: 'Collins, a senator,', cue: 'said', content: ['Wilson had made comments'] },
    ]);
    // Nor when the words after the name are quoted: they are the statement's second piece.
    const quoted = 'Work is halted, said Michaels, “because of the cold.”';
    //              Work is halted , said Michaels , “ because of the cold . ”
    expect(grouped(quoted, '. . . . C S . X X X X X X X')).toEqual([
      { source: 'Michaels', cue: 'said', content: ['Work is halted', '“because of the cold.”'] },
    ]);
  });

  it('drops pieces that are no part of what was said: a lone relative word or conjunction, whom a quote was told to', () => {
    const rel = 'The talks, which, he said, were accompanied by favors, ended.';
    //           The talks , which , he said , were accompanied by favors , ended .
    const relMarks = '. . . X . S C . X X X X . . .';
    expect(grouped(rel, relMarks)).toEqual([{ source: 'he', cue: 'said', content: ['were accompanied by favors'] }]);
    const and = 'And, he added, Trump promised a win.';
    //           And , he added , Trump promised a win .
    expect(grouped(and, 'X . S C . X X X X .')).toEqual([{ source: 'he', cue: 'added', content: ['Trump promised a win'] }]);
    const told = '“We will win,” Trump told the cheering crowd.';
    //            “ We will win , ” Trump told the cheering crowd .
    const toldMarks = 'X X X X X X S C X X X .';
    expect(grouped(told, toldMarks)).toEqual([{ source: 'Trump', cue: 'told', content: ['“We will win,”'] }]);
    // A title quoted inside the sentence is no quotation of the source's: both pieces stay.
    const title = 'In “Poetry Now”, Julia Alvarez offers a wry look at the art.';
    //             In “ Poetry Now ” , Julia Alvarez offers a wry look at the art .
    const titleMarks = '. X X X X . S S C X X X X X X .';
    expect(grouped(title, titleMarks)).toEqual([{ source: 'Julia Alvarez', cue: 'offers', content: ['“Poetry Now”', 'a wry look at the art'] }]);
  });
});

