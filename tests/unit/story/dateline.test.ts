/** The dateline opening a paragraph (lib/story/dateline.ts): its place, and where the story's words begin. */
import { describe, expect, it } from 'vitest';
import { datelineAt } from '../../../lib/story/dateline.ts';

const words = (p: string) => { const d = datelineAt(p); return d && [p.slice(0, d.placeEnd), p.slice(d.end, d.end + 6)]; };

describe('datelineAt', () => {
  it('finds the place and the first word after a dash or an agency in brackets', () => {
    expect(words('LONDON — After nearly 20 years')).toEqual(['LONDON', 'After ']);
    expect(words('HOUSTON, Texas (KTRK) -- A Houston-area business')).toEqual(['HOUSTON', 'A Hous']);
    expect(words('NEW YORK (AP) — The deal')).toEqual(['NEW YORK', 'The de']);
    expect(words('MOSCOW (UrduPoint News / Sputnik - 29th April, 2020) It is impossible')).toEqual(['MOSCOW', 'It is ']);
  });
  it('finds none in a sentence that opens with a word in capitals, or without a dash or bracket', () => {
    expect(datelineAt('NATO is stronger than ever.')).toBeNull();
    expect(datelineAt('FILE PHOTO: A man walks.')).toBeNull();
    expect(datelineAt('London — After nearly 20 years')).toBeNull();
  });
});
