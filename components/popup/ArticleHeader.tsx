import { isStale } from '../../lib/age.ts';
import { storyAge } from '../../lib/page/banner-decision.ts';
import { formatAgeAgo } from '../../lib/format.ts';
import type { Settings } from '../../lib/settings.ts';
import type { ArticleAnalysis } from '../../lib/types.ts';
import { useI18n } from '../i18n.tsx';
import { useWording } from '../wording.tsx';
import { DateCandidates } from '../DateCandidates.tsx';

export interface ArticleHeaderProps {
  analysis: ArticleAnalysis;
  host: string;
  now: Date;
  /** The banner's settings: stories it would call old get the same "over N years old" note. */
  settings: Pick<Settings, 'thresholdMonths' | 'judgeBy'>;
}

/** Title, site, byline, dates with age, reading time, and where the date came from. */
export function ArticleHeader({ analysis, host, now, settings }: ArticleHeaderProps) {
  const { t, locale } = useI18n();
  const wording = useWording();
  const { published, updated, candidates } = analysis.dates;
  // The note judges by the reader's chosen date, as the banner does; "(over 9 years ago)" is the publication's.
  const judged = storyAge(analysis, settings.judgeBy, now);
  const age = storyAge(analysis, 'published', now)?.age;
  const site = analysis.siteName || host;
  return (
    <header class="article">
      {judged && isStale(judged.age, settings.thresholdMonths) ? (
        <p class="stale">{t('bannerHeadline', wording.ageAmount(judged.age))}</p>
      ) : null}
      <h1 class="title">{analysis.title}</h1>
      <p class="meta">
        {[...new Set([site, analysis.byline].filter(Boolean))].join(' · ')}
      </p>
      <p class="meta dates">
        {published ? (
          <span>
            {t('popupPublished', wording.day(published.day))}
            {age && age.count > 0 ? <span class="age"> ({formatAgeAgo(age, locale, t('ageOver'))})</span> : null}
          </span>
        ) : (
          <span>{t('popupNoDate')}</span>
        )}
        {updated && updated.day !== published?.day ? <span> · {t('popupUpdated', wording.day(updated.day))}</span> : null}
        {analysis.readingMinutes > 0 ? <span> · {t('popupReadingTime', String(analysis.readingMinutes))}</span> : null}
      </p>
      {candidates.length > 0 ? (
        <details class="why">
          <summary>{t('whyThisDate')}</summary>
          <DateCandidates candidates={candidates} published={published} updated={updated} />
        </details>
      ) : null}
    </header>
  );
}
