import type { DateCandidate, FoundDate } from '../lib/types.ts';
import { useI18n } from './i18n.tsx';
import { SOURCE_LABEL } from './source-label.ts';
import { useWording } from './wording.tsx';

export interface DateCandidatesProps {
  candidates: DateCandidate[];
  published: FoundDate | null;
  updated: FoundDate | null;
}

/** "Why this date?": every date the page offered, where it was, and which one was chosen. */
export function DateCandidates({ candidates, published, updated }: DateCandidatesProps) {
  const { t } = useI18n();
  const wording = useWording();
  const isChosen = (candidate: DateCandidate) =>
    candidate.kind === 'updated'
      ? candidate.day === updated?.day && candidate.detail === updated.detail
      : candidate.day === published?.day && candidate.detail === published.detail;
  return (
    <ul class="candidates">
      {candidates.map((candidate, i) => (
        <li key={i} class={isChosen(candidate) ? 'chosen' : undefined}>
          <span class="day">{wording.day(candidate.day)}</span> {t(SOURCE_LABEL[candidate.source])}{' '}
          <code>{candidate.detail}</code>
          {isChosen(candidate) ? <strong> · {t('candidateChosen')}</strong> : null}
        </li>
      ))}
    </ul>
  );
}
