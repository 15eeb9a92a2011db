/**
 * The banner's ages and dates, worded by the background: Intl's first use would cost the page's
 * main thread 10–30 ms (locale data). If the background cannot answer, they are worded here.
 */
import type { BannerModel } from '../../lib/page/banner-decision.ts';
import { amountOf } from '../../lib/age.ts';
import { presetWording, type PresetWords, type Wording } from '../../lib/wording.ts';
import { askBackground, MAX_WORDED } from '../../utils/messages.ts';

export async function bannerWording(model: BannerModel, fallback: Wording): Promise<Wording> {
  const days = [model.published?.day, model.updated?.day, ...model.candidates.map((c) => c.day)];
  const unique = [...new Set(days.filter((day): day is string => !!day))].slice(0, MAX_WORDED);
  try {
    const words = await askBackground({ type: 'backstory:wording', ages: [amountOf(model.age)], days: unique });
    return isPresetWords(words) ? presetWording(words, fallback) : fallback;
  } catch {
    return fallback;
  }
}

const isRecordOfStrings = (value: unknown): value is Record<string, string> =>
  typeof value === 'object' && value !== null && Object.values(value).every((v) => typeof v === 'string');

function isPresetWords(value: unknown): value is PresetWords {
  return typeof value === 'object' && value !== null && isRecordOfStrings((value as PresetWords).ages) && isRecordOfStrings((value as PresetWords).days);
}
