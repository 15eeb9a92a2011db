/**
 * The welcome page: opened once on install, and from the popup as "Help & privacy".
 * It analyses the bundled sample story with the real analyzer, to show what Backstory does.
 */
import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { applyTheme } from '../../components/theme.ts';
import { WelcomeView, type HostAccess, type WelcomeViewProps } from '../../components/welcome/WelcomeView.tsx';
import { decideBanner } from '../../lib/page/banner-decision.ts';
import { DEFAULT_SETTINGS } from '../../lib/settings.ts';
import { loadSettings } from '../../utils/settings.ts';
import { hasHostAccess, requestHostAccess } from '../../utils/host-access.ts';
import { mountExtensionPage } from '../../utils/extension-page.tsx';

const SAMPLE_URL = 'https://www.vice.com/en/article/ice-arrests-nearly-500-people-in-operation-safe-city';

async function analyzeSample(now: Date): Promise<WelcomeViewProps['demo']> {
  const html = await (await fetch(browser.runtime.getURL('/sample-article.html'))).text();
  const { analyzeCopy } = await import('../../utils/page-analysis.ts');
  const analysis = analyzeCopy({ url: SAMPLE_URL, html }, true, now);
  const look = { verdict: { isArticle: analysis.isArticle, signals: analysis.signals }, dates: analysis.dates };
  return { analysis, banner: decideBanner(look, DEFAULT_SETTINGS, { host: 'vice.com', dismissed: false, now }) };
}

async function shortcut(): Promise<string | null> {
  try {
    const commands = await browser.commands.getAll();
    return commands.find((c) => c.name === '_execute_action' || c.name === '_execute_browser_action')?.shortcut || null;
  } catch {
    return null;
  }
}

function WelcomeApp() {
  const now = new Date();
  const [demo, setDemo] = useState<WelcomeViewProps['demo']>(null);
  const [keys, setKeys] = useState<string | null>(null);
  const [access, setAccess] = useState<HostAccess>('not-applicable');
  useEffect(() => {
    void analyzeSample(now).then(setDemo, (error) => console.error('[Backstory] sample analysis failed', error));
    void shortcut().then(setKeys);
    void hasHostAccess().then(setAccess);
    void loadSettings().then((settings) => applyTheme(document.documentElement, settings.theme));
  }, []);
  return (
    <WelcomeView
      demo={demo}
      shortcut={keys}
      hostAccess={access}
      version={browser.runtime.getManifest().version}
      now={now}
      onRequestAccess={() => void requestHostAccess().then(setAccess)}
      onOpenSettings={() => void browser.runtime.openOptionsPage()}
    />
  );
}

mountExtensionPage(<WelcomeApp />, 'welcomeTitle');
