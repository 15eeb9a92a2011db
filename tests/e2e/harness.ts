/**
 * A very small test runner for the end-to-end scenarios: named tests per browser, results
 * collected (not thrown), screenshots and timings gathered for the report.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';

export interface TestResult {
  browser: string;
  name: string;
  ok: boolean;
  ms: number;
  error?: string;
}

export const SCREENSHOT_DIR = join(process.cwd(), '.tmp', 'e2e-screenshots');
mkdirSync(SCREENSHOT_DIR, { recursive: true });

export const results: TestResult[] = [];
/** Timings measured in the browsers (reported, never asserted). */
export const timings: { browser: string; what: string; ms: number }[] = [];

/**
 * Runs one test. Pages it opens through `track` are closed afterwards, pass or fail, so a
 * failed test cannot leave tabs behind for the next one.
 */
export async function test(
  browser: string,
  name: string,
  body: (track: <P extends { close(): Promise<void> }>(page: P) => P) => Promise<void>,
  timeoutMs = 60_000,
): Promise<void> {
  const start = Date.now();
  const opened: { close(): Promise<void> }[] = [];
  const track = <P extends { close(): Promise<void> }>(page: P): P => {
    opened.push(page);
    return page;
  };
  let timer: NodeJS.Timeout | undefined;
  try {
    await Promise.race([
      body(track),
      new Promise((_, reject) => {
        timer = setTimeout(() => reject(new Error(`timed out after ${timeoutMs} ms`)), timeoutMs);
      }),
    ]);
    results.push({ browser, name, ok: true, ms: Date.now() - start });
    console.log(`  ✓ [${browser}] ${name}`);
  } catch (error) {
    const message = error instanceof Error ? (error.stack ?? error.message) : String(error);
    results.push({ browser, name, ok: false, ms: Date.now() - start, error: message });
    console.log(`  ✗ [${browser}] ${name}\n      ${message.split('\n').slice(0, 6).join('\n      ')}`);
  } finally {
    clearTimeout(timer);
    await Promise.all(opened.map((page) => page.close().catch(() => {})));
  }
}

export function assert(condition: unknown, message: string): asserts condition {
  if (!condition) throw new Error(message);
}

export function assertEqual<T>(actual: T, expected: T, what: string): void {
  if (actual !== expected) throw new Error(`${what}: expected ${JSON.stringify(expected)}, got ${JSON.stringify(actual)}`);
}

/** Polls `probe` until it returns a truthy value or the time runs out. */
export async function waitFor<T>(probe: () => Promise<T>, what: string, timeoutMs = 10_000): Promise<NonNullable<T>> {
  const deadline = Date.now() + timeoutMs;
  let last: T | undefined;
  while (Date.now() < deadline) {
    try {
      last = await probe();
      if (last) return last as NonNullable<T>;
    } catch {
      // the page may be navigating; try again
    }
    await sleep(100);
  }
  throw new Error(`timed out waiting for ${what} (last value: ${JSON.stringify(last)})`);
}

export const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

export function screenshotPath(browser: string, name: string): string {
  return join(SCREENSHOT_DIR, `${browser}-${name}.png`);
}
