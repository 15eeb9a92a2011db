/**
 * Reported speech: who said what, direct, mixed and indirect ("ICE said the operation
 * targeted …", "according to the agency, …", “…,” she said). A learned tagger marks source,
 * cue and content (lib/story/attributions/tagger.ts), grouping makes attributions, and each
 * source is resolved to the entity meant the way quote speakers are (lib/story/quotes).
 */
import type { Entity, ReportedStatement, Span } from '../../types';
import type { QuotePassage } from '../quotes/index';
import { resolveSpeakers } from '../quotes/resolve';
import { defaultAttributionModel } from './default-model';
import { findAttributions, type RawAttribution } from './find';
import type { LoadedAttributionModel } from './model';
import type { Chooser } from './choose';
import { defaultChooser } from './default-chooser';
import { kindOf, quotedWordsOf, trimSpan } from './score';
import { datelineAt } from '../dateline';
import { cueClass, type CueLexicon } from './features';
import { SPEECH_VERBS } from '../quotes/lexicon';
import { opensSentenceAt } from '../quotes/text';

export interface AttributionOptions {
  /** The tagger to use (default: the shipped model). */
  model?: LoadedAttributionModel;
  /**
   * Which of the tagger's attributions to keep (choose.ts; default: the shipped chooser).
   * null: all of them, as before the chooser.
   */
  chooser?: Chooser | null;
}

/**
 * Statements are looked for in the first 60,000 characters (about 10,000 words; the longest
 * PolNeAR article is shorter): tagging costs about twice the entity recognizer per word, and
 * a page holding a book must not stall the popup.
 */
export const MAX_ATTRIBUTION_CHARS = 60_000;

const textOf = (text: string, s: Span) => ({ start: s.start, end: s.end, text: text.slice(s.start, s.end) });

/**
 * Every attribution in `text` (paragraphs joined by "\n\n"), in text order. With `entities`
 * (from lib/story/entities) each source is linked to its entity: a surname to the full name,
 * "he" to the person meant, "the agency" to the organization.
 */
export function extractAttributions(text: string, entities?: Entity[], options: AttributionOptions = {}): ReportedStatement[] {
  const model = options.model ?? defaultAttributionModel();
  // Both passes read only what is tagged: the cap bounds the whole step, not just the tagger.
  const tagged = text.length > MAX_ATTRIBUTION_CHARS ? text.slice(0, MAX_ATTRIBUTION_CHARS) : text;
  const { doc, attributions: raw } = findAttributions(tagged, model, options.chooser === undefined ? defaultChooser() : options.chooser);
  const marks = quotedWordsOf(doc.tokens, doc.quote);
  const statements: ReportedStatement[] = raw.map((a) => {
    const parts = a.content.map((s) => trimSpan(text, s) ?? s);
    parts[0] = withoutDateline(text, parts[0]!);
    const start = Math.min(...parts.map((s) => s.start));
    const end = Math.max(...parts.map((s) => s.end));
    return {
      start, end, parts,
      text: parts.map((s) => text.slice(s.start, s.end)).join(' … '),
      kind: kindOf(parts, marks),
      cue: a.cue ? textOf(text, a.cue) : null,
      source: sourceOf(text, a, model.lexicon),
      sourceEntityId: null,
      sourceName: null,
    };
  });
  resolveSources(text, statements, entities);
  return statements;
}

/** A statement never starts with its paragraph's dateline ("LONDON — After nearly 20 years …"; no PolNeAR statement does). */
function withoutDateline(text: string, part: Span): Span {
  if (part.start > 0 && text[part.start - 1] !== '\n') return part;
  const dateline = datelineAt(text.slice(part.start, part.end));
  return dateline && dateline.end < part.end - part.start ? { ...part, start: part.start + dateline.end } : part;
}

/**
 * The source as written, or none when the "source" is only the subject of the words: of a cue in
 * the passive, of a raising verb ("appears"), of the question put to it ("Asked whether …"), or
 * of a deed it is blamed for ("sued Sessions for restricting …").
 */
function sourceOf(text: string, a: RawAttribution, lexicon: CueLexicon): ReportedStatement['source'] {
  if (!a.source) return null;
  return a.cue && isOnlyTheSubject(text, a.source, a.cue, lexicon) ? null : textOf(text, a.source);
}

function isOnlyTheSubject(text: string, source: Span, cue: Span, lexicon: CueLexicon): boolean {
  const subjectOfPassive = source.end <= cue.start && isPassive(text.slice(cue.start, cue.end));
  return subjectOfPassive || isPutToTheSource(text, cue) || isViewOfTheSubject(text, cue, lexicon) || isBlamedFor(text, source, cue);
}

