// @vitest-environment jsdom
/**
 * The banner's place in the page (entrypoints/content/banner-slot.tsx): a closed shadow root,
 * so the page cannot reach it, and a report of what it shows for Backstory's own pages.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { createBannerSlot } from '../../../entrypoints/content/banner-slot.tsx';
import { ContentScriptContext } from '../../../utils/content-context.ts';
import { intlWording } from '../../../lib/wording.ts';
import { model } from './banner-model.ts';
import { englishTranslator } from './render.tsx';

const props = { site: 'vice.com', theme: 'light' as const, onDismiss: () => {}, onSiteOff: () => {} };

describe('banner slot', () => {
  // jsdom has no layout: the room under fixed headers (banner-room.ts) finds nothing to move.
  beforeEach(() => {
    vi.stubGlobal('ResizeObserver', class { observe() {} unobserve() {} disconnect() {} });
    document.elementsFromPoint ??= () => [];
  });
  afterEach(() => {
    vi.unstubAllGlobals();
    fakeBrowser.reset();
    document.body.replaceChildren();
  });

  it('shows the banner in a closed shadow root: the page sees no shadowRoot, the report sees the banner', async () => {
    // Backstory's context stands in for WXT's (wxt.config.ts aliases it); the types are WXT's.
    const slot = createBannerSlot(new ContentScriptContext('content', {}) as never, englishTranslator());
    expect(slot.report()).toBeNull();
    slot.show(model, intlWording('en-US'), props);
    // The headline is filled in after mounting (announced once).
    await vi.waitFor(() => expect(slot.report()?.html).toContain('This story is over 9 years old'));
    const host = document.querySelector('backstory-banner')!;
    expect(host.shadowRoot).toBeNull();
    expect(() => host.attachShadow({ mode: 'open' })).toThrow();
    expect(document.body.innerHTML).not.toContain('This story is over');
    const report = slot.report()!;
    expect(Object.keys(report.buttons).sort()).toEqual(['close', 'site-off', 'why']);
    expect(report.html).toContain('Turn off on vice.com');
    expect(report.focused).toBeNull();
    slot.hide();
    expect(slot.report()).toBeNull();
    expect(document.querySelector('backstory-banner')).toBeNull();
  });
});
