// @vitest-environment jsdom
/**
 * The content script's lifetime (utils/content-context.ts): a page
 * cannot end it or fake an address change, and it ends when the extension is really gone.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { ContentScriptContext } from '../../../utils/content-context.ts';

const ID = fakeBrowser.runtime.id;
/** WXT names its events `<extension id>:<entrypoint>:wxt:…` (the entrypoint is unset under vitest). */
const wxtEvent = (name: string) => [`${ID}:content:wxt:${name}`, `${ID}:undefined:wxt:${name}`, `wxt:${name}`];

describe('content script lifetime', () => {
  beforeEach(() => fakeBrowser.reset());
  afterEach(() => vi.restoreAllMocks());

  it('is not ended by the events WXT listens for, dispatched by the page', async () => {
    const ctx = new ContentScriptContext('content', {});
    const onEnd = vi.fn();
    ctx.onInvalidated(onEnd);
    const detail = { contentScriptName: 'content', messageId: 'page' };
    for (const type of wxtEvent('content-script-started')) {
      document.dispatchEvent(new CustomEvent(type, { detail }));
      window.dispatchEvent(new CustomEvent(type, { detail }));
      window.postMessage({ type, ...detail }, '*');
    }
    await new Promise((resolve) => setTimeout(resolve, 0)); // postMessage delivers on a later task
    expect(ctx.isValid).toBe(true);
    expect(onEnd).not.toHaveBeenCalled();
  });

  it('does not take a page-dispatched locationchange event for a navigation', () => {
    const ctx = new ContentScriptContext('content', {});
    const changed = vi.fn();
    ctx.addEventListener(window, 'wxt:locationchange', changed);
    for (const type of wxtEvent('locationchange')) window.dispatchEvent(new Event(type));
    expect(changed).not.toHaveBeenCalled();
  });

  it('ends when the extension is gone (runtime id cleared on reload or removal)', () => {
    const ctx = new ContentScriptContext('content', {});
    const onEnd = vi.fn();
    ctx.onInvalidated(onEnd);
    vi.spyOn(fakeBrowser.runtime, 'id', 'get').mockReturnValue(undefined as never);
    expect(ctx.isInvalid).toBe(true);
    expect(onEnd).toHaveBeenCalledTimes(1);
  });

  it('removes its listeners when it ends', () => {
    const ctx = new ContentScriptContext('content', {});
    const handler = vi.fn();
    ctx.addEventListener(document, 'click', handler);
    document.dispatchEvent(new Event('click'));
    ctx.abort('test');
    document.dispatchEvent(new Event('click'));
    expect(handler).toHaveBeenCalledTimes(1);
  });
});
