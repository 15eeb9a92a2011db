/**
 * Host access for the banner. Chrome grants the content script's sites at install; Firefox
 * (Manifest V3) lets the reader decide, so the welcome page asks, with the reason.
 */
import { browser } from 'wxt/browser';
import type { HostAccess } from '../components/welcome/WelcomeView.tsx';

const ORIGINS = ['http://*/*', 'https://*/*'];

export async function hasHostAccess(): Promise<HostAccess> {
  if (!import.meta.env.FIREFOX) return 'not-applicable';
  try {
    return (await browser.permissions.contains({ origins: ORIGINS })) ? 'granted' : 'needed';
  } catch {
    return 'not-applicable';
  }
}

/** Asks the reader (must run from a click). */
export async function requestHostAccess(): Promise<HostAccess> {
  try {
    return (await browser.permissions.request({ origins: ORIGINS })) ? 'granted' : 'needed';
  } catch {
    return 'needed';
  }
}
