// @vitest-environment jsdom
import { describe, expect, it, vi } from 'vitest';
import { act } from 'preact/test-utils';
import { Statements } from '../../../components/popup/Statements.tsx';
import { statementCitation, withoutQuotationMarks } from '../../../components/popup/statement-citation.ts';
import { formatDay } from '../../../lib/format.ts';
import type { ArticleAnalysis, Entity, ReportedStatement } from '../../../lib/types.ts';
import { renderWithI18n } from './render.tsx';

const HOSTILE = '<img src=x onerror="window.__pwned=1">';
const ICE: Entity = { id: 'ice', type: 'ORG', name: 'U.S. Immigration and Customs Enforcement', aliases: ['ICE'], role: null, count: 3, firstIndex: 0, mentions: [] };

function statement(start: number, text: string, source: string | null, entityId: string | null, kind: ReportedStatement['kind'] = 'indirect'): ReportedStatement {
  return {
    start, end: start + text.length, parts: [{ start, end: start + text.length }], text, kind,
    cue: { start: start + text.length + 6, end: start + text.length + 10, text: 'said' },
    source: source ? { start: start + text.length + 2, end: start + text.length + 5, text: source } : null,
    sourceEntityId: entityId, sourceName: source,
  };
}

/** 40 statements: ICE 12, 27 other sources of one statement each, one unattributed. */
function many(): ReportedStatement[] {
  const out: ReportedStatement[] = [];
  for (let i = 0; i < 12; i++) out.push(statement(i * 100, `the operation step ${i} went ahead`, 'ICE', 'ice'));
  for (let i = 0; i < 27; i++) out.push(statement(2000 + i * 100, `claim number ${i} holds`, `Official ${i}`, null));
  out.push(statement(9000, 'nobody knows who said this', null, null));
  return out;
}

