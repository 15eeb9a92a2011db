/**
 * The tag set of the sequence tagger: BILOU encoding (Begin, Inside, Last, Unit, Outside)
 * of the four CoNLL types. BILOU beats BIO for greedy decoding (Ratinov & Roth 2009).
 */
import type { EntityType } from '../../types.ts';

export const ENTITY_TYPES: readonly EntityType[] = ['PER', 'ORG', 'LOC', 'MISC'];
const PARTS = ['B', 'I', 'L', 'U'] as const;
export type Part = (typeof PARTS)[number];

/** Tag names by index: 0 is "O", then B/I/L/U for each type. */
export const TAGS: readonly string[] = ['O', ...ENTITY_TYPES.flatMap((t) => PARTS.map((p) => `${p}-${t}`))];
export const NUM_TAGS = TAGS.length;
export const O = 0;

/** Tag index for a part of a type. */
export function tagIndex(part: Part, type: EntityType): number {
  return 1 + ENTITY_TYPES.indexOf(type) * 4 + PARTS.indexOf(part);
}

/** The entity type of a tag index (null for O). */
export function tagType(tag: number): EntityType | null {
  return tag === O ? null : ENTITY_TYPES[(tag - 1) >> 2]!;
}

/** The BILOU part of a tag index (null for O). */
export function tagPart(tag: number): Part | null {
  return tag === O ? null : PARTS[(tag - 1) & 3]!;
}

/** Whether `next` may follow `prev` in a well-formed BILOU sequence (prev -1 = sentence start). */
export function allowed(prev: number, next: number): boolean {
  const pp = prev < 0 ? null : tagPart(prev);
  const np = tagPart(next);
  const open = pp === 'B' || pp === 'I'; // an entity is still open
  if (open) return (np === 'I' || np === 'L') && tagType(prev) === tagType(next);
  return np === null || np === 'B' || np === 'U';
}

/** Converts token spans of entities to BILOU tags over `n` tokens. */
export function encodeBilou(n: number, spans: ReadonlyArray<{ from: number; to: number; type: EntityType }>): number[] {
  const tags = new Array<number>(n).fill(O);
  for (const { from, to, type } of spans) {
    if (to - from === 1) tags[from] = tagIndex('U', type);
    else {
      tags[from] = tagIndex('B', type);
      for (let k = from + 1; k < to - 1; k++) tags[k] = tagIndex('I', type);
      tags[to - 1] = tagIndex('L', type);
    }
  }
  return tags;
}

/** Reads entity token spans back out of a tag sequence; tolerant of ill-formed sequences. */
export function decodeBilou(tags: readonly number[]): Array<{ from: number; to: number; type: EntityType }> {
  const spans: Array<{ from: number; to: number; type: EntityType }> = [];
  let from = -1;
  let type: EntityType | null = null;
  const close = (to: number) => {
    if (from >= 0 && type) spans.push({ from, to, type });
    from = -1;
    type = null;
  };
  tags.forEach((tag, i) => {
    const part = tagPart(tag);
    const t = tagType(tag);
    if (part === null) return close(i);
    if (part === 'B' || part === 'U' || t !== type) {
      close(i);
      from = i;
      type = t;
    }
    if (part === 'L' || part === 'U') close(i + 1);
  });
  close(tags.length);
  return spans;
}
