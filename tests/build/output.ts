import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';

export const OUTPUT = join(process.cwd(), '.output');

/** Reads a file of a built target (`chrome-mv3`, `firefox-mv3`); fails clearly without a build. */
export function built(target: string, path: string): string {
  const file = join(OUTPUT, target, path);
  if (!existsSync(file)) throw new Error(`${file} is missing: run \`npm run build\` first`);
  return readFileSync(file, 'utf8');
}

export function builtSize(target: string, path: string): number {
  built(target, path);
  return statSync(join(OUTPUT, target, path)).size;
}

/** The JavaScript files an HTML page loads, with every chunk they import, transitively. */
export function pageScripts(target: string, htmlPath: string): string[] {
  const root = join(OUTPUT, target);
  const html = built(target, htmlPath);
  const queue = [...html.matchAll(/<script[^>]+src="([^"]+)"/g)].map((m) => resolve(root, m[1]!.replace(/^\//, '')));
  const seen = new Set<string>();
  while (queue.length) {
    const file = queue.pop()!;
    if (seen.has(file) || !existsSync(file)) continue;
    seen.add(file);
    const code = readFileSync(file, 'utf8');
    for (const m of code.matchAll(/(?:import|from)\s*\(?\s*["'](\.{1,2}\/[^"']+\.js)["']/g)) {
      queue.push(resolve(dirname(file), m[1]!));
    }
  }
  return [...seen];
}

export const sizeOf = (files: string[]): number => files.reduce((sum, f) => sum + statSync(f).size, 0);

/** All files under a directory, recursively. */
export function listFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? listFiles(join(dir, entry.name)) : [join(dir, entry.name)],
  );
}

/** The on-demand analysis chunk (Readability, entity model, quotes) that the popup and welcome page import. */
export function analysisChunk(target: string): string {
  const dir = join(OUTPUT, target, 'chunks');
  const found = existsSync(dir) ? readdirSync(dir).filter((f) => /^page-analysis-[\w-]+\.js$/.test(f)) : [];
  if (found.length !== 1) throw new Error(`expected one chunks/page-analysis-*.js in ${target}, found ${found.length}: run \`npm run build\` first`);
  return `chunks/${found[0]}`;
}
