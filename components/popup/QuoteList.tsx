import { useState } from 'preact/hooks';
import { formatCount } from '../../lib/format.ts';
import type { Quote } from '../../lib/types.ts';
import { useI18n } from '../i18n.tsx';

export interface QuoteListProps {
  quotes: Quote[];
  onSelect(quote: Quote): void;
  onCopy(quote: Quote): Promise<boolean>;
}

/** Who said what: each quote with its speaker, a way to find it in the page, and to copy it. */
export function QuoteList({ quotes, onSelect, onCopy }: QuoteListProps) {
  const { t, locale } = useI18n();
  const [copied, setCopied] = useState<number | null>(null);
  if (quotes.length === 0) return null;
  return (
    <section class="section" aria-labelledby="quotes-title" data-section="quotes">
      <h2 id="quotes-title">
        {t('popupQuotes')} <span class="count">{formatCount(quotes.length, locale)}</span>
      </h2>
      <ol class="quotes">
        {quotes.map((quote, i) => (
          <li key={quote.start} class="quote">
            <button type="button" class="quote-text" onClick={() => onSelect(quote)} title={t('popupShowInPage')}>
              {t('quoted', quote.text)}
            </button>
            <div class="quote-footer">
              <span class={quote.speakerName ? 'speaker' : 'speaker unknown'}>
                — {quote.speakerName ?? t('popupUnattributed')}
              </span>
              <button
                type="button"
                class="copy"
                onClick={async () => setCopied((await onCopy(quote)) ? i : null)}
                aria-label={t('popupCopyQuote')}
                title={t('popupCopyQuote')}
              >
                {copied === i ? t('popupCopied') : (
                  <svg viewBox="0 0 24 24" width="14" height="14" aria-hidden="true">
                    <rect x="8" y="8" width="12" height="12" rx="2" fill="none" stroke="currentColor" stroke-width="2" />
                    <path d="M16 8V6a2 2 0 0 0-2-2H6a2 2 0 0 0-2 2v8a2 2 0 0 0 2 2h2" fill="none" stroke="currentColor" stroke-width="2" />
                  </svg>
                )}
              </button>
            </div>
          </li>
        ))}
      </ol>
    </section>
  );
}
