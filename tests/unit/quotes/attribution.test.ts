/**
 * Who said it, from the text alone: each attribution pattern on small hand-made sentences,
 * and the cases where the right answer is "unattributed".
 */
import { describe, expect, it } from 'vitest';
import { article, quotesOf, quoteWith, speakerOf } from './helpers.ts';

const said = 'We will keep working until every family has a safe home';

describe('attribution patterns', () => {
  it('X said', () => {
    expect(speakerOf(`“${said},” Smith said.`)).toBe('Smith');
    expect(speakerOf(`“${said},” the housing agency said on Thursday.`)).toBe('the housing agency');
  });

  it('said X, with an appositive after the name', () => {
    expect(speakerOf(`“${said},” said Jane Smith, a lawyer for the city.`)).toBe('Jane Smith');
  });

  it('X, an appositive, said', () => {
    expect(speakerOf(`“${said},” Jane Smith, who runs the shelter on Main Street, said.`)).toBe('Jane Smith');
    expect(speakerOf(`“${said},” Rep. Gwen Moore (D-Wis.) said.`)).toContain('Gwen Moore');
  });

  it('X told Y: the teller speaks, not the listener', () => {
    expect(speakerOf(`Smith told reporters, “${said}.”`)).toBe('Smith');
    expect(speakerOf(`ICE spokesperson, Sarah Rodriguez told VICE News, “${said}.”`)).toBe('Sarah Rodriguez');
  });

  it('a plural of a noun-like reporting verb after "of", a possessive or a hyphenated word is a noun, not the verb', () => {
    expect(speakerOf('Hillary Clinton says Donald Trump’s flurry of late-night tweets about the pageant was “unhinged, even for him.”')).toBe('Hillary Clinton');
  });

  it('"X unleashed a series of tweets saying …": X said it, not the tweets', () => {
    expect(speakerOf('Trump unleashed a series of tweets early Friday saying that his rival had shown bad judgment in using the pageant winner “as a paragon of virtue.”')).toBe('Trump');
  });

  it('according to X', () => {
    expect(speakerOf(`“${said},” according to a police statement.`)).toBe('a police statement');
    expect(speakerOf(`According to the mayor, “${said}.”`)).toBe('the mayor');
  });

  it('in a statement', () => {
    expect(speakerOf(`In a statement, the company said: “${said}.”`)).toBe('the company');
    expect(speakerOf(`“${said},” Kenney said in a statement obtained by the Philly Voice.`)).toBe('Kenney');
    expect(speakerOf(`She released a statement saying, “${said}.”`)).toBe('She');
  });

  it('a document or an organisation as the source', () => {
    expect(speakerOf(`An internal document obtained by NBC noted that the plan would be “the largest operation of its kind.”`))
      .toBe('An internal document obtained by NBC');
  });

  it('a quoted fragment takes the subject of its sentence', () => {
    expect(speakerOf(`Sanders thanked the nurses and praised their union as “one of the great sponsors of my campaign.”`)).toBe('Sanders');
  });

  it('the speaker named in the sentence before', () => {
    expect(speakerOf(article(`Jones said she was proud of her team. “${said}.”`))).toBe('Jones');
  });

  it('the speaker named in the paragraph before, ending in a colon', () => {
    expect(speakerOf(article('Cruz continued:', `“${said}.”`))).toBe('Cruz');
  });

  it('a quote continuing the previous speaker’s quote in the next paragraph', () => {
    const text = article(`“${said},” Smith said.`, '“And we will not stop until the work is done, whatever it costs.”');
    const [q, ...rest] = quotesOf(text);
    expect(rest).toHaveLength(0); // one quote running over both paragraphs
    expect(q!.parts).toHaveLength(2);
    expect(q!.text).toContain('whatever it costs');
    expect(q!.speaker?.text).toBe('Smith');
  });

  it('does not continue a quote across a paragraph about something else', () => {
    const text = article(`“${said},” Smith said.`, 'The council will vote next week on the measure.', '“This is someone else entirely speaking here.”');
    const qs = quotesOf(text);
    expect(qs).toHaveLength(2);
    expect(qs[1]!.speaker).toBeNull();
  });

  it('a question attributed in a sentence of its own', () => {
    expect(speakerOf('“Why would anyone vote against clean water for their kids?” Smith asked.')).toBe('Smith');
  });

  it('an unlisted verb right after the quote', () => {
    expect(speakerOf(`“${said},” Toomey fumed on Tuesday.`)).toBe('Toomey');
  });
});

