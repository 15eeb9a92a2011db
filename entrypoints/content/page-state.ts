/**
 * What the content script knows about the page, shared by the page watch (which makes the quick
 * look) and the popup's requests (which hand it to the popup's analysis).
 */
import type { QuickLook } from '../../lib/page/quick-look.ts';
import type { BannerReport } from '../../utils/messages.ts';

export const pageState = {
  /** The quick look for `lookUrl` (address without fragment), once made. */
  look: null as QuickLook | null,
  lookUrl: '',
  /** A dismissal or site switch made from the banner could not be saved (the popup says so). */
  saveFailed: false,
  /** The banner on show (set by the page watch, which owns the banner). */
  reportBanner: (): BannerReport | null => null,
};

/** Identifies "this page" for the popup's kept analysis: address and title (single-page sites change both). */
export const pageKey = (): string => `${location.href}\n${document.title}`;
