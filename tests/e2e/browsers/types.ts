/** What the scenarios need from a browser, implemented for Chromium and Firefox. */
export interface TestPage {
  goto(url: string): Promise<void>;
  evaluate<R, A = undefined>(fn: (arg: A) => R | Promise<R>, arg?: A): Promise<R>;
  /** Runs a script's source in the page (not subject to the page's CSP): used to add axe-core. */
  evaluateSource(source: string): Promise<void>;
  /** Emulates the reader's light or dark system theme; false where the driver cannot. */
  setColorScheme(scheme: 'light' | 'dark'): Promise<boolean>;
  url(): string;
  screenshot(path: string): Promise<void>;
  setViewport(width: number, height: number): Promise<void>;
  press(key: string): Promise<void>;
  /** A real pointer click on the element the CSS selector finds (piercing open shadow roots). */
  click(selector: string): Promise<void>;
  /** A real pointer click at a point of the viewport (CSS pixels): a trusted event, as a reader's. */
  clickAt(x: number, y: number): Promise<void>;
  close(): Promise<void>;
}

export interface ExtensionBrowser {
  name: 'chromium' | 'firefox';
  newPage(): Promise<TestPage>;
  /** The URL of one of the extension's own pages, e.g. `popup.html`. */
  extensionUrl(path: string): string;
  /** Requests made by the browser that were not to the test server (for the no-network test). */
  foreignRequests: string[];
  close(): Promise<void>;
}
