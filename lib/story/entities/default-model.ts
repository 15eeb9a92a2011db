/** The model shipped with Backstory, built by `npm run train:ner`; parsed once, on first use. */
import data from './model.json' with { type: 'json' };
import { loadModel, type LoadedModel, type SerializedModel } from './model.ts';

let cached: LoadedModel | null = null;

/** The shipped entity model, loaded on first call. */
export function entityModel(): LoadedModel {
  cached ??= loadModel(data as SerializedModel);
  return cached;
}
