import { describe, expect, it } from 'vitest';
import type { EntityMention, EntityType } from '../../../lib/types.ts';
import { applyRules, isAcronymOf } from '../../../lib/story/entities/rules.ts';
import { tokenize } from '../../../lib/story/entities/tokenize.ts';
import { buildGazetteer } from '../../../lib/story/entities/gazetteer.ts';

/** Mentions of each `[name, type]`, at every place the name occurs. */
function mentionsOf(text: string, names: Array<[string, EntityType]>): EntityMention[] {
  const out: EntityMention[] = [];
  for (const [name, type] of names) {
    for (let at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + 1)) out.push({ start: at, end: at + name.length, type, text: name });
  }
  return out;
}

const run = (text: string, names: Array<[string, EntityType]>) =>
  applyRules(text, tokenize(text), mentionsOf(text, names)).map((m) => `${m.type}:${m.text}`);

describe('acronyms', () => {
  it('recognizes initials, including inside words and across "and"', () => {
    expect(isAcronymOf('ICE', 'U.S. Immigrations and Customs Enforcement')).toBe(true);
    expect(isAcronymOf('U.S.', 'United States')).toBe(true);
    expect(isAcronymOf('NLD', 'National League for Democracy')).toBe(true);
    expect(isAcronymOf('ERO', 'Enforcement and Removal Operations')).toBe(true);
    expect(isAcronymOf('NBC', 'Philadelphia')).toBe(false);
    expect(isAcronymOf('IBM', 'International Business')).toBe(false);
    expect(isAcronymOf('U.S.', 'University of South Australia')).toBe(false);
    expect(isAcronymOf('UN', 'University of North Georgia')).toBe(false);
    expect(isAcronymOf('CDC', 'Centers for Disease Control and Prevention')).toBe(true);
  });

  it('gives an acronym defined as "Name (ACR)" the type of the name, everywhere it is used', () => {
    const text = 'The Federal Widget Agency (FWA) said on Monday that FWA inspectors would visit.';
    expect(run(text, [['Federal Widget Agency', 'ORG']])).toEqual(['ORG:Federal Widget Agency', 'ORG:FWA', 'ORG:FWA']);
  });

  it('settles a conflict between the name and the uses of its acronym by majority', () => {
    const text = 'The Northern Rally Party (NRP) met. NRP leaders spoke. The NRP won.';
    const mentions = mentionsOf(text, [['Northern Rally Party', 'MISC'], ['NRP', 'ORG']]);
    const out = applyRules(text, tokenize(text), mentions);
    expect(out.filter((m) => m.text === 'NRP').map((m) => m.type)).toEqual(['ORG', 'ORG', 'ORG']);
  });
});

describe('named events', () => {
  it('marks operations and storms as MISC, replacing what the tagger made of them', () => {
    const text = 'Agents ran “Operation Safe City,” then Operation ‘Hard Rain’ before Hurricane Zelda hit.';
    expect(run(text, [['Safe City', 'LOC'], ['Zelda', 'PER']])).toEqual([
      'MISC:Operation Safe City',
      'MISC:Operation ‘Hard Rain’',
      'MISC:Hurricane Zelda',
    ]);
  });
  it('finds the capitalized form of a body event in a headline in capitals', () => {
    const text = 'AGENTS RAID TOWNS IN “OPERATION DUST STORM”\n\nAgents ran Operation Dust Storm on Monday.';
    expect(run(text, [['DUST STORM', 'LOC']])).toEqual(['MISC:OPERATION DUST STORM', 'MISC:Operation Dust Storm']);
  });
  it('needs a capitalized name after the keyword', () => {
    expect(run('The operation in the city was a hurricane of arrests.', [])).toEqual([]);
  });
});

