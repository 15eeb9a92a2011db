/**
 * Attributions as character spans (source, cue, content pieces), from the text alone.
 */
import { prepare, reversed, type Prepared } from './document';
import { groupAttributions, type RawAttribution } from './group';
import type { LoadedAttributionModel } from './model';
import { tagDocument } from './tagger';
import { forwardTags } from './tags';
import { quietTokens } from './features';
import { withTranscriptTurns } from './transcript';

export type { RawAttribution } from './group';

/** Tags the text and groups the tags into attributions (a transcript's turns by rule); `doc` is the text as read (its tokens serve the caller too). */
export function findAttributions(text: string, model: LoadedAttributionModel): { doc: Prepared; attributions: RawAttribution[] } {
  const doc = prepare(text);
  return { doc, attributions: withTranscriptTurns(text, groupAttributions(doc, tagAll(doc, model))) };
}

/** Tags a prepared text: the backward tagger first when the model is stacked on one. */
export function tagAll(doc: Prepared, model: LoadedAttributionModel): number[][] {
  const quiet = quietTokens(doc, model.vocab, model.lexicon);
  const back = model.backward ? backwardTags(doc, model.backward, quiet) : null;
  return tagDocument(doc, model.table, model.vocab, model.lexicon, back, model.beam, quiet);
}

/** The backward tagger's tags, in forward order and form (as at inference when training stacks on them: quiet sentences unread). */
export function backwardTags(doc: Prepared, backward: LoadedAttributionModel, quiet: readonly Uint8Array[] = quietTokens(doc, backward.vocab, backward.lexicon)): number[][] {
  const unread = quiet.map((q) => q.slice().reverse());
  return tagDocument(reversed(doc), backward.table, backward.vocab, backward.lexicon, null, backward.beam, unread).map(forwardTags);
}
