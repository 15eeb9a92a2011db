/**
 * Subjects of clauses, for attributions that hang on a clause rather than on a verb next to
 * the quote: "Clinton celebrated in Florida, declaring it “…”", "At the time, an internal
 * document obtained by NBC noted that …", "Sanders compared … and urged people not to “…”".
 */
import {
  AUXILIARIES, CLAUSE_WORDS, DETERMINERS, IRREGULAR_PAST, PERSON_NOUNS, PREPOSITIONS, SPEAKER_PRONOUNS, SPEECH_VERBS,
  TITLES, VERB_MODIFIERS,
} from './lexicon';
import { isSpeechVerb, partyLabelEnd, subjectAfter, subjectBefore, type TokenRange } from './speaker';
import { isCapitalized, isWord, type Token } from './text';

const STOP = /^[.?!;“”"«»„]$/u;

/** Tokens after which a new clause (and its subject) may begin. */
const CLAUSE_BREAKS = new Set([
  ',', ';', '—', '–', ')', 'because', 'that', 'when', 'while', 'after', 'before', 'since', 'although', 'though',
  'as', 'if', 'and', 'but', '"', // a quoted stretch (masked to one " token) may end with its clause's comma
]);
/** Words opening a subordinate clause. */
const SUBORDINATORS = new Set(['that', 'because', 'when', 'while', 'after', 'before', 'since', 'although', 'though', 'as', 'if']);
/**
 * Subordinators of a clause that sets a scene or a contrast, whose subject a following
 * participle shares ("…, although Stephen King questioned it, writing on Twitter: “…”").
 */
const SCENE_SUBORDINATORS = new Set(['when', 'as', 'while', 'where', 'although', 'though', 'whereas']);
/** Connectives a clause may open with before its subject: "And she is sure …". */
export const LEADING_WORDS = new Set(['and', 'but', 'so', 'yet', 'still', 'also', 'then', 'now', 'meanwhile', 'however', 'instead', 'indeed', 'plus', 'or']);
/** First words of an introductory phrase, not of a subject: "At the time, …", "Asked whether …". */
const INTRODUCERS = new Set([
  'at', 'in', 'on', 'after', 'before', 'during', 'with', 'for', 'by', 'from', 'as', 'when', 'while',
  'since', 'although', 'though', 'if', 'because', 'asked', 'speaking', 'addressing', 'despite', 'unlike',
  'like', 'according', 'over', 'under', 'about', 'to', 'of', 'into', 'through', 'amid', 'without', 'once',
  'alongside', 'amidst', 'beside', 'besides', 'throughout', 'within', 'per', 'except', // "Alongside BLM calls, …"
]);

/** A rough test for a finite verb after a subject: "-ed", "-s", an auxiliary, "didn’t". */
export function isVerbLike(t: Token | undefined): boolean {
  if (!t || t.text !== t.lower || !isWord(t.text)) return false;
  const w = t.lower;
  if (AUXILIARIES.has(w) || IRREGULAR_PAST.has(w) || SPEECH_VERBS.has(w)) return true;
  if (/n[’']t$/.test(w)) return true;
  return /[^e]ed$|(?:agr|decr|guarant|fr)eed$|[^aeiou]ied$|[^s]s$/.test(w) && !/(?:us|is|ss|ous|ics|ness)$/.test(w);
}

/**
 * The subject of a clause starting at `lo`: the phrase up to its first finite verb, over
 * an appositive ("Priorities USA, a pro-Clinton super PAC, emailed") and adverbs
 * ("Trump quickly took"). Null when the clause opens with a preposition or has no verb.
 */
function clauseSubject(tokens: readonly Token[], lo: number, hi: number): TokenRange | null {
  let i = lo;
  while (i <= hi && (!isWord(tokens[i]!.text) || LEADING_WORDS.has(tokens[i]!.lower))) i++;
  if (i > hi) return null;
  const first = tokens[i]!;
  if (INTRODUCERS.has(first.lower) || PREPOSITIONS.has(first.lower) || /ing$/.test(first.lower)) return null;
  if (!isCapitalized(first.text) && !DETERMINERS.has(first.lower) && !SPEAKER_PRONOUNS.has(first.lower) &&
    !TITLES.has(first.lower) && !PERSON_NOUNS.has(first.lower)) return null;
  if (first.lower === 'it' || first.lower === 'there' || first.lower === 'this') return null;
  // "Why not just say: …", "How he will do it …": a question word or conjunction is no subject.
  if (CLAUSE_WORDS.has(first.lower) && !SPEAKER_PRONOUNS.has(first.lower) && !DETERMINERS.has(first.lower)) return null;
  let head = -1;
  let k = i;
  while (k <= hi && k - i < 12) {
    const t = tokens[k]!;
    if (t.text === ',' && head >= 0) {
      let c = k + 1;
      while (c <= hi && c - k < 25 && tokens[c]!.text !== ',' && !STOP.test(tokens[c]!.text)) c++;
      if (c > hi || tokens[c]!.text !== ',') return null;
      k = c + 1;
      break;
    }
    // "Sen. Pat Toomey (R-Pa.) refused": a party label inside the subject.
    const label = k > i ? partyLabelEnd(tokens, k) : -1;
    if (label > 0) { k = label + 1; continue; }
    if (!isWord(t.text)) return null;
    // "questioners ranged": a plural in "-s" before a past verb is the head, not the verb.
    if (k > i && isVerbLike(t) && !(/s$/.test(t.lower) && isPastOrAuxiliary(tokens[k + 1]))) break;
    if (k > i && /ly$/.test(t.lower) && t.text === t.lower && isVerbLike(tokens[k + 1])) { k++; break; }
    if (k > i && VERB_MODIFIERS.has(t.lower)) {
      // "Rubio also bemoaned", "Paul then interjected": adverbs before the verb.
      let e = k;
      while (e <= hi && VERB_MODIFIERS.has(tokens[e]!.lower) && !isVerbLike(tokens[e])) e++;
      if (isVerbLike(tokens[e])) { k = e; break; }
    }
    if (k > i && CLAUSE_WORDS.has(t.lower)) return null;
    head = k;
    if (SPEAKER_PRONOUNS.has(t.lower)) { k++; break; }
    k++;
  }
  // Adverbs before the verb ("Trump quickly took"); a verb found already ("was") stays.
  while (k <= hi && !isVerbLike(tokens[k]) && (VERB_MODIFIERS.has(tokens[k]!.text) || /ly$/.test(tokens[k]!.text))) k++;
  if (head >= 0 && PREPOSITIONS.has(tokens[k]?.text ?? '')) {
    // "Sanders during a Sunday thanked …": a short phrase between subject and verb.
    let e = k + 1;
    while (e <= hi && e - k <= 4 && isWord(tokens[e]!.text) && !isVerbLike(tokens[e])) e++;
    if (isVerbLike(tokens[e]) && e - k <= 4) k = e;
  }
  if (head < 0 || !isVerbLike(tokens[k])) return null;
  const r = { from: i, to: head };
  return hasPhraseHead(tokens, r) ? r : null;
}

/** A verb form no noun shares: an auxiliary, an irregular past, or "-ed". */
function isPastOrAuxiliary(t: Token | undefined): boolean {
  return !!t && t.text === t.lower && (AUXILIARIES.has(t.lower) || IRREGULAR_PAST.has(t.lower) || /[^e]ed$/.test(t.lower));
}

const hasPhraseHead = (tokens: readonly Token[], r: TokenRange) => {
  const head = tokens[r.to]!;
  return isWord(head.text) && !(DETERMINERS.has(head.lower) && head.text === head.lower);
};

/**
 * The subject of the clause around `hi`, trying clause starts after commas: nearest first
 * (for "…, he sounded a rare note, saying") or the sentence start first (for a fragment
 * woven into the sentence: "At the time, an internal document … noted that …"). For a
 * `participle` ("…, shouting"), a "when"/"as" clause just before it counts as a clause too.
 */
export function subjectOfClauses(tokens: readonly Token[], hi: number, nearestFirst: boolean, participle = false): TokenRange | null {
  const starts = [0];
  for (let k = 0; k < hi; k++) {
    // The speaker is the subject of a main clause, never of a "that"/"because"/"when" one —
    // but a participle right after a "when"/"as"/"while"/"where" clause goes with its subject
    // ("…, when Sanders protesters interrupted her speech, shouting “…”").
    if (participle && SCENE_SUBORDINATORS.has(tokens[k]!.lower)) { starts.push(k + 1); continue; }
    if (SUBORDINATORS.has(tokens[k]!.lower)) continue;
    if (CLAUSE_BREAKS.has(tokens[k]!.lower)) starts.push(k + 1);
  }
  if (nearestFirst) starts.reverse();
  // A relative clause ("…, which is set to host …,") speaks only when no main clause does.
  let relative: TokenRange | null = null;
  for (const lo of starts) {
    const r = clauseSubject(tokens, lo, hi);
    if (!r) continue;
    const ante = antecedent(tokens, r);
    if (!ante) return r;
    relative ??= ante;
  }
  return relative;
}

/** "the Washington Post, which hits liberals where they live:": the phrase "which" stands for. */
function antecedent(tokens: readonly Token[], r: TokenRange): TokenRange | null {
  if (r.from !== r.to || !/^(?:which|who)$/.test(tokens[r.from]!.lower)) return null;
  let h = r.from - 1;
  if (tokens[h]?.text === ',') h--;
  if (h < 0 || !isWord(tokens[h]!.text)) return null;
  if (isCapitalized(tokens[h]!.text)) {
    let s = h;
    while (s > 0 && isCapitalized(tokens[s - 1]!.text) && isWord(tokens[s - 1]!.text)) s--;
    if (s > 0 && /^(?:the|a|an)$/.test(tokens[s - 1]!.lower)) s--;
    return { from: s, to: h };
  }
  let s = h;
  while (s > 0 && h - s < 5 && isWord(tokens[s - 1]!.text) && !CLAUSE_WORDS.has(tokens[s - 1]!.lower) && !PREPOSITIONS.has(tokens[s - 1]!.lower)) s--;
  return DETERMINERS.has(tokens[s]!.lower) || s < h ? { from: s, to: h } : null;
}

/** "…,” said Rep. Bobby Scott at the time, adding that “…”": the speaker of an earlier verb. */
export function earlierSpeaker(tokens: readonly Token[], hi: number): TokenRange | null {
  for (let k = hi; k >= 0; k--) {
    if (!isSpeechVerb(tokens, k) || /ing$/.test(tokens[k]!.lower)) continue;
    return subjectBefore(tokens, k, 0) ?? subjectAfter(tokens, k, hi);
  }
  return null;
}

