import { render, type ComponentChildren } from 'preact';
import { useLayoutEffect, useRef } from 'preact/hooks';
import { I18nContext, useI18n } from './i18n.tsx';

/**
 * Renders children inside a shadow root with their own CSS (the banner, shown as a demo). Open,
 * unlike the real banner's: this is an extension page, no site's script runs here, and the
 * end-to-end axe-core check reads the Banner component through it.
 */
export function ShadowBox({ css, children }: { css: string; children: ComponentChildren }) {
  const host = useRef<HTMLDivElement>(null);
  // A separate render root does not inherit context: pass the translator on explicitly.
  const i18n = useI18n();
  useLayoutEffect(() => {
    const element = host.current;
    if (!element) return;
    const root = element.shadowRoot ?? element.attachShadow({ mode: 'open' });
    const style = document.createElement('style');
    style.textContent = css;
    const container = document.createElement('div');
    root.replaceChildren(style, container);
    render(<I18nContext.Provider value={i18n}>{children}</I18nContext.Provider>, container);
    return () => render(null, container);
  });
  return <div ref={host} />;
}
