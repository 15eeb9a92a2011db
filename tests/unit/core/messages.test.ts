import { describe, expect, it } from 'vitest';
import { isBackgroundMessage, isPageMessage } from '../../../utils/messages.ts';

describe('messages between the parts', () => {
  it('accepts a badge report with an age, or null to clear it', () => {
    expect(isBackgroundMessage({ type: 'backstory:badge', age: { count: 9, unit: 'year' } })).toBe(true);
    expect(isBackgroundMessage({ type: 'backstory:badge', age: null })).toBe(true);
  });

  it('refuses anything else a page could send (wrong unit, odd counts, other types)', () => {
    for (const bad of [
      null,
      'backstory:badge',
      { type: 'backstory:badge' },
      { type: 'backstory:badge', age: { count: 9, unit: 'century' } },
      { type: 'backstory:badge', age: { count: -1, unit: 'year' } },
      { type: 'backstory:badge', age: { count: 1.5, unit: 'year' } },
      { type: 'backstory:badge', age: { count: '9', unit: 'year' } },
      { type: 'backstory:snapshot' },
    ]) {
      expect(isBackgroundMessage(bad)).toBe(false);
    }
  });

  it('accepts small, well-formed wording requests only', () => {
    expect(isBackgroundMessage({ type: 'backstory:wording', ages: [{ count: 9, unit: 'year' }], days: ['2017-09-28'] })).toBe(true);
    expect(isBackgroundMessage({ type: 'backstory:wording', ages: [], days: ['28.09.2017'] })).toBe(false);
    expect(isBackgroundMessage({ type: 'backstory:wording', ages: [], days: ['2017-02-30'] })).toBe(false); // no such day
    expect(isBackgroundMessage({ type: 'backstory:wording', ages: [], days: Array(51).fill('2017-09-28') })).toBe(false);
    expect(isBackgroundMessage({ type: 'backstory:wording', ages: [{ count: 9, unit: 'eon' }], days: [] })).toBe(false);
    expect(isBackgroundMessage({ type: 'backstory:wording', days: [] })).toBe(false);
  });

  it('accepts a site switch-off from the banner with a host of bounded length', () => {
    expect(isBackgroundMessage({ type: 'backstory:quiet-site', host: 'example.com' })).toBe(true);
    expect(isBackgroundMessage({ type: 'backstory:quiet-site', host: 'x'.repeat(301) })).toBe(false);
    expect(isBackgroundMessage({ type: 'backstory:quiet-site', host: 42 })).toBe(false);
  });

  it('tells the popup requests apart', () => {
    expect(isPageMessage({ type: 'backstory:snapshot' })).toBe(true);
    expect(isPageMessage({ type: 'backstory:status' })).toBe(true);
    expect(isPageMessage({ type: 'backstory:highlight', target: { kind: 'entity', names: [] } })).toBe(true);
    expect(isPageMessage({ type: 'backstory:highlight', target: { kind: 'quote', pieces: ['a'] } })).toBe(true);
    expect(isPageMessage({ type: 'backstory:highlight', target: { kind: 'entity' } })).toBe(false);
    expect(isPageMessage({ type: 'backstory:highlight', target: { kind: 'quote', pieces: [1] } })).toBe(false);
    expect(isPageMessage({ type: 'backstory:keep', key: 'k', force: false, analysis: {} })).toBe(false);
    expect(isPageMessage({ type: 'backstory:analyze', force: false })).toBe(false);
    expect(isPageMessage({ type: 'backstory:badge', age: null })).toBe(false);
  });
});
