/**
 * The banner's styles, applied inside its shadow root. Sizes are in px so the page's root
 * font size cannot rescale it; colours are our own so it reads the same on any page.
 * `!important` on the host wins over the page's `!important` rules (inner context wins).
 */
export const BANNER_CSS = `
:host {
  all: initial !important;
  display: block !important;
  position: relative !important;
  z-index: 2147483646 !important;
  width: 100% !important;
  visibility: visible !important;
  opacity: 1 !important;
  transform: none !important;
  contain: layout style !important;
}
* { box-sizing: border-box; }
.banner {
  margin: 0; padding: 0;
  background: var(--bg); color: var(--fg);
  border-bottom: 1px solid var(--border);
  font: 14px/1.35 system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif;
  text-align: left; letter-spacing: normal; direction: ltr;
  --bg: #fff8e1; --fg: #3d2c00; --muted: #6b5420; --accent: #b26a00; --border: #f0c36d; --hover: rgba(0,0,0,0.07);
}
.row { display: flex; align-items: center; gap: 12px; padding: 8px 12px 8px 16px; min-height: 44px; }
.details { padding: 0 16px 10px 48px; font-size: 12.5px; color: var(--muted); }
.candidates { margin: 0; padding: 0 0 0 16px; }
.candidates li { margin: 2px 0; }
.candidates li.chosen { color: var(--fg); }
.candidates code { font: 11.5px ui-monospace, SFMono-Regular, Menlo, Consolas, monospace; word-break: break-all; }
.banner[data-theme="dark"] { --bg: #2b2210; --fg: #ffe6a8; --muted: #d9bf80; --accent: #ffb74d; --border: #6b5420; --hover: rgba(255,255,255,0.1); }
@media (prefers-color-scheme: dark) {
  .banner[data-theme="system"] { --bg: #2b2210; --fg: #ffe6a8; --muted: #d9bf80; --accent: #ffb74d; --border: #6b5420; --hover: rgba(255,255,255,0.1); }
}
.icon { flex: none; color: var(--accent); }
.text { flex: 1 1 auto; min-width: 0; display: flex; flex-wrap: wrap; align-items: baseline; column-gap: 12px; }
p { margin: 0; padding: 0; }
.headline { font-weight: 700; font-size: 15px; min-height: 20px; }
.basis { color: var(--muted); font-size: 13px; }
.actions { flex: none; display: flex; align-items: center; gap: 4px; }
button {
  font: inherit; font-size: 13px; color: var(--fg); background: transparent;
  border: 0; border-radius: 6px; padding: 6px 8px; margin: 0; cursor: pointer; line-height: 1;
}
button:hover { background: var(--hover); }
button:focus-visible { outline: 2px solid var(--accent); outline-offset: 1px; }
.link { text-decoration: underline; text-underline-offset: 2px; color: var(--muted); }
.close { display: inline-flex; padding: 6px; }
@media (max-width: 640px) { .why { display: none; } }
@media (max-width: 480px) { .row { flex-wrap: wrap; } .actions { margin-left: auto; } }
`;
