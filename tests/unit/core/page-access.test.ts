import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { analyzeTab, highlightInTab, PageUnavailableError } from '../../../utils/page-access.ts';

// A tab opened before Backstory was installed has no content script: the first message finds
// nobody, the popup injects the content script (activeTab allows it) and asks again.
const reply = { ok: false as const, error: 'not an article' };

describe('reaching the page from the popup', () => {
  beforeEach(() => {
    fakeBrowser.reset();
    vi.restoreAllMocks();
  });

  it('asks the content script directly when it is there', async () => {
    const send = vi.spyOn(fakeBrowser.tabs, 'sendMessage').mockResolvedValue(reply as never);
    const inject = vi.spyOn(fakeBrowser.scripting, 'executeScript').mockResolvedValue([] as never);
    expect(await analyzeTab(7)).toEqual(reply);
    expect(send).toHaveBeenCalledWith(7, { type: 'backstory:analyze', force: false }, { frameId: 0 }); // the top frame only
    expect(inject).not.toHaveBeenCalled();
  });

  it('injects the content script once into a tab that has none, then asks again', async () => {
    const send = vi
      .spyOn(fakeBrowser.tabs, 'sendMessage')
      .mockRejectedValueOnce(new Error('Could not establish connection. Receiving end does not exist.'))
      .mockResolvedValue(reply as never);
    const inject = vi.spyOn(fakeBrowser.scripting, 'executeScript').mockResolvedValue([] as never);
    expect(await analyzeTab(7, true)).toEqual(reply);
    expect(inject).toHaveBeenCalledTimes(1);
    expect(inject).toHaveBeenCalledWith({ target: { tabId: 7 }, files: ['/content-scripts/content.js'] });
    expect(send).toHaveBeenCalledTimes(2);
  });

  it('says the page is out of reach when it cannot inject (browser pages, stores, PDFs)', async () => {
    vi.spyOn(fakeBrowser.tabs, 'sendMessage').mockRejectedValue(new Error('Receiving end does not exist.'));
    vi.spyOn(fakeBrowser.scripting, 'executeScript').mockRejectedValue(new Error('Cannot access a chrome:// URL'));
    await expect(analyzeTab(7)).rejects.toBeInstanceOf(PageUnavailableError);
  });

  it('reports a highlight that cannot reach the page as not found instead of throwing', async () => {
    vi.spyOn(fakeBrowser.tabs, 'sendMessage').mockRejectedValue(new Error('Receiving end does not exist.'));
    expect(await highlightInTab(7, { kind: 'entity', names: ['Jim Kenney'] })).toBe(false);
  });
});
