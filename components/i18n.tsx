/**
 * Translation for components, passed in by the entrypoint: components never call
 * extension APIs themselves, so tests can render them with plain English strings.
 */
import { createContext } from 'preact';
import { useContext } from 'preact/hooks';
import type en from '../public/_locales/en/messages.json';

export type MessageKey = keyof typeof en;

export interface Translator {
  /** The message for `key` with its `$1`… placeholders filled in. */
  t(key: MessageKey, substitutions?: string | string[]): string;
  /** BCP 47 locale for Intl formatting (the language the messages are in). */
  locale: string;
}

export const I18nContext = createContext<Translator>({ t: (key) => key, locale: 'en' });

export const useI18n = (): Translator => useContext(I18nContext);
