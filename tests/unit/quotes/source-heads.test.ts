/**
 * A source the story only describes may have said something when its head noun is a kind
 * that speaks: people in roles, groups, organizations, documents and polls, not things.
 */
import { describe, expect, it } from 'vitest';
import { headOf, mayHaveSpoken } from '../../../lib/story/quotes/source-heads.ts';

describe('the head of a source description', () => {
  it('is the last word before a comma, relative word, preposition or participle', () => {
    expect(headOf('officials')).toBe('officials');
    expect(headOf('a spokeswoman for the agency')).toBe('spokeswoman');
    expect(headOf('A 2020 McKinsey report on the luxury goods sector')).toBe('report');
    expect(headOf('research conducted in both monkeys and humans')).toBe('research');
    expect(headOf('Observational studies using traditional research designs')).toBe('studies');
    expect(headOf('the mayor, who took office in May')).toBe('mayor');
    expect(headOf("the agency's")).toBe('agency');
  });

  it('is past a quantity before "of"', () => {
    expect(headOf('Two of the security guards')).toBe('guards');
    expect(headOf('Nearly eight of 10 voters')).toBe('voters');
  });
});

describe('whether a source may have spoken', () => {
  it('takes people, groups, organizations and documents', () => {
    for (const source of ['officials', 'the spokeswoman', 'a DUP councillor', 'Exhausted firefighters', 'the agency', 'a new poll', 'The ex-staffer', 'researchers', 'His dad', 'Many moderates', 'state regulators', 'a leaflet handed out at the rally'])
      expect(mayHaveSpoken(source), source).toBe(true);
  });

  it('takes any name: what it names is the entity recognizer\'s call', () => {
    expect(mayHaveSpoken('Bod Pod')).toBe(true);
    expect(mayHaveSpoken('the Pentagon')).toBe(true);
  });

  it('leaves out things, methods and charts', () => {
    for (const source of ['the salad', 'The chart', 'The checkout machine', 'this factor', 'The method', 'The computer', 'the mysterious', 'A second playthrough', ''])
      expect(mayHaveSpoken(source), source).toBe(false);
  });
});
