/** The extension's translator: browser.i18n messages plus a locale for Intl formatting. */
import { browser } from 'wxt/browser';
import type { MessageKey, Translator } from '../components/i18n.tsx';

export function browserTranslator(): Translator {
  const t = (key: MessageKey, substitutions?: string | string[]) =>
    browser.i18n.getMessage(key, substitutions) || key;
  const language = t('localeCode');
  const ui = browser.i18n.getUILanguage();
  // Use the reader's region ("en-GB" date order) when it matches the translation's language.
  const locale = ui.toLowerCase().startsWith(language.toLowerCase()) ? ui : language;
  return { t, locale };
}
