import { describe, expect, it } from 'vitest';
import { entryShowing, groupBySource, mergeQuotesAndStatements, statementCounts } from '../../../lib/story/who-said-what.ts';
import type { Entity, Quote, ReportedStatement, Span } from '../../../lib/types.ts';

// Spans are worked out on this text (paragraphs joined by a blank line, as the analysis joins them).
const TEXT = [
  'ICE said the operation targeted individuals with criminal convictions.',
  '“We will not cooperate with this operation,” Kenney said.',
  'The mayor said the city “will keep its policy in place for now” after the raids.',
  '“Nobody is safer today,” said one resident of the city.',
  'Officials told NBC the plan had been cancelled last week.',
].join('\n\n');

const at = (words: string): Span & { text: string } => {
  const start = TEXT.indexOf(words);
  if (start < 0) throw new Error(`not in the text: ${words}`);
  return { start, end: start + words.length, text: words };
};

const ICE: Entity = { id: 'ice', type: 'ORG', name: 'U.S. Immigration and Customs Enforcement', aliases: ['ICE'], role: null, count: 2, firstIndex: 0, mentions: [] };
const KENNEY: Entity = { id: 'kenney', type: 'PER', name: 'Jim Kenney', aliases: ['Kenney'], role: 'Philadelphia mayor', count: 2, firstIndex: 0, mentions: [] };

function quote(words: string, speaker: string | null, entity: Entity | null): Quote {
  const span = at(words);
  return {
    start: span.start, end: span.end, text: words,
    speaker: speaker ? at(speaker) : null, speakerEntityId: entity?.id ?? null, speakerName: entity?.name ?? null,
  };
}

function statement(words: string, kind: ReportedStatement['kind'], source: string | null, entity: Entity | null, name = entity?.name ?? null): ReportedStatement {
  const span = at(words);
  return {
    start: span.start, end: span.end, parts: [{ start: span.start, end: span.end }], text: words, kind,
    cue: at('said'), source: source ? at(source) : null, sourceEntityId: entity?.id ?? null, sourceName: name,
  };
}

const weWill = quote('We will not cooperate with this operation,', 'Kenney', KENNEY);
const policy = quote('will keep its policy in place for now', null, null);
const nobody = quote('Nobody is safer today,', null, null);
const targeted = statement('the operation targeted individuals with criminal convictions', 'indirect', 'ICE', ICE);
const cancelled = statement('the plan had been cancelled last week', 'indirect', 'Officials', null, 'Officials');

