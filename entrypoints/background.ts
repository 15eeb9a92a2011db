/**
 * The background paints the toolbar badge for the tab a content script reports on, and
 * opens the welcome page once, when Backstory is installed.
 */
import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { isBackgroundMessage } from '../utils/messages.ts';

export default defineBackground(() => {
  browser.runtime.onMessage.addListener((message: unknown, sender) => {
    const tabId = sender.tab?.id;
    if (!isBackgroundMessage(message) || tabId === undefined || sender.frameId !== 0) return;
    const action = browser.action ?? browser.browserAction;
    void action.setBadgeText({ tabId, text: message.text }).catch(() => {});
    void action.setBadgeBackgroundColor({ tabId, color: '#8a5a00' }).catch(() => {});
    void action.setTitle({ tabId, title: message.title || browser.runtime.getManifest().name }).catch(() => {});
  });

  browser.runtime.onInstalled.addListener((details) => {
    // Not for Firefox's temporary (developer/test) installs: a tab at every reload.
    const temporary = (details as { temporary?: boolean }).temporary === true;
    if (details.reason === 'install' && !temporary) void browser.tabs.create({ url: browser.runtime.getURL('/welcome.html') });
  });
});
