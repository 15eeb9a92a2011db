/** Named-entity recognition: tokens -> tagger -> spans -> news-specific rules. */
import type { EntityMention } from '../../types.ts';
import { prepareDocument } from './features.ts';
import type { LoadedModel } from './model.ts';
import { applyRules } from './rules.ts';
import { tagDocument } from './tagger.ts';
import { decodeBilou } from './tags.ts';
import { tokenize } from './tokenize.ts';

export interface RecognizeOptions {
  /** Apply the rules for web news (bylines, events, acronyms...). Default true. */
  rules?: boolean;
  /** Run the second, document-consistency pass. Default true. */
  twoPass?: boolean;
}

/** Recognizes entity mentions in `text` with the given model. */
export function recognizeWith(model: LoadedModel, text: string, options: RecognizeOptions = {}): EntityMention[] {
  const tokens = tokenize(text);
  const ctx = prepareDocument(text, model.gazetteer, tokens);
  const tags = tagDocument(ctx, model.table, options.twoPass ?? true);
  const mentions: EntityMention[] = decodeBilou(tags).map(({ from, to, type }) => {
    const start = tokens[from]!.start;
    const end = tokens[to - 1]!.end;
    return { start, end, type, text: text.slice(start, end) };
  });
  return options.rules === false ? mentions : applyRules(text, tokens, mentions, model.gazetteer);
}
