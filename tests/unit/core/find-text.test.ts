// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { findRanges, findWordRanges, indexText } from '../../../lib/story/find-text.ts';

const page = (html: string) => new DOMParser().parseFromString(html, 'text/html');

describe('finding article text in the page', () => {
  it('finds text across elements with loose whitespace', () => {
    const doc = page('<p>“As I’ve stated <em>many</em>\n   times,” Kenney said.</p><p>Next.</p>');
    const ranges = findRanges(doc, indexText(doc.body), 'As I’ve stated many times,');
    expect(ranges).toHaveLength(1);
    expect(ranges[0]!.toString()).toBe('As I’ve stated many\n   times,');
  });

  it('matches whole words only and skips scripts and excluded elements', () => {
    const doc = page('<p>ICE said police and ICE agents.</p><script>ICE</script><backstory-banner>ICE</backstory-banner>');
    const index = indexText(doc.body, (el) => el.localName === 'backstory-banner');
    const ranges = findWordRanges(doc, index, 'ICE');
    expect(ranges.map((r) => r.toString())).toEqual(['ICE', 'ICE']);
  });

  it('finds text the story holds without the soft hyphens and zero-width spaces the page has', () => {
    const doc = page('<p>Mayor Jim Ken\u00adney of Phila\u200bdelphia spoke.</p>');
    const ranges = findWordRanges(doc, indexText(doc.body), 'Jim Kenney of Philadelphia');
    expect(ranges).toHaveLength(1);
    expect(ranges[0]!.toString()).toBe('Jim Ken\u00adney of Phila\u200bdelphia');
  });

  it('finds nothing for empty or absent text', () => {
    const doc = page('<p>Hello</p>');
    const index = indexText(doc.body);
    expect(findRanges(doc, index, '   ')).toEqual([]);
    expect(findRanges(doc, index, 'Goodbye')).toEqual([]);
  });
});
