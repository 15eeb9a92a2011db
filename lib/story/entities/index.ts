/**
 * Named entities for the popup: who and what a story is about.
 * `recognizeEntities` finds mentions; `groupEntities` merges them into entities with aliases
 * and roles; `analyzeEntities` does both.
 */
import type { Entity, EntityMention } from '../../types.ts';
import { entityModel } from './default-model.ts';
import { groupEntities } from './group.ts';
import { recognizeWith } from './recognize.ts';

export { groupEntities } from './group.ts';
export { tokenize, type Token } from './tokenize.ts';

/**
 * Finds the names in `text`: people (PER), organizations (ORG), places (LOC) and other names
 * (MISC: events, nationalities, products...). Spans index into `text`, end exclusive.
 */
export function recognizeEntities(text: string): EntityMention[] {
  return recognizeWith(entityModel(), text);
}

/** Recognizes and groups the entities of `text`: what the popup lists. */
export function analyzeEntities(text: string): Entity[] {
  const model = entityModel();
  return groupEntities(text, recognizeWith(model, text), { gazetteer: model.gazetteer });
}
