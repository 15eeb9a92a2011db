/** Reads CoNLL-style JSON-lines documents and turns their gold spans into token tags. */
import type { EntityType } from '../../lib/types.ts';
import { readJsonLines } from '../lib/jsonl.ts';
import type { Token } from '../../lib/story/entities/tokenize.ts';
import { encodeBilou } from '../../lib/story/entities/tags.ts';

export interface GoldEntity {
  start: number;
  end: number;
  type: EntityType;
  text: string;
}

export interface GoldDoc {
  id: string;
  text: string;
  entities: GoldEntity[];
}

/** Reads every document of the given files. */
export async function readDocs(files: readonly string[]): Promise<GoldDoc[]> {
  const docs: GoldDoc[] = [];
  for (const file of files) for await (const d of readJsonLines<GoldDoc>(file)) docs.push(d);
  return docs;
}

/** Gold BILOU tags for the document's tokens (a span covers every token it overlaps). */
export function goldTags(tokens: readonly Token[], entities: readonly GoldEntity[]): number[] {
  const spans: Array<{ from: number; to: number; type: EntityType }> = [];
  let k = 0;
  const sorted = [...entities].sort((a, b) => a.start - b.start);
  for (const e of sorted) {
    while (k < tokens.length && tokens[k]!.end <= e.start) k++;
    let to = k;
    while (to < tokens.length && tokens[to]!.start < e.end) to++;
    if (to > k && (spans.length === 0 || spans[spans.length - 1]!.to <= k)) spans.push({ from: k, to, type: e.type });
  }
  return encodeBilou(tokens.length, spans);
}
