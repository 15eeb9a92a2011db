/**
 * Which quoted words are quotes: every kind of quotation mark, nesting, quotes running over
 * paragraphs or interrupted by their attribution, block quotes — and what is not a quote
 * (names, titles and scare quotes in quotation marks).
 */
import { describe, expect, it } from 'vitest';
import { article, quotesOf, quoteWith } from './helpers.ts';

const words = 'We will not back down from this fight';

describe('quotation marks', () => {
  const cases: [string, string][] = [
    ['curly double', `“${words},” the minister said.`],
    ['straight double', `"${words}," the minister said.`],
    ['curly single', `‘${words},’ the minister said.`],
    ['straight single', `'${words},' the minister said.`],
    ['guillemets', `«${words},» the minister said.`],
    ['spaced guillemets', `« ${words} », the minister said.`],
    ['low-high (German)', `„${words},“ the minister said.`],
  ];
  for (const [name, text] of cases) {
    it(`finds a quote in ${name} marks, spanning just the words inside`, () => {
      const [q, ...rest] = quotesOf(text);
      expect(rest).toHaveLength(0);
      expect(q!.text.trim()).toMatch(new RegExp(`^${words},?$`));
      expect(text.slice(q!.start, q!.end)).toBe(q!.text);
      expect(q!.speaker?.text).toBe('the minister');
    });
  }

  it('tells apostrophes from single quotation marks', () => {
    const text = "'We don't think it's over, and the voters' patience isn't either,' Smith said.";
    const [q, ...rest] = quotesOf(text);
    expect(rest).toHaveLength(0);
    expect(q!.text).toBe("We don't think it's over, and the voters' patience isn't either,");
  });

  it('keeps a nested quote inside the outer one', () => {
    const text = '“Operation ‘Safe City’ does not make our city any safer at all,” the mayor said.';
    const [q, ...rest] = quotesOf(text);
    expect(rest).toHaveLength(0);
    expect(q!.text).toContain('‘Safe City’');
    expect(q!.speaker?.text).toBe('the mayor');
  });

  it('pairs straight quotes over a paragraph with several of them', () => {
    const text = '"The first quote is right here," Smith said. "And here is a second one for you."';
    const qs = quotesOf(text);
    expect(qs).toHaveLength(1); // one speaker, interrupted by the attribution
    expect(qs[0]!.parts.map((p) => text.slice(p.start, p.end))).toEqual([
      'The first quote is right here,', 'And here is a second one for you.',
    ]);
  });
});

describe('quotes over paragraphs', () => {
  it('continues an unclosed quote into the paragraph that re-opens it', () => {
    const text = article(
      'The company said in a statement:',
      '“We have reviewed every complaint and found no evidence of wrongdoing.',
      '“We will continue to cooperate with the investigators in every way we can.”',
      'Shares fell on the news.',
    );
    const [q, ...rest] = quotesOf(text);
    expect(rest).toHaveLength(0);
    expect(q!.parts).toHaveLength(2);
    expect(q!.text).toContain('no evidence of wrongdoing.\n\nWe will continue');
    expect(q!.speaker?.text).toBe('The company');
  });

  it('does not run a closed quote into the next paragraph', () => {
    const text = article('“We have reviewed every complaint,” the company said.', '“This is a different quote altogether,” a lawyer said.');
    const qs = quotesOf(text);
    expect(qs).toHaveLength(2);
    expect(qs.map((q) => q.speaker?.text)).toEqual(['the company', 'a lawyer']);
  });
});

