/**
 * A typed, versioned value in extension storage. Whatever is stored (nothing, an old
 * version, garbage) is migrated and then normalised into a valid value, so reading never
 * fails. Small on purpose: the content script reads settings on every page.
 */
import { browser } from 'wxt/browser';

export interface StoredItemOptions<T> {
  /** Turns any stored value (or undefined) into a valid one. */
  normalize(raw: unknown): T;
  /** The current schema version (from 1). */
  version: number;
  /** `migrations[n]` turns a version n-1 value into a version n value. */
  migrations?: Record<number, (old: unknown) => unknown>;
}

/** Storage could not be read: writing now would replace the reader's data with defaults. */
export class StorageReadError extends Error {}

export interface StoredItem<T> {
  /** The value; a valid default when storage cannot be read (for readers such as a page load). */
  get(): Promise<T>;
  /** Rejects when storage refuses the write (quota exceeded), so callers can say so. */
  set(value: T): Promise<void>;
  /**
   * Reads the stored value afresh, changes it and writes it back. Updates from this part of the
   * extension run one after another, so two quick changes both land. Rejects, writing nothing,
   * when the read fails (StorageReadError) or storage refuses the write.
   */
  update(change: (current: T) => T): Promise<T>;
  /** Calls back with the normalised value whenever it changes, in any part of the extension. */
  watch(onChange: (value: T) => void): () => void;
}

/** Where a stored item's schema version is kept, beside the item. */
export const versionKeyOf = (key: string): string => `${key}$`;

/**
 * Runs tasks one after another, each after the previous one settled (a failed task does not
 * stop the next): for read-modify-write steps on storage that must not interleave.
 */
export function serialQueue(): <R>(task: () => Promise<R>) => Promise<R> {
  let last: Promise<unknown> = Promise.resolve();
  return (task) => {
    const result = last.then(task, task);
    last = result.catch(() => {});
    return result;
  };
}

export function defineStoredItem<T>(area: 'sync' | 'local', key: string, options: StoredItemOptions<T>): StoredItem<T> {
  const versionKey = versionKeyOf(key);
  const upgrade = (raw: unknown, from: number): unknown => {
    let value = raw;
    for (let next = from + 1; next <= options.version; next++) {
      const migrate = options.migrations?.[next];
      if (migrate) value = migrate(value);
    }
    return value;
  };
  const storedVersion = (meta: unknown): number => {
    const v = (meta as { v?: unknown } | undefined)?.v;
    return typeof v === 'number' && Number.isInteger(v) && v >= 1 ? v : 1;
  };

  const read = async (): Promise<T> => {
    let stored: Record<string, unknown>;
    try {
      stored = await browser.storage[area].get([key, versionKey]);
    } catch (error) {
      throw new StorageReadError(String(error));
    }
    const raw = stored[key];
    // A value from a newer version (after a downgrade) is read as is: normalising keeps what still fits.
    return options.normalize(raw === undefined ? undefined : upgrade(raw, storedVersion(stored[versionKey])));
  };
  const write = (value: T) => browser.storage[area].set({ [key]: value, [versionKey]: { v: options.version } });
  const inTurn = serialQueue();

  const item: StoredItem<T> = {
    async get() {
      try {
        return await read();
      } catch {
        return options.normalize(undefined);
      }
    },
    set: write,
    update(change) {
      const run = async () => {
        const next = change(await read());
        await write(next);
        return next;
      };
      const locked = () => withExtensionLock(`backstory:${area}:${key}`, run);
      return inTurn(locked);
    },
    watch(onChange) {
      let latest = 0;
      // The change is read back through get(), not taken from the event: the event leaves out
      // the version key when it did not change, so only a read migrates a value written by an
      // older version (sync storage is shared with the reader's other devices). Reads that
      // resolve out of order never report an older value after a newer one.
      const listener = (changes: Record<string, unknown>, changedArea: string) => {
        if (changedArea !== area || !(key in changes)) return;
        const ticket = ++latest;
        void item.get().then((value) => {
          if (ticket === latest) onChange(value);
        });
      };
      browser.storage.onChanged.addListener(listener);
      return () => browser.storage.onChanged.removeListener(listener);
    },
  };
  return item;
}

/**
 * Runs `task` holding a Web Lock shared by the extension's own pages and its background, so an
 * update in the popup and one in the options page cannot interleave. Not in content scripts:
 * there the lock manager is the page's, which the page could hold forever.
 */
function withExtensionLock<R>(name: string, task: () => Promise<R>): Promise<R> {
  const locks = (globalThis as { navigator?: { locks?: { request(name: string, task: () => Promise<R>): Promise<R> } } }).navigator?.locks;
  const protocol = (globalThis as { location?: { protocol?: string } }).location?.protocol ?? '';
  return locks && /-extension:$/.test(protocol) ? locks.request(name, task) : task();
}
