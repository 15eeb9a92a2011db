/**
 * From tags to attributions: runs of one part become spans; each content run is linked to
 * the nearest cue of its paragraph (same sentence first), content runs sharing a cue are one
 * attribution's pieces (“…,” she said, “…”), and each cue takes the nearest source.
 */
import type { Span } from '../../types';
import { opensSentence, sentenceStartOf, type Prepared, type QuoteState } from './document';
import { isBegin, partOf, type Part } from './tags';
import { countLeading } from '../sorted';
import { SPEECH_VERBS } from '../quotes/lexicon';

/** One attribution as character spans. */
export interface RawAttribution {
  content: Span[];
  cue: Span | null;
  source: Span | null;
}

interface Run {
  part: Part;
  /** Token range [from, to) in the paragraph. */
  from: number;
  to: number;
  sentence: number;
}

/** Every run made one way: runs of one shape keep grouping's optimised code valid (copies by spread made V8 recompile it three times an eval pass). */
const run = (part: Part, from: number, to: number, sentence: number): Run => ({ part, from, to, sentence });

function runsOf(tags: readonly number[], sentence: readonly number[]): Run[] {
  const runs: Run[] = [];
  for (let i = 0; i < tags.length; i++) {
    const part = partOf(tags[i]!);
    if (!part) continue;
    const last = runs[runs.length - 1];
    if (last && last.part === part && last.to === i && !isBegin(tags[i]!)) last.to = i + 1;
    else runs.push(run(part, i, i + 1, sentence[i]!));
  }
  // A content run broken by a few untagged words is one piece: the tagger lost the thread
  // for a word or two ("a broader swath of voters" tagged content, O, content).
  const merged: Run[] = [];
  for (const r of runs) {
    const last = merged[merged.length - 1];
    if (last && last.part === 'content' && r.part === 'content' && r.from - last.to <= MAX_GAP && r.from > last.to) last.to = r.to;
    else merged.push(r);
  }
  return merged;
}

/** Most untagged tokens between two content runs that still make them one piece. */
const MAX_GAP = 0;

/**
 * "Crime fell by 12 percent last year, the police department said on Monday.": a sentence
 * whose only tagged parts are a source and cue after its last comma is a statement up to
 * that comma. The greedy left-to-right tagger decides on the first words before it reaches
 * the attribution, and often leaves them out (or keeps only the last few); the hand rule
 * restores the whole clause.
 */
function statementBeforeAttribution(words: readonly string[], sentence: readonly number[], runs: Run[]): Run[] {
  const out: Run[] = [];
  let k = 0;
  while (k < runs.length) {
    const s = runs[k]!.sentence;
    const inSentence: Run[] = [];
    while (k < runs.length && runs[k]!.sentence === s) inSentence.push(runs[k++]!);
    const cue = inSentence.findIndex((r) => r.part === 'cue');
    const before = cue >= 0 ? inSentence.slice(0, cue) : [];
    const first = cue >= 0 ? inSentence[cue]! : null;
    // What comes before the cue: at most a source right before it, and content runs.
    const sourceRun = before[before.length - 1]?.part === 'source' ? before[before.length - 1]! : null;
    const contentBefore = before.filter((r) => r.part === 'content');
    const onlyContentAndSource = before.every((r) => r.part === 'content' || r === sourceRun);
    const attributionStart = sourceRun ? sourceRun.from : first?.from ?? 0;
    const comma = attributionStart - 1;
    const start = sentenceStartOf(sentence, comma);
    if (first && onlyContentAndSource && (words[comma] === ',' || words[comma] === '—') && comma - start >= 4 &&
      !inSentence.slice(cue + 1).some((r) => r.part === 'content')) {
      const content = run('content', start, comma, s);
      const coveredBefore = contentBefore.reduce((n, r) => n + r.to - r.from, 0);
      if (coveredBefore < comma - start) {
        out.push(content, ...inSentence.filter((r) => r.part !== 'content'));
        continue;
      }
    }
    out.push(...inSentence);
  }
  return out.sort((a, b) => a.from - b.from);
}

