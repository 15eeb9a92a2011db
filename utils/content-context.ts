/**
 * The content script's lifetime, in place of WXT's ContentScriptContext (wxt.config.ts resolves
 * `wxt/utils/content-script-context` here, for WXT's own entrypoint wrapper too). Same interface,
 * without what lets a page see or stop Backstory:
 * - WXT announces every start to the page (a `postMessage` and a DOM event whose names carry the
 *   extension's id) and stops when the page dispatches that event back; here nothing is sent to
 *   the page and nothing the page dispatches is listened to;
 * - WXT reports address changes with `…:wxt:locationchange` events on `window`, which a page can
 *   also dispatch; here they reach the listener directly, from the browser's own navigation
 *   events (trusted only) or a poll.
 * The context ends only when the extension itself is gone (reloaded, updated, removed), or when a
 * newer copy of the script takes over (entrypoints/content/index.ts).
 */
import { browser } from 'wxt/browser';

type Listener = (...args: never[]) => unknown;

interface NavigationLike {
  addEventListener(type: 'navigate', listener: (event: Event & { destination?: { url?: string } }) => void, options?: { signal?: AbortSignal }): void;
}

const POLL_MS = 1000;

export class ContentScriptContext {
  private readonly controller = new AbortController();
  private readonly locationListeners: (() => void)[] = [];
  private watchingLocation = false;

  constructor(
    readonly contentScriptName: string,
    readonly options?: Record<string, unknown>,
  ) {}

  get signal(): AbortSignal {
    return this.controller.signal;
  }

  /** True once the extension is gone (its runtime id disappears) or the context was stopped. */
  get isInvalid(): boolean {
    if (!this.signal.aborted && !extensionAlive()) this.notifyInvalidated();
    return this.signal.aborted;
  }

  get isValid(): boolean {
    return !this.isInvalid;
  }

  abort(reason?: unknown): void {
    this.controller.abort(reason);
  }

  notifyInvalidated(): void {
    this.abort('Backstory content script context invalidated');
  }

  onInvalidated(callback: () => void): () => void {
    this.signal.addEventListener('abort', callback);
    return () => this.signal.removeEventListener('abort', callback);
  }

  block<T>(): Promise<T> {
    return new Promise(() => {});
  }

  setTimeout(handler: () => void, timeout?: number): number {
    const id = setTimeout(() => this.isValid && handler(), timeout) as unknown as number;
    this.onInvalidated(() => clearTimeout(id));
    return id;
  }

  setInterval(handler: () => void, timeout?: number): number {
    const id = setInterval(() => this.isValid && handler(), timeout) as unknown as number;
    this.onInvalidated(() => clearInterval(id));
    return id;
  }

  requestAnimationFrame(callback: FrameRequestCallback): number {
    const id = requestAnimationFrame((time) => this.isValid && callback(time));
    this.onInvalidated(() => cancelAnimationFrame(id));
    return id;
  }

  requestIdleCallback(callback: IdleRequestCallback, options?: IdleRequestOptions): number {
    const id = requestIdleCallback((deadline) => this.isValid && callback(deadline), options);
    this.onInvalidated(() => cancelIdleCallback(id));
    return id;
  }

  /** Like target.addEventListener, removed when the context ends; 'wxt:locationchange' is served directly. */
  addEventListener(target: EventTarget, type: string, handler: Listener, options?: AddEventListenerOptions): void {
    if (type === 'wxt:locationchange') {
      this.locationListeners.push(handler as () => void);
      this.watchLocation();
      return;
    }
    target.addEventListener(type, handler as EventListener, { ...options, signal: this.signal });
  }

  private watchLocation(): void {
    if (this.watchingLocation) return;
    this.watchingLocation = true;
    let last = location.href;
    const changed = (next: string) => {
      if (next === last || this.isInvalid) return;
      last = next;
      for (const listener of this.locationListeners) listener();
    };
    const navigation = (globalThis as { navigation?: NavigationLike }).navigation;
    if (typeof navigation?.addEventListener === 'function') {
      navigation.addEventListener(
        'navigate',
        (event) => {
          // A page can dispatch its own "navigate" event; only the browser's are trusted.
          if (event.isTrusted && event.destination?.url) changed(event.destination.url);
        },
        { signal: this.signal },
      );
    } else {
      this.setInterval(() => changed(location.href), POLL_MS);
    }
  }
}

function extensionAlive(): boolean {
  try {
    return browser.runtime?.id != null;
  } catch {
    return false;
  }
}
