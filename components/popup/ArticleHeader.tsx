import { ageBetween, isStale, localDay, parseDay } from '../../lib/age.ts';
import { formatAgeAmount, formatAgeRelative, formatDay } from '../../lib/format.ts';
import type { ArticleAnalysis } from '../../lib/types.ts';
import { useI18n } from '../i18n.tsx';
import { DateCandidates } from '../DateCandidates.tsx';

export interface ArticleHeaderProps {
  analysis: ArticleAnalysis;
  host: string;
  now: Date;
  /** Stories at least this old get the "over N years old" note, as on the banner. */
  thresholdMonths: number;
}

/** Title, site, byline, dates with age, reading time, and where the date came from. */
export function ArticleHeader({ analysis, host, now, thresholdMonths }: ArticleHeaderProps) {
  const { t, locale } = useI18n();
  const { published, updated, candidates } = analysis.dates;
  const day = published && parseDay(published.day);
  const age = day && ageBetween(day, localDay(now));
  const site = analysis.siteName || host;
  return (
    <header class="article">
      {age && isStale(age, thresholdMonths) ? (
        <p class="stale">{t('bannerHeadline', formatAgeAmount(age, locale))}</p>
      ) : null}
      <h1 class="title">{analysis.title}</h1>
      <p class="meta">
        {[...new Set([site, analysis.byline].filter(Boolean))].join(' · ')}
      </p>
      <p class="meta dates">
        {published ? (
          <span>
            {t('popupPublished', formatDay(published.day, locale))}
            {age && age.count > 0 ? <span class="age"> ({formatAgeRelative(age, locale)})</span> : null}
          </span>
        ) : (
          <span>{t('popupNoDate')}</span>
        )}
        {updated && updated.day !== published?.day ? <span> · {t('popupUpdated', formatDay(updated.day, locale))}</span> : null}
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
