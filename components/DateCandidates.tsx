import { Fragment } from 'preact';
import type { DateCandidate, DateSource, FoundDate } from '../lib/types.ts';
import { useI18n } from './i18n.tsx';
import { SOURCE_NAME } from './source-label.ts';
import { useWording } from './wording.tsx';

export interface DateCandidatesProps {
  candidates: DateCandidate[];
  published: FoundDate | null;
  updated: FoundDate | null;
}

/** The dates the page offered for one day: where they were, and whether one was chosen. */
interface DayGroup {
  day: string;
  /** Each kind of source once, in order of first appearance, with how many dates it gave. */
  sources: { source: DateSource; count: number }[];
  /** The code-like places (`meta[property="article:published_time"]`), each once. */
  details: string[];
  /** Whether this day was chosen as the publication's, or as the last update's. */
  chosen: 'published' | 'updated' | null;
}

/** Candidates grouped by the day they give, best day first (candidates come best first). */
function groupByDay(candidates: DateCandidate[], chosenAs: (candidate: DateCandidate) => DayGroup['chosen']): DayGroup[] {
  const groups = new Map<string, DayGroup>();
  for (const candidate of candidates) {
    let group = groups.get(candidate.day);
    if (!group) groups.set(candidate.day, (group = { day: candidate.day, sources: [], details: [], chosen: null }));
    const name = SOURCE_NAME[candidate.source];
    const same = group.sources.find((entry) => SOURCE_NAME[entry.source] === name);
    if (same) same.count++;
    else group.sources.push({ source: candidate.source, count: 1 });
    if (candidate.detail && !group.details.includes(candidate.detail)) group.details.push(candidate.detail);
    const chosen = chosenAs(candidate);
    if (chosen === 'published' || (chosen && !group.chosen)) group.chosen = chosen;
  }
  return [...groups.values()];
}

/**
 * "Why this date?": each day the page offered, once, with its sources named in words
 * ("the page's metadata ×3, the address"); the code-like places go in a quieter line below.
 */
export function DateCandidates({ candidates, published, updated }: DateCandidatesProps) {
  const { t } = useI18n();
  const wording = useWording();
  const chosenAs = (candidate: DateCandidate): DayGroup['chosen'] => {
    if (candidate.kind === 'updated') return candidate.day === updated?.day && candidate.detail === updated.detail ? 'updated' : null;
    return candidate.day === published?.day && candidate.detail === published.detail ? 'published' : null;
  };
  return (
    <ul class="candidates">
      {groupByDay(candidates, chosenAs).map((group) => {
        const sources = group.sources
          .map(({ source, count }) => (count > 1 ? t('candidateSourceCount', [t(SOURCE_NAME[source]), String(count)]) : t(SOURCE_NAME[source])))
          .join(', ');
        return (
          <li key={group.day} class={group.chosen ? 'chosen' : undefined}>
            <span class="day">{wording.day(group.day)}</span> {t('candidateFrom', sources)}
            {group.chosen ? <strong> · {t(group.chosen === 'published' ? 'candidateChosen' : 'candidateChosenUpdated')}</strong> : null}
            {group.details.length > 0 ? (
              <span class="where">
                {group.details.map((detail, i) => (
                  <Fragment key={detail}>
                    {i > 0 ? ' · ' : ''}
                    <code>{detail}</code>
                  </Fragment>
                ))}
              </span>
            ) : null}
          </li>
        );
      })}
    </ul>
  );
}
