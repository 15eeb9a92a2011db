/**
 * Finds the speaker phrase next to a reporting verb, from the text alone: a name run
 * ("Jim Kenney", "Sen. Bernie Sanders"), a pronoun ("she"), or a noun phrase ("the agency",
 * "a spokesperson for the campaign", "an internal document obtained by NBC").
 */
import {
  AUXILIARIES, CLAUSE_WORDS, CORE_SPEECH_VERBS, DETERMINERS, IRREGULAR_PAST, isLyAdverb, PREPOSITIONS, NAME_PARTICLES, NP_PREPOSITIONS, PERSON_NOUNS, PHRASAL_SPEECH_VERBS,
  SPEAKER_PRONOUNS, SPEECH_VERBS, STATEMENT_NOUNS, TIME_WORDS, TITLES, VERB_MODIFIERS,
} from './lexicon';
import { isCapitalized, isWord, type Token } from './text';
import { singulars } from '../plural';

/** A speaker phrase as a token range [from, to] (inclusive) in the token array. */
export interface TokenRange {
  from: number;
  to: number;
}

/** True when the token is a reporting verb (lower-case; phrasal ones need their particle). */
export function isSpeechVerb(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i]!;
  if (t.text !== t.lower) return false;
  if (SPEECH_VERBS.has(t.lower)) return !isNounHere(tokens, i);
  const particle = PHRASAL_SPEECH_VERBS[t.lower];
  if (particle === undefined || tokens[i + 1]?.lower !== particle) return false;
  // "He went on: “…”", "The piece goes on to slam …", but not "once the Senate goes on recess".
  const after = tokens[i + 2];
  return particle !== 'on' || !/^go/.test(t.lower) && t.lower !== 'went' || !after || !isWord(after.text) || after.lower === 'to';
}

