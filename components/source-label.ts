import type { DateSource } from '../lib/types.ts';
import type { MessageKey } from './i18n.tsx';

/** The message that says where a date came from ("from the page's metadata"). */
export const SOURCE_LABEL: Record<DateSource, MessageKey> = {
  'json-ld': 'sourceJsonLd',
  meta: 'sourceMeta',
  microdata: 'sourceMicrodata',
  time: 'sourceTime',
  url: 'sourceUrl',
  byline: 'sourceByline',
  text: 'sourceText',
};

/** The source as a noun a reader understands ("the page's metadata"), for lists of sources. */
export const SOURCE_NAME: Record<DateSource, MessageKey> = {
  'json-ld': 'sourceNameJsonLd',
  meta: 'sourceNameMeta',
  microdata: 'sourceNameMeta', // to a reader, itemprop markup is metadata like <meta>
  time: 'sourceNameTime',
  url: 'sourceNameUrl',
  byline: 'sourceNameByline',
  text: 'sourceNameText',
};