describe('unattributed rather than wrong', () => {
  it('leaves a quote with no speaker in sight unattributed', () => {
    expect(speakerOf(`“${said}.”`)).toBeNull();
  });

  it('does not take the subject of the next sentence as the speaker', () => {
    expect(speakerOf(article(`“${said}.” The markets fell sharply on Friday afternoon.`))).toBeNull();
  });

  it('does not take a clause that merely follows a fragment as its attribution', () => {
    const text = 'Sims said he was “kind of riding the fence for weeks” until Haley said she was backing Rubio.';
    expect(quoteWith(quotesOf(text), 'riding the fence').speaker?.text).toBe('Sims');
  });

  it('does not take the listener or a relative clause as the speaker', () => {
    const text = 'He contrasted the candidate, whom he described as volatile, with Clinton: “What I have seen is a steady hand at work.”';
    expect(speakerOf(text)).toBe('He');
  });
});

describe('attribution, second round', () => {
  it('a participle hangs on the main clause, not on a "that" clause inside it', () => {
    const text = 'Cuban also complained that Cruz is too principled, suggesting the senator sees every issue as “absolutely black and white, never grey.”';
    expect(speakerOf(text)).toBe('Cuban');
  });

  it('the subject of a clause that introduces the quote with a colon, over "was"', () => {
    expect(speakerOf('As if addressing him directly, the state board was clear in its findings: “Further discussion on this issue is unnecessary.”'))
      .toBe('the state board');
    expect(speakerOf('Her response was: “Is the store in Connecticut or in Wisconsin?”')).toBe('Her response');
  });

  it('a paragraph that is only the quote takes the speaker of the paragraph before', () => {
    expect(speakerOf(article('Howard continued his remarks, saying the party had lost its way.', `“${said}.”`))).toBe('Howard');
  });

  it('not when the quote carries an attribution of its own', () => {
    const qs = quotesOf(article('Howard said the party had lost its way.', `“${said},” Smith said.`));
    expect(qs[0]!.speaker?.text).toBe('Smith');
  });

  it('not the speaker of a paragraph that is not right before it', () => {
    const text = article('Howard said the party had lost its way.', 'The vote is on Tuesday.', `“${said}.”`);
    expect(speakerOf(text)).toBeNull();
  });

  it('a question, then a long sentence opening on its speaker and reporting verb', () => {
    const text = '“Is it really true?” Trump asked reporters on Monday at the White House during a long meeting about the new trade deal with Mexico.';
    expect(speakerOf(text)).toBe('Trump');
  });
});

