// @vitest-environment jsdom
import { describe, expect, it, vi } from 'vitest';
import { act } from 'preact/test-utils';
import { Banner } from '../../../components/Banner.tsx';
import { model, published } from './banner-model.ts';
import { renderWithI18n } from './render.tsx';

describe('Banner', () => {
  it('says how old the story is, from which date and where it came from', async () => {
    vi.useFakeTimers();
    const el = renderWithI18n(<Banner model={model} site="vice.com" theme="system" onDismiss={() => {}} onSiteOff={() => {}} />);
    act(() => void vi.advanceTimersByTime(100));
    vi.useRealTimers();
    expect(el.querySelector('[role="status"]')!.textContent).toBe('This story is over 9 years old');
    expect(el.querySelector('.basis')!.textContent).toContain('Published Sep 28, 2017');
    expect(el.querySelector('.basis')!.textContent).toContain("from the page's metadata");
    expect(el.querySelector('[role="region"]')!.getAttribute('aria-label')).toBe('Story age notice');
  });

  it('mentions the update when there is one on another day', () => {
    const updated = { ...published, day: '2017-10-03' };
    const el = renderWithI18n(<Banner model={{ ...model, updated }} site="vice.com" theme="light" onDismiss={() => {}} onSiteOff={() => {}} />);
    expect(el.querySelector('.basis')!.textContent).toContain('Published Sep 28, 2017 · updated Oct 3, 2017');
  });

  // jsdom cannot make a trusted event, so these tests accept every event; the default is below.
  const anyEvent = () => true;

  it('dismisses by button and by Escape, and switches the site off', () => {
    const onDismiss = vi.fn();
    const onSiteOff = vi.fn();
    const el = renderWithI18n(<Banner model={model} site="vice.com" theme="dark" onDismiss={onDismiss} onSiteOff={onSiteOff} accepts={anyEvent} />);
    const close = el.querySelector<HTMLButtonElement>('button[aria-label="Dismiss for this story"]')!;
    close.click();
    close.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
    expect(onDismiss).toHaveBeenCalledTimes(2);
    const off = el.querySelector<HTMLButtonElement>('button.site-off')!;
    expect(off.textContent).toBe('Turn off on vice.com');
    off.click();
    expect(onSiteOff).toHaveBeenCalledOnce();
  });

  it('ignores scripted clicks and key presses: only the reader\'s own events act', () => {
    const onDismiss = vi.fn();
    const onSiteOff = vi.fn();
    const el = renderWithI18n(<Banner model={model} site="vice.com" theme="dark" onDismiss={onDismiss} onSiteOff={onSiteOff} />);
    const close = el.querySelector<HTMLButtonElement>('button.close')!;
    close.click();
    close.dispatchEvent(new MouseEvent('click', { bubbles: true }));
    close.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
    el.querySelector<HTMLButtonElement>('button.site-off')!.click();
    const why = el.querySelector<HTMLButtonElement>('button.why')!;
    act(() => why.click());
    expect(onDismiss).not.toHaveBeenCalled();
    expect(onSiteOff).not.toHaveBeenCalled();
    expect(why.getAttribute('aria-expanded')).toBe('false');
  });

  it('says how to dismiss it from the keyboard', () => {
    const el = renderWithI18n(<Banner model={model} site="vice.com" theme="light" onDismiss={() => {}} onSiteOff={() => {}} />);
    const close = el.querySelector<HTMLButtonElement>('button.close')!;
    expect(close.getAttribute('aria-label')).toBe('Dismiss for this story');
    expect(close.getAttribute('title')).toBe('Dismiss for this story (Esc)');
    expect(close.getAttribute('aria-keyshortcuts')).toBe('Escape');
    expect(el.querySelector('[role="region"]')!.getAttribute('aria-keyshortcuts')).toBe('Escape');
  });

  it('explains which dates it found and which one it chose', () => {
    const el = renderWithI18n(<Banner model={model} site="vice.com" theme="light" onDismiss={() => {}} onSiteOff={() => {}} accepts={anyEvent} />);
    const why = el.querySelector<HTMLButtonElement>('button.why')!;
    expect(why.getAttribute('aria-expanded')).toBe('false');
    act(() => why.click());
    expect(why.getAttribute('aria-expanded')).toBe('true');
    const items = [...el.querySelectorAll('.candidates li')].map((li) => li.textContent);
    expect(items).toHaveLength(2);
    expect(items[0]).toContain('chosen');
    expect(items[1]).toContain('from the address');
    expect(items[1]).not.toContain('chosen');
  });

  it('says which day was chosen as the publication and which as the update', () => {
    const updated = { day: '2018-01-05', source: 'json-ld' as const, detail: 'NewsArticle.dateModified', confidence: 0.8 };
    const candidates = [{ ...published, kind: 'published' as const }, { ...updated, kind: 'updated' as const }];
    const el = renderWithI18n(<Banner model={{ ...model, updated, candidates }} site="vice.com" theme="light" onDismiss={() => {}} onSiteOff={() => {}} accepts={anyEvent} />);
    act(() => el.querySelector<HTMLButtonElement>('button.why')!.click());
    const chosen = [...el.querySelectorAll('.candidates li strong')].map((s) => s.textContent);
    expect(chosen).toEqual([' · chosen', ' · chosen as the update']);
  });

  it('lists each day once, with its sources in words and the code-like places apart', () => {
    const meta = (property: string) => ({ day: '2017-09-28', source: 'meta' as const, detail: `meta[property="${property}"]`, confidence: 0.9, kind: 'published' as const });
    const candidates = [
      meta('article:published_time'),
      meta('og:published_time'),
      { ...meta('x'), detail: 'meta[property="article:published_time"]' },
      { day: '2017-09-28', source: 'json-ld' as const, detail: 'NewsArticle.datePublished', confidence: 0.9, kind: 'published' as const },
      { day: '2017-09-28', source: 'microdata' as const, detail: '[itemprop="datePublished"]', confidence: 0.8, kind: 'published' as const },
      { day: '2017-09-27', source: 'url' as const, detail: '/2017/09/27/', confidence: 0.4, kind: 'unknown' as const },
    ];
    const el = renderWithI18n(<Banner model={{ ...model, candidates }} site="vice.com" theme="light" onDismiss={() => {}} onSiteOff={() => {}} accepts={anyEvent} />);
    act(() => el.querySelector<HTMLButtonElement>('button.why')!.click());
    const items = [...el.querySelectorAll('.candidates li')];
    expect(items).toHaveLength(2);
    const [first, second] = items;
    // Words first, one line per day: metadata (meta and microdata alike) counted, then structured data.
    const words = (li: Element) => [...li.childNodes].filter((n) => !(n instanceof Element && n.classList.contains('where'))).map((n) => n.textContent).join('');
    expect(words(first!)).toBe("Sep 28, 2017 from the page's metadata ×4, structured data · chosen");
    expect(words(second!)).toBe("Sep 27, 2017 from the address");
    expect(words(first!)).not.toContain('meta[');
    // The code-like places, each once, only in the details line.
    expect([...first!.querySelectorAll('.where code')].map((c) => c.textContent)).toEqual([
      'meta[property="article:published_time"]',
      'meta[property="og:published_time"]',
      'NewsArticle.datePublished',
      '[itemprop="datePublished"]',
    ]);
  });
});