/**
 * "Philadelphia sued Sessions for restricting federal grants": the source of a "for …ing" is
 * what someone else did something to, for its deeds (no PolNeAR train attribution has a source
 * right before "for" and its cue). A verb of saying still credits it: "rebuked Mr. Trump for
 * suggesting that …" is Trump's suggestion.
 */
function isBlamedFor(text: string, source: Span, cue: Span): boolean {
  const gerund = source.end <= cue.start ? /^\s+for\s+(\p{L}+ing)\b/u.exec(text.slice(source.end, cue.end)) : null;
  return !!gerund && !SPEECH_VERBS.has(gerund[1]!.toLowerCase());
}

/**
 * "Sessions appears to be making good on his promise", "Apple appears to not be finished": the
 * writer's view of the subject, not the subject's words (PolNeAR gives 161 of 198 such cues no
 * source), also after a word or two the tagger took into the cue ("finally seemed", "seemed
 * like"). "Cruz seemed to blame the network …" keeps its source: a word the training data
 * knows as a cue (class 2 or more) follows.
 */
const RAISING_VERB = /^(?:\S+\s+){0,2}?(?:appears?|appeared|seems?|seemed)(?:\s+(?:likely|unlikely|like|to\s+be))?$/iu;
function isViewOfTheSubject(text: string, cue: Span, lexicon: CueLexicon): boolean {
  if (!RAISING_VERB.test(text.slice(cue.start, cue.end).trim())) return false;
  const next = /^\s*to\s+(\p{L}+)/u.exec(text.slice(cue.end, cue.end + 40));
  return !next || cueClass(lexicon, next[1]!.toLowerCase()) < 2;
}

/**
 * "Asked why she called the group the Reckoning Crew, Scott said …", "When asked about the
 * plan, he …": the words after a clause-opening "asked" are the question put to the sentence's
 * subject, not what the subject said (PolNeAR gives them no source). "He asked if they would
 * attend" keeps its source: there the subject asks.
 */
function isPutToTheSource(text: string, cue: Span): boolean {
  if (!/^asked\b/iu.test(text.slice(cue.start, cue.end))) return false;
  const opensClause = text[cue.start] === 'A' && opensSentenceAt(text, cue.start);
  return opensClause || /\b(?:when|if|once|after)\s+$/iu.test(text.slice(Math.max(0, cue.start - 12), cue.start));
}

/**
 * A cue in the passive ("was accused of", "has been criticized", "is expected", "had also been
 * referred to", "would be called", also behind a word or two the tagger took into the cue:
 * "plans were deemed"; irregular participles: "was found guilty", "is said to"): its subject is
 * who the words are about, not who said them ("Mr. Quiros was accused of using $50 million …"
 * is no statement of Mr. Quiros's). Participles of a state of mind keep their subject ("we are
 * convinced", "she was quoted as saying").
 */
const PASSIVE = /^(?:\S+\s+){0,2}?(?:is|are|was|were|be|been|being|(?:has|have|had)(?:\s+\p{L}+)?\s+been|(?:is|was)\s+being|(?:will|would|could|should|can|may|might|must)(?:\s+\p{L}+)?\s+be)\s+(?:\p{L}+ly\s+)?(\p{L}+(?:ed|en|wn|ght|ld)|found|made|kept|left|sent|paid|built|said|led|met|put|set)\b/iu;
const STATE_OF_MIND = new Set(['convinced', 'worried', 'concerned', 'pleased', 'surprised', 'disappointed', 'determined', 'committed',
  'interested', 'frustrated', 'alarmed', 'encouraged', 'quoted', 'excited', 'thrilled', 'delighted', 'prepared', 'inclined', 'opposed']);
export function isPassive(cue: string): boolean {
  const m = PASSIVE.exec(cue.trim());
  return !!m && !STATE_OF_MIND.has(m[1]!.toLowerCase());
}

/** Resolves sources with lib/story/quotes' speaker resolution (pronouns, surnames, "the agency"). */
function resolveSources(text: string, statements: ReportedStatement[], entities?: Entity[]): void {
  const passages: QuotePassage[] = statements.map((s) => ({
    // Names inside quotation marks are no antecedents; those in reported words are.
    start: s.start, end: s.end, text: s.text, parts: s.kind === 'direct' ? s.parts : [],
    speaker: s.source, speakerEntityId: null, speakerName: null, rule: null,
  }));
  resolveSpeakers(text, passages, entities);
  passages.forEach((p, i) => {
    statements[i]!.sourceName = p.speakerName;
    statements[i]!.sourceEntityId = p.speakerEntityId;
  });
}
