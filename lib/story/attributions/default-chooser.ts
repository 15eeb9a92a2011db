/** The chooser shipped with Backstory, built by scripts/train-attribution-chooser.ts. */
import data from './chooser.json' with { type: 'json' };
import type { Chooser } from './choose';

export const defaultChooser = (): Chooser => data as Chooser;
