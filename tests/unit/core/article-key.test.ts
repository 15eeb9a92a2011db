import { describe, expect, it } from 'vitest';
import { articleKey } from '../../../lib/page/article-key.ts';

describe('articleKey', () => {
  it('ignores fragments, tracking parameters, www and trailing slashes', () => {
    const a = articleKey('https://www.example.com/news/story/?utm_source=x&fbclid=1#comments');
    const b = articleKey('https://example.com/news/story');
    expect(a).toBe(b);
  });

  it('keeps parameters that identify the article', () => {
    expect(articleKey('https://example.com/show?id=1')).not.toBe(articleKey('https://example.com/show?id=2'));
  });

  it('prefers a same-site canonical URL, ignores a foreign one', () => {
    expect(articleKey('https://example.com/amp/story', 'https://example.com/story')).toBe('example.com/story');
    expect(articleKey('https://example.com/story', 'https://evil.org/other')).toBe('example.com/story');
  });

  it('survives malformed input', () => {
    expect(articleKey('not a url', 'also not')).toBe('not a url');
    expect(articleKey('https://example.com/a', 'http://[bad')).toBe('example.com/a');
  });
});
