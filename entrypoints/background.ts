/**
 * The background paints the toolbar badge for the tab a content script reports on, words the
 * banner's ages and dates for it, opens the welcome page once, when Backstory is installed, and
 * moves the dismissals an older version kept into their bounded form when it updates.
 */
import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { intlWording, wordAhead } from '../lib/wording.ts';
import { formatAgeAmount, formatAgeBadge } from '../lib/format.ts';
import { browserTranslator } from '../utils/i18n.ts';
import { isBackgroundMessage } from '../utils/messages.ts';
import { prune } from '../utils/dismissed.ts';
import { setSiteQuiet } from '../utils/settings.ts';

export default defineBackground(() => {
  const i18n = browserTranslator();
  browser.runtime.onMessage.addListener((message: unknown, sender) => {
    const tabId = sender.tab?.id;
    if (!isBackgroundMessage(message) || tabId === undefined || sender.frameId !== 0) return;
    // The banner's ages and dates, worded here so the page does not load Intl's locale data.
    if (message.type === 'backstory:wording') return Promise.resolve(wordAhead(intlWording(i18n.locale), message.ages, message.days));
    // Settings changes from every tab go through here, one after another (and under the lock the
    // popup and options page take), so two tabs switching sites off at once both land.
    if (message.type === 'backstory:quiet-site') return setSiteQuiet(message.host, true).then(() => true, () => false);
    const { age } = message;
    const action = browser.action ?? browser.browserAction;
    void action.setBadgeText({ tabId, text: age ? formatAgeBadge(age, i18n.locale) : '' }).catch(() => {});
    void action.setBadgeBackgroundColor({ tabId, color: '#8a5a00' }).catch(() => {});
    const title = age ? i18n.t('bannerHeadline', formatAgeAmount(age, i18n.locale)) : browser.runtime.getManifest().name;
    void action.setTitle({ tabId, title }).catch(() => {});
  });

  browser.runtime.onInstalled.addListener((details) => {
    // Not for Firefox's temporary (developer/test) installs: a tab at every reload.
    const temporary = (details as { temporary?: boolean }).temporary === true;
    // Dismissals kept by an older version as one list (which a page could grow to the quota)
    // become one small entry each.
    if (details.reason === 'update') void prune().catch(() => {});
    if (details.reason === 'install' && !temporary) void browser.tabs.create({ url: browser.runtime.getURL('/welcome.html') });
  });
});
