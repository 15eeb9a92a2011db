/**
 * Dates in inline data that is not JSON-LD: `<script type="application/json">`, framework
 * state (`__NEXT_DATA__`, `window.__INITIAL_STATE__ = {…}`) and shop objects, read as
 * `"publishedAt": "2019-03-02T06:22:28+01:00"` pairs without parsing the script. Such data
 * often lists many items (teasers, comments, products), so a date counts only when the values
 * agree; a weak hint for pages with no better date.
 */
import { parseDateValue, type DayOrder } from '../parse.ts';
import { candidate, type Candidate } from '../candidate.ts';
import { W } from '../weights.ts';

/** Keys that name when the item was published (or, a little less surely, created). */
const KEY = /["']?\b(date_?published|published_?(?:at|date|on|time)|publish_?(?:date|time|ed_?date)|publication_?date|first_?published(?:_?(?:at|date))?|pub_?date|created_?(?:at|date)|date_?created)\b["']?\s*:\s*(?:"([^"]{6,40})"|'([^']{6,40})'|(\d{10}(?:\d{3})?)\b)/gi;
/** Script types that hold data or code, never templates (nor JSON-LD, which is read on its own). */
const DATA_TYPE = /^(application\/json|text\/javascript|application\/javascript|module)$/i;
/** Characters of one script looked at, and pairs read in all. */
const MAX_SCRIPT = 300_000;
const MAX_PAIRS = 60;
/** More distinct days than this among the values: a list of items, not one story. */
const MAX_DAYS = 2;

/** The date in inline script data, when its published/created values agree. */
export function scriptDataCandidates(scripts: Element[], order: DayOrder): Candidate[] {
  const days = new Map<string, { count: number; key: string; raw: string }>();
  let pairs = 0;
  let first: string | null = null;
  for (const script of scripts) {
    const type = script.getAttribute('type');
    if (script.hasAttribute('src') || (type && !DATA_TYPE.test(type.trim()))) continue;
    const text = (script.textContent ?? '').slice(0, MAX_SCRIPT);
    KEY.lastIndex = 0;
    for (let m = KEY.exec(text); m && pairs < MAX_PAIRS; m = KEY.exec(text)) {
      const raw = m[2] ?? m[3] ?? m[4]!;
      const day = parseDateValue(m[4] ? +m[4] : raw, order);
      if (!day) continue;
      pairs++;
      first ??= day;
      const seen = days.get(day);
      if (seen) seen.count++;
      else days.set(day, { count: 1, key: m[1]!, raw });
    }
  }
  if (!first || days.size > MAX_DAYS) return [];
  const { key, raw } = days.get(first)!;
  const weight = /creat/i.test(key) ? W.scriptData - W.ldCreatedPenalty : W.scriptData;
  return [candidate(first, 'json-ld', `inline script data "${key}"`, 'published', weight, raw)];
}
