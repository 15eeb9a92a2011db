/**
 * Room for the banner under a site's fixed header. The banner sits in the page's flow at the
 * top of <body>, so the story moves down for it and it scrolls away with the story; but a
 * `position: fixed` or `sticky` bar (logo, search, sign-in) stays at the top of the viewport
 * and would be painted under the banner. While any of the banner is on screen, each such bar
 * found under it is moved down by the banner's visible height, and put back as the banner
 * scrolls away or goes.
 *
 * Why this and not a banner at the bottom: bottom bars (cookie consent, players, chat) are as
 * common as top ones, so that would only move the problem. The bars are found with
 * `elementsFromPoint` over the banner's own strip (what is really there, whatever the markup),
 * never by scanning the page, and only while a banner is shown (old stories only).
 */

/** Bars taller than this share of the viewport are overlays (modals, cookie walls), left alone. */
const MAX_BAR_SHARE = 0.4;
const SAMPLE_XS = [0.02, 0.25, 0.5, 0.75, 0.98];
const MAX_ANCESTORS = 25;

interface Moved {
  /** The element's own inline `top` before we touched it, to put back. */
  inlineTop: string;
  inlinePriority: string;
  /** Its `top` in px before we moved it. */
  baseTop: number;
  /** The value we wrote: if the site overwrote it, the element is read afresh. */
  written: string;
}

export interface BannerRoom {
  /** Looks again (after showing, scrolling, resizing, a change of the banner's height). */
  update(): void;
  /** Puts every moved element back and stops watching. */
  release(): void;
}

export function makeRoom(host: HTMLElement): BannerRoom {
  const moved = new Map<HTMLElement, Moved>();
  let frame = 0;
  let timers: ReturnType<typeof setTimeout>[] = [];

  const restore = (element: HTMLElement, entry: Moved) => {
    if (element.style.getPropertyValue('top') === entry.written) element.style.setProperty('top', entry.inlineTop, entry.inlinePriority);
    moved.delete(element);
  };

  const update = () => {
    frame = 0;
    const box = host.isConnected ? host.getBoundingClientRect() : null;
    const visible = box ? Math.min(box.bottom, window.innerHeight) - Math.max(box.top, 0) : 0;
    if (!box || visible <= 0 || box.height <= 0) {
      for (const [element, entry] of moved) restore(element, entry);
      return;
    }
    const shift = Math.max(0, box.bottom);
    for (const element of barsUnder(host, box)) {
      if (!moved.has(element)) moved.set(element, record(element));
    }
    for (const [element, entry] of moved) {
      if (!element.isConnected) {
        moved.delete(element);
        continue;
      }
      // The site wrote its own `top` since (a header that slides on scroll): start from it.
      if (element.style.getPropertyValue('top') !== entry.written) Object.assign(entry, record(element));
      // Whole pixels: the value reads back exactly, so it is recognised as ours next time.
      entry.written = `${Math.round(entry.baseTop + shift)}px`;
      element.style.setProperty('top', entry.written, 'important');
    }
  };

  const schedule = () => {
    if (!frame) frame = requestAnimationFrame(update);
  };
  const resized = new ResizeObserver(schedule);
  resized.observe(host);
  window.addEventListener('scroll', schedule, { passive: true, capture: true });
  window.addEventListener('resize', schedule, { passive: true });
  // Headers a page's scripts add a little after load are found too.
  timers = [300, 1500].map((ms) => setTimeout(schedule, ms));
  schedule(); // in the next frame, not inside the banner's render

  return {
    update: schedule,
    release() {
      cancelAnimationFrame(frame);
      frame = 0;
      timers.forEach(clearTimeout);
      resized.disconnect();
      window.removeEventListener('scroll', schedule, { capture: true });
      window.removeEventListener('resize', schedule);
      for (const [element, entry] of moved) restore(element, entry);
    },
  };
}

function record(element: HTMLElement): Moved {
  const top = parseFloat(getComputedStyle(element).top);
  return {
    inlineTop: element.style.getPropertyValue('top'),
    inlinePriority: element.style.getPropertyPriority('top'),
    baseTop: Number.isFinite(top) ? top : element.getBoundingClientRect().top,
    written: '',
  };
}

/** The page's fixed or sticky bars that the banner's visible strip lies over. */
function barsUnder(host: HTMLElement, box: DOMRect): Set<HTMLElement> {
  const found = new Set<HTMLElement>();
  const seen = new Map<Element, HTMLElement | null>();
  const top = Math.max(box.top, 0) + 1;
  const bottom = Math.min(box.bottom, window.innerHeight) - 1;
  for (const y of new Set([top, (top + bottom) / 2, bottom])) {
    for (const share of SAMPLE_XS) {
      for (const element of document.elementsFromPoint(window.innerWidth * share, y)) {
        if (element === host || element === document.body || element === document.documentElement) continue;
        const bar = pinnedAncestor(element, seen);
        if (bar && bar !== host && bar.getBoundingClientRect().height <= window.innerHeight * MAX_BAR_SHARE) found.add(bar);
      }
    }
  }
  return found;
}

/** The nearest element, from `start` up, that is fixed or sticky (what stays put on scroll). */
function pinnedAncestor(start: Element, seen: Map<Element, HTMLElement | null>): HTMLElement | null {
  const path: Element[] = [];
  let result: HTMLElement | null = null;
  for (let element: Element | null = start, depth = 0; element && element !== document.body && depth < MAX_ANCESTORS; element = element.parentElement, depth++) {
    if (seen.has(element)) {
      result = seen.get(element)!;
      break;
    }
    path.push(element);
    const position = getComputedStyle(element).position;
    if ((position === 'fixed' || position === 'sticky') && element instanceof HTMLElement) {
      result = element;
      break;
    }
  }
  for (const element of path) seen.set(element, result);
  return result;
}
