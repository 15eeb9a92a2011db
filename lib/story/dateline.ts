/**
 * A story's dateline: the place in capitals that opens a paragraph, perhaps a region and an
 * agency in brackets, then a dash or the bracket ("LONDON — ", "HOUSTON, Texas (KTRK) -- ",
 * "MOSCOW (UrduPoint News / Sputnik - 29th April, 2020) "). Names read it as a place; a
 * statement never starts with it.
 */
const DATELINE = /^(\p{Lu}[\p{Lu}.'’ -]*\p{Lu}\.?)(?:,\s*\p{Lu}[\p{L}.'’ ]{1,30}?)?(?:\s*\([^()]{1,60}\))?\s*(?:—|–|--|\s-)?\s+/u;

/** Where the dateline opening `paragraph` ends its place and where the story's words begin (offsets into it), or null. */
export function datelineAt(paragraph: string): { placeEnd: number; end: number } | null {
  const m = DATELINE.exec(paragraph.slice(0, 160));
  // It ends in a dash or a bracket: a sentence may open with a word in capitals ("NATO is …").
  if (!m || !/(?:—|–|--|-|\))\s+$/u.test(m[0])) return null;
  return { placeEnd: m[1]!.length, end: m[0].length };
}
