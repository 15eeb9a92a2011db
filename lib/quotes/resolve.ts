/**
 * Turns a speaker phrase into who it is: placeholder until linking lands.
 */
import type { Entity } from '../types';
import type { QuotePassage } from './index';

/** Fills `speakerName` and `speakerEntityId` for each quote. */
export function resolveSpeakers(_text: string, quotes: QuotePassage[], _entities?: Entity[]): QuotePassage[] {
  return quotes;
}
