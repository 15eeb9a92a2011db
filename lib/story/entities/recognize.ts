/** Named-entity recognition: tokens -> tagger -> spans -> news-specific rules. */
import type { EntityMention } from '../../types.ts';
import { prepareDocument } from './features.ts';
import type { LoadedModel } from './model.ts';
import { applyRules } from './rules.ts';
import { tagDocument } from './tagger.ts';
import { decodeBilou } from './tags.ts';
import { tokenize, type Token } from './tokenize.ts';

export interface RecognizeOptions {
  /** Apply the rules for web news (bylines, events, acronyms...). Default true. */
  rules?: boolean;
  /** Run the second, document-consistency pass. Default true. */
  twoPass?: boolean;
}

/** A typographic apostrophe inside a word ("O’Brien"; not a clitic's "’s", which the model knows as it is). */
const CURLY_APOSTROPHE = /(?<=\p{L})’(?=\p{L})/gu;

/**
 * The words as the tagger learned them: CoNLL-2003 writes straight apostrophes, so a name
 * with a curly one ("Conan O’Brien", "Sinead O’Connor") was a word it had never seen, and
 * often no name at all. Only what the tagger reads changes; spans and rules keep the text.
 */
function asTrained(tokens: Token[]): Token[] {
  const inWord = (t: Token) => t.text.length > 2 && t.text.includes('’');
  if (!tokens.some(inWord)) return tokens;
  return tokens.map((t) => (inWord(t) ? { ...t, text: t.text.replace(CURLY_APOSTROPHE, "'") } : t));
}

/** Recognizes entity mentions in `text` with the given model. */
export function recognizeWith(model: LoadedModel, text: string, options: RecognizeOptions = {}): EntityMention[] {
  const tokens = tokenize(text);
  const ctx = prepareDocument(text, model.gazetteer, asTrained(tokens));
  const tags = tagDocument(ctx, model.table, options.twoPass ?? true);
  const mentions: EntityMention[] = decodeBilou(tags).map(({ from, to, type }) => {
    const start = tokens[from]!.start;
    const end = tokens[to - 1]!.end;
    return { start, end, type, text: text.slice(start, end) };
  });
  return options.rules === false ? mentions : applyRules(text, tokens, mentions, model.gazetteer);
}