describe('page furniture and dates', () => {
  it('drops one-word paragraphs such as section labels and ad slots', () => {
    const text = 'FYI.\n\nNews\n\nThe Daily Planet reported it.\n\nAdvertisement\n\nMore text.';
    expect(run(text, [['FYI', 'ORG'], ['News', 'ORG'], ['Advertisement', 'MISC'], ['Daily Planet', 'ORG']])).toEqual(['ORG:Daily Planet']);
  });
  it('drops a paragraph that is only a short name (a show or section label), not a longer line', () => {
    const text = 'The debate ended.\n\nUncommon Knowledge\n\nJane Doerr spoke at Main Street Hall Center Annex\n\nMore text.';
    expect(run(text, [['Uncommon Knowledge', 'PER'], ['Jane Doerr', 'PER']])).toEqual(['PER:Jane Doerr']);
  });
  it('keeps a one-word paragraph that is also named in running text', () => {
    const text = 'Reuters\n\nReuters reported it.';
    expect(run(text, [['Reuters', 'ORG']])).toEqual(['ORG:Reuters', 'ORG:Reuters']);
  });
  it('takes a preposition opening a sentence or a quotation off the name after it', () => {
    expect(run('For Zorvex Hall, it was a long day.', [['For Zorvex Hall', 'ORG']])).toEqual(['ORG:Zorvex Hall']);
    expect(run('She said: “For Zorvex Hall, it was a long day.”', [['“For Zorvex Hall', 'ORG']])).toEqual(['ORG:Zorvex Hall']);
  });
  it('never reports weekdays or months', () => {
    expect(run('On Thursday in September, Paris woke.', [['Thursday', 'MISC'], ['September', 'MISC'], ['Paris', 'LOC']])).toEqual(['LOC:Paris']);
  });
});

describe('repeated names', () => {
  it('tags a surname used alone after the full name, but not a sentence-initial word', () => {
    const text = 'Attorney General Jane Doerr spoke. The city sued Doerr in August.';
    expect(run(text, [['Jane Doerr', 'PER']])).toEqual(['PER:Jane Doerr', 'PER:Doerr']);
  });
});

describe('retyping by the last word and by the gazetteer', () => {
  it('makes names ending in an organization or place word organizations or places', () => {
    const text = 'Ivan Lam of Counterpoint Research spoke at the Steve Jobs Theater, The Washington Post said.';
    expect(run(text, [['Counterpoint Research', 'PER'], ['Steve Jobs Theater', 'PER'], ['Washington Post', 'LOC']])).toEqual([
      'ORG:Counterpoint Research',
      'LOC:Steve Jobs Theater',
      'ORG:Washington Post',
    ]);
    // A picture agency or a film company is not a person, whatever the tagger made of it.
    expect(run('A photo by Getty Images, a film by Minnow Films.', [['Getty Images', 'PER'], ['Minnow Films', 'PER']])).toEqual(['ORG:Getty Images', 'ORG:Minnow Films']);
    // Nor is a street or a quay.
    expect(run('They met on Bruckner Boulevard, near Albert Quay.', [['Bruckner Boulevard', 'PER'], ['Albert Quay', 'PER']])).toEqual(['LOC:Bruckner Boulevard', 'LOC:Albert Quay']);
  });
  it('leaves places like the West Bank alone', () => {
    expect(run('Settlers in the West Bank protested.', [['West Bank', 'LOC']])).toEqual(['LOC:West Bank']);
  });
  it('makes a single word the gazetteer knows only as an organization one', () => {
    const gazetteer = buildGazetteer({ org: ['globex', 'paris'], city: ['paris'] });
    const text = 'Globex and Paris grew.';
    const out = applyRules(text, tokenize(text), mentionsOf(text, [['Globex', 'PER'], ['Paris', 'PER']]), gazetteer);
    expect(out.map((m) => `${m.type}:${m.text}`)).toEqual(['ORG:Globex', 'PER:Paris']);
  });
});

describe('a title between an institution and a name', () => {
  it('belongs to the person, not to the institution', () => {
    const text = 'The state’s newest Supreme Court Justice, Raquel Montoya-Lewis, spoke. The Department of Justice agreed.';
    expect(run(text, [['Supreme Court Justice', 'ORG'], ['Raquel Montoya-Lewis', 'PER'], ['Department of Justice', 'ORG']]))
      .toEqual(['ORG:Supreme Court', 'PER:Raquel Montoya-Lewis', 'ORG:Department of Justice']);
    expect(run('The Zorvex Hospital Association CEO Jo Kim spoke.', [['Zorvex Hospital Association CEO', 'ORG'], ['Jo Kim', 'PER']]))
      .toEqual(['ORG:Zorvex Hospital Association', 'PER:Jo Kim']);
  });
});

