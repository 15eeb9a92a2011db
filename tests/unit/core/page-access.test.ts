// @vitest-environment jsdom
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { analyzeTab, highlightInTab, PageUnavailableError } from '../../../utils/page-access.ts';
import type { PageMessage } from '../../../utils/messages.ts';

const STORY = `<!doctype html><html lang="en"><head><title>Council backs parks plan</title>
<meta property="og:type" content="article"><meta property="article:published_time" content="2017-09-28T09:00:00Z"></head>
<body><article><h1>Council backs parks plan</h1>${'<p>The city council met on Tuesday, and council member Maria Lopez said the plan would fund new parks across the district over the next five years, according to officials.</p>'.repeat(8)}</article></body></html>`;

const copy = { kind: 'page' as const, key: 'k', url: 'https://news.example/parks', html: STORY, look: null };

describe('reaching the page from the popup', () => {
  beforeEach(() => {
    fakeBrowser.reset();
    vi.restoreAllMocks();
  });

  it('analyses a copy of the page here, in the popup, and gives the result back to the page to keep', async () => {
    const sent: PageMessage[] = [];
    vi.spyOn(fakeBrowser.tabs, 'sendMessage').mockImplementation((async (_tab: number, message: PageMessage, options: unknown) => {
      expect(options).toEqual({ frameId: 0 }); // the top frame only
      sent.push(message);
      return message.type === 'backstory:snapshot' ? copy : true;
    }) as never);
    const reply = await analyzeTab(7);
    expect(reply.ok && reply.analysis.title).toBe('Council backs parks plan');
    expect(reply.ok && reply.analysis.dates.published?.day).toBe('2017-09-28');
    expect(reply.ok && reply.cached).toBe(false);
    expect(sent.map((m) => m.type)).toEqual(['backstory:snapshot', 'backstory:keep']);
    expect(sent[1]).toMatchObject({ key: 'k', force: false });
  });

  it('uses the quick look the content script already made instead of making another', async () => {
    const look = { verdict: { isArticle: false, signals: ['made-by-the-content-script'] }, dates: { published: null, updated: null, candidates: [] } };
    vi.spyOn(fakeBrowser.tabs, 'sendMessage').mockImplementation((async (_tab: number, message: PageMessage) =>
      message.type === 'backstory:snapshot' ? { ...copy, look } : true) as never);
    const reply = await analyzeTab(7);
    expect(reply.ok && reply.analysis.signals).toEqual(['made-by-the-content-script']);
    expect(reply.ok && reply.analysis.entities).toEqual([]); // not an article, not forced: no analysis
  });

  it('takes the analysis the page kept, without analysing again', async () => {
    const analysis = { title: 'kept' };
    const send = vi.spyOn(fakeBrowser.tabs, 'sendMessage').mockResolvedValue({ kind: 'kept', analysis } as never);
    expect(await analyzeTab(7)).toEqual({ ok: true, analysis, ms: 0, cached: true });
    expect(send).toHaveBeenCalledTimes(1);
  });

  it('injects the content script into a tab that has none, then asks again', async () => {
    const send = vi
      .spyOn(fakeBrowser.tabs, 'sendMessage')
      .mockRejectedValueOnce(new Error('Could not establish connection. Receiving end does not exist.'))
      .mockResolvedValue({ kind: 'kept', analysis: {} } as never);
    const inject = vi.spyOn(fakeBrowser.scripting, 'executeScript').mockResolvedValue([] as never);
    expect((await analyzeTab(7, true)).ok).toBe(true);
    expect(inject).toHaveBeenCalledTimes(1);
    expect(inject).toHaveBeenCalledWith({ target: { tabId: 7 }, files: ['/content-scripts/content.js'] });
    expect(send).toHaveBeenCalledTimes(2);
  });

  it('recovers when the injected copy answers only a moment later', async () => {
    vi.spyOn(fakeBrowser.tabs, 'sendMessage')
      .mockRejectedValueOnce(new Error('Receiving end does not exist.'))
      .mockRejectedValueOnce(new Error('Receiving end does not exist.'))
      .mockResolvedValue({ kind: 'kept', analysis: {} } as never);
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
