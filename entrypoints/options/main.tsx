import { render } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { I18nContext } from '../../components/i18n.tsx';
import { OptionsView } from '../../components/options/OptionsView.tsx';
import { applyTheme } from '../../components/theme.ts';
import { DEFAULT_SETTINGS, type Settings } from '../../lib/settings.ts';
import { browserTranslator } from '../../utils/i18n.ts';
import { loadSettings, updateSettings, watchSettings } from '../../utils/settings.ts';

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

const i18n = browserTranslator();
document.documentElement.lang = i18n.locale;
document.title = i18n.t('optionsTitle');
render(
  <I18nContext.Provider value={i18n}>
    <OptionsApp />
  </I18nContext.Provider>,
  document.getElementById('app')!,
);
