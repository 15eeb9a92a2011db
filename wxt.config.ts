import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';
import { fileURLToPath } from 'node:url';

/**
 * WXT's content script context announces the script to every page (a postMessage and a DOM
 * event carrying the extension's id) and stops it, or hides the banner, when the page
 * dispatches WXT's events back. Resolve it, for WXT's own entrypoint wrapper too, to
 * utils/content-context.ts: same interface, nothing sent to or taken from the page.
 */
const quietContentContext = {
  name: 'backstory-content-context',
  enforce: 'pre' as const,
  resolveId(id: string) {
    if (id === 'wxt/utils/content-script-context') return fileURLToPath(new URL('./utils/content-context.ts', import.meta.url));
    return null;
  },
};

// Docs: https://wxt.dev/api/config.html
export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill', '@wxt-dev/auto-icons'],
  // Every icon size both stores ask for, rendered from one source image at build time.
  autoIcons: { baseIconPath: 'public/icon.svg', sizes: [128, 96, 64, 48, 32, 16] },
  // Explicit imports everywhere: easier to read, and lib/ must not see extension globals.
  imports: false,
  // Manifest V3 for both browsers (Firefox too: the future-proof target, with a gecko id).
  manifestVersion: 3,
  vite: () => ({ plugins: [quietContentContext, preact()] }),
  manifest: ({ browser }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    // storage: settings. activeTab + scripting: only to add the content script to a tab that
    // was open before Backstory was installed, when the reader opens the popup on it.
    // Host access comes only from the content script's matches (http/https pages), which
    // the banner needs; there are no host_permissions.
    permissions: ['storage', 'activeTab', 'scripting'],
    // Nothing is web-accessible: the analysis runs in the popup on a copy of the page, so no
    // page can load or probe any of Backstory's files. Backstory's own pages load nothing from
    // anywhere but the extension itself.
    content_security_policy: {
      extension_pages:
        "default-src 'self'; script-src 'self'; object-src 'none'; connect-src 'self'; img-src 'self' data:; style-src 'self' 'unsafe-inline'; base-uri 'none'; form-action 'none'",
    },
    commands: {
      _execute_action: { suggested_key: { default: 'Alt+Shift+B' }, description: '__MSG_commandOpenPopup__' },
    },
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
