/**
 * Attribution patterns on a window of tokens next to a quote: after it ("…,” the agency
 * said", "said X", "according to X", "— X") or before it ("Kenney said:", "X told Y,",
 * "X said that the plan was “…”").
 */
import { earlierSpeaker, isVerbLike, LEADING_WORDS, subjectOfClauses } from './clauses';
import {
  AUXILIARIES, CLAUSE_WORDS, CORE_SPEECH_VERBS, DETERMINERS, IRREGULAR_PAST, ORG_NOUNS, PERSON_NOUNS, POSSESSIVE_PRONOUNS, STATEMENT_NOUNS,
  TIME_WORDS, UTTERANCE_NOUNS, VERB_MODIFIERS,
} from './lexicon';
import {
  coordinatedStart, inRelativeClause, isSpeechVerb, nameRunEnd, nameRunStart, subjectAfter, subjectBefore, type TokenRange,
} from './speaker';
import { isCapitalized, isWord, type Token } from './text';

/** How a speaker was found, kept for debugging and for the eval's breakdown. */
export type AttributionRule =
  | 'interruption' | 'after' | 'before' | 'colon' | 'according-to'
  /** The subject of a clause whose reporting verb is an "-ing" form or coordinated ("and urged"). */
  | 'subject'
  /** The sentence subject of a quoted fragment woven into the writer's sentence. */
  | 'fragment'
  /** The subject of a clause introducing the quote with a colon ("The ruling was clear:"). */
  | 'colon-subject'
  | 'previous-sentence' | 'continuation' | 'label' | 'dash'
  /** A pull quote signed on its own line: "“… .\nDean Baker, Center for Economic Research.”" */
  | 'signature'
  /** A name, pronoun or clause subject near the quote that no rule proposed, chosen by the ranker. */
  | 'nearby';

