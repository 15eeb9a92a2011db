import { render } from 'preact';
import { browser } from 'wxt/browser';
import { I18nContext } from '../../components/i18n.tsx';
import { applyTheme } from '../../components/theme.ts';
import { PopupApp } from './PopupApp.tsx';
import { browserTranslator } from '../../utils/i18n.ts';

performance.mark('backstory:popup-start');
const i18n = browserTranslator();
document.documentElement.lang = i18n.locale;
document.title = browser.runtime.getManifest().name;
applyTheme(document.documentElement, 'system');
render(
  <I18nContext.Provider value={i18n}>
    <PopupApp />
  </I18nContext.Provider>,
  document.getElementById('app')!,
);