describe('mergeQuotesAndStatements: each quote once, every statement that is not a quote again', () => {
  it('lists a quote the attribution tagger missed, with the speaker lib/story/quotes named', () => {
    const merged = mergeQuotesAndStatements([weWill], [targeted, cancelled]);
    expect(merged.map((s) => s.text)).toEqual([targeted.text, weWill.text, cancelled.text]);
    expect(merged[1]).toMatchObject({ kind: 'direct', sourceEntityId: 'kenney', sourceName: 'Jim Kenney', parts: [{ start: weWill.start, end: weWill.end }] });
  });

  it('keeps the quote (verbatim, its speaker) for a statement that is the same words', () => {
    // The tagger's version of the quote takes in the marks and the comma, and names no one.
    const tagged = statement('“We will not cooperate with this operation,”', 'direct', null, null);
    const merged = mergeQuotesAndStatements([weWill], [tagged, targeted]);
    expect(merged).toHaveLength(2);
    expect(merged.filter((s) => s.text.includes('We will not cooperate'))).toEqual([
      expect.objectContaining({ text: weWill.text, sourceName: 'Jim Kenney' }),
    ]);
  });

  it('is stable when the statements already hold the quotes (as the analysis stores them today)', () => {
    const asStored = mergeQuotesAndStatements([weWill, nobody], [targeted]);
    expect(mergeQuotesAndStatements([weWill, nobody], asStored)).toEqual(asStored);
  });

  it('lets a statement that holds a quote take it in, so its words are not listed twice', () => {
    const mixed = statement('the city “will keep its policy in place for now” after the raids', 'mixed', 'The mayor', KENNEY);
    const merged = mergeQuotesAndStatements([policy], [mixed]);
    expect(merged).toEqual([mixed]);
  });

  it('does not let a statement take in a quote it holds only part of: the quote stays whole', () => {
    // Mostly its own words: listed, and the quote too.
    const part = statement('The mayor said the city “will keep its', 'mixed', 'The mayor', null, 'the mayor');
    expect(mergeQuotesAndStatements([policy], [part]).map((s) => s.text)).toEqual([part.text, policy.text]);
    // Mostly quoted words: the quote said again, so only the quote.
    const most = statement('the city “will keep its policy in place', 'mixed', 'The mayor', KENNEY);
    expect(mergeQuotesAndStatements([policy], [most]).map((s) => s.text)).toEqual([policy.text]);
  });

  it('finds the entry that shows each quote, its own or the statement that took it in', () => {
    const mixed = statement('the city “will keep its policy in place for now” after the raids', 'mixed', 'The mayor', KENNEY);
    const merged = mergeQuotesAndStatements([weWill, policy], [mixed, targeted]);
    expect(entryShowing(policy, merged)).toBe(merged.find((s) => s.kind === 'mixed'));
    expect(entryShowing(weWill, merged)).toMatchObject({ text: weWill.text, sourceName: 'Jim Kenney' });
    expect(entryShowing(nobody, merged)).toBeNull();
  });

  it('names the source of a mixed statement from its quote when the quote has a speaker', () => {
    const policyByKenney = { ...policy, speaker: at('The mayor'), speakerEntityId: 'kenney', speakerName: 'Jim Kenney' };
    const mixed = statement('the city “will keep its policy in place for now” after the raids', 'mixed', null, null);
    expect(mergeQuotesAndStatements([policyByKenney], [mixed])).toEqual([expect.objectContaining({ text: mixed.text, sourceName: 'Jim Kenney', sourceEntityId: 'kenney' })]);
  });

  it('keeps the source of a mixed statement linked to an entity: the quote inside is that source’s words', () => {
    // lib/quotes credited the quote to someone else (“…, as the defence had claimed, … “…””).
    const policyByIce = { ...policy, speaker: at('ICE'), speakerEntityId: 'ice', speakerName: ICE.name };
    const mixed = statement('the city “will keep its policy in place for now” after the raids', 'mixed', 'The mayor', KENNEY);
    expect(mergeQuotesAndStatements([policyByIce], [mixed])).toEqual([expect.objectContaining({ text: mixed.text, sourceEntityId: 'kenney' })]);
  });

  it('gives a quote without a speaker the entity the tagger linked to the same words, never a bare phrase', () => {
    const byIce = statement('“Nobody is safer today,”', 'direct', 'ICE', ICE);
    expect(mergeQuotesAndStatements([nobody], [byIce])).toEqual([expect.objectContaining({ text: nobody.text, sourceEntityId: 'ice' })]);
    const byResident = statement('“Nobody is safer today,”', 'direct', 'one resident', null, null);
    expect(mergeQuotesAndStatements([nobody], [byResident])).toEqual([expect.objectContaining({ text: nobody.text, sourceName: null })]);
  });

  it('keeps a statement that only touches a quote, and the quote', () => {
    // Shares a few characters with the quote, far less than half of either.
    const touching = { ...statement('“We will not cooperate with this operation,” Kenney said', 'mixed', 'Kenney', KENNEY) };
    touching.parts = [{ start: weWill.end - 3, end: touching.end }];
    touching.start = weWill.end - 3;
    const merged = mergeQuotesAndStatements([weWill], [touching]);
    expect(merged).toHaveLength(2);
  });

  it('lists reported words only with a source to credit them to, and every quote', () => {
    const noSource = statement('the plan had been cancelled last week', 'indirect', 'Officials', null, null);
    const holding = statement('the city “will keep its policy in place for now” after the raids', 'mixed', null, null);
    const merged = mergeQuotesAndStatements([nobody, policy], [noSource, holding]);
    expect(merged.map((s) => s.text)).toEqual([holding.text, nobody.text]);
  });

  it('lists a statement the story repeats in the same words once, crediting it when either copy does', () => {
    // The lede retold in the body: the same words later on, once with no source found.
    const later = (s: ReportedStatement, shift: number, unsourced = false): ReportedStatement => ({
      ...s, start: s.start + shift, end: s.end + shift, parts: [{ start: s.start + shift, end: s.end + shift }],
      ...(unsourced ? { source: null, sourceEntityId: null, sourceName: null } : {}),
    });
    const merged = mergeQuotesAndStatements([], [targeted, cancelled, later(targeted, 1000), later(cancelled, 2000)]);
    expect(merged.map((s) => s.text)).toEqual([targeted.text, cancelled.text]);
    const unsourcedFirst = mergeQuotesAndStatements([], [{ ...later(cancelled, 0, true), kind: 'direct' }, later(cancelled, 2000)]);
    expect(unsourcedFirst.map((s) => s.sourceName)).toEqual(['Officials']);
    // Different words are different statements.
    expect(mergeQuotesAndStatements([], [targeted, { ...later(targeted, 1000), text: 'the operation targeted gangs' }])).toHaveLength(2);
  });

  it('handles nothing found, and interrupted quotes by their pieces', () => {
    expect(mergeQuotesAndStatements([], [])).toEqual([]);
    const first = at('We will not cooperate');
    const second = at('Nobody is safer today');
    const interrupted: Quote = { ...weWill, start: first.start, end: second.end, parts: [first, second], text: `${first.text} … ${second.text}` };
    // The statement between the pieces lies inside the quote's start-end, but in neither piece.
    const between = statement('the city “will keep its policy in place for now” after the raids', 'mixed', 'The mayor', KENNEY);
    const merged = mergeQuotesAndStatements([interrupted], [between]);
    expect(merged.map((s) => s.kind)).toEqual(['direct', 'mixed']);
  });
});

