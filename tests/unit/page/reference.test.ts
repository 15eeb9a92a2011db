// @vitest-environment jsdom
/** The end of the page, read for a wiki's revision footer. */
import { describe, expect, it } from 'vitest';
import { hasRevisionFooter, pageTail } from '../../../lib/page/detect/reference.ts';
import { page } from '../dates/load.ts';

const footer = '<footer><p>This page was last edited on 30 November 2026.</p></footer>';
const icons = `<svg>${'<path d="M0 0h1"></path>'.repeat(3000)}</svg>`;

describe('pageTail', () => {
  it('reads the visible text at the end of the page, not scripts, styles or icons', () => {
    const doc = page(`<html><body><p>Story.</p>${footer}<style>.x{}</style><script>var tail = 1;</script>${icons}</body></html>`);
    const tail = pageTail(doc);
    expect(tail).toContain('This page was last edited on 30 November 2026.');
    expect(tail).not.toMatch(/var tail|\.x\{/);
  });

  it('finds a footer behind thousands of icon paths, which it steps over whole', () => {
    const doc = page(`<html><body><p>Story.</p>${footer}${icons}${icons}</body></html>`);
    expect(hasRevisionFooter(doc)).toBe(true);
  });

  it('reads only the end of a long page', () => {
    const doc = page(`<html><body><p>This page was last edited on 1 May 2020.</p>${'<p>More text here.</p>'.repeat(2000)}</body></html>`);
    expect(pageTail(doc).length).toBeLessThan(2000);
    expect(hasRevisionFooter(doc)).toBe(false);
  });
});
