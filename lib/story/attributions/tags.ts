/**
 * The tag set: PolNeAR is univocal (a token is at most one of source, cue, content), so one
 * attribution layer is a B/I sequence over three part types plus O.
 */
export const TAGS = ['O', 'B-SRC', 'I-SRC', 'B-CUE', 'I-CUE', 'B-CON', 'I-CON'] as const;
export type Tag = (typeof TAGS)[number];
export const NUM_TAGS = TAGS.length;

/** Which part of an attribution a tag marks (null for O). */
export type Part = 'source' | 'cue' | 'content';
const PARTS: (Part | null)[] = [null, 'source', 'source', 'cue', 'cue', 'content', 'content'];
export const partOf = (tag: number): Part | null => PARTS[tag] ?? null;
export const isBegin = (tag: number): boolean => tag === 1 || tag === 3 || tag === 5;

/** `I-X` may only continue `B-X` or `I-X` (-1: paragraph start). */
export function allowed(prev: number, next: number): boolean {
  if (next === 2 || next === 4 || next === 6) return prev === next || prev === next - 1;
  return true;
}

/**
 * Tags of a paragraph read backwards, turned into forward tags: backwards, B marks a span's
 * last word; forwards a span opens where the part starts or the word before closed a span.
 */
export function forwardTags(backward: readonly number[]): number[] {
  const n = backward.length;
  const fwd = new Array<number>(n).fill(0);
  const at = (i: number) => backward[n - 1 - i]!;
  for (let i = 0; i < n; i++) {
    const t = at(i);
    const part = PARTS[t];
    if (!part) continue;
    const prev = i > 0 ? at(i - 1) : 0;
    const opens = i === 0 || PARTS[prev] !== part || isBegin(prev);
    const begin = t - (isBegin(t) ? 0 : 1);
    fwd[i] = opens ? begin : begin + 1;
  }
  return fwd;
}
