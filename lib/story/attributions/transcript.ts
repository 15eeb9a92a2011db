/**
 * Interview and debate transcripts: paragraphs that open with a speaker's name in capitals and
 * a colon ("WALLACE: Let's start with…", "JAKE TAPPER: And obviously…"). Each such turn is one
 * statement by that speaker, the colon its cue — words the tagger reads as the story's own, for
 * a turn has no reporting verb.
 */
import type { Span } from '../../types';
import { paragraphs } from '../quotes/text';
import type { RawAttribution } from './group';

/**
 * A speaker's label: one to four words in capitals ("PENCE", "MR. TRUMP", "JAKE TAPPER"), after an
 * optional opening quotation mark, then a colon and the turn's first words.
 */
const LABEL = /^["“']?((?:[A-Z][A-Z.'’-]+)(?: [A-Z][A-Z.'’-]+){0,3}):[ \t]+\S/;

/** Capitalised labels that head a paragraph but name no speaker. */
const NOT_SPEAKER =
  /^(?:UPDATED?|CORRECTION|CLARIFICATION|EDITOR'?’?S NOTE|NOTE|WATCH|READ(?: MORE)?|MORE|RELATED|SEE ALSO|ALSO|PHOTOS?|VIDEOS?|SOURCES?|ADVERTISEMENT|BREAKING(?: NEWS)?|EXCLUSIVE|FILE PHOTO|STREAM|NEW|THE CLAIM|LIVE|ANALYSIS|OPINION|WARNING|DISCLAIMER|TRANSCRIPT|FULL TEXT|CLICK HERE|SUBSCRIBE|LISTEN|BACKGROUND|CONTEXT|SPOILERS?|FACT CHECK|THE FACTS|CLAIM|VERDICT|TL;?DR|P\.?S\.?|FAQ|Q|A)$/;

/** A transcript is a conversation: at least two speakers with two turns or more each. */
const MIN_REGULARS = 2;

/**
 * The turns of a transcript in `text` (paragraphs separated by newlines), each as an attribution
 * whose content is the rest of its paragraph. None when the text is no transcript: a dateline
 * ("WASHINGTON: …") or a caption ("FILE PHOTO: …") is no conversation.
 */
export function transcriptTurns(text: string): RawAttribution[] {
  const turns: RawAttribution[] = [];
  const heard = new Map<string, number>();
  for (const para of paragraphs(text)) {
    const m = LABEL.exec(text.slice(para.start, Math.min(para.end, para.start + 80)));
    if (!m || NOT_SPEAKER.test(m[1]!)) continue;
    const labelStart = para.start + m.index + m[0].indexOf(m[1]!);
    const colon = labelStart + m[1]!.length;
    const contentStart = para.start + m[0].length - 1;
    turns.push({ source: { start: labelStart, end: colon }, cue: { start: colon, end: colon + 1 }, content: [{ start: contentStart, end: para.end }] });
    heard.set(m[1]!, (heard.get(m[1]!) ?? 0) + 1);
  }
  // Datelines ("NEW DELHI: …") and captions head one paragraph each, rarely two of them twice.
  const isTranscript = [...heard.values()].filter((n) => n >= 2).length >= MIN_REGULARS;
  return isTranscript ? turns : [];
}

/**
 * The tagger's attributions with a transcript's turns in place of whatever it found inside those
 * paragraphs (a turn is its speaker's whole, one statement), in text order.
 */
export function withTranscriptTurns(text: string, found: RawAttribution[]): RawAttribution[] {
  const turns = transcriptTurns(text);
  if (turns.length === 0) return found;
  const inTurn = (s: Span) => turns.some((t) => s.start < t.content[0]!.end && s.end > t.source!.start);
  const kept = found.filter((a) => !a.content.some(inTurn));
  return [...kept, ...turns].sort((a, b) => a.content[0]!.start - b.content[0]!.start);
}