describe('Statements: who said what, grouped by source', () => {
  it('stays short with 40 statements: six sources, two statements each, until expanded', () => {
    const el = renderWithI18n(<Statements statements={many()} entities={[ICE]} onSelect={vi.fn()} />);
    expect(el.querySelector('h2')!.textContent).toContain('40');
    expect(el.querySelectorAll('.source')).toHaveLength(6);
    const first = el.querySelector('.source')!;
    expect(first.textContent).toContain('U.S. Immigration and Customs Enforcement');
    expect(first.textContent).toContain('12 statements');
    expect(first.querySelectorAll('.statement')).toHaveLength(2);
    const more = first.querySelector('button.more') as HTMLButtonElement;
    expect(more.textContent).toBe('Show 10 more');
    expect(more.getAttribute('aria-expanded')).toBe('false');
    act(() => more.click());
    expect(first.querySelectorAll('.statement')).toHaveLength(12);
    expect(more.textContent).toBe('Show fewer');
    expect(more.getAttribute('aria-expanded')).toBe('true');
    const moreSources = [...el.querySelectorAll('button.more')].find((b) => b.textContent!.includes('more sources')) as HTMLButtonElement;
    expect(moreSources.textContent).toContain('23 more sources');
    act(() => moreSources.click());
    expect(el.querySelectorAll('.source')).toHaveLength(29);
    expect(el.querySelector('.source:last-child .speaker')!.textContent).toBe('Unattributed');
  });

  it('does not collapse a list to hide a single item behind a button', () => {
    const three = [statement(0, 'the first step went ahead', 'ICE', 'ice'), statement(100, 'the second step went ahead', 'ICE', 'ice'), statement(200, 'the third step went ahead', 'ICE', 'ice')];
    const el = renderWithI18n(<Statements statements={three} entities={[ICE]} onSelect={vi.fn()} />);
    expect(el.querySelectorAll('.statement')).toHaveLength(3);
    expect(el.querySelector('button.more')).toBeNull();
    const seven = Array.from({ length: 7 }, (_, i) => statement(i * 100, `claim number ${i} holds`, `Official ${i}`, null));
    expect(renderWithI18n(<Statements statements={seven} entities={[]} onSelect={vi.fn()} />).querySelectorAll('.source')).toHaveLength(7);
  });

  it('shows quotes in quotation marks, reported words as written, page text as text only', () => {
    const direct = statement(0, `“We are done ${HOSTILE}”`, 'ICE', 'ice', 'direct');
    const reported = statement(100, `the plan ${HOSTILE} was cancelled`, 'ICE', 'ice');
    const el = renderWithI18n(<Statements statements={[direct, reported]} entities={[ICE]} onSelect={vi.fn()} />);
    const texts = [...el.querySelectorAll('.statement-text .words')].map((b) => b.textContent);
    expect(texts).toEqual([`“We are done ${HOSTILE}”`, `the plan ${HOSTILE} was cancelled`]);
    // Reported words follow their cue ("said"), as context; a quote stands on its own.
    expect([...el.querySelectorAll('.statement-text')].map((b) => b.querySelector('.cue')?.textContent ?? null)).toEqual([null, 'said ']);
    expect(el.querySelector('img')).toBeNull();
  });

  it('selects a statement to show it in the page, marks it as the one shown, and copies it with its citation', async () => {
    const s = statement(0, 'the operation targeted individuals with criminal convictions', 'ICE', 'ice');
    const quote = statement(100, 'We are done', 'ICE', 'ice', 'direct');
    const onSelect = vi.fn();
    const onCopy = vi.fn(async () => true);
    const el = renderWithI18n(<Statements statements={[s, quote]} entities={[ICE]} onSelect={onSelect} onCopy={onCopy} />);
    const [first, second] = [...el.querySelectorAll<HTMLButtonElement>('.statement-text')];
    act(() => first!.click());
    expect(onSelect).toHaveBeenCalledWith(s);
    expect(first!.getAttribute('aria-current')).toBe('true');
    expect(el.querySelector('.statement.selected')).toBe(first!.parentElement);
    act(() => second!.click());
    expect(first!.getAttribute('aria-current')).toBeNull();
    expect(second!.getAttribute('aria-current')).toBe('true');
    // A quote's copy button says quote, a reported statement's says statement.
    expect([...el.querySelectorAll('.copy')].map((b) => b.getAttribute('aria-label'))).toEqual(['Copy statement with citation', 'Copy quote with citation']);
    await act(async () => (el.querySelector('.copy') as HTMLButtonElement).click());
    expect(onCopy).toHaveBeenCalledWith(s, ICE.name);
    expect(el.querySelector('.copy')!.textContent).toBe('Copied');
  });

  it('names a source with its role from the story', () => {
    const kenney: Entity = { id: 'k', type: 'PER', name: 'Jim Kenney', aliases: [], role: 'Philadelphia mayor', count: 1, firstIndex: 0, mentions: [] };
    const el = renderWithI18n(<Statements statements={[statement(0, 'We are safer', 'Kenney', 'k', 'direct')]} entities={[kenney]} onSelect={vi.fn()} />);
    expect(el.querySelector('.source-name')!.textContent).toBe('Jim KenneyPhiladelphia mayor1 statement');
    expect(el.querySelector('.statement-text .words')!.textContent).toBe('“We are safer”');
  });

  const analysis = {
    url: 'https://news.example/ice', siteName: 'VICE News', title: 'ICE arrests nearly 500 people',
    dates: { published: { day: '2017-09-28', source: 'meta', detail: '', confidence: 1 }, updated: null, candidates: [] },
  } as unknown as ArticleAnalysis;
  const day = formatDay('2017-09-28', 'en-GB');

  it('writes the citation as "…, ICE said, according to VICE News, 28 Sep 2017", then the title and address', () => {
    const s = statement(0, 'the operation targeted individuals with criminal convictions', 'ICE', 'ice');
    expect(statementCitation(s, 'ICE', analysis, 'en-GB')).toBe(
      `The operation targeted individuals with criminal convictions, ICE said, according to VICE News, ${day}\n“ICE arrests nearly 500 people”\nhttps://news.example/ice`);
    expect(day).toMatch(/^28 Sept? 2017$/);
  });

  it('cites a quote verbatim in quotation marks, an interrupted one with " … ", and leaves out an unknown source', () => {
    const q = { ...statement(0, 'Sanctuary jurisdictions undermine us … As a result, ICE is forced,', null, null, 'direct'), cue: null };
    expect(statementCitation(q, 'Tom Homan', analysis, 'en-GB').split('\n')[0]).toBe(
      `“Sanctuary jurisdictions undermine us … As a result, ICE is forced”, Tom Homan said, according to VICE News, ${day}`);
    expect(statementCitation(q, null, analysis, 'en-GB').split('\n')[0]).toBe(
      `“Sanctuary jurisdictions undermine us … As a result, ICE is forced”, according to VICE News, ${day}`);
  });

  it('takes off the quotation marks around a quote, a closing pair of apostrophes too, and never half a pair', () => {
    expect(withoutQuotationMarks('"We are very attentive to guests.\'\'')).toBe('We are very attentive to guests.');
    expect(withoutQuotationMarks('“We will win.”')).toBe('We will win.');
    expect(withoutQuotationMarks('The plan is “bold”')).toBe('The plan is “bold”');
  });

  it('shows "according to" words without the cue (under the source\'s name it would read "ICE according to …") and cites them', () => {
    const reported = { ...statement(0, 'the operation targeted individuals with criminal convictions', 'ICE', 'ice'), cue: { start: 70, end: 82, text: 'According to' } };
    const el = renderWithI18n(<Statements statements={[reported]} entities={[ICE]} onSelect={vi.fn()} />);
    expect(el.querySelector('.statement-text .cue')).toBeNull();
    expect(el.querySelector('.statement-text')!.textContent).toBe('the operation targeted individuals with criminal convictions');
    expect(statementCitation(reported, 'ICE', analysis, 'en-GB').split('\n')[0]).toBe(
      `The operation targeted individuals with criminal convictions, according to ICE, according to VICE News, ${day}`);
  });

  it('shows and cites a transcript\'s turn without its colon cue ("WHITFIELD: …" is what Dana Whitfield said)', () => {
    const turn = { ...statement(0, 'the bridge has been closed for two years', 'WHITFIELD', null), cue: { start: 60, end: 61, text: ':' }, sourceName: 'Dana Whitfield' };
    const el = renderWithI18n(<Statements statements={[turn]} entities={[]} onSelect={vi.fn()} />);
    expect(el.querySelector('.statement-text .cue')).toBeNull();
    expect(el.querySelector('.statement-text')!.textContent).toBe('the bridge has been closed for two years');
    expect(statementCitation(turn, 'Dana Whitfield', analysis, 'en-GB').split('\n')[0]).toBe(
      `The bridge has been closed for two years, Dana Whitfield said, according to VICE News, ${day}`);
  });
});
