import { useEffect, useState } from 'preact/hooks';
import type { BannerModel } from '../lib/page/banner-decision.ts';
import type { Theme } from '../lib/settings.ts';
import { useI18n } from './i18n.tsx';
import { SOURCE_LABEL } from './source-label.ts';
import { DateCandidates } from './DateCandidates.tsx';
import { useWording } from './wording.tsx';
import type { Wording } from '../lib/wording.ts';

export interface BannerProps {
  model: BannerModel;
  /** The site as the reader knows it ("vice.com"), for "Turn off on …". */
  site: string;
  theme: Theme;
  onDismiss(): void;
  onSiteOff(): void;
  /**
   * Which events the banner acts on. In a page, only the reader's own (`isTrusted`): behind the
   * closed shadow root a page cannot reach the buttons, and if it ever did, its `.click()` must
   * still do nothing.
   */
  accepts?: (event: Event) => boolean;
}

const readerMade = (event: Event) => event.isTrusted;

/** The staleness banner: how old the story is, based on which date, from where. */
export function Banner({ model, site, theme, onDismiss, onSiteOff, accepts = readerMade }: BannerProps) {
  const { t } = useI18n();
  const wording = useWording();
  // The status text is filled in after mounting so screen readers announce it once.
  const [announced, setAnnounced] = useState(false);
  const [explaining, setExplaining] = useState(false);
  useEffect(() => {
    const timer = setTimeout(() => setAnnounced(true), 50);
    return () => clearTimeout(timer);
  }, []);

  const headline = t('bannerHeadline', wording.ageAmount(model.age));
  const basis = describeBasis(model, wording, t);
  const source = t(SOURCE_LABEL[model.basis.date.source]);
  // Every handler goes through this: a scripted click or key press is ignored.
  const onlyReal = (act: () => void) => (event: Event) => {
    if (accepts(event)) act();
  };
  const dismissLabel = t('bannerDismiss');

  return (
    <div
      class="banner"
      data-theme={theme}
      role="region"
      aria-label={t('bannerLabel')}
      aria-keyshortcuts="Escape"
      onKeyDown={(event) => event.key === 'Escape' && onlyReal(onDismiss)(event)}
    >
      <div class="row">
      <svg class="icon" viewBox="0 0 24 24" width="20" height="20" aria-hidden="true">
        <circle cx="12" cy="12" r="9" fill="none" stroke="currentColor" stroke-width="2" />
        <path d="M12 7v5l3 2" fill="none" stroke="currentColor" stroke-width="2" stroke-linecap="round" />
      </svg>
      <div class="text">
        <p class="headline" role="status">{announced ? headline : ''}</p>
        <p class="basis">
          {basis} <span class="dot" aria-hidden="true">·</span> {source}
        </p>
      </div>
      <div class="actions">
        {model.candidates.length > 0 ? (
          <button type="button" class="link why" aria-expanded={explaining} aria-controls="backstory-why" onClick={onlyReal(() => setExplaining(!explaining))}>
            {explaining ? t('bannerWhyHide') : t('whyThisDate')}
          </button>
        ) : null}
        <button type="button" class="link site-off" onClick={onlyReal(onSiteOff)}>
          {t('bannerSiteOff', site)}
        </button>
        <button
          type="button"
          class="close"
          onClick={onlyReal(onDismiss)}
          aria-label={dismissLabel}
          aria-keyshortcuts="Escape"
          title={`${dismissLabel} (${t('bannerKeyboardHint')})`}
        >
          <svg viewBox="0 0 24 24" width="16" height="16" aria-hidden="true">
            <path d="M6 6l12 12M18 6L6 18" stroke="currentColor" stroke-width="2.2" stroke-linecap="round" />
          </svg>
        </button>
      </div>
      </div>
      {explaining ? (
        <div id="backstory-why" class="details">
          <DateCandidates candidates={model.candidates} published={model.published} updated={model.updated} />
        </div>
      ) : null}
    </div>
  );
}

/** "Published 28 Sep 2017 · updated 3 Oct 2017", or just the one date there is. */
function describeBasis(model: BannerModel, wording: Wording, t: ReturnType<typeof useI18n>['t']): string {
  const { published, updated } = model;
  const parts: string[] = [];
  if (published) parts.push(t('bannerPublished', wording.day(published.day)));
  if (updated && updated.day !== published?.day) {
    parts.push(t(published ? 'bannerUpdated' : 'bannerUpdatedFirst', wording.day(updated.day)));
  }
  return parts.join(' · ');
}
