/** The wording of ages and dates in effect for components (see lib/wording.ts). */
import { createContext } from 'preact';
import { useContext } from 'preact/hooks';
import { intlWording, type Wording } from '../lib/wording.ts';
import { useI18n } from './i18n.tsx';

const WordingContext = createContext<Wording | null>(null);
export const WordingProvider = WordingContext.Provider;

/** A provider's wording, or Intl in the translation's locale. */
export function useWording(): Wording {
  const preset = useContext(WordingContext);
  const { locale } = useI18n();
  return preset ?? intlWording(locale);
}
