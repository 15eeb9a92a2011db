/**
 * The messages between Backstory's parts, each defined once with its reply type.
 * - content script → background: what to show on the toolbar badge, and the banner's words
 *   for its ages and dates (Intl is costly on a page's main thread, cheap in the background);
 * - popup → content script: a copy of the page to analyse (the popup analyses it, so the page's
 *   main thread never runs Readability or the NLP), highlighting in the page, and the content
 *   script's state (which page, a failed save, timings for the end-to-end tests).
 */
import { browser } from 'wxt/browser';
import { AGE_UNITS, parseDay, type AgeAmount, type AgeUnit } from '../lib/age.ts';
import type { PresetWords } from '../lib/wording.ts';
import type { HighlightTarget } from '../lib/story/highlight-target.ts';
import type { ArticleAnalysis } from '../lib/types.ts';
import type { QuickLook } from '../lib/page/quick-look.ts';

export interface BadgeMessage {
  type: 'backstory:badge';
  /**
   * The story's age, or null to clear the badge. The background words it: Intl's first use
   * costs a page ~20 ms of main thread (locale data), the service worker pays it once.
   */
  age: AgeAmount | null;
}

export interface WordingMessage {
  type: 'backstory:wording';
  ages: AgeAmount[];
  /** Calendar days, "2017-09-28". */
  days: string[];
}

/** The banner's "off for this site": written by the background, one writer for every tab. */
export interface QuietSiteMessage {
  type: 'backstory:quiet-site';
  host: string;
}

export interface SnapshotMessage {
  type: 'backstory:snapshot';
}

export interface StatusMessage {
  type: 'backstory:status';
  /** Also report the banner on show: the end-to-end tests ask, the popup does not (it costs a layout). */
  banner?: boolean;
}

export interface HighlightMessage {
  type: 'backstory:highlight';
  target: HighlightTarget;
}

export type AnalyzeReply =
  | { ok: true; analysis: ArticleAnalysis; ms: number; cached: boolean }
  | { ok: false; error: string };

/** The page as the popup analyses it. */
export interface SnapshotReply {
  /** Identifies the page (address and title), as in StatusReply. */
  key: string;
  url: string;
  html: string;
  /** The content script's quick look, when it has made one for this address. */
  look: QuickLook | null;
}

export interface StatusReply {
  url: string;
  /** Identifies the page shown (address and title: single-page sites change both). */
  key: string;
  /** A dismissal or site switch from the banner could not be saved. */
  saveFailed: boolean;
  timings: Record<string, number[]>;
  /** The banner on show when the message asked for it, else null. */
  banner: BannerReport | null;
}

/**
 * The banner as the content script sees it. Its shadow root is closed, so the page cannot read
 * it; Backstory's own pages (the end-to-end tests) read it here, and click where it says.
 */
export interface BannerReport {
  /** The shadow root's HTML, its styles included. */
  html: string;
  /** Viewport boxes of its buttons, by class: `close`, `site-off`, `why` (when shown). */
  buttons: Record<string, { x: number; y: number; width: number; height: number }>;
  /** Class of the focused element inside it, or null. */
  focused: string | null;
  /** Computed styles that show its CSS applied: the banner's background, the headline's font size. */
  background: string;
  fontSize: string;
}

/** Replies, by message type. */
export interface Replies {
  'backstory:badge': void;
  'backstory:wording': PresetWords;
  /** True when saved; false when the background could not save it. */
  'backstory:quiet-site': boolean;
  'backstory:snapshot': SnapshotReply;
  'backstory:highlight': boolean;
  'backstory:status': StatusReply;
}

export type BackgroundMessage = BadgeMessage | WordingMessage | QuietSiteMessage;
export type PageMessage = SnapshotMessage | HighlightMessage | StatusMessage;

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null;

const isAge = (age: unknown): age is AgeAmount =>
  isObject(age) && Number.isInteger(age.count) && (age.count as number) >= 0 && AGE_UNITS.includes(age.unit as AgeUnit);

/** Only well-formed, small requests are taken: at most this many ages and days. */
export const MAX_WORDED = 50;

export function isBackgroundMessage(value: unknown): value is BackgroundMessage {
  if (!isObject(value)) return false;
  if (value.type === 'backstory:badge') return value.age === null || isAge(value.age);
  if (value.type === 'backstory:quiet-site') return typeof value.host === 'string' && value.host.length <= 300;
  if (value.type === 'backstory:wording') {
    const { ages, days } = value;
    return Array.isArray(ages) && ages.length <= MAX_WORDED && ages.every(isAge) &&
      Array.isArray(days) && days.length <= MAX_WORDED && days.every((day) => typeof day === 'string' && parseDay(day) !== null);
  }
  return false;
}

const isStrings = (value: unknown): value is string[] => Array.isArray(value) && value.every((v) => typeof v === 'string');

function isHighlightTarget(target: unknown): target is HighlightTarget {
  if (!isObject(target)) return false;
  return (target.kind === 'entity' && isStrings(target.names)) || (target.kind === 'quote' && isStrings(target.pieces));
}

export function isPageMessage(value: unknown): value is PageMessage {
  if (!isObject(value)) return false;
  if (value.type === 'backstory:snapshot' || value.type === 'backstory:status') return true;
  if (value.type === 'backstory:highlight') return isHighlightTarget(value.target);
  return false;
}

/** Tells the background something; a missing listener (extension reloading) is not an error. */
export async function sendToBackground(message: BackgroundMessage): Promise<void> {
  try {
    await browser.runtime.sendMessage(message);
  } catch {
    // The background may be restarting; the badge is cosmetic.
  }
}

/** Asks the background; rejects when it cannot answer (restarting, extension reloaded). */
export async function askBackground<M extends BackgroundMessage>(message: M): Promise<Replies[M['type']]> {
  return (await browser.runtime.sendMessage(message)) as Replies[M['type']];
}

/** Asks the content script in a tab; rejects when no content script is there to answer. */
export async function sendToPage<M extends PageMessage>(tabId: number, message: M): Promise<Replies[M['type']]> {
  return (await browser.tabs.sendMessage(tabId, message, { frameId: 0 })) as Replies[M['type']];
}