/**
 * "Most repair work is halted in the cold, said Ian Michaels, a spokesman for the city's
 * Department of Design and Construction.": after an inverted "…, said Name", the rest of the
 * sentence is the source's description, not what was said. The tagger, reading left to right,
 * often ends the source early and tags the description's tail as content; the hand rule makes
 * the whole tail the source, and `statementBeforeAttribution` (run next) restores the statement
 * before the comma. Only where a source run opens right after a one-word verb of saying that
 * follows a comma, and the tail has no quotation mark, no cue of its own and no second clause
 * (", and the district signed …").
 */
function sourceAfterInvertedCue(words: readonly string[], sentence: readonly number[], quote: readonly QuoteState[], runs: Run[]): Run[] {
  const out: Run[] = [];
  for (let k = 0; k < runs.length; k++) {
    const cue = runs[k]!;
    const source = runs[k + 1];
    out.push(cue);
    if (cue.part !== 'cue' || cue.to - cue.from !== 1 || words[cue.from - 1] !== ',' || !SPEECH_VERBS.has(words[cue.from]!.toLowerCase()) ||
      source?.part !== 'source' || source.from !== cue.to) continue;
    let end = k + 2;
    while (end < runs.length && runs[end]!.sentence === cue.sentence) end++;
    const tail = runs.slice(k + 2, end);
    if (!tail.length || tail.some((r) => r.part !== 'content')) continue;
    const to = tail[tail.length - 1]!.to;
    const joinsAClause = words.slice(source.to, to).some((w, i, tailWords) => w === ',' && CONJUNCTION.test(tailWords[i + 1] ?? ''));
    const sentenceEnd = sentence.lastIndexOf(cue.sentence) + 1;
    if (joinsAClause || quote.slice(cue.to, sentenceEnd).some((q) => q !== 'out')) continue;
    out.push(run('source', source.from, to, source.sentence));
    k = end - 1;
  }
  return out;
}

const CONJUNCTION = /^(?:and|but|or|while|so|as|yet)$/i;

/**
 * "Climate change, he said, is the greatest threat facing the world.": an attribution set off
 * by commas inside the statement splits it in two, and PolNeAR marks both pieces. The greedy
 * tagger has read the subject before it met the attribution, and tags only the words after
 * it; the hand rule restores the subject (a sentence's opening words up to the comma, with
 * nothing tagged in them) as the statement's first piece.
 */
function subjectBeforeEmbeddedAttribution(words: readonly string[], sentence: readonly number[], runs: Run[]): Run[] {
  const added: Run[] = [];
  for (let k = 0; k < runs.length; k++) {
    // The attribution: source and cue runs side by side ("he said", "said Smith").
    let end = k;
    while (end < runs.length && runs[end]!.part !== 'content' && (end === k || runs[end]!.from === runs[end - 1]!.to)) end++;
    if (end === k || !runs.slice(k, end).some((r) => r.part === 'cue')) continue;
    const from = runs[k]!.from;
    const to = runs[end - 1]!.to;
    const after = runs[end];
    const s = sentence[from]!;
    const commaBefore = from - 1;
    const start = sentenceStartOf(sentence, commaBefore);
    const untagged = k === 0 || runs[k - 1]!.to <= start;
    if (words[commaBefore] === ',' && words[to] === ',' && after?.part === 'content' && after.from === to + 1 &&
      sentence[after.from] === s && untagged && commaBefore - start >= 1 && commaBefore - start <= MAX_SUBJECT) {
      added.push(run('content', start, commaBefore, s));
    }
    k = end - 1;
  }
  return added.length ? [...runs, ...added].sort((a, b) => a.from - b.from) : runs;
}

