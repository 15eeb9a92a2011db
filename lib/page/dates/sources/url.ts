import { toDay } from '../../../day.ts';
import { candidate, type Candidate } from '../candidate.ts';
import { W } from '../weights.ts';
import { addressOf } from '../../address.ts';

/** /2017/09/28/, /2017-09-28-, /2017_9_28 */
const SPLIT = /(?<!\d)((?:19|20)\d\d)([/_.-])(\d\d?)\2(\d\d?)(?!\d)/;
/** _28.09.2017_ or /29-10-2021: day first, as in most of the world */
const DAY_FIRST = /(?<![\d.])(\d\d?)([._-])(\d\d?)\2((?:19|20)\d\d)(?!\d)/;
/** /20170928/ or -20170928. : exactly eight digits */
const COMPACT = /(?<!\d)((?:19|20)\d\d)(0[1-9]|1[0-2])(0[1-9]|[12]\d|3[01])(?!\d)/;
/** /2017/09/ : year and month only, used to confirm dates found elsewhere */
const MONTH = /(?<!\d)((?:19|20)\d\d)[/_-](0?[1-9]|1[0-2])(?:[/_-]|$)(?!\d)/;

/** Dates written in the page address (path and query; never the host). */
export function urlCandidates(url: string | null | undefined): Candidate[] {
  const where = addressPart(url);
  const split = SPLIT.exec(where);
  const day = split ? toDay(+split[1]!, +split[3]!, +split[4]!) : null;
  if (day) return [candidate(day, 'url', 'date in the address', 'published', W.urlSplit, split![0])];
  const dmy = DAY_FIRST.exec(where);
  const dday = dmy ? toDay(+dmy[4]!, +dmy[3]!, +dmy[1]!) ?? toDay(+dmy[4]!, +dmy[1]!, +dmy[3]!) : null;
  if (dday) return [candidate(dday, 'url', 'date in the address', 'published', W.urlDayFirst, dmy![0])];
  const compact = COMPACT.exec(where);
  const cday = compact ? toDay(+compact[1]!, +compact[2]!, +compact[3]!) : null;
  if (cday) return [candidate(cday, 'url', 'date in the address', 'published', W.urlCompact, compact![0])];
  return [];
}

/** "YYYY-MM" when the address has a year and month but no day (/2017/09/slug). */
export function urlMonth(url: string | null | undefined): string | null {
  const m = MONTH.exec(addressPart(url));
  return m ? `${m[1]}-${m[2]!.padStart(2, '0')}` : null;
}

function addressPart(url: string | null | undefined): string {
  const u = addressOf(url);
  if (!u) return '';
  let path = u.pathname + u.search;
  try {
    path = decodeURIComponent(path);
  } catch {
    // a stray "%" is not worth losing the address for
  }
  return path.slice(0, 500);
}