describe('attribution, second round: names, labels and abbreviations', () => {
  it('adverbs between a clause subject and its verb ("also", "then")', () => {
    expect(speakerOf('Paul then interjected, calling the proposed child care credit “a welfare transfer payment for the middle class.”')).toBe('Paul');
    expect(speakerOf('Rubio also bemoaned a political climate in which people “literally hate each other these days.”')).toBe('Rubio');
  });

  it('a newsletter item: a headline in capitals, then its source’s words', () => {
    expect(speakerOf('HOW THE DECLINE AFFECTS THE WORLD “The slowdown is fostering a cycle of decline and panic across much of the world.” [WaPo.]'))
      .toBe('HOW THE DECLINE AFFECTS THE WORLD');
  });

  it('a party label after the name keeps its period ("R-Ky.,")', () => {
    expect(speakerOf(`“${said},” Senate Majority Leader Mitch McConnell, R-Ky., said.`)).toBe('Senate Majority Leader Mitch McConnell');
  });

  it('an attribution sentence ending on an abbreviation still joins the two pieces', () => {
    const text = `“${said},” said Gavin Hamilton, a student from Fresno, Calif. “I think it would offer more jobs in our town.”`;
    const [q, ...rest] = quotesOf(text);
    expect(rest).toHaveLength(0);
    expect(q!.parts).toHaveLength(2);
    expect(q!.speaker?.text).toBe('Gavin Hamilton');
  });

  it('a one-word first piece (“Safety,” said X. “…”) is speech, not a name', () => {
    const text = '“Safety,” said Grimm, a local supporter. “Safety for the whole country, everybody.”';
    const [q, ...rest] = quotesOf(text);
    expect(rest).toHaveLength(0);
    expect(q!.parts).toHaveLength(2);
    expect(q!.speaker?.text).toBe('Grimm');
  });
});

describe('attribution, second round: speaker phrases', () => {
  it('a quantifier on its own before or after the verb ("another said", "read one")', () => {
    expect(speakerOf(`Yet another said, “${said}.”`)).toBe('another');
    expect(speakerOf(`“${said},” read one.`)).toBe('one');
  });

  it('the phrase before a relative clause ("an official who spoke anonymously … said")', () => {
    expect(speakerOf(`An official who spoke anonymously to discuss internal strategy said Wednesday, “${said}.”`)).toBe('An official');
  });

  it('a role phrase with an inner "for the …" ("the director for the state party said")', () => {
    expect(speakerOf(`Jones, the communications director for the state party said in a statement: “${said}.”`))
      .toBe('the communications director for the state party');
  });

  it('"as X put it"', () => {
    expect(speakerOf(`As the columnist Dana Smith puts it, “${said}.”`)).toBe('the columnist Dana Smith');
  });

  it('"Said X," with the verb first', () => {
    expect(speakerOf(`Said Dorothy Poynter, who grew up in the neighborhood, “${said}.”`)).toBe('Dorothy Poynter');
  });

  it('a coordinated verb after an adverb ("and later said")', () => {
    expect(speakerOf(`Wilkerson started the argument when he brought up the bombing and later said, “${said}.”`)).toBe('Wilkerson');
  });

  it('the subject of a clause that introduces the quote after a comma or a dash', () => {
    expect(speakerOf(`Right after the attacks, Trump issued a statement, “${said}.”`)).toBe('Trump');
    expect(speakerOf(`The commission recognized that a court should settle the matter — “${said}.”`)).toBe('The commission');
  });

  it('but not an introductory phrase', () => {
    expect(speakerOf(`In the summer of 2010, “${said}.”`)).toBeNull();
  });
});

describe('attribution, second round: passives, adverbials, pronouns', () => {
  it('a passive reporting verb: the agent speaks, or nobody named', () => {
    expect(speakerOf('Rubio was asked by moderator Gerard Baker whether the plan would risk “adding another expensive program to the budget.”'))
      .toBe('moderator Gerard Baker');
    expect(speakerOf('Blumenthal was asked, “If you had known about the server, would you have told her?”')).toBeNull();
  });

  it('an adverbial between commas before the verb ("X, in a statement, said")', () => {
    expect(speakerOf(`Lewandowski, in a statement released by the campaign on Thursday, said: “${said}.”`)).toBe('Lewandowski');
    expect(speakerOf(`Trump, in Kentucky, said Tuesday that the senator was “a total lightweight with no record.”`)).toBe('Trump');
  });

  it('not the object of an introductory phrase ("In a statement to the Observer, …")', () => {
    expect(speakerOf(`In a statement to the Observer, her senior adviser, Jake Sullivan, said: “${said}.”`)).toBe('Jake Sullivan');
  });

  it('"He says he believes": the first pronoun, the one the verb reports', () => {
    const text = 'He says he believes his campaign has “the wind at its back heading into March.”';
    const q = quotesOf(text)[0]!;
    expect(q.speaker).toEqual({ start: 0, end: 2, text: 'He' });
  });

  it('a name is not joined to the phrase before "and" ("asked for a photo and Clinton said")', () => {
    expect(speakerOf('At one point, a woman asked for a photo and Clinton said, “as long as we are not violating any election laws.”')).toBe('Clinton');
  });

  it('"which he described as “…”": the relative clause’s subject, when its verb introduces the quote', () => {
    const text = 'The hacker stated that he had access to the server, which he described as “like an open orchid in the sun.”';
    const q = quotesOf(text)[0]!;
    expect(q.speaker?.text).toBe('he');
    expect(q.speaker!.start).toBe(text.indexOf('which he') + 6);
  });
});