/**
 * "ICE said the operation, dubbed “Operation Safe City,” targeted …": a naming participle set
 * off by a comma inside a statement, with the statement going on right after it, names what
 * the statement is about; it is no second attribution (the tagger made "dubbed" a cue and split
 * the statement in two). Read as content, the pieces join into one statement. Only naming
 * words: after a comma, "called" and "named" are cues in PolNeAR (31 of 37 times on train), and
 * a past tense there is mostly the verb of a subject with an apposition ("Sanders, a longtime
 * critic of the trade deal, attacked …").
 */
function namingParticiplesInsideStatements(words: readonly string[], runs: Run[]): Run[] {
  return runs.map((r, k) => {
    const before = runs[k - 1];
    const after = runs[k + 1];
    const naming = r.part === 'cue' && r.to - r.from === 1 && NAMING_PARTICIPLE.test(words[r.from]!);
    const insideStatement = before?.part === 'content' && before.to === r.from - 1 && words[r.from - 1] === ',' && after?.part === 'content' && after.from === r.to;
    return naming && insideStatement ? run('content', r.from, r.to, r.sentence) : r;
  });
}

const NAMING_PARTICIPLE = /^(?:dubbed|nicknamed|billed|branded|titled|codenamed|code-named)$/;

/** Most words of a subject before an embedded attribution ("The museum, he said, …"). */
const MAX_SUBJECT = 12;

/** Token distance between two runs, plus a large step per sentence apart. */
function distance(a: Run, b: Run, sentence: readonly number[]): number {
  const gap = a.to <= b.from ? b.from - a.to : a.from >= b.to ? a.from - b.to : 0;
  const sa = a.to <= b.from ? sentence[a.to - 1]! : sentence[a.from]!;
  const sb = a.to <= b.from ? sentence[b.from]! : sentence[b.to - 1]!;
  return gap + 1000 * Math.abs(sa - sb);
}

/** Whether one of `sorted` (runs in text order, not overlapping) lies strictly between runs a and b. */
function anyBetween(sorted: readonly Run[], a: Run, b: Run): boolean {
  const lo = Math.min(a.to, b.to);
  const hi = Math.max(a.from, b.from);
  const i = firstFromAtLeast(sorted, lo);
  return i < sorted.length && sorted[i]!.to <= hi;
}

/** Index of the first run in `sorted` that starts at or after token `at` (binary search). */
function firstFromAtLeast(sorted: readonly Run[], at: number): number {
  return countLeading(sorted, (r) => r.from < at);
}

/**
 * The candidate run nearest to `from` (the first in text order on a tie); one across a
 * content run counts as far. Candidates are in text order: the search walks outwards from
 * `from` and stops once the plain token gap alone exceeds the best, so a paragraph of
 * thousands of quotes costs about linear time, not quotes × cues × runs.
 */
function nearest(from: Run, candidates: readonly Run[], contents: readonly Run[], sentence: readonly number[]): Run | null {
  let found = -1;
  let best = Infinity;
  const consider = (i: number) => {
    const c = candidates[i]!;
    const d = distance(from, c, sentence) + (anyBetween(contents, from, c) ? 500 : 0);
    if (d < best || (d === best && i < found)) [best, found] = [d, i];
  };
  const split = firstFromAtLeast(candidates, from.from);
  for (let i = split - 1; i >= 0 && from.from - candidates[i]!.to <= best; i--) consider(i);
  for (let i = split; i < candidates.length && candidates[i]!.from - from.to <= best; i++) consider(i);
  return found < 0 ? null : candidates[found]!;
}

/** Character span of a run. */
function spanOf(doc: Prepared, p: number, r: Run): Span {
  const t = doc.tokens[p]!;
  return { start: t[r.from]!.start, end: t[r.to - 1]!.end };
}

/** One attribution as runs of its paragraph, before it becomes character spans. */
interface Grouped {
  content: Run[];
  cue: Run | null;
  source: Run | null;
}

