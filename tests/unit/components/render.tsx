import { render } from 'preact';
import { act } from 'preact/test-utils';
import type { ComponentChildren } from 'preact';
import { I18nContext, type MessageKey, type Translator } from '../../../components/i18n.tsx';
import en from '../../../public/_locales/en/messages.json';

/** A translator over the English messages, filling `$NAME$` placeholders like browser.i18n. */
export function englishTranslator(): Translator {
  const messages = en as Record<string, { message: string; placeholders?: Record<string, { content: string }> }>;
  return {
    locale: 'en-US',
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

/** Renders into a fresh container, with English messages, and returns the container. */
export function renderWithI18n(ui: ComponentChildren): HTMLElement {
  const container = document.createElement('div');
  document.body.append(container);
  act(() => {
    render(<I18nContext.Provider value={englishTranslator()}>{ui}</I18nContext.Provider>, container);
  });
  return container;
}
