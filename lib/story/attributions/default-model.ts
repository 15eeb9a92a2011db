/** The model shipped with Backstory, built by `npm run train:attributions`; parsed once, on first use. */
import data from './model.json' with { type: 'json' };
import { loadAttributionModel, type LoadedAttributionModel, type SerializedAttributionModel } from './model';

let cached: LoadedAttributionModel | null = null;

export function defaultAttributionModel(): LoadedAttributionModel {
  cached ??= loadAttributionModel(data as unknown as SerializedAttributionModel);
  return cached;
}
