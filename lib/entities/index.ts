/**
 * Named entities for the popup: who and what a story is about.
 * `recognizeEntities` finds mentions; `groupEntities` merges them into entities with aliases
 * and roles; `analyzeEntities` does both.
 */
import type { EntityMention } from '../types.ts';
import { entityModel } from './default-model.ts';
import { recognizeWith } from './recognize.ts';

/**
 * Finds the names in `text`: people (PER), organizations (ORG), places (LOC) and other names
 * (MISC: events, nationalities, products...). Spans index into `text`, end exclusive.
 */
export function recognizeEntities(text: string): EntityMention[] {
  return recognizeWith(entityModel(), text);
}