/**
 * An attribution's content pieces are apart only where its own attribution stands between
 * them (“…,” she said, “…”). Pieces with none of it between them are one statement the tagger
 * lost the thread of for a comma or a few words ("that X, in favor of Y" tagged content, O,
 * content): they become one piece, which is how PolNeAR marks them (exact content +0.025 on
 * dev, +0.035 on train half B; content F1 −0.002).
 */
function joinPieces(g: Grouped): void {
  const pieces = g.content.sort((a, b) => a.from - b.from);
  const out: Run[] = [pieces[0]!];
  for (const r of pieces.slice(1)) {
    const last = out[out.length - 1]!;
    const apart = [g.cue, g.source].some((x) => x && x.from >= last.to && x.to <= r.from);
    if (apart) out.push(r);
    else out[out.length - 1] = run(last.part, last.from, r.to, last.sentence);
  }
  g.content = out;
}

/**
 * Pieces that are no part of what was said, though the tagger marks them: a lone relative word
 * or conjunction before an interrupting attribution ("which, he said, were …": PolNeAR starts
 * at the verb; "And, he added, Trump promised …" showed as "And … Trump promised"),
 * and, after a quotation that opens its sentence, unquoted words behind its cue ("“…,” Trump
 * told the cheering crowd"): whom it was told to, not more of the quote.
 */
function dropStrayPieces(g: Grouped, words: readonly string[], quote: readonly QuoteState[], sentence: readonly number[]): void {
  if (g.content.length < 2) return;
  const quoted = (r: Run) => quote.slice(r.from, r.to).some((q) => q !== 'out');
  // A quotation that opens its sentence; not a title quoted inside one ("In “How Will …?”, Alvarez offers …").
  const opensWithQuote = (r: Run) => opensSentence(sentence, r.from) && quote[r.from] !== 'out';
  const kept = g.content.filter((r, i) => {
    if (r.to - r.from === 1 && LONE_WORD.test(words[r.from]!)) return false;
    const before = g.content[i - 1];
    return !(before && opensWithQuote(before) && !quoted(r) && g.cue && g.cue.to <= r.from && g.cue.from >= before.to);
  });
  if (kept.length) g.content = kept;
}

const LONE_WORD = /^(?:that|which|who|whom|it|what|this|and|but|or|so|yet)$/i;

/** Groups a document's tags into attributions, in text order of their first content piece. */
export function groupAttributions(doc: Prepared, tags: readonly (readonly number[])[]): RawAttribution[] {
  const out: RawAttribution[] = [];
  tags.forEach((paraTags, p) => {
    const sentence = doc.sentence[p]!;
    const words = doc.tokens[p]!.map((t) => t.text);
    const tagged = sourceAfterInvertedCue(words, sentence, doc.quote[p]!, namingParticiplesInsideStatements(words, runsOf(paraTags, sentence)));
    const runs = subjectBeforeEmbeddedAttribution(words, sentence, statementBeforeAttribution(words, sentence, tagged));
    const cues = runs.filter((r) => r.part === 'cue');
    const sources = runs.filter((r) => r.part === 'source');
    const contents = runs.filter((r) => r.part === 'content');
    const byCue = new Map<Run, Grouped>();
    const grouped: Grouped[] = [];
    for (const run of runs) {
      if (run.part !== 'content') continue;
      const cue = nearest(run, cues, contents, sentence);
      const existing = cue ? byCue.get(cue) : undefined;
      if (existing) {
        existing.content.push(run);
        continue;
      }
      const g: Grouped = { content: [run], cue, source: cue ? nearest(cue, sources, contents, sentence) : null };
      if (cue) byCue.set(cue, g);
      grouped.push(g);
    }
    for (const g of grouped) {
      joinPieces(g);
      dropStrayPieces(g, words, doc.quote[p]!, sentence);
      out.push({
        content: g.content.map((r) => spanOf(doc, p, r)),
        cue: g.cue ? spanOf(doc, p, g.cue) : null,
        source: g.source ? spanOf(doc, p, g.source) : null,
      });
    }
  });
  return out;
}
