// @vitest-environment jsdom
import { describe, expect, it, vi } from 'vitest';
import { Popup, type PopupProps, type PopupState } from '../../../components/popup/Popup.tsx';
import { DEFAULT_SETTINGS } from '../../../lib/settings.ts';
import type { ArticleAnalysis } from '../../../lib/types.ts';
import de from '../../../public/_locales/de/messages.json';
import fr from '../../../public/_locales/fr/messages.json';
import type { Translator } from '../../../components/i18n.tsx';
import { renderWithI18n, translatorFor } from './render.tsx';

const HOSTILE = '<img src=x onerror="window.__pwned=1"><script>window.__pwned=1</script>';

function analysis(overrides: Partial<ArticleAnalysis> = {}): ArticleAnalysis {
  const text = 'Philadelphia mayor Jim Kenney spoke. “We are safer,” Kenney said.';
  return {
    url: 'https://news.example/story',
    isArticle: true,
    signals: ['readerable'],
    title: 'A story',
    byline: 'By A. Writer',
    siteName: 'Example News',
    lang: 'en',
    excerpt: null,
    text,
    paragraphStarts: [0],
    wordCount: 10,
    readingMinutes: 1,
    languageSupported: true,
    dates: {
      published: { day: '2017-09-28', source: 'meta', detail: 'meta[property="article:published_time"]', confidence: 0.9 },
      updated: null,
      candidates: [{ day: '2017-09-28', source: 'meta', detail: 'meta[property="article:published_time"]', confidence: 0.9, kind: 'published' }],
    },
    entities: [
      { id: 'e1', type: 'PER', name: 'Jim Kenney', aliases: ['Kenney'], role: 'Philadelphia mayor', count: 2, firstIndex: 19, mentions: [{ start: 19, end: 29 }, { start: 54, end: 60 }] },
      { id: 'e2', type: 'LOC', name: 'Philadelphia', aliases: [], role: null, count: 1, firstIndex: 0, mentions: [{ start: 0, end: 12 }] },
    ],
    quotes: [{ start: 38, end: 51, text: 'We are safer,', speaker: { start: 54, end: 60, text: 'Kenney' }, speakerEntityId: 'e1', speakerName: 'Jim Kenney' }],
    ...overrides,
  };
}

function renderPopup(state: PopupState, overrides: Partial<PopupProps> = {}, translator?: Translator) {
  const props: PopupProps = {
    state,
    settings: DEFAULT_SETTINGS,
    now: new Date(2026, 10, 28),
    saveFailed: false,
    onAnalyzeAnyway: vi.fn(),
    onRetry: vi.fn(),
    onHighlight: vi.fn(),
    onCopy: vi.fn(async () => true),
    onChangeSettings: vi.fn(),
    onSiteQuiet: vi.fn(),
    onOpenSettings: vi.fn(),
    onOpenHelp: vi.fn(),
    ...overrides,
  };
  return { el: renderWithI18n(<Popup {...props} />, translator), props };
}

