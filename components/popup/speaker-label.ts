import type { Entity, Quote } from '../../lib/types.ts';

/**
 * How a quote's speaker is shown: the entity's name ("Jim Kenney" for "Kenney"); a
 * description kept with the name it stands for ("the agency (ICE)"); or the words of the
 * text when no entity is known ("an internal document obtained by NBC").
 */
export function speakerLabel(quote: Quote, entities: readonly Entity[]): string | null {
  const mention = quote.speaker?.text.trim();
  const entity = quote.speakerEntityId ? entities.find((e) => e.id === quote.speakerEntityId) : undefined;
  if (!entity) return quote.speakerName ?? mention ?? null;
  const isDescription = mention !== undefined && /^\p{Ll}/u.test(mention);
  if (!isDescription) return entity.name;
  const shortName = [entity.name, ...entity.aliases].reduce((a, b) => (b.length < a.length ? b : a));
  return `${mention} (${shortName})`;
}
