import { useEffect, useState } from 'preact/hooks';
import { OptionsView, type OptionsViewProps } from '../../components/options/OptionsView.tsx';
import { applyTheme } from '../../components/theme.ts';
import { DEFAULT_SETTINGS, type Settings } from '../../lib/settings.ts';
import { editOf, loadSettings, QuietListFullError, updateSettings, watchSettings } from '../../utils/settings.ts';
import { mountExtensionPage } from '../../utils/extension-page.tsx';

function OptionsApp() {
  const [settings, setSettings] = useState<Settings>(DEFAULT_SETTINGS);
  const [status, setStatus] = useState<OptionsViewProps['status']>('idle');
  useEffect(() => {
    void loadSettings().then(setSettings);
    return watchSettings(setSettings);
  }, []);
  useEffect(() => applyTheme(document.documentElement, settings.theme), [settings.theme]);
  const onChange = (change: Partial<Settings>) => {
    const shown = settings;
    setSettings((current) => ({ ...current, ...change })); // immediate feedback; storage confirms
    // Only what the reader changed is written, over what is stored now (another tab may have
    // changed the quiet list since this page was drawn).
    updateSettings(editOf(shown, change)).then(
      (saved) => {
        setSettings(saved);
        setStatus('saved');
      },
      (error) => {
        setStatus(error instanceof QuietListFullError ? 'full' : 'failed');
        void loadSettings().then(setSettings); // undo the optimistic change
      },
    );
  };
  return <OptionsView settings={settings} status={status} onChange={onChange} />;
}

mountExtensionPage(<OptionsApp />, 'optionsTitle');
