/**
 * Attributions as character spans (source, cue, content pieces), from the text alone.
 */
import { prepare, reversed, type Prepared } from './document';
import { groupAttributions, type RawAttribution } from './group';
import type { LoadedAttributionModel } from './model';
import { tagDocument } from './tagger';
import { forwardTags, NUM_TAGS } from './tags';
import { markSentencesWithout, quietTokens } from './features';
import { withTranscriptTurns } from './transcript';
import { candidateAttributions, chooseAttributions, type CandidateAttribution, type Chooser } from './choose';

export type { RawAttribution } from './group';

/**
 * Tags the text and groups the tags into attributions (a transcript's turns by rule); `doc` is
 * the text as read (its tokens serve the caller too). With a `chooser`, only the forward
 * tagger's attributions it trusts are kept (choose.ts); without one, all of them.
 */
export function findAttributions(text: string, model: LoadedAttributionModel, chooser: Chooser | null = null): { doc: Prepared; attributions: RawAttribution[] } {
  const doc = prepare(text);
  if (!chooser || !model.backward) return { doc, attributions: withTranscriptTurns(text, groupAttributions(doc, tagAll(doc, model))) };
  const candidates = findCandidates(doc, model);
  return { doc, attributions: withTranscriptTurns(text, chooseAttributions(doc, candidates, model.lexicon, chooser)) };
}

/** The forward tagger's attributions as candidates, with the backward tagger's view of each (choose.ts); the model must be stacked on a backward tagger. */
export function findCandidates(doc: Prepared, model: LoadedAttributionModel): CandidateAttribution[] {
  const evidence = { forward: [] as Float32Array[], backward: [] as Float32Array[] };
  const { forward, backward } = tagBoth(doc, model, evidence);
  // The backward tagger's scores per token come in its reading order: put them in the text's.
  const back = evidence.backward.map((ev) => {
    const out = new Float32Array(ev.length);
    const n = ev.length / NUM_TAGS;
    for (let i = 0; i < n; i++) for (let t = 0; t < NUM_TAGS; t++) out[(n - 1 - i) * NUM_TAGS + t] = ev[i * NUM_TAGS + t]!;
    return out;
  });
  return candidateAttributions(groupAttributions(doc, forward), backward ? groupAttributions(doc, backward) : [],
    backward,
    { forward: evidence.forward, backward: back, forwardScale: model.scale ?? 1, backwardScale: model.backward?.scale ?? 1 });
}

/** Tags a prepared text: the backward tagger first when the model is stacked on one. */
export function tagAll(doc: Prepared, model: LoadedAttributionModel): number[][] {
  return tagBoth(doc, model).forward;
}

/** The forward tagger's tags and the backward tagger's (forward order) it read, if stacked. */
export function tagBoth(doc: Prepared, model: LoadedAttributionModel, evidence: { forward: Float32Array[]; backward: Float32Array[] } | null = null): { forward: number[][]; backward: number[][] | null } {
  const quiet = quietTokens(doc, model.vocab, model.lexicon);
  const back = model.backward ? backwardTags(doc, model.backward, quiet, evidence?.backward ?? null) : null;
  const unread = back ? withUntaggedSentences(doc, quiet, back) : quiet;
  return { forward: tagDocument(doc, model.table, model.vocab, model.lexicon, back, model.beam, unread, evidence?.forward ?? null), backward: back };
}

/**
 * The quiet tokens plus the sentences the backward tagger tagged all "O": the forward tagger
 * finds next to nothing there that the chooser keeps (on PolNeAR dev and train not one
 * statement changes), and leaving them unread spares it 7% of dev's tokens.
 */
function withUntaggedSentences(doc: Prepared, quiet: readonly Uint8Array[], back: readonly (readonly number[])[]): Uint8Array[] {
  return quiet.map((q, p) => markSentencesWithout(doc.sentence[p]!, q.slice(), (i) => back[p]![i] !== 0));
}

/** The backward tagger's tags, in forward order and form (as at inference when training stacks on them: quiet sentences unread). */
export function backwardTags(doc: Prepared, backward: LoadedAttributionModel, quiet: readonly Uint8Array[] = quietTokens(doc, backward.vocab, backward.lexicon), evidence: Float32Array[] | null = null): number[][] {
  const unread = quiet.map((q) => q.slice().reverse());
  return tagDocument(reversed(doc), backward.table, backward.vocab, backward.lexicon, null, backward.beam, unread, evidence).map(forwardTags);
}
