import { formatCount } from '../../lib/format.ts';
import type { Translator } from '../i18n.tsx';

/** "1 statement" / "3 statements" (messages have no plural forms: one and other are two keys). */
export function statementCount(t: Translator['t'], count: number, locale: string): string {
  return count === 1 ? t('popupStatementOne') : t('popupStatementCount', formatCount(count, locale));
}
