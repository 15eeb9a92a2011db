import { useEffect, useState } from 'preact/hooks';
import { OptionsView } from '../../components/options/OptionsView.tsx';
import { applyTheme } from '../../components/theme.ts';
import { DEFAULT_SETTINGS, type Settings } from '../../lib/settings.ts';
import { loadSettings, updateSettings, watchSettings } from '../../utils/settings.ts';
import { mountExtensionPage } from '../../utils/extension-page.tsx';

function OptionsApp() {
  const [settings, setSettings] = useState<Settings>(DEFAULT_SETTINGS);
  const [status, setStatus] = useState<'idle' | 'saved' | 'failed'>('idle');
  useEffect(() => {
    void loadSettings().then(setSettings);
    return watchSettings(setSettings);
  }, []);
  useEffect(() => applyTheme(document.documentElement, settings.theme), [settings.theme]);
  const onChange = (change: Partial<Settings>) => {
    setSettings((current) => ({ ...current, ...change })); // immediate feedback; storage confirms
    updateSettings(() => change).then(
      (saved) => {
        setSettings(saved);
        setStatus('saved');
      },
      () => setStatus('failed'),
    );
  };
  return <OptionsView settings={settings} status={status} onChange={onChange} />;
}

mountExtensionPage(<OptionsApp />, 'optionsTitle');