describe('interrupted quotes', () => {
  it('joins the two halves around “…,” she said, “…”', () => {
    const text = '“The first half of what I wanted to say,” she said, “and the second half of it.”';
    const [q, ...rest] = quotesOf(text);
    expect(rest).toHaveLength(0);
    expect(q!.parts).toHaveLength(2);
    expect(q!.text).not.toContain('she said');
    expect(q!.speaker?.text).toBe('she');
  });

  it('joins the halves around an attribution sentence', () => {
    const text = '“The first sentence of the statement is here.” Smith said. “The second sentence follows it.”';
    const [q, ...rest] = quotesOf(text);
    expect(rest).toHaveLength(0);
    expect(q!.parts).toHaveLength(2);
    expect(q!.speaker?.text).toBe('Smith');
  });

  it('joins the halves around a long appositive when the second half goes on in lower case', () => {
    const text = '“The risk,” said Edward Leamer, an economist who is the director of the forecast at a large university, “is that we will attract workers and repel jobs.”';
    const [q, ...rest] = quotesOf(text);
    expect(rest).toHaveLength(0);
    expect(q!.parts).toHaveLength(2);
    expect(q!.speaker?.text).toBe('Edward Leamer');
  });

  it('keeps a new attribution ("adding that") as a separate quote', () => {
    const text = '“The first thing to say about this is simple,” she said, adding that the rules “were written long before any of us got here.”';
    expect(quotesOf(text)).toHaveLength(2);
  });
});

describe('colon, dash and block quotes', () => {
  it('reads a colon attribution', () => {
    const [q] = quotesOf('The mayor put it plainly: “We will rebuild the bridge by next spring.”');
    expect(q!.speaker?.text).toBe('The mayor');
  });

  it('reads a dash attribution', () => {
    const [q] = quotesOf('“Injustice anywhere is a threat to justice everywhere.” — Martin Luther King Jr.');
    expect(q!.speaker?.text).toMatch(/^Martin Luther King/);
  });

  it('takes a paragraph without marks after "he said:" as a block quote', () => {
    const text = article(
      'In a speech last July, the senator said:',
      'Let no one be mistaken: this candidacy is a danger to the party, and it must be opposed by all of us.',
      'The crowd applauded.',
    );
    const [q, ...rest] = quotesOf(text);
    expect(rest).toHaveLength(0);
    expect(q!.text).toMatch(/^Let no one be mistaken/);
    expect(q!.speaker?.text).toBe('the senator');
  });

  it('does not take the paragraph after "Watch the ad below:" as a block quote', () => {
    const text = article('The campaign released a new ad on Tuesday. Watch the ad below:', 'The candidate is an academic expert who is building her campaign around money in politics.');
    expect(quotesOf(text)).toHaveLength(0);
  });

  it('does not take an ordinary paragraph after a colon as a quote', () => {
    const text = article('Here is the schedule for the day:', 'The polls open at seven and close at eight in the evening.');
    expect(quotesOf(text)).toHaveLength(0);
  });
});

