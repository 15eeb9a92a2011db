import type { BannerModel } from '../../lib/page/banner-decision.ts';
import { DEFAULT_SETTINGS } from '../../lib/settings.ts';
import type { ArticleAnalysis } from '../../lib/types.ts';
import { Banner } from '../Banner.tsx';
import BANNER_CSS from '../banner.css?inline';
import { useI18n } from '../i18n.tsx';
import { Popup } from '../popup/Popup.tsx';
import { ShadowBox } from '../ShadowBox.tsx';

export type HostAccess = 'granted' | 'needed' | 'not-applicable';

export interface WelcomeViewProps {
  /** The sample story as Backstory sees it, once analysed. */
  demo: { analysis: ArticleAnalysis; banner: BannerModel | null } | null;
  shortcut: string | null;
  hostAccess: HostAccess;
  version: string;
  now: Date;
  onRequestAccess(): void;
  onOpenSettings(): void;
}

const noop = () => {};

/** First-run and help page: what Backstory does (live, on the sample story), how, and privacy. */
export function WelcomeView(props: WelcomeViewProps) {
  const { t } = useI18n();
  const { demo } = props;
  return (
    <main class="welcome">
      <header class="hero">
        <img src="/icon.svg" width="56" height="56" alt="" />
        <div>
          <h1>{t('welcomeTitle')}</h1>
          <p>{t('welcomeIntro')}</p>
        </div>
      </header>

      {props.hostAccess !== 'not-applicable' ? (
        <section class="access" aria-labelledby="access-title">
          <h2 id="access-title">{t('welcomeAccessTitle')}</h2>
          {props.hostAccess === 'granted' ? (
            <p role="status">✓ {t('welcomeAccessGranted')}</p>
          ) : (
            <>
              <p>{t('welcomeAccessBody')}</p>
              <button type="button" class="primary" onClick={props.onRequestAccess}>{t('welcomeAccessButton')}</button>
            </>
          )}
        </section>
      ) : null}

      <section aria-labelledby="demo-title">
        <h2 id="demo-title">{t('welcomeDemoTitle')}</h2>
        {demo ? (
          <>
            {demo.banner ? (
              <figure>
                <figcaption>{t('welcomeBannerCaption')}</figcaption>
                <div class="demo-banner">
                  <ShadowBox css={BANNER_CSS}>
                    <Banner model={demo.banner} site="vice.com" theme="system" onDismiss={noop} onSiteOff={noop} />
                  </ShadowBox>
                </div>
              </figure>
            ) : null}
            <figure>
              <figcaption>{t('welcomePopupCaption')}</figcaption>
              <div class="demo-popup">
                <Popup
                  state={{ status: 'ready', analysis: demo.analysis, host: 'vice.com' }}
                  settings={DEFAULT_SETTINGS}
                  now={props.now}
                  saveFailed={false}
                  onAnalyzeAnyway={noop}
                  onRetry={noop}
                  onHighlight={noop}
                  onChangeSettings={noop}
                  onSiteQuiet={noop}
                  onOpenSettings={props.onOpenSettings}
                  onOpenHelp={noop}
                  showSettings={false}
                />
              </div>
            </figure>
          </>
        ) : (
          <p class="muted" aria-busy="true">{t('popupLoading')}</p>
        )}
      </section>

      <section aria-labelledby="how-title">
        <h2 id="how-title">{t('welcomeHowTitle')}</h2>
        <ul>
          <li>{t('welcomeHowBanner')}</li>
          <li>{props.shortcut ? t('welcomeHowPopup', props.shortcut) : t('welcomeHowPopupNoShortcut')}</li>
          <li>{t('welcomeHowBadge')}</li>
        </ul>
        <button type="button" class="secondary" onClick={props.onOpenSettings}>{t('welcomeSettingsLink')}</button>
      </section>

      <section aria-labelledby="privacy-title">
        <h2 id="privacy-title">{t('welcomePrivacyTitle')}</h2>
        <p>{t('welcomePrivacyBody')}</p>
        <h3>{t('welcomePermissionsTitle')}</h3>
        <ul>
          <li>{t('welcomePermissionPages')}</li>
          <li>{t('welcomePermissionStorage')}</li>
          <li>{t('welcomePermissionActiveTab')}</li>
        </ul>
      </section>

      <footer class="muted">{t('welcomeVersion', props.version)}</footer>
    </main>
  );
}
