/**
 * Which of the forward tagger's attributions to keep. A small logistic model (weights in
 * `chooser.json`, trained by scripts/train-attribution-chooser.ts on held-out predictions of
 * PolNeAR train) keeps one when it gives it at least its threshold's probability of matching a
 * gold content. It reads what the tagger made of it and, above all, whether the backward tagger
 * (which reads the text the other way) found the same statement, cue and source.
 *
 * Not done, measured: adding the backward tagger's own attributions where the forward one found
 * none (nothing gained on dev; mostly junk on web pages: "Please | view | our advertising
 * policy"); a second model taking the backward tagger's source instead (on dev 25 right of 69
 * changed where 23 were, with sources like "and" or "August").
 */
import type { Span } from '../../types';
import { opensSentence, type Prepared } from './document';
import { cueClass, type CueLexicon } from './features';
import type { RawAttribution } from './group';
import { NUM_TAGS } from './tags';
import { countLeading } from '../sorted';
import { spansIoU } from './score';

export interface CandidateAttribution {
  attribution: RawAttribution;
  /** Content IoU with the backward tagger's most similar attribution (0: none overlaps). */
  agreement: number;
  /** Whether that attribution has the same source span (both none counts as the same). */
  sameSource: boolean;
  /** This tagger's and the other's static scores per paragraph, token and tag (text order; times the scale, in trained weight units). */
  evidence?: { own: readonly Float32Array[]; ownScale: number; other: readonly Float32Array[]; otherScale: number } | null;
  /** The backward tagger's tags (forward order, per paragraph), when known. */
  other?: readonly (readonly number[])[] | null;
}

/** A trained chooser: feature name → weight, a bias, and the probability a candidate needs. */
export interface Chooser {
  bias: number;
  threshold: number;
  weights: Record<string, number>;
  /** Cue words with a weight of their own (others are "cue:other"). */
  cues: string[];
  meta?: Record<string, unknown>;
}

/** Bucket edges of the taggers' evidence (score of a part minus that of O, in trained weight units). */
const EVIDENCE_EDGES = [-100, 0, 50, 100, 150, 200, 300, 450, 700];

const sameSpan = (a: Span | null, b: Span | null) => (a === null ? b === null : b !== null && a.start === b.start && a.end === b.end);

/**
 * The candidates: the forward tagger's attributions, each with how the backward tagger's
 * compare. `backwardTags` and `evidence`: the backward tagger's tags and both taggers' static
 * scores per paragraph, in text order (features).
 */
export function candidateAttributions(forward: readonly RawAttribution[], backward: readonly RawAttribution[],
  backwardTags: readonly (readonly number[])[] | null = null,
  evidence: { forward: readonly Float32Array[]; backward: readonly Float32Array[]; forwardScale: number; backwardScale: number } | null = null): CandidateAttribution[] {
  const fe = evidence ? { own: evidence.forward, ownScale: evidence.forwardScale, other: evidence.backward, otherScale: evidence.backwardScale } : null;
  const agreementWith = (a: RawAttribution, others: readonly RawAttribution[]) => {
    let best = 0;
    let same = false;
    for (const o of others) {
      const v = spansIoU(a.content, o.content);
      if (v > best) [best, same] = [v, sameSpan(a.source, o.source)];
    }
    return { agreement: best, sameSource: same };
  };
  return forward.map((a) => ({ attribution: a, ...agreementWith(a, backward), other: backwardTags, evidence: fe }));
}

const PRONOUNS = new Set(['he', 'she', 'they', 'it', 'we', 'i', 'you', 'his', 'her', 'them', 'us', 'him', 'who', 'this', 'that']);
const bucket = (n: number, edges: readonly number[]) => {
  let k = 0;
  while (k < edges.length && n > edges[k]!) k++;
  return k;
};

/** Tokens of paragraph p inside the spans (token indices, in order; spans in text order). */
function tokensIn(doc: Prepared, p: number, spans: readonly Span[]): number[] {
  const tokens = doc.tokens[p]!;
  const out: number[] = [];
  for (const s of spans) {
    for (let i = countLeading(tokens, (t) => t.start < s.start); i < tokens.length && tokens[i]!.start < s.end; i++) {
      if (tokens[i]!.end <= s.end) out.push(i);
    }
  }
  return out;
}