describe('not quotes', () => {
  it('leaves names in quotation marks alone', () => {
    const text = article(
      'ICE said the operation, dubbed “Operation Safe City,” targeted people in many cities.',
      'A plan dubbed “Operation Mega” had been canceled.',
      'She starred in “The Long Goodbye” and “Breakfast at Tiffany’s.”',
    );
    expect(quotesOf(text)).toHaveLength(0);
  });

  it('leaves scare quotes and single quoted words alone', () => {
    const text = article(
      'Clinton called half of his supporters “deplorables.”',
      'Trump admires Putin as a “strong leader,” comparing him to others.',
    );
    expect(quotesOf(text)).toHaveLength(0);
  });

  it('ignores short header lines an extraction may start with', () => {
    const text = article('News', 'By Jane Doe', 'Sep 28, 2017', '“We are proud of the work our officers do every day,” the chief said.');
    const [q, ...rest] = quotesOf(text);
    expect(rest).toHaveLength(0);
    expect(q!.speaker?.text).toBe('the chief');
  });

  it('does not read two apostrophes as a quotation mark by default', () => {
    const text = "''We are proud of the work our officers do every day,'' the chief said.";
    expect(quotesOf(text)).toHaveLength(0);
  });

  it('closes a quote opened with " where two apostrophes after its last words end the paragraph, as some wires write', () => {
    const text = 'Francesco Bechi said. "We are very attentive to health. Clear rules can guarantee services to guests.\'\'';
    const [q, ...rest] = quotesOf(text);
    expect(rest).toHaveLength(0);
    expect(q!.text).toBe('We are very attentive to health. Clear rules can guarantee services to guests.');
    // Inches stay inches.
    expect(quotesOf('Coach Lee said. "He is listed at 6\'2\'\'').map((x) => x.text)).toEqual(['He is listed at 6\'2\'\'']);
  });

  it('does not take single marks nested inside a two-apostrophe quote as quotes of their own', () => {
    const text = "''The lesson is clear,'' he recalled. ''He told me, 'Eight years is more than enough for anyone,' and left.''";
    expect(quotesOf(text)).toHaveLength(0);
  });

  it('a capitalised "Song" before a quote is a surname, not a naming word', () => {
    const text = 'She said that the comment by Dr. Paul Song “was inappropriate and insensitive.”';
    expect(quoteWith(quotesOf(text), 'inappropriate').speaker?.text).toBe('She');
  });

  it('a quote opening its line and followed by "by …" is speech when the line reports it', () => {
    const text = '“If there had not been that intervention” by the United States and its partners, Clinton said on Monday, “we would be looking at another Syria.”';
    const [q, ...rest] = quotesOf(text);
    expect(rest).toHaveLength(0);
    expect(q!.parts).toHaveLength(2);
    expect(q!.speaker?.text).toBe('Clinton');
  });

  it('keeps a name followed by an attribution a name (only a one-word sentence opener is speech)', () => {
    const text = 'Asked whether it was the same as “Operation Mega,” a spokesperson, Jane Doe told reporters, “We do not comment on our operations.”';
    const [q, ...rest] = quotesOf(text);
    expect(rest).toHaveLength(0);
    expect(q!.text).toBe('We do not comment on our operations.');
    expect(q!.speaker?.text).toBe('Jane Doe');
  });

  it('ignores quotation marks inside markup left in the text', () => {
    const text = article(
      // The extraction broke the line inside the tag: its closing mark opens the next paragraph.
      '<tweet tweet-author="@someone" tweet-date="March 9, 2016\n">Stadium event today. Stands empty; the crowd sits in one end zone.<tweet/>.',
      '“We are proud of the work our officers do every day,” the chief said.',
    );
    const [q, ...rest] = quotesOf(text);
    expect(rest).toHaveLength(0);
    expect(q!.text).toBe('We are proud of the work our officers do every day,');
    expect(q!.speaker?.text).toBe('the chief');
  });

  it('leaves a first line "Name: ‘…’" alone: it is the headline', () => {
    const text = article('Reid: ‘Never, ever underestimate the man from New York.’', '“Never, ever underestimate him,” Reid said on Wednesday in an interview.');
    const [q, ...rest] = quotesOf(text);
    expect(rest).toHaveLength(0);
    expect(q!.speaker?.text).toBe('Reid');
    expect(q!.start).toBeGreaterThan(text.indexOf('\n'));
  });

  it('leaves a first line "‘…’: Headline" alone', () => {
    const text = article('‘We are in shock, completely horrified’: A mosque feels the spotlight.', 'Two days before the attack, the mosque held its usual prayers.');
    expect(quotesOf(text)).toHaveLength(0);
  });

  it('leaves a headline line quoting someone alone, but not the story below it', () => {
    const text = article(
      'Mayor Smith: ‘We Are Going To Rebuild Every Bridge In This City.’',
      '“We are going to rebuild every bridge in this city,” Smith said on Monday.',
    );
    const [q, ...rest] = quotesOf(text);
    expect(rest).toHaveLength(0);
    expect(q!.speaker?.text).toBe('Smith');
  });
});

describe('partial quotes', () => {
  it('finds a quoted fragment of four words or more with its speaker', () => {
    const text = 'The governor said the new law was “a betrayal of the people who elected us.”';
    const q = quoteWith(quotesOf(text), 'a betrayal');
    expect(q.speaker?.text).toBe('The governor');
  });
});
