/** Rules for what a tagger trained on 1996 Reuters gets wrong in today's web news. */
import type { EntityMention } from '../types.ts';
import type { Token } from './tokenize.ts';

/** Post-processes the tagger's mentions; returns them sorted by position. */
export function applyRules(text: string, tokens: readonly Token[], mentions: EntityMention[]): EntityMention[] {
  void text;
  void tokens;
  return [...mentions].sort((a, b) => a.start - b.start);
}