/** The paragraph holding character `at`. */
const paragraphOf = (doc: Prepared, at: number): number => countLeading(doc.paras, (q) => q.start <= at) - 1;

/** The candidate's features, as names (each worth 1). */
export function candidateFeatures(doc: Prepared, c: CandidateAttribution, lexicon: CueLexicon, cueWords: ReadonlySet<string>): string[] {
  const a = c.attribution;
  const f: string[] = [];
  f.push(`agree:${c.agreement === 0 ? 0 : c.agreement < 0.5 ? 1 : c.agreement < 0.9 ? 2 : 3}`);
  if (c.agreement >= 0.5) f.push(`sameSource:${c.sameSource ? 1 : 0}`);

  const p = paragraphOf(doc, a.content[0]!.start);
  const tokens = doc.tokens[p]!;
  const content = tokensIn(doc, p, a.content);
  const words = content.filter((i) => /^[\p{L}\p{N}]/u.test(tokens[i]!.text));
  const quoted = words.filter((i) => doc.quote[p]![i] === 'in').length;
  // none, some, or (80% and more) all of its words in quotation marks
  const quotedClass = quoted === 0 ? 0 : quoted / Math.max(1, words.length) >= 0.8 ? 2 : 1;
  f.push(`len:${bucket(words.length, [2, 4, 7, 12, 20, 35])}`);
  f.push(`quoted:${quotedClass}`);
  f.push(`pieces:${Math.min(a.content.length, 3)}`);
  const sentences = new Set(content.map((i) => doc.sentence[p]![i]!));
  f.push(`sentences:${Math.min(sentences.size, 3)}`);
  const first = content[0] ?? 0;
  const last = content[content.length - 1] ?? 0;
  const before = tokens[first - 1]?.lower ?? '^';
  f.push(`before:${before === 'that' || before === ':' || before === ',' || before === '“' || before === '"' || before === '^' ? before : 'other'}`);
  f.push(`startsSentence:${opensSentence(doc.sentence[p]!, first) ? 1 : 0}`);
  const other = c.other?.[p];
  if (other) {
    const share = words.filter((i) => other[i] === 5 || other[i] === 6).length / Math.max(1, words.length);
    f.push(`otherContent:${share === 0 ? 0 : share < 0.5 ? 1 : share < 0.9 ? 2 : 3}`);
    const inSentences = other.some((t, i) => (t === 3 || t === 4) && sentences.has(doc.sentence[p]![i]!));
    f.push(`otherCueInSentence:${inSentences ? 1 : 0}`);
    const tagged = (span: Span | null, tags: readonly number[]) => (span ? (tokensIn(doc, p, [span]).some((i) => tags.includes(other[i]!)) ? 1 : 0) : 'none');
    f.push(`otherSameCue:${tagged(a.cue, [3, 4])}`);
    f.push(`otherSameSource:${tagged(a.source, [1, 2])}`);
  }
  if (c.evidence) {
    // How much each tagger's own features (before the previous tags) favour the part over O.
    const margin = (ev: Float32Array | undefined, scale: number, i: number, b: number) =>
      (ev && ev.length ? (Math.max(ev[i * NUM_TAGS + b]!, ev[i * NUM_TAGS + b + 1]!) - ev[i * NUM_TAGS]!) * scale : 0);
    const mean = (xs: number[]) => (xs.length ? xs.reduce((x, v) => x + v, 0) / xs.length : 0);
    const edges = EVIDENCE_EDGES;
    for (const [side, ev, scale] of [['own', c.evidence.own[p], c.evidence.ownScale], ['other', c.evidence.other[p], c.evidence.otherScale]] as const) {
      const con = content.map((i) => margin(ev, scale, i, 5));
      f.push(`${side}ContentMean:${bucket(mean(con), edges)}`);
      f.push(`${side}ContentMin:${bucket(Math.min(...con), edges)}`);
      f.push(`${side}ContentFirst:${bucket(con[0] ?? 0, edges)}`);
      if (a.cue) f.push(`${side}Cue:${bucket(Math.max(...tokensIn(doc, p, [a.cue]).map((i) => margin(ev, scale, i, 3))), edges)}`);
      if (a.source) f.push(`${side}Source:${bucket(Math.max(...tokensIn(doc, p, [a.source]).map((i) => margin(ev, scale, i, 1))), edges)}`);
    }
  }
  const next = tokens[last + 1]?.text ?? '$';
  f.push(`after:${next === '.' || next === ',' || next === '”' || next === '"' || next === '$' || next === '?' ? next : /^\p{Lu}/u.test(next) ? 'Cap' : 'other'}`);
  const opening = tokens[first]?.text ?? '';
  f.push(`opens:${/^[“"]$/.test(opening) ? 'quote' : opening.toLowerCase() === 'that' ? 'that' : /^\p{Lu}/u.test(opening) ? 'Cap' : 'lower'}`);
  f.push(`paragraph:${bucket(p, [0, 2, 6])}`);
  const cueLike = words.filter((i) => cueClass(lexicon, tokens[i]!.lower) >= 2).length;
  f.push(`cueLikeInside:${Math.min(cueLike, 2)}`);

  if (!a.cue) f.push('cue:none');
  else {
    const cue = tokensIn(doc, p, [a.cue]);
    const lower = tokens.slice(cue[0] ?? 0, (cue[cue.length - 1] ?? 0) + 1).map((t) => t.lower).join(' ');
    const head = cue.length ? tokens[cue[0]!]!.lower : '';
    const word = cueWords.has(lower) ? lower : cueWords.has(head) ? head : 'other';
    f.push(`cue:${word}`);
    f.push(`cueClass:${Math.max(0, ...cue.map((i) => cueClass(lexicon, tokens[i]!.lower)))}`);
    f.push(`cueWords:${Math.min(cue.length, 3)}`);
    const cueFirst = cue[0] ?? 0;
    const cueAt = cueFirst < first ? 'before' : cueFirst > last ? 'after' : 'inside';
    f.push(`cueAt:${cueAt}`);
    f.push(`cueAt&quoted:${cueAt}:${quotedClass}`);
    const cueLast = cue[cue.length - 1] ?? 0;
    f.push(`cueGap:${bucket(cueAt === 'before' ? first - cueLast - 1 : cueAt === 'after' ? cueFirst - last - 1 : 0, [0, 1, 3, 8])}`);
    f.push(`cueSentence:${sentences.has(doc.sentence[p]![cueFirst]!) ? 1 : 0}`);
  }
  if (!a.source) f.push('source:none');
  else {
    const at = tokensIn(doc, p, [a.source]);
    const src = at.map((i) => tokens[i]!);
    const srcStart = at[0] ?? -1;
    const atSentenceStart = opensSentence(doc.sentence[p]!, srcStart) || /^[“"]$/.test(tokens[srcStart - 1]!.text);
    const capital = (t: { text: string }) => /^\p{Lu}/u.test(t.text);
    const s = src.length === 1 && PRONOUNS.has(src[0]!.lower) ? 'pronoun'
      : src.slice(1).some(capital) || (src[0] && capital(src[0]) && !atSentenceStart) ? 'name'
      : 'common';
    f.push(`source:${s}`);
    f.push(`sourceWords:${bucket(src.length, [1, 3, 6])}`);
  }
  return f;
}

/** Each model's weights as a Map (a plain object's look-ups of new strings were a fifth of choosing). */
const weightMaps = new WeakMap<Record<string, number>, Map<string, number>>();

/** Probability the chooser gives a candidate with these features. */
export function chooserProbability(model: { bias: number; weights: Record<string, number> }, features: readonly string[]): number {
  let weights = weightMaps.get(model.weights);
  if (!weights) weightMaps.set(model.weights, (weights = new Map(Object.entries(model.weights))));
  let z = model.bias;
  for (const n of features) z += weights.get(n) ?? 0;
  return 1 / (1 + Math.exp(-z));
}

/** The candidates the chooser keeps, as attributions in text order. */
export function chooseAttributions(doc: Prepared, candidates: readonly CandidateAttribution[], lexicon: CueLexicon, chooser: Chooser): RawAttribution[] {
  const cues = new Set(chooser.cues);
  return candidates
    .filter((c) => chooserProbability(chooser, candidateFeatures(doc, c, lexicon, cues)) >= chooser.threshold)
    .map((c) => c.attribution);
}
