import type { Settings } from '../../lib/settings.ts';
import { useI18n } from '../i18n.tsx';

export interface QuickSettingsProps {
  settings: Settings;
  /** The current site, when the banner can be switched for it. */
  site: string | null;
  siteQuiet: boolean;
  saveFailed: boolean;
  onBannerEverywhere(enabled: boolean): void;
  onBannerHere(enabled: boolean): void;
  onOpenSettings(): void;
  onOpenHelp(): void;
}

/** The most used settings, at hand in the popup. */
export function QuickSettings(props: QuickSettingsProps) {
  const { t } = useI18n();
  const { settings, site } = props;
  return (
    <footer class="quick">
      <label class="switch">
        <input type="checkbox" checked={settings.bannerEnabled} onChange={(e) => props.onBannerEverywhere(e.currentTarget.checked)} />
        <span>{t('popupBannerEverywhere')}</span>
      </label>
      {site ? (
        <label class="switch">
          <input
            type="checkbox"
            checked={!props.siteQuiet}
            disabled={!settings.bannerEnabled}
            onChange={(e) => props.onBannerHere(e.currentTarget.checked)}
          />
          <span>
            {t('popupBannerHere')} <span class="site">({site})</span>
          </span>
        </label>
      ) : null}
      {props.saveFailed ? <p role="alert" class="error">{t('popupSaveFailed')}</p> : null}
      <span class="links">
        <button type="button" class="link-button" onClick={props.onOpenHelp}>
          {t('popupHelp')}
        </button>
        <button type="button" class="link-button" onClick={props.onOpenSettings}>
          {t('popupSettings')}
        </button>
      </span>
    </footer>
  );
}
