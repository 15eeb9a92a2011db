import { render, type ComponentChildren } from 'preact';
import { I18nContext, type MessageKey } from '../components/i18n.tsx';
import { applyTheme } from '../components/theme.ts';
import { browserTranslator } from './i18n.ts';

/**
 * Starts one of Backstory's own pages (popup, options, welcome): the UI language on <html>, the
 * title, the system theme until the settings say otherwise, and the app rendered into #app.
 */
export function mountExtensionPage(app: ComponentChildren, title: MessageKey): void {
  const i18n = browserTranslator();
  document.documentElement.lang = i18n.locale;
  document.title = i18n.t(title);
  applyTheme(document.documentElement, 'system');
  render(<I18nContext.Provider value={i18n}>{app}</I18nContext.Provider>, document.getElementById('app')!);
}
