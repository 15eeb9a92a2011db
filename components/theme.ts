import type { Theme } from '../lib/settings.ts';

/** Applies the reader's theme to an extension page; "system" follows prefers-color-scheme in CSS. */
export function applyTheme(root: HTMLElement, theme: Theme): void {
  root.dataset.theme = theme;
}
