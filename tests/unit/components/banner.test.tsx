// @vitest-environment jsdom
import { describe, expect, it, vi } from 'vitest';
import { act } from 'preact/test-utils';
import { Banner } from '../../../components/Banner.tsx';
import type { BannerModel } from '../../../lib/page/banner-decision.ts';
import { renderWithI18n } from './render.tsx';

const published = { day: '2017-09-28', source: 'meta' as const, detail: 'meta[property="article:published_time"]', confidence: 0.9 };
const model: BannerModel = {
  age: { days: 3348, months: 110, count: 9, unit: 'year' },
  basis: { kind: 'published', date: published },
  published,
  updated: null,
  candidates: [{ ...published, kind: 'published' }, { day: '2017-09-27', source: 'url', detail: '/2017/09/27/', confidence: 0.4, kind: 'unknown' }],
};

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

  it('dismisses by button and by Escape, and switches the site off', () => {
    const onDismiss = vi.fn();
    const onSiteOff = vi.fn();
    const el = renderWithI18n(<Banner model={model} site="vice.com" theme="dark" onDismiss={onDismiss} onSiteOff={onSiteOff} />);
    const close = el.querySelector<HTMLButtonElement>('button[aria-label="Dismiss for this story"]')!;
    close.click();
    close.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
    expect(onDismiss).toHaveBeenCalledTimes(2);
    const off = el.querySelector<HTMLButtonElement>('button.site-off')!;
    expect(off.textContent).toBe('Turn off on vice.com');
    off.click();
    expect(onSiteOff).toHaveBeenCalledOnce();
  });

  it('explains which dates it found and which one it chose', () => {
    const el = renderWithI18n(<Banner model={model} site="vice.com" theme="light" onDismiss={() => {}} onSiteOff={() => {}} />);
    const why = el.querySelector<HTMLButtonElement>('button.why')!;
    expect(why.getAttribute('aria-expanded')).toBe('false');
    act(() => why.click());
    expect(why.getAttribute('aria-expanded')).toBe('true');
    const items = [...el.querySelectorAll('.candidates li')].map((li) => li.textContent);
    expect(items).toHaveLength(2);
    expect(items[0]).toContain('chosen');
    expect(items[1]).toContain("from the page's address");
    expect(items[1]).not.toContain('chosen');
  });
});