const STOP = /^[.?!;“”"«»„]$/u;
/** Verbs whose object is the speaker's own words: "what X called “…”". */
const NAMING_VERBS = new Set(['called', 'calls', 'described', 'describes', 'dubbed', 'termed', 'labeled', 'labelled']);

/**
 * The attribution after a quote (or between two of its segments): "he said", "said X",
 * "the agency said in a statement", "according to X", "— X". `strict` asks for a "said"-type
 * verb right at the start (used when the window is the next sentence); `anyVerb` also takes
 * a speaker followed by a verb missing from the lexicon ("Toomey fumed").
 * "…,” Walker said, according to an AP account.": Walker is who said it. (PolNeAR's gold
 * credits the AP, the source of the report; the popup answers "who said what", so the
 * speaker wins here at a small cost to the score.)
 */
export function speakerAfter(tokens: readonly Token[], strict = false, anyVerb = !strict): TokenRange | null {
  let i0 = 0;
  let dash = false;
  while (i0 < tokens.length && !isWord(tokens[i0]!.text)) {
    const t = tokens[i0]!.text;
    if (STOP.test(t) || t === '(') return null;
    if (/^[—–-]$/.test(t)) dash = true;
    i0++;
  }
  if (i0 >= tokens.length) return null;
  const hi = tokens.length - 1;
  if (tokens[i0]!.lower === 'according' && tokens[i0 + 1]?.lower === 'to') return subjectAfter(tokens, i0 + 1, hi);
  // "…” and he said he hoped …": a new clause, unless it ends on ", said X." after all.
  if (NEW_CLAUSE.has(tokens[i0]!.lower)) return strict ? null : finalAttribution(tokens, hi);
  // A name with a long appositive ("Trump, the 2016 front-runner … primaries, said") may
  // reach further before its verb.
  const reach = isCapitalized(tokens[i0]!.text) && tokens[nameRunEnd(tokens, i0, hi) + 1]?.text === ',' ? 40 : 24;
  const limit = Math.min(hi, i0 + reach);
  for (let k = i0; k <= limit; k++) {
    const t = tokens[k]!;
    // A quoted name inside an appositive ("wearing “Ted Cruz” pins") does not end the window.
    if (/^[“"]$/.test(t.text) && k > i0) {
      let e = k + 1;
      while (e <= limit && e - k <= 6 && isWord(tokens[e]!.text) && isCapitalized(tokens[e]!.text)) e++;
      if (e > k + 1 && /^[”"]$/.test(tokens[e]?.text ?? '')) { k = e; continue; }
    }
    // The window ends at its sentence's end, so a period inside is an abbreviation's.
    if (STOP.test(t.text) && t.text !== '.') break;
    if (!isSpeechVerb(tokens, k)) continue;
    // Only the first reporting verb can attribute; a later one belongs to another clause.
    if (strict && !CORE_SPEECH_VERBS.has(t.lower)) return null;
    if (k === i0) return strict || /ing$/.test(t.lower) ? null : subjectAfter(tokens, k, hi);
    const r = subjectBefore(tokens, k, i0);
    // Near the quote, or opening a clause of its own: "” than that of the CIA, Zuckoff said".
    if (r && /^(?:who|which)$/.test(tokens[r.from]!.lower)) return null;
    if (r && (r.from <= i0 + 4 || tokens[r.from - 1]!.text === ',')) return r;
    // "nuclear experts David Albright and Serena Kelleher of Washington's Institute … wrote": a
    // long phrase from the window's start to the verb, with nothing but names, nouns, "of" and "and".
    if (r && isPlainPhrase(tokens, i0, r.from - 1)) return { from: i0, to: r.to };
    if (!r && tokens[k - 1]!.text === ',' && !strict && !/ing$/.test(t.lower)) return subjectAfter(tokens, k, hi);
    return null;
  }
  if (dash && isCapitalized(tokens[i0]!.text)) return { from: i0, to: nameRunEnd(tokens, i0, hi) };
  return anyVerb ? subjectWithAnyVerb(tokens, i0, hi) : null;
}

/**
 * "… and Clevelanders get nervous, said Christine Link.": an attribution closing the
 * sentence after its last comma, either "said X" or "X said".
 */
function finalAttribution(tokens: readonly Token[], hi: number): TokenRange | null {
  let end = hi;
  while (end >= 0 && !isWord(tokens[end]!.text)) end--;
  // The attribution may carry an appositive of its own: ", said David Wasserman, an analyst …".
  let c = end;
  for (let commas = 0; commas < 3; commas++) {
    c--;
    while (c >= 0 && tokens[c]!.text !== ',') c--;
    if (c < 0 || end - c > 30) return null;
    const v = c + 1;
    if (isSpeechVerb(tokens, v) && !/ing$/.test(tokens[v]!.lower)) return subjectAfter(tokens, v, end);
    for (let k = v + 1; k <= Math.min(end, v + 6); k++) {
      if (!isSpeechVerb(tokens, k)) continue;
      const r = subjectBefore(tokens, k, v);
      return r && r.from === v ? r : null;
    }
  }
  return null;
}

/**
 * "“…,” Toomey fumed on Tuesday": a speaker opening the window, followed by a verb that is
 * not in the reporting-verb list. Right after a quote, that is still its attribution.
 */
function subjectWithAnyVerb(tokens: readonly Token[], i0: number, hi: number): TokenRange | null {
  const t = tokens[i0]!;
  let r: TokenRange | null = null;
  // "“…,” remembered Roy Verley": an unlisted past-tense verb, then the name.
  if (t.text === t.lower && (/ed$/.test(t.lower) || IRREGULAR_PAST.has(t.lower)) && isCapitalized(tokens[i0 + 1]?.text ?? '')) {
    const e = nameRunEnd(tokens, i0 + 1, hi);
    const next = tokens[e + 1];
    return !next || /^[,.]$/.test(next.text) ? { from: i0 + 1, to: e } : null;
  }
  if (/^(?:he|she|they|i|we)$/.test(t.lower)) r = { from: i0, to: i0 };
  else if (isCapitalized(t.text) && !DETERMINERS.has(t.lower) && !LEADING_WORDS.has(t.lower)) r = { from: i0, to: nameRunEnd(tokens, i0, hi) };
  else if (AFTER_QUOTE_DETERMINERS.has(t.lower)) {
    let e = i0;
    while (e + 1 <= hi && e - i0 < 6 && isWord(tokens[e + 1]!.text) && !isVerbLike(tokens[e + 1]) && !CLAUSE_WORDS.has(tokens[e + 1]!.lower)) e++;
    if (e > i0) r = { from: i0, to: e };
  }
  if (!r) return null;
  let k = r.to + 1;
  while (k <= hi && (VERB_MODIFIERS.has(tokens[k]!.text) || /ly$/.test(tokens[k]!.text))) k++;
  const verb = tokens[k];
  return verb && isVerbLike(verb) && !AUXILIARIES.has(verb.lower) ? r : null;
}

/** Verbs of thinking: what "he believed" is reported by whoever said so. */
const COGNITION_VERBS = new Set(['believe', 'believes', 'believed', 'think', 'thinks', 'thought', 'agree', 'agrees', 'agreed', 'concludes', 'concluded', 'estimated']);

/**
 * "Jealous told The Post that he believed it is up to Clinton to act “…”", "The move, Carr
 * explained, was … an investment he concludes has constituted a “…”": a pronoun thinking
 * inside the clause another reporting verb introduces stands for that verb's speaker, who
 * is the attribution. Not across a quote, a sentence break or a new main clause.
 */
function outerReporter(tokens: readonly Token[], r: TokenRange): TokenRange | null {
  if (r.from !== r.to || !/^(?:he|she|they|i|we)$/.test(tokens[r.from]!.lower)) return null;
  for (let k = r.from - 1; k >= 0; k--) {
    const t = tokens[k]!;
    if (/^[.;:?!"“”]$/.test(t.text)) return null;
    if (t.text === ',' && /^(?:and|but|or|so|yet)$/.test(tokens[k + 1]?.lower ?? '')) return null;
    if (!CORE_SPEECH_VERBS.has(t.lower) || t.text !== t.lower || /ing$/.test(t.lower)) continue;
    const outer = subjectBefore(tokens, k, 0);
    if (!outer) return null;
    const head = tokens[outer.to]!;
    return outer.from === outer.to && /^(?:he|she|they|i|we|it|who|which)$/.test(head.lower) ? null : outer;
  }
  return null;
}

/** Tokens `from..to` are words of one noun phrase: no verb, no clause word but "and". */
function isPlainPhrase(tokens: readonly Token[], from: number, to: number): boolean {
  if (to - from > 12) return false;
  for (let k = from; k <= to; k++) {
    const t = tokens[k]!;
    if (!isWord(t.text) || CLAUSE_WORDS.has(t.lower) && t.lower !== 'and') return false;
    // A finite verb ends the phrase ("-s" plurals like "experts" do not).
    if (t.text === t.lower && (AUXILIARIES.has(t.lower) || IRREGULAR_PAST.has(t.lower) || /ed$/.test(t.lower) || isSpeechVerb(tokens, k))) return false;
  }
  return true;
}

/** Determiners that may open a speaker phrase right after a quote ("the senator fumed"). */
const AFTER_QUOTE_DETERMINERS = new Set(['the', 'a', 'an', 'his', 'her', 'their', 'its', 'one', 'another']);
/** Prepositions before an -ing reporting verb: "continued by saying", "upon saying". */
const ING_PREPOSITIONS = new Set(['by', 'upon', 'after', 'before', 'without', 'while', 'when', 'in', 'on', 'with', 'for']);
/** Words opening a new clause after a quote: what follows is not its attribution. */
const NEW_CLAUSE = new Set(['and', 'but', 'or', 'so', 'until', 'while', 'because', 'although', 'though', 'if', 'when', 'as', 'after', 'before', 'since', 'than', 'whereas', 'unless', 'then']);
/**
 * "her remark that “…”", "his call for “…”", "Trump's promise to “…”": the owner of an
 * utterance noun near the quote said the quoted fragment.
 */
function utteranceOwner(tokens: readonly Token[]): TokenRange | null {
  const hi = tokens.length - 1;
  for (let k = hi; k >= 1 && hi - k < 8; k--) {
    const t = tokens[k]!;
    if (/^[.;:?!]$/.test(t.text)) return null;
    if (!UTTERANCE_NOUNS.has(t.lower) || t.text !== t.lower) continue;
    // "Clinton’s stock answer", "her March comment": one adjective or month may stand between owner and noun.
    let o = k - 1;
    const modifier = tokens[o]!.text === tokens[o]!.lower || TIME_WORDS.has(tokens[o]!.lower);
    if (o > 0 && modifier && isWord(tokens[o]!.text) && !POSSESSIVE_PRONOUNS.has(tokens[o]!.lower) &&
      (POSSESSIVE_PRONOUNS.has(tokens[o - 1]!.lower) || /['’]s?$/u.test(tokens[o - 1]!.text))) o--;
    const owner = tokens[o]!;
    if (POSSESSIVE_PRONOUNS.has(owner.lower)) return { from: o, to: o };
    if (/\p{Lu}.*['’]s?$/u.test(owner.text)) return { from: nameRunStart(tokens, o, 0), to: o };
    return null;
  }
  return null;
}

/**
 * Could this phrase have said something? A name, a person pronoun, or a phrase headed by a
 * person, organisation or document noun ("the senator", "the agency", "the report") — not
 * "His standing" or "The referendum", whose clause merely mentions a quoted fragment.
 */
function canSpeak(tokens: readonly Token[], r: TokenRange): boolean {
  const head = tokens[r.to]!;
  // "His fact-check Wednesday", "You": a capitalised weekday or pronoun is no name.
  if (isCapitalized(head.text) && !DETERMINERS.has(head.lower) && !TIME_WORDS.has(head.lower) && !/^(?:you|it|this|there)$/.test(head.lower)) return true;
  if (/^(?:he|she|they|i|we|who)$/.test(head.lower)) return true;
  const noun = head.lower.replace(/s$/, '');
  return PERSON_NOUNS.has(noun) || ORG_NOUNS.has(noun) || STATEMENT_NOUNS.has(head.lower) || STATEMENT_NOUNS.has(noun) ||
    /(?:er|or|ist|ian|ant|ent)s?$/.test(head.lower);
}

/** "was asked", "were told", "has been asked": a reporting verb in the passive. */
function isPassive(tokens: readonly Token[], k: number): boolean {
  if (!/^(?:asked|told|quoted|described|called)$/.test(tokens[k]!.lower)) return false;
  let b = k - 1;
  while (b >= 0 && tokens[b]!.text === tokens[b]!.lower && (VERB_MODIFIERS.has(tokens[b]!.lower) || /ly$/.test(tokens[b]!.lower)) && !/^(?:was|were|is|are|been|being|be)$/.test(tokens[b]!.lower)) b--;
  return b >= 0 && /^(?:was|were|is|are|been|being|be|get|got|gets)$/.test(tokens[b]!.lower);
}

/** "As The Post's Dana Milbank puts it, “…”": the one who put it so. */
function asSomeonePutIt(tokens: readonly Token[]): TokenRange | null {
  for (let k = 0; k + 3 < tokens.length; k++) {
    if (tokens[k]!.lower !== 'as') continue;
    for (let v = k + 2; v < tokens.length - 1 && v - k <= 18; v++) {
      if (!isWord(tokens[v]!.text) && !/^[,()]$/.test(tokens[v]!.text)) break;
      if (/^puts?$/.test(tokens[v]!.text) && tokens[v + 1]!.lower === 'it') return subjectBefore(tokens, v, k + 1);
    }
  }
  return null;
}

/**
 * "OBAMA’S LAST STATE OF THE UNION “…”": a newsletter item opens on a capitalised headline
 * and quotes its source's words; the headline stands for the source. Three words at least,
 * all in capitals, and nothing else before the quote.
 */
function allCapsLine(tokens: readonly Token[]): TokenRange | null {
  const words = tokens.map((t, i) => i).filter((i) => isWord(tokens[i]!.text));
  if (words.length < 3) return null;
  if (!words.every((i) => /\p{Lu}/u.test(tokens[i]!.text) && !/\p{Ll}/u.test(tokens[i]!.text))) return null;
  return { from: words[0]!, to: words[words.length - 1]! };
}

/**
 * The attribution in the words before a quote, from the start of its sentence: "Kenney said:",
 * "Sarah Rodriguez told VICE News,", "according to X,", "X said that the operation would
 * constitute", or the sentence subject for a quoted fragment ("Jacobs credited Merkel with").
 */
export function speakerBefore(tokens: readonly Token[], partial: boolean): { r: TokenRange; rule: AttributionRule } | null {
  const hi = tokens.length - 1;
  if (hi < 0) return null;
  for (let k = hi - 1; k >= 0; k--) {
    if (tokens[k]!.lower === 'according' && tokens[k + 1]?.lower === 'to') {
      const r = subjectAfter(tokens, k + 1, hi);
      if (r) return { r, rule: 'according-to' };
    }
  }
  if (/^(?:Said|Says|Added|Adds|Wrote|Writes)$/.test(tokens[0]!.text)) {
    // "Said Dorothy Poynter, who grew up with Ali, “…”": the verb first, then its speaker.
    const r = subjectAfter(tokens, 0, hi);
    if (r) return { r, rule: 'before' };
  }
  const asPut = asSomeonePutIt(tokens);
  if (asPut) return { r: asPut, rule: 'before' };
  const last = tokens[hi]!;
  const capsLabel = allCapsLine(tokens);
  if (capsLabel) return { r: capsLabel, rule: 'label' };
  // "Rep. Trey Gowdy (R-S.C.):" — a party label between the name and the colon.
  let end = hi - 1;
  if (last.text === ':' && tokens[end]?.text === ')') {
    let open = end - 1;
    while (open > 0 && end - open < 6 && tokens[open]!.text !== '(') open--;
    if (tokens[open]?.text === '(') end = open - 1;
  }
  if (last.text === ':' && isCapitalized(tokens[end]?.text ?? '')) {
    // "PENCE:" or "Pollsters agree - Carl Bialik:" — a name standing alone before a colon;
    // "Former secretary of state Hillary Clinton:" — with its role words, and no verb.
    const s = coordinatedStart(tokens, nameRunStart(tokens, end, 0), 0); // "Mark Blumenthal and Jon Cohen:"
    if (s === 0 || /^[—–-]$/.test(tokens[s - 1]!.text)) return { r: { from: s, to: end }, rule: 'label' };
    const plain = tokens.slice(0, s).every((t) => isWord(t.text) && !isVerbLike(t) && !CLAUSE_WORDS.has(t.lower));
    if (plain && s <= 6) return { r: { from: 0, to: end }, rule: 'label' };
  }
  let spokenTo = false; // a passive "X was asked": X is spoken to, not the speaker
  for (let k = hi; k >= 0; k--) {
    if (!isSpeechVerb(tokens, k)) continue;
    if (/ing$/.test(tokens[k]!.lower)) {
      // "…, saying", "continued by saying", "recently telling": the clause's subject speaks.
      let p = k - 1;
      while (p >= 0 && (VERB_MODIFIERS.has(tokens[p]!.text) || /ly$/.test(tokens[p]!.text))) p--;
      const before = tokens[p];
      if (before && (before.text === ',' || ING_PREPOSITIONS.has(before.text))) {
        const r = subjectOfClauses(tokens, p - 1, true, true) ?? earlierSpeaker(tokens, p - 1);
        if (r) return { r, rule: 'subject' };
        continue;
      }
      // "with Cruz recently promising to “…”": the phrase after "with" is the participle's subject.
      for (let w = p; w >= 0 && p - w < 12 && isWord(tokens[w]!.text); w--) {
        if (tokens[w]!.lower !== 'with') continue;
        const r = subjectBefore(tokens, k, w + 1);
        if (r) return { r, rule: 'subject' };
        break;
      }
    }
    if (isPassive(tokens, k)) {
      // "Rubio was asked by moderator Gerard Baker whether …": the agent speaks; with no
      // agent ("Blumenthal was asked, “…”") the subject is the one spoken to.
      const by = tokens[k + 1]?.lower === 'by' ? subjectAfter(tokens, k + 1, hi) : null;
      if (by) return { r: by, rule: 'before' };
      spokenTo = true;
      continue;
    }
    // "and later said": adverbs between the coordinator and the verb.
    let c = k - 1;
    while (c > 0 && tokens[c]!.text === tokens[c]!.lower && (VERB_MODIFIERS.has(tokens[c]!.lower) || /ly$/.test(tokens[c]!.lower))) c--;
    if (/^(?:and|but|or)$/.test(tokens[c]?.lower ?? '')) {
      // "Sanders compared … and urged people not to “…”": the clause's subject speaks.
      const r = subjectOfClauses(tokens, c - 1, true);
      if (r) return { r, rule: 'subject' };
    }
    let r = subjectBefore(tokens, k, 0);
    // "whom he described as": not the speaker — but "what aide Kevin Phillips called “…”" is.
    const whatCalled = tokens[r?.from ? r.from - 1 : 0]?.lower === 'what' && NAMING_VERBS.has(tokens[k]!.lower);
    // "…, which he described as “…”": the relative clause's subject, when its verb introduces the quote.
    // "in which he pledged that … “…”": the quote is in the relative clause's own "that" clause.
    if (r && inRelativeClause(tokens, r) && !whatCalled && hi - k > 2 && tokens[k + 1]?.lower !== 'that') continue;
    if (!r && (k === 0 || tokens[k - 1]!.text === ',')) {
      // "…, said Trump:" — the speaker after the verb, closing the clause.
      const after = subjectAfter(tokens, k, hi);
      const next = after && tokens[after.to + 1];
      if (after && (!next || /^[,:.—–-]$/.test(next.text))) r = after;
    }
    if (r) return { r: (COGNITION_VERBS.has(tokens[k]!.lower) ? outerReporter(tokens, r) : null) ?? r, rule: 'before' };
  }
  if (spokenTo) return null;
  if (last.text === ':' && (isCapitalized(tokens[hi - 1]?.text ?? '') || STATEMENT_NOUNS.has(tokens[hi - 1]?.lower ?? ''))) {
    // "More from Jones:", "From the report:" — no reporting verb: the source the excerpt is from.
    for (let f = hi - 2; f >= 0 && hi - f <= 6 && isWord(tokens[f]!.text); f--) {
      if (tokens[f]!.lower === 'from') return { r: { from: f + 1, to: hi - 1 }, rule: 'label' };
    }
  }
  const owner = partial || /^[:—–,]$/.test(last.text) ? utteranceOwner(tokens) : null;
  if (owner) return { r: owner, rule: 'fragment' };
  if (!partial && !/^[:—–,]$/.test(last.text)) return null;
  const r = subjectOfClauses(tokens, hi, false);
  if (!r || (partial && !canSpeak(tokens, r))) return null;
  return { r, rule: partial ? 'fragment' : 'colon-subject' };
}

