import { useState } from 'preact/hooks';
import { formatAgeAmount } from '../../lib/format.ts';
import { normalizeHost, SECTIONS, THEMES, THRESHOLD_CHOICES, type Section, type Settings, type Theme } from '../../lib/settings.ts';
import { useI18n, type MessageKey } from '../i18n.tsx';

export interface OptionsViewProps {
  settings: Settings;
  /** 'full': the quiet list has no room for another site (sync storage's per-item limit). */
  status: 'idle' | 'saved' | 'failed' | 'full';
  onChange(change: Partial<Settings>): void;
}

const SECTION_LABEL: Record<Section, MessageKey> = {
  people: 'popupPeople',
  organizations: 'popupOrganizations',
  places: 'popupPlaces',
  other: 'popupOther',
  quotes: 'popupStatements',
};
const THEME_LABEL: Record<Theme, MessageKey> = {
  system: 'optionsThemeSystem',
  light: 'optionsThemeLight',
  dark: 'optionsThemeDark',
};

/** The options page: every setting, saved as soon as it changes. */
export function OptionsView({ settings, status, onChange }: OptionsViewProps) {
  const { t, locale } = useI18n();
  const [newSite, setNewSite] = useState('');
  const thresholdLabel = (months: number) =>
    formatAgeAmount(months % 12 === 0 ? { count: months / 12, unit: 'year' } : { count: months, unit: 'month' }, locale);

  const addSite = (event: Event) => {
    event.preventDefault();
    const site = normalizeHost(newSite.replace(/^[a-z]+:\/\//i, '').split('/')[0] ?? '');
    if (site) onChange({ quietSites: [...settings.quietSites, site] });
    setNewSite('');
  };

  return (
    <main class="options">
      <h1>{t('optionsTitle')}</h1>

      <section aria-labelledby="banner-heading">
        <h2 id="banner-heading">{t('optionsBanner')}</h2>
        <label class="row">
          <input type="checkbox" name="bannerEnabled" checked={settings.bannerEnabled} onChange={(e) => onChange({ bannerEnabled: e.currentTarget.checked })} />
          {t('optionsBannerEnabled')}
        </label>
        <label class="row">
          {t('optionsThreshold')}
          <select
            name="thresholdMonths"
            value={String(settings.thresholdMonths)}
            onChange={(e) => onChange({ thresholdMonths: Number(e.currentTarget.value) })}
          >
            {THRESHOLD_CHOICES.map((months) => (
              <option key={months} value={String(months)}>{thresholdLabel(months)}</option>
            ))}
          </select>
        </label>
        <fieldset>
          <legend>{t('optionsJudgeBy')}</legend>
          {(['published', 'updated'] as const).map((judgeBy) => (
            <label class="row" key={judgeBy}>
              <input type="radio" name="judgeBy" value={judgeBy} checked={settings.judgeBy === judgeBy} onChange={() => onChange({ judgeBy })} />
              {t(judgeBy === 'published' ? 'optionsJudgePublished' : 'optionsJudgeUpdated')}
            </label>
          ))}
        </fieldset>
      </section>

      <section aria-labelledby="quiet-heading">
        <h2 id="quiet-heading">{t('optionsQuietSites')}</h2>
        {settings.quietSites.length === 0 ? <p class="muted">{t('optionsQuietSitesNone')}</p> : null}
        <ul class="sites">
          {settings.quietSites.map((site) => (
            <li key={site}>
              <span>{site}</span>
              <button type="button" class="remove" aria-label={t('optionsRemoveSite', site)} onClick={() => onChange({ quietSites: settings.quietSites.filter((s) => s !== site) })}>
                ×
              </button>
            </li>
          ))}
        </ul>
        <form class="add-site" onSubmit={addSite}>
          <input
            type="text"
            name="newSite"
            inputMode="url"
            autoComplete="off"
            spellcheck={false}
            placeholder="example.com"
            aria-label={t('optionsAddSite')}
            aria-describedby="quiet-help"
            value={newSite}
            onInput={(e) => setNewSite(e.currentTarget.value)}
          />
          <button type="submit">{t('optionsAddSite')}</button>
        </form>
        <p id="quiet-help" class="muted">{t('optionsQuietSitesHelp')}</p>
      </section>

      <section aria-labelledby="popup-heading">
        <h2 id="popup-heading">{t('optionsPopup')}</h2>
        {SECTIONS.map((section) => (
          <label class="row" key={section}>
            <input
              type="checkbox"
              name={`section-${section}`}
              checked={settings.sections[section]}
              onChange={(e) => onChange({ sections: { ...settings.sections, [section]: e.currentTarget.checked } })}
            />
            {t(SECTION_LABEL[section])}
          </label>
        ))}
      </section>

      <section aria-labelledby="appearance-heading">
        <h2 id="appearance-heading">{t('optionsAppearance')}</h2>
        <fieldset>
          <legend>{t('optionsTheme')}</legend>
          {THEMES.map((theme) => (
            <label class="row" key={theme}>
              <input type="radio" name="theme" value={theme} checked={settings.theme === theme} onChange={() => onChange({ theme })} />
              {t(THEME_LABEL[theme])}
            </label>
          ))}
        </fieldset>
      </section>

      <p class="privacy">{t('optionsPrivacy')}</p>
      <p class="status" role="status">
        {status === 'saved' ? t('optionsSaved') : status === 'failed' ? t('popupSaveFailed') : status === 'full' ? t('optionsQuietSitesFull') : ''}
      </p>
    </main>
  );
}
