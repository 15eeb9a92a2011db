// @vitest-environment jsdom
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { analyzeTab, highlightInTab, PageUnavailableError } from '../../../utils/page-access.ts';
import type { PageMessage } from '../../../utils/messages.ts';

const STORY = `<!doctype html><html lang="en"><head><title>Council backs parks plan</title>
<meta property="og:type" content="article"><meta property="article:published_time" content="2017-09-28T09:00:00Z"></head>
<body><article><h1>Council backs parks plan</h1>${'<p>The city council met on Tuesday, and council member Maria Lopez said the plan would fund new parks across the district over the next five years, according to officials.</p>'.repeat(8)}</article></body></html>`;

const copy = { key: 'k', url: 'https://news.example/parks', html: STORY, look: null };
const status = { key: 'k', url: copy.url, saveFailed: false, timings: {} };

/** A content script answering as the real one does. */
const page = (snapshot: object = copy) =>
  (async (_tab: number, message: PageMessage, options: unknown) => {
    expect(options).toEqual({ frameId: 0 }); // the top frame only
    return message.type === 'backstory:status' ? status : message.type === 'backstory:snapshot' ? snapshot : true;
  }) as never;

describe('reaching the page from the popup', () => {
  beforeEach(() => {
    fakeBrowser.reset();
    vi.restoreAllMocks();
  });

  it('analyses a copy of the page here, in the popup, and keeps the result outside the page', async () => {
    const send = vi.spyOn(fakeBrowser.tabs, 'sendMessage').mockImplementation(page());
    const reply = await analyzeTab(7);
    expect(reply.ok && reply.analysis.title).toBe('Council backs parks plan');
    expect(reply.ok && reply.analysis.dates.published?.day).toBe('2017-09-28');
    expect(reply.ok && reply.cached).toBe(false);
    expect(send.mock.calls.map((call) => (call[1] as PageMessage).type)).toEqual(['backstory:status', 'backstory:snapshot']);
    await new Promise((resolve) => setTimeout(resolve, 0));
    // Reopening the popup on the same page: the kept analysis, and the page is not serialised again.
    const again = await analyzeTab(7);
    expect(again.ok && again.cached).toBe(true);
    expect(again.ok && again.analysis.title).toBe('Council backs parks plan');
    expect(send.mock.calls.map((call) => (call[1] as PageMessage).type)).toEqual(['backstory:status', 'backstory:snapshot', 'backstory:status']);
    // Another page in that tab (address or title changed): analysed anew.
    status.key = 'other';
    const other = await analyzeTab(7);
    status.key = 'k';
    expect(other.ok && other.cached).toBe(false);
  }, 30_000);

  it('uses the quick look the content script already made instead of making another', async () => {
    const look = { verdict: { isArticle: false, signals: ['made-by-the-content-script'] }, dates: { published: null, updated: null, candidates: [] } };
    vi.spyOn(fakeBrowser.tabs, 'sendMessage').mockImplementation(page({ ...copy, look }));
    const reply = await analyzeTab(7);
    expect(reply.ok && reply.analysis.signals).toEqual(['made-by-the-content-script']);
    expect(reply.ok && reply.analysis.entities).toEqual([]); // not an article, not forced: no analysis
  }, 30_000);

  it('injects the content script into a tab that has none, then asks again', async () => {
    const send = vi
      .spyOn(fakeBrowser.tabs, 'sendMessage')
      .mockRejectedValueOnce(new Error('Could not establish connection. Receiving end does not exist.'))
      .mockImplementation(page());
    const inject = vi.spyOn(fakeBrowser.scripting, 'executeScript').mockResolvedValue([] as never);
    expect((await analyzeTab(7, true)).ok).toBe(true);
    expect(inject).toHaveBeenCalledTimes(1);
    expect(inject).toHaveBeenCalledWith({ target: { tabId: 7 }, files: ['/content-scripts/content.js'] });
    expect(send).toHaveBeenCalledTimes(3); // status (refused), status, snapshot
  });

  it('recovers when the injected copy answers only a moment later', async () => {
    vi.spyOn(fakeBrowser.tabs, 'sendMessage')
      .mockRejectedValueOnce(new Error('Receiving end does not exist.'))
      .mockRejectedValueOnce(new Error('Receiving end does not exist.'))
      .mockImplementation(page());
    vi.spyOn(fakeBrowser.scripting, 'executeScript').mockResolvedValue([] as never);
    expect((await analyzeTab(7)).ok).toBe(true);
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
