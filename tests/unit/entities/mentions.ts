import type { EntityMention, EntityType } from '../../../lib/types.ts';

/** Mentions given in order as [text, type]; each is found after the previous one. */
export function mentions(text: string, list: Array<[string, EntityType]>): EntityMention[] {
  let from = 0;
  return list.map(([name, type]) => {
    const start = text.indexOf(name, from);
    if (start < 0) throw new Error(`${name} not in text`);
    from = start + name.length;
    return { start, end: from, type, text: name };
  });
}
