import { render } from 'preact';
import { act } from 'preact/test-utils';
import type { ComponentChildren } from 'preact';
import { I18nContext, type MessageKey, type Translator } from '../../../components/i18n.tsx';
import en from '../../../public/_locales/en/messages.json';

type Messages = Record<string, { message: string; placeholders?: Record<string, { content: string }> }>;

/** A translator over the English messages, filling `$NAME$` placeholders like browser.i18n. */
export function englishTranslator(): Translator {
  return translatorFor(en, 'en-US');
}

/** A translator over one locale's messages.json, filling placeholders like browser.i18n. */
export function translatorFor(messages: Messages, locale: string): Translator {
  return {
    locale,
    t(key: MessageKey, substitutions?: string | string[]) {
      const entry = messages[key];
      if (!entry) return key;
      const subs = substitutions === undefined ? [] : Array.isArray(substitutions) ? substitutions : [substitutions];
      return entry.message.replace(/\$([A-Za-z0-9_]+)\$/g, (_, name: string) => {
        const content = entry.placeholders?.[name.toLowerCase()]?.content ?? '';
        return content.replace(/\$(\d)/, (_m, n: string) => subs[Number(n) - 1] ?? '');
      });
    },
  };
}

/** Renders into a fresh container, with English messages unless told, and returns the container. */
export function renderWithI18n(ui: ComponentChildren, translator: Translator = englishTranslator()): HTMLElement {
  const container = document.createElement('div');
  document.body.append(container);
  act(() => {
    render(<I18nContext.Provider value={translator}>{ui}</I18nContext.Provider>, container);
  });
  return container;
}