/** "a snappy reply", "her claims": a verb form used as a noun after a determiner. */
function isNounHere(tokens: readonly Token[], i: number): boolean {
  const prev = tokens[i - 1];
  // "another said", "one added": a past form is a verb even after a quantifier.
  if (/ed$/.test(tokens[i]!.lower) || IRREGULAR_PAST.has(tokens[i]!.lower)) return !!prev && /^(?:a|an|the|his|her|their|its|my|our|your)$/.test(prev.text);
  if (!!prev && DETERMINERS.has(prev.lower) && prev.lower !== 'that' && prev.text === prev.lower) return true;
  // "a series of tweets", "Trump’s claims", "late-night tweets": the plural of a noun-like verb
  // after "of", a possessive or a hyphenated modifier is the noun.
  if (isNounLikePlural(tokens[i]!.lower) && !!prev && (prev.lower === 'of' || isPossessive(prev.text) || /\p{L}-\p{L}/u.test(prev.text))) return true;
  // "another, more sympathetic tweet": a base form that is mostly a noun is a verb only after a
  // subject pronoun, "to", an auxiliary or an adverb ("they tweet", "to joke", "did not claim").
  if (!NOUN_LIKE_VERBS.has(tokens[i]!.lower) || !prev) return false;
  return !/^(?:i|we|they|you|to|not|and|or|also|often|then|n['’]t)$/.test(prev.lower) && !AUXILIARIES.has(prev.lower) && !/ly$/.test(prev.lower);
}

/** Base forms of reporting verbs that are nouns as often as verbs. */
const NOUN_LIKE_VERBS = new Set(['tweet', 'claim', 'joke', 'quip', 'boast', 'call', 'warn', 'answer', 'reply', 'note', 'comment']);

/** "tweets", "claims", "replies": a form in -s of a noun-like reporting verb. */
const isNounLikePlural = (word: string) => word.endsWith('s') && singulars(word).some((w) => w !== word && NOUN_LIKE_VERBS.has(w));

const isPossessive = (w: string) => /(?:['’]s|s['’])$/u.test(w);
const RELATIVE = new Set(['who', 'whom', 'which', 'that']);
/** Verbs an -ing reporting verb may hang on: "began saying", "kept telling". */
const ASPECT_VERBS = new Set(['began', 'begins', 'begin', 'started', 'starts', 'kept', 'keeps', 'continued', 'continues', 'went', 'goes', 'took', 'spent', 'ended', 'ends']);
/** Words that stand for a speaker on their own right before the verb: "another said". */
const QUANTIFIER_SUBJECTS = new Set(['another', 'one', 'others', 'some', 'many', 'several', 'both', 'two', 'three', 'four', 'most', 'few', 'all']);
/** Determiners that open a speaker phrase after the verb ("said a spokesman"). */
const AFTER_DETERMINERS = new Set(['a', 'an', 'the', 'his', 'her', 'their', 'its', 'our', 'another', 'one']);

/** A capitalised word that is not a weekday or month ("Thursday" is not a speaker). */
export function isCapWord(t: Token | undefined): boolean {
  if (!t || !isWord(t.text) || !isCapitalized(t.text)) return false;
  // A function word capitalised at a sentence start ("But, said Solovey") is no name.
  if (t.text !== 'I' && (CLAUSE_WORDS.has(t.lower) || DETERMINERS.has(t.lower) || PREPOSITIONS.has(t.lower) || SENTENCE_ADVERBS.has(t.lower))) return false;
  return !TIME_WORDS.has(t.lower);
}

const SENTENCE_ADVERBS = new Set(['yet', 'still', 'also', 'now', 'meanwhile', 'however', 'instead', 'indeed', 'plus', 'rather', 'even', 'perhaps', 'maybe', 'later', 'earlier', 'again']);

/** Extends a name run leftwards from token `j` (capitalised); returns its first index. */
export function nameRunStart(tokens: readonly Token[], j: number, lo: number): number {
  let s = j;
  while (s - 1 >= lo) {
    const t = tokens[s - 1]!;
    if (isPossessive(t.text)) break; // "Trump’s spokesman Jason Miller": stop at the owner
    if (PREPOSITIONS.has(t.lower)) break; // "From Andrea Peyser": a sentence-initial preposition
    if (isCapWord(t)) s--;
    else if (NAME_PARTICLES.has(t.lower) && isCapWord(tokens[s - 2])) s--;
    else break;
  }
  return s;
}

/** "David Albright and Serena Kelleher": a name run joined by "and" to the one before it. */
export function coordinatedStart(tokens: readonly Token[], s: number, lo: number): number {
  const and = tokens[s - 1];
  if (!and || s - 1 <= lo || and.lower !== 'and' || !isCapWord(tokens[s - 2])) return s;
  return nameRunStart(tokens, s - 2, lo);
}

/** "(D-Wis.)", "(R-Texas)", "(R)": a party label at `k`; returns its closing parenthesis, or -1. */
export function partyLabelEnd(tokens: readonly Token[], k: number): number {
  if (tokens[k]?.text !== '(' || tokens[k + 2]?.text !== ')') return -1;
  return /^[RDI](?:-\p{Lu}[\p{L}.]*)?$/u.test(tokens[k + 1]!.text) ? k + 2 : -1;
}

/** Extends a name run rightwards from token `j`; returns its last index. */
export function nameRunEnd(tokens: readonly Token[], j: number, hi: number): number {
  let e = j;
  while (e + 1 <= hi) {
    const t = tokens[e + 1]!;
    if (isCapWord(t) && !isPossessive(tokens[e]!.text)) e++;
    else if (NAME_PARTICLES.has(t.lower) && isCapWord(tokens[e + 2])) e++;
    else if (partyLabelEnd(tokens, e + 1) > 0) e = partyLabelEnd(tokens, e + 1); // (D-Wis.), (R)
    else break;
  }
  // "said White House press secretary Josh Earnest": role words between two runs.
  let k = e + 1;
  while (k <= hi && k - e <= 3 && (TITLES.has(tokens[k]!.lower) || PERSON_NOUNS.has(tokens[k]!.lower)) && !isCapitalized(tokens[k]!.text)) k++;
  if (k > e + 1 && k <= hi && isCapWord(tokens[k])) return nameRunEnd(tokens, k, hi);
  return e;
}

/**
 * Skips, leftwards from `j`, what may stand between a subject and its verb: adverbs and
 * auxiliaries ("has also"), time phrases ("on Thursday"), a party label "(D-Wis.)".
 */
function skipLeft(tokens: readonly Token[], j: number, lo: number): number {
  while (j >= lo) {
    const t = tokens[j]!;
    if (t.text === t.lower && (VERB_MODIFIERS.has(t.lower) || isLyAdverb(t.lower))) j--;
    else if (/^[”’]$/.test(t.text) && tokens[j - 1]?.text === ',') j--; // “Scandal,” thanked
    else if (TIME_WORDS.has(t.lower) && (t.text !== t.lower || j - 1 >= lo && /^(?:on|last|this|late|early)$/.test(tokens[j - 1]!.lower))) {
      j--;
      while (j >= lo && /^(?:on|last|this|late|early|in)$/.test(tokens[j]!.lower)) j--;
    } else if (t.text === ')') {
      let k = j - 1;
      while (k >= lo && tokens[k]!.text !== '(' && j - k < 8) k--;
      if (k < lo || tokens[k]!.text !== '(') return j;
      j = k - 1;
    } else return j;
  }
  return j;
}


const APPOSITIVE_CAPITALS = /^(?:[RDI]-|former|republican|democratic|democrat|independent|gop|then-)/i;

/** Could this token open an appositive ("a lawyer", "who", "25", "R-Ky.", "Sanders’ aide")? */
function opensAppositive(t: Token | undefined): boolean {
  if (!t || !isWord(t.text)) return false;
  // ", after winning Ohio," or ", in a statement," open an adverbial, not an appositive.
  if (!isCapitalized(t.text)) return !PREPOSITIONS.has(t.lower) && !ADVERBIAL_OPENERS.has(t.lower);
  const bare = t.lower.replace(/\.$/, '');
  return isPossessive(t.text) || APPOSITIVE_CAPITALS.test(t.text) || TITLES.has(bare) || PERSON_NOUNS.has(bare);
}

const ADVERBIAL_OPENERS = new Set(['when', 'while', 'as', 'if', 'because', 'although', 'though', 'once', 'whether', 'speaking', 'asked', 'adding', 'saying']);

/** Is `tokens[from..to]` a real phrase head (not just a determiner or function word)? */
function hasHead(tokens: readonly Token[], r: TokenRange): boolean {
  const head = tokens[r.to]!;
  if (!isWord(head.text)) return false;
  if (DETERMINERS.has(head.lower) && head.text === head.lower) return false;
  return !CLAUSE_WORDS.has(head.lower) || SPEAKER_PRONOUNS.has(head.lower);
}

/**
 * The subject phrase ending just before the verb at `v`, not reaching before token `lo`.
 * Returns null when the words before the verb do not form a plausible speaker.
 */
export function subjectBefore(tokens: readonly Token[], v: number, lo: number): TokenRange | null {
  const j = skipLeft(tokens, v - 1, lo);
  if (j < lo) return null;
  const t = tokens[j]!;
  if (SPEAKER_PRONOUNS.has(t.lower)) return reportedBy(tokens, j, lo) ?? { from: j, to: j };
  if (QUANTIFIER_SUBJECTS.has(t.lower) && j === v - 1) {
    // "Yet another said", "the two write", "Others added".
    const det = j - 1 >= lo && /^(?:the|all|these|those)$/.test(tokens[j - 1]!.lower) ? j - 1 : j;
    return { from: det, to: j };
  }
  if (t.text === ',' || /^[—–]$/.test(t.text)) return appositiveSubject(tokens, j, lo);
  // "she began saying", "he kept telling": the speaker is the subject of the first verb.
  if (/ing$/.test(tokens[v]!.lower) && ASPECT_VERBS.has(t.lower)) return subjectBefore(tokens, j, lo);
  if (t.text === t.lower && (/ed$/.test(t.lower) || IRREGULAR_PAST.has(t.lower) || AUXILIARIES.has(t.lower))) return null;
  let r: TokenRange | null = null;
  if (isCapWord(t)) r = extendPhraseLeft(tokens, coordinatedStart(tokens, nameRunStart(tokens, j, lo), lo), j, lo);
  else if (isWord(t.text) && !CLAUSE_WORDS.has(t.lower) && !DETERMINERS.has(t.lower) && !PREPOSITIONS.has(t.lower)) r = extendPhraseLeft(tokens, j, j, lo);
  // "responded on Facebook writing": a phrase right after a preposition is its object.
  // But "after Clinton argued": before a finite verb, "after"/"before"/"since"/"until" open a clause.
  const prep = r && r.from - 1 >= lo ? tokens[r.from - 1]! : null;
  if (prep && PREPOSITIONS.has(prep.lower) && prep.text === prep.lower &&
    !(CONJUNCTION_PREPOSITIONS.has(prep.lower) && !/ing$/.test(tokens[v]!.lower))) r = null;
  if (!r) return headOfRelativeClause(tokens, j, lo);
  if (SPEAKER_PRONOUNS.has(tokens[r.from]!.lower)) return r;
  // "Trump said that Romney begged him … and “…”": the reported clause is Trump's account.
  if (tokens[r.from - 1]?.lower === 'that') {
    const outer = reportedBy(tokens, r.from, lo);
    if (outer) return outer;
  }
  return r && statementOwner(tokens, r, lo) || r;
}

/** Prepositions that also open a clause: "after Clinton argued". */
const CONJUNCTION_PREPOSITIONS = new Set(['after', 'before', 'since', 'until']);

/**
 * "a White House official who spoke anonymously to discuss strategy said": the words before
 * the verb end a relative clause; the speaker is the phrase before its "who".
 */
function headOfRelativeClause(tokens: readonly Token[], j: number, lo: number): TokenRange | null {
  for (let k = j; k > lo && j - k < 15; k--) {
    const t = tokens[k]!;
    if (!isWord(t.text)) return null;
    // "a White House official who spoke …", "Another intelligence source speaking to Fox News":
    // a relative clause or a participle phrase between the speaker and the verb.
    const participle = /ing$/.test(t.lower) && t.text === t.lower && k > lo;
    if (t.lower !== 'who' && !participle) continue;
    const h = k - 1;
    if (!isWord(tokens[h]!.text) || CLAUSE_WORDS.has(tokens[h]!.lower) || PREPOSITIONS.has(tokens[h]!.lower)) return null;
    const r = isCapWord(tokens[h]) ? extendPhraseLeft(tokens, nameRunStart(tokens, h, lo), h, lo) : extendPhraseLeft(tokens, h, h, lo);
    // A participle's subject must open its clause: "…, X speaking to Y said", not "after meeting Y said".
    if (participle && r && r.from > lo && !/^[,;—–]$/.test(tokens[r.from - 1]!.text)) return null;
    return r;
  }
  return null;
}

/**
 * "Trump told reporters he thought …", "Lapp said she thinks …", "He says he believes …": a
 * pronoun subject right after a "said"-type verb stands for that verb's subject (a name or the
 * first pronoun), which is the attribution.
 */
function reportedBy(tokens: readonly Token[], j: number, lo: number): TokenRange | null {
  let k = j - 1;
  if (k >= lo && tokens[k]!.lower === 'that') k--;
  // An object between the verb and the pronoun: "told reporters", "told The Post".
  for (let skipped = 0; k >= lo && skipped < 3 && !CORE_SPEECH_VERBS.has(tokens[k]!.lower); skipped++) {
    if (!isWord(tokens[k]!.text)) return null;
    k--;
  }
  if (k < lo || !CORE_SPEECH_VERBS.has(tokens[k]!.lower)) return null;
  const r = subjectBefore(tokens, k, lo);
  return r;
}

/**
 * "She released a statement saying …", "Trump unleashed a series of tweets saying …": the
 * speaker is whoever issued the statement, not the statement, when a verb stands right before it.
 */
function statementOwner(tokens: readonly Token[], r: TokenRange, lo: number): TokenRange | null {
  const first = tokens[r.from]!;
  const head = tokens[r.to]!.lower;
  // "a statement", "a series of tweets": the plural of a statement noun too.
  if (!(STATEMENT_NOUNS.has(head) || STATEMENT_NOUNS.has(head.replace(/s$/, ''))) || !/^(?:a|an)$/.test(first.lower)) return null;
  // "put out a statement", "sent out a press release": the verb before its particle.
  const verb = r.from - 1 - (/^(?:out|up|off)$/.test(tokens[r.from - 1]?.lower ?? '') ? 1 : 0);
  if (verb < lo || !isWord(tokens[verb]!.text) || isCapitalized(tokens[verb]!.text)) return null;
  const owner = subjectBefore(tokens, verb, lo);
  return owner && !STATEMENT_NOUNS.has(tokens[owner.to]!.lower) ? owner : null;
}

/**
 * Grows a phrase whose head ends at `to` leftwards to its determiner: "the agency",
 * "ICE spokesperson", "a spokesman for the Clinton campaign", "an internal document
 * obtained by NBC". Stops at punctuation and clause words; jumps a relative clause
 * ("a White House official who spoke anonymously said").
 */
function extendPhraseLeft(tokens: readonly Token[], from: number, to: number, lo: number): TokenRange | null {
  let s = from;
  const limit = Math.max(lo, from - 8);
  let determiner = -1;
  for (let k = from - 1; k >= limit; k--) {
    const t = tokens[k]!;
    if (!isWord(t.text)) break;
    if (t.lower === 'who' || t.lower === 'which') {
      // The words after "who" belong to a relative clause; the speaker stands before it.
      const head = tokens[k - 1];
      if (!head || k - 1 < lo || !isWord(head.text)) break;
      const inner = isCapWord(head)
        ? extendPhraseLeft(tokens, nameRunStart(tokens, k - 1, lo), k - 1, lo)
        : extendPhraseLeft(tokens, k - 1, k - 1, lo);
      return inner;
    }
    // "said that Romney begged": "that" before a name is a conjunction, not a determiner.
    if (t.lower === 'that' && isCapWord(tokens[k + 1])) break;
    if (DETERMINERS.has(t.lower) && t.text !== 'I') {
      determiner = k;
      // "the communications director for the Iowa Democratic Party", "a message on the website":
      // the object of an inner preposition; the phrase goes on to the head noun before it.
      const prep = tokens[k - 1];
      if (k - 2 >= limit && prep && INNER_PREPOSITIONS.has(prep.lower) && isWord(tokens[k - 2]!.text) &&
        !CLAUSE_WORDS.has(tokens[k - 2]!.lower)) {
        s = k - 1;
        k--;
        determiner = -1;
        continue;
      }
      break;
    }
    if (NP_PREPOSITIONS.has(t.lower)) { s = k; continue; }
    // "the Vermont senator and Democratic presidential candidate": one phrase, if it has a determiner.
    if (t.lower === 'and' && !isCapitalized(tokens[to]!.text) && determinerWithin(tokens, k - 1, limit)) { s = k; continue; }
    if (CLAUSE_WORDS.has(t.lower) || SPEECH_VERBS.has(t.lower)) break;
    s = k;
  }
  if (determiner >= 0) s = determiner;
  // Never start on a preposition: "by NBC" alone is not a phrase.
  while (s < from && NP_PREPOSITIONS.has(tokens[s]!.lower)) {
    let k = s + 1;
    while (k < from && !NP_PREPOSITIONS.has(tokens[k]!.lower)) k++;
    s = k;
  }
  const r = { from: s, to };
  return hasHead(tokens, r) ? r : null;
}

/** Prepositions of a phrase inside a speaker phrase: "a welcome message on the website". */
const INNER_PREPOSITIONS = new Set([...NP_PREPOSITIONS, 'on', 'in']);

/** A determiner among the plain words from `k` back to `limit` (no punctuation between). */
function determinerWithin(tokens: readonly Token[], k: number, limit: number): boolean {
  for (let i = k; i >= limit; i--) {
    const t = tokens[i]!;
    if (!isWord(t.text) || CLAUSE_WORDS.has(t.lower)) return false;
    if (DETERMINERS.has(t.lower) && t.text !== 'I') return true;
  }
  return false;
}

/**
 * "Victor Cha, who served as …, said": the subject stands before an appositive set off by
 * commas (or dashes). `j` is the comma right before the verb. Falls back to the name right
 * before that comma ("Clay's biographers, David and Jeanne Heidler, wrote").
 */
function appositiveSubject(tokens: readonly Token[], j: number, lo: number): TokenRange | null {
  const limit = Math.max(lo, j - 30);
  const mark = tokens[j]!.text;
  let best: TokenRange | null = null;
  for (let k = j - 1; k >= limit; k--) {
    const t = tokens[k]!;
    if (/^[.;:?!]$/.test(t.text)) break;
    // An appositive (", a lawyer for the city,") or an adverbial (", in a statement on Thursday,").
    const next = tokens[k + 1];
    const adverbial = !!next && next.text === next.lower && (PREPOSITIONS.has(next.lower) || ADVERBIAL_OPENERS.has(next.lower));
    if (t.text !== mark || !(opensAppositive(next) || adverbial)) continue;
    const h = skipLeft(tokens, k - 1, lo);
    const head = tokens[h];
    if (!head || h < lo) break;
    let r: TokenRange | null = null;
    if (isCapWord(head)) {
      r = extendPhraseLeft(tokens, nameRunStart(tokens, h, lo), h, lo);
    } else if (isWord(head.text) && !CLAUSE_WORDS.has(head.lower)) {
      r = extendPhraseLeft(tokens, h, h, lo);
      if (r && !DETERMINERS.has(tokens[r.from]!.lower)) r = null;
    }
    // "In a statement to the Observer, her adviser, Jake Sullivan, said", "On the other side,
    // Sen. Ted Cruz, …, tweeted": an object, not a subject.
    let p = r ? r.from - 1 : -1;
    while (p >= lo && DETERMINERS.has(tokens[p]!.lower)) p--;
    const prev = p >= lo ? tokens[p] : undefined;
    if (r && !(prev && PREPOSITIONS.has(prev.lower))) best = r;
  }
  if (best) return best;
  const h = skipLeft(tokens, j - 1, lo);
  if (h < lo || !isCapWord(tokens[h])) return null;
  // "“…” for Clinton, said Kunin": a name after a preposition is its object.
  const from = nameRunStart(tokens, h, lo);
  return PREPOSITIONS.has(tokens[from - 1]?.lower ?? '') && from - 1 >= lo ? null : { from, to: h };
}

/**
 * The speaker phrase right after a verb: "said Victor Cha", "said a spokesman for the
 * campaign", "says she". `hi` is the last token that may belong to it.
 */
export function subjectAfter(tokens: readonly Token[], v: number, hi: number): TokenRange | null {
  let j = v + 1;
  if (PHRASAL_SPEECH_VERBS[tokens[v]!.lower] === tokens[j]?.lower) j++;
  while (j <= hi && TIME_WORDS.has(tokens[j]!.lower) && tokens[j]!.lower !== 'in') j++;
  if (j > hi) return null;
  const t = tokens[j]!;
  if (/^(?:he|she|i|they|we)$/.test(t.lower)) return { from: j, to: j };
  // "read one", "added another": a quantifier standing for a speaker on its own.
  if (/^(?:one|another)$/.test(t.lower) && (j === hi || !isWord(tokens[j + 1]!.text))) return { from: j, to: j };
  // Lower-case role words before a name: "said spokesman Brian Fallon".
  let k = j;
  while (k <= hi && k - j < 4 && isWord(tokens[k]!.text) && !isCapitalized(tokens[k]!.text) && !CLAUSE_WORDS.has(tokens[k]!.lower) && !AFTER_DETERMINERS.has(tokens[k]!.lower)) k++;
  if (isCapWord(tokens[k])) return { from: j, to: nameRunEnd(tokens, k, hi) };
  if (AFTER_DETERMINERS.has(t.lower)) return phraseRight(tokens, j, hi);
  return null;
}

/** A determiner phrase to the right: stops at punctuation, clause words, most prepositions. */
function phraseRight(tokens: readonly Token[], j: number, hi: number): TokenRange | null {
  let e = j;
  for (let k = j + 1; k <= hi && k - j <= 8; k++) {
    const t = tokens[k]!;
    if (!isWord(t.text)) break;
    if (CLAUSE_WORDS.has(t.lower) && !NP_PREPOSITIONS.has(t.lower)) break;
    e = k;
  }
  // "the authors of the “Growth …”": drop a dangling preposition and determiner.
  while (e > j && (NP_PREPOSITIONS.has(tokens[e]!.lower) || DETERMINERS.has(tokens[e]!.lower))) e--;
  const r = { from: j, to: e };
  return e > j && hasHead(tokens, r) ? r : null;
}

/**
 * True when the phrase is the subject of a relative clause — "whom he described as",
 * "what his parents told him" — so its verb does not report the quote.
 */
export function inRelativeClause(tokens: readonly Token[], r: TokenRange): boolean {
  const prev = tokens[r.from - 1];
  if (!prev) return false;
  if (prev.lower === 'what' || prev.lower === 'whom') return true;
  return RELATIVE.has(prev.lower) && SPEAKER_PRONOUNS.has(tokens[r.from]!.lower) && prev.lower !== 'that';
}