describe('attribution, second round: fragments', () => {
  it('a fragment takes the subject of the main clause, not of a "when" clause', () => {
    expect(speakerOf('When the subject comes up, Fiorina routinely characterizes herself as “the change warrior who saved the company.”')).toBe('Fiorina');
  });

  it('"with X -ing": the phrase after "with" speaks', () => {
    expect(speakerOf('Both men have used tough language, with Cruz recently promising to “carpet bomb them into oblivion.”')).toBe('Cruz');
  });

  it('the owner of an utterance noun ("her remark that “…”", "Trump’s call for “…”")', () => {
    expect(speakerOf('Albright fanned controversy this year over her remark that “there is a special place in hell for such people.”')).toBe('her');
    expect(speakerOf('His standing improved after the shootings and Trump’s call for “a total and complete ban on entry.”')).toBe('Trump’s');
  });
});

describe('attribution, second round: intros without a "said"', () => {
  it('base forms after a modal ("could only quip:")', () => {
    expect(speakerOf('The scheduling was so odd that a spokesman for the campaign could only quip: “I guess Christmas Eve was booked.”'))
      .toBe('a spokesman for the campaign');
  });

  it('"…, which …:" stands for the phrase before it', () => {
    expect(speakerOf('And how about this new headline from the Washington Post, which hits liberals where they live: “Surge in robberies alters routines of residents.”'))
      .toBe('the Washington Post');
  });

  it('"More from Jones:", "From the report:" name the source of an excerpt', () => {
    expect(speakerOf('What that means for the election - More from Jones: “The partisanship of the state is a starting point.”')).toBe('Jones');
    expect(speakerOf('Not all web panels are equal. From the report: “In general, samples with elaborate weighting did better.”')).toBe('the report');
  });

  it('but not a place something was said from', () => {
    expect(speakerOf('He made his case from the steps of the courthouse: “We will appeal this ruling.”')).not.toBe('the steps of the courthouse');
  });
});

describe('attribution, second round: who can speak', () => {
  it('a fragment whose sentence subject cannot speak is left out, not pinned on "His standing"', () => {
    const text = 'His standing improved after the shootings and the call for “a total and complete ban on all entry.”';
    expect(quotesOf(text)).toHaveLength(0);
  });

  it('but a person, organisation or document subject speaks', () => {
    expect(speakerOf('The agency noted that the plan would be “the largest operation of its kind in years.”')).toBe('The agency');
  });
});

describe('attribution, second round: long attributions after the quote', () => {
  it('a closing "…, said X, an appositive." after more of the writer’s words', () => {
    const text = '“Many would consider that an embarrassment for her” if she did not win by more, said David Wasserman, an elections analyst at the Cook Political Report.';
    expect(speakerOf(text)).toBe('David Wasserman');
  });

  it('a quoted name inside the speaker’s appositive', () => {
    expect(speakerOf(`“${said},” Texas delegate Bill Eastland, wearing a cowboy hat and “Ted Cruz” campaign pins, said matter-of-factly.`))
      .toBe('Texas delegate Bill Eastland');
  });

  it('a long appositive after a name', () => {
    const text = `“${said},” Trump, the 2016 front-runner nationally and current polling leader in the state by a wide margin after winning the New Hampshire primaries, said on Monday.`;
    expect(speakerOf(text)).toBe('Trump');
  });

  it('"wrote the authors of the “…”" keeps its head noun', () => {
    expect(speakerOf(`“${said},” wrote the authors of the “Growth and Opportunity Project,” giving an example.`)).toBe('the authors');
  });
});