describe('sources the tagger missed', () => {
  it('reads what "according to the" or "told the" names as an organization', () => {
    const text = 'Why? According to the Spokesman-Review, she wanted more. He told the Quillan Board on Monday. According to the Monday report, no.';
    expect(run(text, [])).toEqual(['ORG:Spokesman-Review', 'ORG:Quillan Board']);
    // A name the tagger found keeps its own type.
    expect(run('According to the Zorvex Halden, it rained.', [['Zorvex Halden', 'LOC']])).toEqual(['LOC:Zorvex Halden']);
  });
});

describe('names in a fixed form', () => {
  it('reads the pandemic’s disease as an other name and the planets as places', () => {
    const text = 'His post-COVID plan. Messages went to the UK Covid inquiry. It warms Earth’s climate. Bruno Mars sang.';
    expect(run(text, [['UK Covid', 'ORG'], ['Bruno Mars', 'PER']])).toEqual(['MISC:COVID', 'MISC:Covid', 'LOC:Earth', 'PER:Bruno Mars']);
    // Inside a longer name, it stays part of that name.
    expect(run('The COVID-19 Task Force met.', [['COVID-19 Task Force', 'ORG']])).toEqual(['ORG:COVID-19 Task Force']);
  });
});

describe('an institution of a place', () => {
  it('is one organization with the place the tagger found', () => {
    expect(run('She attended University of New Mexico for college.', [['New Mexico', 'LOC']])).toEqual(['ORG:University of New Mexico']);
    expect(run('At the University of South Carolina, students met.', [['South Carolina', 'LOC']])).toEqual(['ORG:University of South Carolina']);
    expect(run('The Museum of London opened.', [['London', 'LOC']])).toEqual(['ORG:Museum of London']);
    // Not after a word that names no institution.
    expect(run('The Mayor of London spoke. Parts of London flooded.', [['London', 'LOC']])).toEqual(['LOC:London', 'LOC:London']);
  });
});

describe('storms named in brackets', () => {
  it('are other names (events), like "Storm Babet"', () => {
    const text = 'The first named storm was in September (Agnes), which is early. The talks (Paris) went well.';
    expect(run(text, [['Agnes', 'ORG'], ['Paris', 'LOC']])).toEqual(['MISC:Agnes', 'LOC:Paris']);
  });
});

describe('an institution of a place, with a longer name', () => {
  it('keeps the name words before the institution word, not a sentence opener', () => {
    expect(run('She taught at Saint Mary’s College of California for years.', [['California', 'LOC']])).toEqual(['ORG:Saint Mary’s College of California']);
    expect(run('In Bank of America we trust.', [['America', 'LOC']])).toEqual(['ORG:Bank of America']);
    expect(run('Their paper in Proceedings of the National Academy of Sciences says so.', [['National Academy of Sciences', 'ORG']]))
      .toEqual(['ORG:Proceedings of the National Academy of Sciences']);
    expect(run('He was Secretary of Homeland Security then.', [['Homeland Security', 'ORG']])).toEqual(['ORG:Homeland Security']);
  });
});

describe('sites written or posted on', () => {
  it('are other names (services) when the tagger missed them; days are not sites', () => {
    const text = 'King objected, writing on Zorvly: “No.” She posted on Monday. It was shared on Quillan Marsh later.';
    expect(run(text, [])).toEqual(['MISC:Zorvly']);
    // A name the tagger found keeps its own type.
    expect(run('He wrote on Zorvly about it.', [['Zorvly', 'ORG']])).toEqual(['ORG:Zorvly']);
  });
});

describe('titled people', () => {
  it('finds a person the tagger missed after an abbreviated title, without the title', () => {
    const text = 'The host interviewed Ohio Gov. Ray Calloway and Rep. Ana Ruiz-Ortega about the bridge.';
    expect(run(text, [['Ohio', 'LOC']])).toEqual(['LOC:Ohio', 'PER:Ray Calloway', 'PER:Ana Ruiz-Ortega']);
  });

  it('leaves a name the tagger found as it is, and a brand of one word after "Dr." alone', () => {
    const text = 'Sen. Tammy Baldwin wore Dr. Martens boots.';
    expect(run(text, [['Sen. Tammy Baldwin', 'PER']])).toEqual(['PER:Sen. Tammy Baldwin']);
  });
});