describe('Popup', () => {
  it('shows the article header, names with roles and aliases, and quotes with speakers', () => {
    const { el } = renderPopup({ status: 'ready', analysis: analysis(), host: 'news.example' });
    expect(el.querySelector('h1')!.textContent).toBe('A story');
    expect(el.textContent).toContain('Published Sep 28, 2017');
    expect(el.textContent).toContain('9 years ago');
    expect(el.querySelector('.stale')!.textContent).toBe('This story is over 9 years old');
    const people = el.querySelector('[data-section="people"]')!;
    expect(people.textContent).toContain('Jim Kenney — Philadelphia mayor');
    expect(people.textContent).toContain('“Kenney”');
    expect(el.querySelector('[data-section="places"]')!.textContent).toContain('Philadelphia');
    expect(el.querySelector('[data-section="organizations"]')).toBeNull();
    const said = el.querySelector('[data-section="statements"]')!;
    expect(said.querySelector('.statement.direct')!.textContent).toContain('“We are safer,”');
    expect(said.querySelector('.source-name .speaker')!.textContent).toBe('Jim Kenney');
  });

  it('lists each quote once, in who said what, even when the reported statements hold it too', () => {
    const story = analysis();
    const quote = story.quotes[0]!;
    // As lib/story/analyze stores it: the quote again among the statements, plus a reported one.
    story.attributions = [
      { start: quote.start, end: quote.end, parts: [{ start: quote.start, end: quote.end }], text: quote.text, kind: 'direct', cue: null,
        source: quote.speaker, sourceEntityId: 'e1', sourceName: 'Jim Kenney' },
      { start: 0, end: 35, parts: [{ start: 0, end: 35 }], text: 'Philadelphia mayor Jim Kenney spoke', kind: 'indirect',
        cue: { start: 29, end: 35, text: 'spoke' }, source: { start: 19, end: 29, text: 'Jim Kenney' }, sourceEntityId: 'e1', sourceName: 'Jim Kenney' },
    ];
    const { el } = renderPopup({ status: 'ready', analysis: story, host: 'news.example' });
    expect(el.textContent!.split('We are safer')).toHaveLength(2);
    expect(el.querySelectorAll('.statement')).toHaveLength(2);
    expect(el.querySelector('[data-section="statements"] h2')!.textContent).toContain('2');
    // The people list counts both of Kenney's statements, as his entry in who said what does.
    expect(el.querySelector('[data-section="people"] .said')!.textContent).toBe('2 statements');
    expect(el.querySelector('[data-section="statements"] .said')!.textContent).toBe('2 statements');
  });

  it('quotes names and quotes the way the reader\'s language does', () => {
    const state: PopupState = { status: 'ready', analysis: analysis(), host: 'news.example' };
    const german = renderPopup(state, {}, translatorFor(de, 'de')).el;
    expect(german.querySelector('[data-section="people"]')!.textContent).toContain('„Kenney“');
    expect(german.querySelector('.statement.direct')!.textContent).toContain('„We are safer,“');
    const french = renderPopup(state, {}, translatorFor(fr, 'fr')).el;
    expect(french.querySelector('[data-section="people"]')!.textContent).toContain('« Kenney »');
  });

  it('says names and quotes are read in English stories only when the story is in another language', () => {
    const german = analysis({ languageSupported: false, lang: 'de', entities: [], quotes: [] });
    const { el } = renderPopup({ status: 'ready', analysis: german, host: 'news.example' });
    expect(el.querySelector('h1')!.textContent).toBe('A story');
    expect(el.querySelector('.empty')!.textContent).toContain('English stories only');
  });

  it('asks the page to highlight an entity with all its names, or a quote', () => {
    const { el, props } = renderPopup({ status: 'ready', analysis: analysis(), host: 'news.example' });
    el.querySelector<HTMLButtonElement>('.entity')!.click();
    expect(props.onHighlight).toHaveBeenCalledWith({ kind: 'entity', names: ['Jim Kenney', 'Kenney'] });
    el.querySelector<HTMLButtonElement>('.statement-text')!.click();
    expect(props.onHighlight).toHaveBeenCalledWith({ kind: 'quote', pieces: ['We are safer,'] });
  });

  it('notes the age only when the story is older than the threshold', () => {
    const settings = { ...DEFAULT_SETTINGS, thresholdMonths: 120 };
    const { el } = renderPopup({ status: 'ready', analysis: analysis(), host: 'news.example' }, { settings });
    expect(el.querySelector('.stale')).toBeNull();
  });

  it('judges the age by the date the banner does (here the recent update)', () => {
    const updated = { day: '2026-10-01', source: 'meta' as const, detail: 'meta[property="article:modified_time"]', confidence: 0.9 };
    const story = analysis();
    story.dates = { ...story.dates, updated };
    const byUpdate = renderPopup({ status: 'ready', analysis: story, host: 'news.example' }, { settings: { ...DEFAULT_SETTINGS, judgeBy: 'updated' } }).el;
    expect(byUpdate.querySelector('.stale')).toBeNull();
    const byPublication = renderPopup({ status: 'ready', analysis: story, host: 'news.example' }).el;
    expect(byPublication.querySelector('.stale')!.textContent).toBe('This story is over 9 years old');
  });

  it('hides the sections the reader switched off', () => {
    const settings = { ...DEFAULT_SETTINGS, sections: { ...DEFAULT_SETTINGS.sections, people: false, quotes: false } };
    const { el } = renderPopup({ status: 'ready', analysis: analysis(), host: 'news.example' }, { settings });
    expect(el.querySelector('[data-section="people"]')).toBeNull();
    expect(el.querySelector('[data-section="statements"]')).toBeNull();
    expect(el.querySelector('[data-section="places"]')).not.toBeNull();
  });

  it('renders page text as text, never as markup', () => {
    const hostile = analysis({
      title: HOSTILE,
      byline: HOSTILE,
      entities: [{ id: 'e1', type: 'PER', name: HOSTILE, aliases: [HOSTILE], role: HOSTILE, count: 1, firstIndex: 0, mentions: [] }],
      quotes: [{ start: 0, end: 1, text: HOSTILE, speaker: null, speakerEntityId: null, speakerName: HOSTILE }],
    });
    const { el } = renderPopup({ status: 'ready', analysis: hostile, host: 'news.example' });
    expect(el.querySelector('img, script')).toBeNull();
    expect(el.querySelector('h1')!.textContent).toBe(HOSTILE);
    expect((window as { __pwned?: number }).__pwned).toBeUndefined();
  });

  it('says what is going on for non-articles, unreachable pages and errors', () => {
    const notArticle = renderPopup({ status: 'ready', analysis: analysis({ isArticle: false, text: '', entities: [], quotes: [] }), host: 'news.example' });
    expect(notArticle.el.textContent).toContain("doesn't look like a news story");
    [...notArticle.el.querySelectorAll('button')].find((b) => b.textContent === 'Analyze anyway')!.click();
    expect(notArticle.props.onAnalyzeAnyway).toHaveBeenCalledOnce();

    expect(renderPopup({ status: 'unavailable' }).el.textContent).toContain("can't read this page");
    const failed = renderPopup({ status: 'error', message: 'boom' });
    expect(failed.el.textContent).toContain('boom');
    expect(renderPopup({ status: 'loading' }).el.querySelector('[aria-busy="true"]')).not.toBeNull();
  });

  it('offers the banner toggles for the site and everywhere', () => {
    const { el, props } = renderPopup({ status: 'ready', analysis: analysis(), host: 'news.example' });
    const [everywhere, here] = [...el.querySelectorAll<HTMLInputElement>('.quick input[type="checkbox"]')];
    expect(everywhere!.checked).toBe(true);
    expect(here!.checked).toBe(true);
    here!.click();
    expect(props.onSiteQuiet).toHaveBeenCalledWith('news.example', true);
    everywhere!.click();
    expect(props.onChangeSettings).toHaveBeenCalledWith({ bannerEnabled: false });
  });
});
