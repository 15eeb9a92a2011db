/** The chooser shipped with Backstory, built by scripts/train-attribution-chooser.ts. */
import data from './chooser.json' with { type: 'json' };
import type { Chooser } from './choose';

export const defaultChooser = (): Chooser => data as Chooser;

/**
 * How sure the chooser must be of a statement the popup lists. The trained threshold (0.48)
 * is the best content+source F1 on PolNeAR, which the eval scores; a reader is better served by
 * fewer, surer statements (one wrong one and the rest are doubted). At 0.6, on PolNeAR dev,
 * reported and mixed statements are right 82% of the time instead of 76%, and 10% fewer right
 * ones are found; on the web stories of ../shared/data/dates, 32 of 40 statements it drops
 * (a sample, read one by one) were no one's statement ("The method presented above is a very
 * simple method", "Yoon Suk Yeol: a concern that had been expressed …").
 */
const READER_THRESHOLD = 0.6;

const reader: Chooser = { ...defaultChooser(), threshold: Math.max(defaultChooser().threshold, READER_THRESHOLD) };

/** The shipped chooser with the popup's threshold. */
export const readerChooser = (): Chooser => reader;
