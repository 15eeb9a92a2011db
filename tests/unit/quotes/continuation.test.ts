/**
 * One speaker, several quoted pieces: the later pieces carry no attribution of their own and
 * belong to the quote before them (one quote, as the speaker said it in one go).
 */
import { describe, expect, it } from 'vitest';
import { extractQuotes } from '../../../lib/story/quotes/index.ts';
import { article, quotesOf, quoteWith } from './helpers.ts';

describe('continuation of the previous speaker', () => {
  it('a later sentence of the same paragraph, past some narration', () => {
    const text = '“Those are some very small towns,” Woolson said. They lie far from any city. “That is a tough area for us.”';
    const qs = quotesOf(text);
    expect(qs).toHaveLength(1);
    expect(qs[0]!.parts).toHaveLength(2);
    expect(qs[0]!.speaker?.text).toBe('Woolson');
    expect(qs[0]!.text).toBe('Those are some very small towns … That is a tough area for us.');
  });

  it('not when the sentence between names a new speaker', () => {
    const text = '“We will win this state,” Smith said. Jones disagreed, saying prices would rise. “Nobody here can afford another tax.”';
    expect(quoteWith(quotesOf(text), 'Nobody here').speaker?.text).toBe('Jones');
  });

  it('the next paragraph, after a long attribution sentence with abbreviations', () => {
    const text = article(
      '“We like a lot of the candidates,” Adelson said during an interview at the St. Regis hotel in Macau on Tuesday, ahead of its opening.',
      '“It is changing every day, and nobody knows who will win.”',
    );
    const qs = quotesOf(text);
    expect(qs).toHaveLength(1);
    expect(qs[0]!.parts).toHaveLength(2);
    expect(qs[0]!.speaker?.text).toBe('Adelson');
  });

  it('not the next paragraph when more narration follows the attribution', () => {
    const text = article(
      '“We like a lot of the candidates,” Adelson said. The hotel opens next week. Its casino is the largest in Macau.',
      '“It is changing every day, and nobody knows who will win.”',
    );
    expect(quotesOf(text)).toHaveLength(2);
  });

  it('a paragraph continued from the one before but attributed again starts a new quote', () => {
    // “A,” S said. “B … ¶ “C,” S said. “D.” — two quotes: A+B and C+D.
    const text = article(
      '“One kind is a casual hate,” Sexton said. “The events are outlets for people to vent their anger.',
      '“There is another side that is nihilistic,” Sexton said. “I do not know if it was cathartic or not.”',
    );
    const qs = quotesOf(text);
    expect(qs).toHaveLength(2);
    expect(qs.map((q) => q.parts.length)).toEqual([2, 2]);
    expect(quoteWith(qs, 'cathartic').text).toContain('another side');
  });
});

describe('fragments and bare paragraphs', () => {
  it('a fragment later in the paragraph, with no speaker of its own, continues the quote', () => {
    const text = '“I don’t think it’s do or die,” he said outside the building. But “the candidacy is strengthened by an endorsement like this one.”';
    const qs = quotesOf(text);
    expect(qs).toHaveLength(1);
    expect(qs[0]!.parts).toHaveLength(2);
    expect(qs[0]!.speaker?.text).toBe('he');
  });

  it('paragraphs of nothing but unattributed quotes are one run of speech', () => {
    const text = article(
      'The candidate spoke only in bromides during the interview.',
      '“We have to do something about it, and soon.”',
      '“We have to be a lot tougher than we are today.”',
    );
    const qs = quotesOf(text);
    expect(qs).toHaveLength(1);
    expect(qs[0]!.parts).toHaveLength(2);
    // No rule attributes it; the learned ranker credits the subject of the sentence before
    // ("The candidate spoke …"), confident enough to show it.
    expect(extractQuotes(text, undefined, { ranker: null })[0]!.speaker).toBeNull();
    expect(qs[0]!.speaker?.text).toBe('The candidate');
  });

  it('an attributed paragraph ends a run: the quote before it opens that speech, the one after continues it', () => {
    const text = article(
      '“We have to do something about it, and soon.”',
      '“Nobody believes that story anymore,” Smith said.',
      '“We have to be a lot tougher than we are today.”',
    );
    const [q, ...rest] = quotesOf(text);
    expect(rest).toHaveLength(0);
    expect(q!.parts).toHaveLength(3);
    expect(q!.speaker?.text).toBe('Smith');
  });
});

describe('continuation, second round', () => {
  it('a later piece after an adverb ("Instead, “…”") continues the paragraph’s quote', () => {
    const text = '“He is supposed to be a cheerleader for this country,” Trump said. Instead, “he just acts like a defeated man.”';
    const qs = quotesOf(text);
    expect(qs).toHaveLength(1);
    expect(qs[0]!.parts).toHaveLength(2);
    expect(qs[0]!.speaker?.text).toBe('Trump');
  });

  it('“…,” she said, and “…” is one quote', () => {
    const text = '“This deal must come with vigorous enforcement,” she said, and “clear consequences for any violations.”';
    const qs = quotesOf(text);
    expect(qs).toHaveLength(1);
    expect(qs[0]!.parts).toHaveLength(2);
    expect(qs[0]!.speaker?.text).toBe('she');
  });

  it('an unattributed quote paragraph followed by one attributed after it is one speech', () => {
    const text = article(
      '“Not only can she win in November, she is the one with the best chance of winning.”',
      '“She may be the only one, because nobody else unites the party,” Viguerie notes.',
    );
    const qs = quotesOf(text);
    expect(qs).toHaveLength(1);
    expect(qs[0]!.parts).toHaveLength(2);
    expect(qs[0]!.speaker?.text).toBe('Viguerie');
  });
});

describe('continuation, short answers', () => {
  it('capitalised words making a sentence of their own after an attribution are speech, not a title', () => {
    const text = '“We have got a common enemy for almost anybody decent,” Burton told state delegates recently. “Donald Trump.”';
    const qs = quotesOf(text);
    expect(qs).toHaveLength(1);
    expect(qs[0]!.text).toContain('Donald Trump.');
    expect(qs[0]!.speaker?.text).toBe('Burton');
  });

  it('but a title inside a sentence stays a name', () => {
    expect(quotesOf('She starred in “Trainwreck,” which came out last summer.')).toHaveLength(0);
  });
});
