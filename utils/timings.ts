/**
 * Timings of the content script's work, kept in the content script's memory: the end-to-end
 * tests read them through the extension (the `backstory:status` message). Not with
 * performance.mark: the page's performance timeline is the page's, and a mark there would tell
 * any page that Backstory is installed.
 */
const timings = new Map<string, number[]>();

/** Starts timing `name`; call the returned function when the work is done. */
export function startTiming(name: string): () => void {
  const start = performance.now();
  return () => {
    const list = timings.get(name) ?? [];
    list.push(performance.now() - start);
    if (list.length > 20) list.shift(); // a storm of navigations must not grow this without end
    timings.set(name, list);
  };
}

/** Every timing so far, by name, oldest first (the last 20 of each). */
export function readTimings(): Record<string, number[]> {
  return Object.fromEntries(timings);
}
