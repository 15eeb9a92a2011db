/**
 * The quote record the quote modules pass around, in a module of its own so that `index.ts`
 * (which finds quotes) and `resolve.ts` (which names their speakers) do not import each other.
 */
import type { Quote } from '../../types';
import type { AttributionRule } from './patterns';

/** A quote as `extractQuotes` returns it: a `Quote` plus where its pieces are. */
export interface QuotePassage extends Quote {
  /**
   * The quoted pieces: more than one when the attribution interrupts the quote
   * (“…,” he said, “…”) or the quote runs over paragraphs (an unclosed quote re-opened in
   * the next paragraph, or the same speaker's quote continued there). `start`/`end` span
   * them all; `text` joins them (" … " within a paragraph, a blank line between).
   */
  parts: { start: number; end: number }[];
  /** Which rule found the speaker (null when unattributed). */
  rule: AttributionRule | null;
}
