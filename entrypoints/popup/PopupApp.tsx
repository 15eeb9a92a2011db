/**
 * The popup's wiring: finds the tab, asks the page for its analysis, keeps settings in
 * step, and hands plain data to the presentational <Popup>.
 */
import { useCallback, useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { Popup, type PopupState } from '../../components/popup/Popup.tsx';
import { statementCitation } from '../../components/popup/statement-citation.ts';
import { applyTheme } from '../../components/theme.ts';
import { useI18n } from '../../components/i18n.tsx';
import { DEFAULT_SETTINGS, type Settings } from '../../lib/settings.ts';
import type { ReportedStatement } from '../../lib/types.ts';
import { editOf, loadSettings, setSiteQuiet, updateSettings, watchSettings } from '../../utils/settings.ts';
import { analyzeTab, highlightInTab, pageStatus, PageUnavailableError } from '../../utils/page-access.ts';

/** The tab the popup is about: the active one, or `?tab=ID` when opened as a page. */
async function targetTab() {
  const requested = Number(new URLSearchParams(location.search).get('tab'));
  if (Number.isInteger(requested) && requested > 0) return browser.tabs.get(requested);
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab;
}

function hostOf(url: string | undefined): string {
  try {
    const parsed = new URL(url ?? '');
    return parsed.protocol === 'http:' || parsed.protocol === 'https:' ? parsed.hostname : '';
  } catch {
    return '';
  }
}

export function PopupApp() {
  const { locale } = useI18n();
  const [state, setState] = useState<PopupState>({ status: 'loading' });
  const [settings, setSettings] = useState<Settings>(DEFAULT_SETTINGS);
  const [saveFailed, setSaveFailed] = useState(false);
  const [tabId, setTabId] = useState<number | null>(null);

  const load = useCallback(async (force: boolean) => {
    setState({ status: 'loading' });
    try {
      const tab = await targetTab();
      if (tab?.id === undefined) return setState({ status: 'unavailable' });
      setTabId(tab.id);
      // A dismissal or site switch the banner could not save is told here.
      void pageStatus(tab.id).then((status) => status?.saveFailed && setSaveFailed(true));
      const result = await analyzeTab(tab.id, force);
      if (!result.ok) return setState({ status: 'error', message: result.error });
      setState({ status: 'ready', analysis: result.analysis, host: hostOf(result.analysis.url) });
    } catch (error) {
      setState(error instanceof PageUnavailableError ? { status: 'unavailable' } : { status: 'error', message: String(error) });
    }
  }, []);

  useEffect(() => {
    void load(false);
    void loadSettings().then(setSettings);
    return watchSettings(setSettings);
  }, [load]);

  useEffect(() => applyTheme(document.documentElement, settings.theme), [settings.theme]);

  useEffect(() => {
    if (state.status === 'loading') return;
    // For the end-to-end tests and the bench: time from popup open to rendered lists.
    performance.measure('backstory:popup-ready', 'backstory:popup-start');
    document.documentElement.dataset.ready = state.status;
  }, [state]);

  const save = (task: () => Promise<unknown>) => {
    task().then(() => setSaveFailed(false), () => setSaveFailed(true));
  };

  return (
    <Popup
      state={state}
      settings={settings}
      now={new Date()}
      saveFailed={saveFailed}
      onAnalyzeAnyway={() => void load(true)}
      onRetry={() => void load(false)}
      onHighlight={(target) => tabId !== null && void highlightInTab(tabId, target)}
      onCopy={async (statement: ReportedStatement, sourceName: string | null) => {
        if (state.status !== 'ready') return false;
        try {
          await navigator.clipboard.writeText(statementCitation(statement, sourceName, state.analysis, locale));
          return true;
        } catch {
          return false;
        }
      }}
      onChangeSettings={(change) => save(() => updateSettings(editOf(settings, change)))}
      onSiteQuiet={(host, quiet) => save(() => setSiteQuiet(host, quiet))}
      onOpenSettings={() => void browser.runtime.openOptionsPage()}
      onOpenHelp={() => void browser.tabs.create({ url: browser.runtime.getURL('/welcome.html') })}
    />
  );
}
