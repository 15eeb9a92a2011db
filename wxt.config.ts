import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';

// Docs: https://wxt.dev/api/config.html
export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  // Explicit imports everywhere: easier to read, and lib/ must not see extension globals.
  imports: false,
  vite: () => ({ plugins: [preact()] }),
  manifest: ({ browser }) => ({
    name: 'Backstory',
    description: 'How old is this story, who is in it, and who said what. Runs on your machine; nothing is sent.',
    // storage: settings. activeTab + scripting: the popup analyses the tab the user clicked,
    // including tabs opened before Backstory was installed. Host access comes only from the
    // content script's matches (http/https pages), which the banner needs.
    permissions: ['storage', 'activeTab', 'scripting'],
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'backstory@backstory.example',
              strict_min_version: '140.0',
              data_collection_permissions: { required: ['none'] },
            },
          },
        }
      : {}),
  }),
});