describe('groupBySource', () => {
  it('groups by entity (a quote and a statement of one entity together), then by name; most first, unattributed last', () => {
    // A quote whose "he" the resolver could not link: no source shown, listed last.
    const unknown = { ...nobody, speaker: at('said'), speakerName: null };
    const kenneyToo = statement('the operation targeted individuals with criminal convictions', 'indirect', 'Kenney', KENNEY);
    const merged = mergeQuotesAndStatements([unknown, weWill], [kenneyToo]);
    const groups = groupBySource(merged, [ICE, KENNEY]);
    expect(groups.map((g) => [g.name, g.statements.length])).toEqual([['Jim Kenney', 2], [null, 1]]);
    expect(groups[1]!.key).toBe('');
  });

  it('puts a source the story names before a description with as many statements', () => {
    const byOfficials = statement('the plan had been cancelled last week', 'indirect', 'Officials', null, 'Officials');
    const byIce = statement('the operation targeted individuals with criminal convictions', 'indirect', 'ICE', ICE);
    // Officials speak first in this list, yet ICE (an entity) comes first.
    const groups = groupBySource([{ ...byOfficials, start: 0 }, byIce], [ICE]);
    expect(groups.map((g) => g.name)).toEqual([ICE.name, 'Officials']);
  });

  it('counts what each entity said, as its group lists it', () => {
    const merged = mergeQuotesAndStatements([weWill, nobody], [targeted, cancelled]);
    const counts = statementCounts(merged);
    expect(Object.fromEntries(counts)).toEqual({ kenney: 1, ice: 1 });
    for (const g of groupBySource(merged, [ICE, KENNEY])) if (g.entityId) expect(counts.get(g.entityId)).toBe(g.statements.length);
  });
});
