/**
 * The shipped attribution tagger on small hand-made texts, one per form, and the seed story.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractAttributions, isPassive, MAX_ATTRIBUTION_CHARS } from '../../../lib/story/attributions/index.ts';
import { combineWithQuotes } from '../../../lib/story/attributions/combine.ts';
import { defaultChooser, readerChooser } from '../../../lib/story/attributions/default-chooser.ts';
import { analyzeEntities } from '../../../lib/story/entities/index.ts';
import { extractQuotes } from '../../../lib/story/quotes/index.ts';
import type { ReportedStatement } from '../../../lib/types.ts';

const summary = (s: ReportedStatement) => ({ source: s.source?.text ?? null, cue: s.cue?.text ?? null, text: s.text, kind: s.kind });
const find = (text: string) => extractAttributions(text).map(summary);

describe('extractAttributions: the forms of reported speech', () => {
  it('reads "X said (that) …" as source, cue and reported content', () => {
    expect(find('The mayor said the budget would be cut by a third next year.')).toEqual([
      { source: 'The mayor', cue: 'said', text: 'the budget would be cut by a third next year', kind: 'indirect' },
    ]);
    expect(find('Officials told reporters that the plan had been cancelled.')[0]).toMatchObject({ source: 'Officials', text: 'that the plan had been cancelled', kind: 'indirect' });
  });

  it('reads a statement before its attribution: "…, officials said."', () => {
    expect(find('The bridge will stay closed until the end of the month, officials said.')).toEqual([
      { source: 'officials', cue: 'said', text: 'The bridge will stay closed until the end of the month', kind: 'indirect' },
    ]);
  });

  it('leaves a paragraph\'s dateline out of the statement, not a sentence opening in capitals', () => {
    const [a] = find('LONDON — After nearly 20 years of hostile relations, the government plans to lift the sanctions, officials said.');
    expect(a!.text).toMatch(/^After nearly 20 years/);
    const [b] = find('MOSCOW (Sputnik - 29th April, 2020) It is impossible to give the exact date when the borders open, the prime minister said.');
    expect(b!.text).toMatch(/^It is impossible/);
    expect(find('NATO is stronger than ever before, the general said.')[0]!.text).toMatch(/^NATO is/);
  });

  it('reads "according to X, …"', () => {
    const [a] = find('According to the agency, more than 400 people were arrested during the operation.');
    expect(a).toMatchObject({ source: 'the agency', kind: 'indirect' });
    expect(a!.cue).toMatch(/^According to/);
    expect(a!.text).toContain('more than 400 people were arrested');
  });

  it('reads a direct quote, also one interrupted by its attribution', () => {
    expect(find('“We will not back down from this fight,” the senator said.')).toEqual([
      { source: 'the senator', cue: 'said', text: '“We will not back down from this fight,”', kind: 'direct' },
    ]);
    const [a] = extractAttributions('“We are safer today,” Kenney said, “and we will stay that way for years.”');
    expect(a!.source?.text).toBe('Kenney');
    expect(a!.parts).toHaveLength(2);
  });

  it('reads a mixed statement: reported words around a quoted phrase', () => {
    const [a] = find('Smith said the proposal was “dead on arrival” in the Senate.');
    expect(a).toMatchObject({ source: 'Smith', cue: 'said', kind: 'mixed' });
  });

  it('credits no one with words in the passive: their subject is who they are about', () => {
    expect(find('Mr. Quiros was accused of using $50 million for personal expenses, prosecutors said.').map((s) => s.source)).not.toContain('Mr. Quiros');
    expect(find('The senator has been harshly criticized for policies that objectors see as abuses of power.').map((s) => s.source)).toEqual([null]);
    // A state of mind keeps its subject.
    expect(find('We are convinced this is the only country in which one can come from zero.').map((s) => s.source)).toEqual(['We']);
    expect(find('Chloe Caton had also been referred to the local mental health team after a crisis.').map((s) => s.source)).toEqual([null]);
    expect(['was accused of', 'has been harshly criticized', 'is expected', 'were told', 'had also been referred to', 'would be called', 'plans were deemed', 'was found', 'were made', 'is said'].every(isPassive)).toBe(true);
    expect(['said', 'are convinced', 'was quoted as saying', 'has said'].some(isPassive)).toBe(false);
  });

  it('credits no one with the question a clause-opening "asked" puts to the subject; a subject who asks keeps it', () => {
    const sourceOf = (text: string, words: string) => find(text).find((s) => s.text.startsWith(words))?.source;
    expect(sourceOf('Asked if the debates matter to her, Renada Chisholm said she had already made up her mind.', 'if the debates')).toBeNull();
    expect(sourceOf('Renada Chisholm said she had already made up her mind.', 'she had already')).toBe('Renada Chisholm');
    expect(sourceOf('The governor declined to comment when asked about the plan to close the bridge.', 'the plan')).toBeNull();
    expect(sourceOf('He asked if they planned to attend the caucuses on Monday night.', 'if they planned')).toBe('He');
    expect(sourceOf('A reporter asked how he was feeling on caucus day.', 'how he was')).toBe('A reporter');
  });

  it('credits no one with the writer’s view of a subject that only "appears" or "seems" something', () => {
    const sourceOf = (text: string, words: string) => find(text).find((s) => s.text.startsWith(words))?.source;
    expect(sourceOf('Attorney General Jeff Sessions appears to be making good on his promise to crack down on sanctuary cities.', 'to be making')).toBeNull();
    expect(sourceOf('Cruz seemed to blame the network for its reporting more than his own campaign.', 'the network')).toBe('Cruz');
    // Also when the tagger takes an adverb into the cue ("once again seemed", "clearly appears").
    expect(sourceOf('The senator once again seemed to dodge the question about the budget.', 'to dodge')).toBeNull();
    expect(sourceOf('The mayor clearly appears to be losing patience with the council over the budget.', 'to be losing')).toBeNull();
  });

  it('credits no one with a deed someone is blamed for ("sued Sessions for restricting …"); a word of saying still speaks', () => {
    const sources = (text: string) => find(text).map((s) => s.source);
    expect(sources('Philadelphia first became a sanctuary city in 2014 and in August sued Sessions for restricting federal grants from sanctuary cities.')).not.toContain('Sessions');
    expect(sources('In August the city sued Sessions for saying that sanctuary cities would lose their grants.')).toContain('Sessions');
  });

  it('reads at most the first 60,000 characters (a page holding a book cannot stall the popup)', () => {
    const statement = 'The mayor said the budget would be cut by a third next year.';
    const filler = 'The river rose two feet overnight and flooded the lower town.\n\n'.repeat(Math.ceil(MAX_ATTRIBUTION_CHARS / 60));
    expect(extractAttributions(`${statement}\n\n${filler}`)).toHaveLength(1);
    expect(extractAttributions(`${filler}${statement}`)).toEqual([]);
  });

  it('returns nothing for text without attributions, and for empty text', () => {
    expect(find('The river rose two feet overnight and flooded the lower town.')).toEqual([]);
    expect(find('')).toEqual([]);
  });
});

describe('extractAttributions: sources linked to the popup\'s entities', () => {
  const seed = readFileSync(join(process.cwd(), 'tests/fixtures/pages/operation-safe-city/copied.txt'), 'utf8');
  const entities = analyzeEntities(seed);
  const statements = extractAttributions(seed, entities);

  it('credits "ICE said the operation … targeted individuals with criminal convictions" to the agency', () => {
    const ice = statements.find((s) => s.text.includes('targeted individuals with criminal convictions'));
    expect(ice?.source?.text).toBe('ICE');
    expect(ice?.sourceName).toBe('U.S. Immigrations and Customs Enforcement');
    expect(ice?.sourceEntityId).toBe(entities.find((e) => e.name === 'U.S. Immigrations and Customs Enforcement')?.id);
  });

  it('keeps "ICE said the operation, dubbed …, targeted …" one statement, which the popup\'s stricter chooser keeps', () => {
    const surer = extractAttributions(seed, entities, { chooser: readerChooser() });
    expect(readerChooser().threshold).toBeGreaterThan(defaultChooser().threshold);
    const ice = surer.find((s) => s.text.includes('targeted individuals with criminal convictions'));
    expect(ice?.text).toMatch(/^the operation, dubbed “Operation Safe City,” targeted/);
    expect(ice?.sourceName).toBe('U.S. Immigrations and Customs Enforcement');
    for (const s of surer) expect(statements.some((t) => t.start === s.start && t.text === s.text)).toBe(true);
  });

  it('resolves a descriptor ("the agency") and a surname ("Kenney") to the entity meant', () => {
    const agency = statements.find((s) => s.source?.text === 'the agency');
    expect(agency?.sourceName).toBe('U.S. Immigrations and Customs Enforcement');
    const kenney = statements.find((s) => s.source?.text === 'Kenney');
    expect(kenney?.sourceName).toBe('Jim Kenney');
  });

  it('keeps lib/quotes\' direct quotes and adds the reported statements', () => {
    const quotes = extractQuotes(seed, entities);
    const combined = combineWithQuotes(seed, statements, quotes);
    for (const q of quotes) expect(combined.some((s) => s.kind === 'direct' && s.start === q.start && s.sourceName === q.speakerName)).toBe(true);
    // The seed's four reported statements, and none of the writer's words credited to Sessions.
    const reported = combined.filter((s) => s.kind !== 'direct').map((s) => `${s.sourceName}: ${s.text.slice(0, 30)}`);
    for (const [source, words] of [['U.S. Immigrations and Customs Enforcement', 'that they arrested 498 people'], ['U.S. Immigrations and Customs Enforcement', 'the operation, dubbed'],
      ['Jim Kenney', 'ICE was only breeding distrust'], ['NBC News', 'that a plan dubbed']] as const) {
      expect(reported.some((r) => r.startsWith(`${source}: ${words}`)), `${source}: ${words} in ${JSON.stringify(reported)}`).toBe(true);
    }
    expect(reported.filter((r) => r.startsWith('Jeff Sessions'))).toEqual([]);
    expect(combined.map((s) => s.start)).toEqual([...combined.map((s) => s.start)].sort((a, b) => a - b));
  });

  it('leaves out reported fragments of fewer than four words ("said the operation")', () => {
    const fragment: ReportedStatement = { ...statements.find((s) => s.kind !== 'direct' && s.sourceName !== null)!, text: 'the operation' };
    const whole: ReportedStatement = { ...fragment, text: 'the operation targeted people with convictions' };
    expect(combineWithQuotes(seed, [fragment, whole], [])).toEqual([whole]);
  });

  it('takes a lone colon for a cue only after a person or organization the story names, opening its sentence', () => {
    const text = 'Thomas Malone: A supermind is a group of minds that work together.\n\nDisadvantages: The method takes a lot of practice.\n\n' +
      'That poses a problem for Microsoft: It is betting that gamers want true 4K rendering.';
    const afterColon = (name: string, sourceEntityId: string | null): ReportedStatement => {
      const at = text.indexOf(`${name}:`);
      const start = at + name.length + 2;
      const end = text.indexOf('.', start);
      return { start, end, parts: [{ start, end }], text: text.slice(start, end), kind: 'indirect',
        cue: { start: at + name.length, end: at + name.length + 1, text: ':' }, source: { start: at, end: at + name.length, text: name }, sourceEntityId, sourceName: name };
    };
    const person = entities.find((e) => e.type === 'PER')!;
    const organization = entities.find((e) => e.type === 'ORG')!;
    const place = entities.find((e) => e.type === 'LOC')!;
    expect(combineWithQuotes(text, [afterColon('Thomas Malone', person.id)], [], entities)).toHaveLength(1);
    expect(combineWithQuotes(text, [afterColon('Thomas Malone', place.id)], [], entities)).toEqual([]);
    expect(combineWithQuotes(text, [afterColon('Disadvantages', null)], [], entities)).toEqual([]);
    // An organization inside the writer's sentence is no speaker's label.
    expect(combineWithQuotes(text, [afterColon('Microsoft', organization.id)], [], entities)).toEqual([]);
  });

  it('leaves out a reported statement whose source names no one, and keeps a direct quote without a speaker', () => {
    const named = statements.find((s) => s.kind !== 'direct' && s.sourceName !== null)!;
    const nobody: ReportedStatement = { ...named, source: { start: 0, end: 1, text: 'I' }, sourceName: null, sourceEntityId: null };
    expect(combineWithQuotes(seed, [named, nobody], [])).toEqual([named]);
    const quote = { ...extractQuotes(seed, entities)[0]!, speaker: null, speakerName: null, speakerEntityId: null };
    expect(combineWithQuotes(seed, [], [quote])).toHaveLength(1);
  });
});