describe('attribution, second round: small words', () => {
  it('"-ally" adverbs between subject and verb ("she really thinks")', () => {
    expect(speakerOf('Stacy Baker of Columbia says she really thinks he can win if he keeps “doing what he has been doing.”'))
      .toBe('Stacy Baker of Columbia');
  });

  it('a capitalised "But" is no name ("But, said Solovey, “…”")', () => {
    expect(speakerOf(`But, said Solovey, “${said}.”`)).toBe('Solovey');
  });

  it('"X said that Y begged … and “…”": the outer speaker, and "that" is not part of a name', () => {
    expect(speakerOf('At the rally, Trump said that Romney begged him for an endorsement and “would have dropped to his knees.”')).toBe('Trump');
  });
});

describe('attribution, second round: woven fragments', () => {
  it('the reporting verb before a fragment wins over a clause after it', () => {
    expect(speakerOf('Obama said “it gets me so mad” every time he thinks about the children who were killed.')).toBe('Obama');
  });
});

describe('attribution, second round: labels and owners', () => {
  it('"as X, an appositive, put it:"', () => {
    expect(speakerOf('As John Cornyn, the No. 2 in the leadership, put it: “This person will not be confirmed this year.”')).toBe('John Cornyn');
  });

  it('a transcript label with a party label or role words before the colon', () => {
    expect(speakerOf('Rep. Trey Gowdy (R-S.C.): “Who told you that ninety percent of your emails were in the system?”')).toBe('Rep. Trey Gowdy');
    expect(speakerOf('Former secretary of state Hillary Clinton: “We learned that from the department and its analysis.”'))
      .toBe('Former secretary of state Hillary Clinton');
  });

  it('the owner of an utterance noun with an adjective, introducing a quote with a dash', () => {
    expect(speakerOf('Bill Clinton’s stock answer then — “I will be all right whatever happens to me” — is likely to be repeated.'))
      .toBe('Bill Clinton’s');
  });
});

describe('attribution, second round: participle phrases', () => {
  it('a participle phrase between the speaker and the verb', () => {
    expect(speakerOf(`Another intelligence source speaking to Fox News said, “${said}.”`)).toBe('Another intelligence source');
  });
});

describe('attribution, second round: long subjects after the quote', () => {
  it('a long phrase of names and nouns before the verb is the speaker', () => {
    const text = `“${said},” nuclear experts David Albright and Serena Kelleher of the Institute for Science and International Security wrote in September.`;
    expect(speakerOf(text)).toBe('nuclear experts David Albright and Serena Kelleher of the Institute for Science and International Security');
  });
});

describe('attribution, second round: inner phrases', () => {
  it('a speaker phrase with "on the …" inside ("a welcome message on the website reads")', () => {
    const text = '“Hi, Americans! Your neighbors up north will welcome you!” a welcome message on the website reads.';
    expect(speakerOf(text)).toBe('a welcome message on the website');
  });
});

describe('attribution, second round: clauses around other quotes', () => {
  it('a quoted stretch ending in its clause’s comma still separates the clauses', () => {
    const text = 'Comey cannot say that “from his perspective,” Lewandowski added, saying it should be “up to the prosecutors to decide that.”';
    expect(quoteWith(quotesOf(text), 'up to the prosecutors').speaker?.text).toBe('Lewandowski');
  });
});

describe('attribution, second round: plural subjects', () => {
  it('a plural in "-s" before a past verb heads the subject ("questioners ranged")', () => {
    const text = 'At his news conference on Monday, the first five questioners ranged from skeptical to hostile: “Is it time for your strategy to change?”';
    expect(speakerOf(text)).toBe('the first five questioners');
  });
});
