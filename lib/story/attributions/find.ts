/**
 * Attributions as character spans (source, cue, content pieces), from the text alone.
 */
import { prepare } from './document';
import { groupAttributions, type RawAttribution } from './group';
import type { LoadedAttributionModel } from './model';
import { tagDocument } from './tagger';

export type { RawAttribution } from './group';

/** Tags the text and groups the tags into attributions. */
export function findAttributions(text: string, model: LoadedAttributionModel): RawAttribution[] {
  const doc = prepare(text);
  return groupAttributions(doc, tagDocument(doc, model.table, model.vocab, model.lexicon));
}
