/**
 * The every-page content script must not carry the analysis: not Readability's parser, not
 * the entity model, not the NLP code. Checked by looking for string literals that exist
 * only in those modules' sources.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analysisChunk, built, listFiles } from './output.ts';

const ROOT = process.cwd();
const read = (file: string) => readFileSync(file, 'utf8');
const sourcesUnder = (dir: string) => listFiles(join(ROOT, dir)).filter((f) => /\.(ts|tsx)$/.test(f));

/** String literals (10+ characters, with letters) found in these files. */
function literals(files: string[]): Set<string> {
  const found = new Set<string>();
  for (const file of files) {
    for (const m of read(file).matchAll(/(["'])((?:(?!\1)[^\\\n]){10,80})\1/g)) {
      if (/[a-z]{3}/i.test(m[2]!) && !m[2]!.includes('${')) found.add(m[2]!);
    }
  }
  return found;
}

const everythingElse = [
  ...['lib', 'entrypoints', 'components', 'utils']
    .flatMap(sourcesUnder)
    .filter((f) => !f.includes('/lib/story/entities/') && !f.includes('/lib/story/quotes/')),
  join(ROOT, 'node_modules/@mozilla/readability/Readability-readerable.js'),
].map(read).join('\n');

/** Literals of a module that appear nowhere else in the code: their presence means the module is bundled. */
function markers(files: string[]): string[] {
  return [...literals(files)].filter((s) => !everythingElse.includes(s));
}

const modules: Record<string, string[]> = {
  'Readability parser': markers([join(ROOT, 'node_modules/@mozilla/readability/Readability.js')]),
  'entity recognizer and model': markers(sourcesUnder('lib/story/entities')),
  'quote extraction': markers(sourcesUnder('lib/story/quotes')),
};

describe.each(['chrome-mv3', 'firefox-mv3'])('%s content script', (target) => {
  const content = built(target, 'content-scripts/content.js');
  const analyzer = built(target, analysisChunk(target));

  it.each(Object.keys(modules))('does not contain the %s (the analyzer does)', (name) => {
    const found = modules[name]!;
    expect(found.length, `markers for ${name}`).toBeGreaterThanOrEqual(5);
    // The markers are real: the analysis chunk, which does include the module, has them.
    expect(found.some((s) => analyzer.includes(s))).toBe(true);
    expect(found.filter((s) => content.includes(s))).toEqual([]);
  });

  it('tells the page nothing: no start announcement, no timing marks, no events of its own', () => {
    expect(content).not.toContain('content-script-started');
    expect(content).not.toMatch(/performance\.(mark|measure)\(/);
    expect(content).not.toMatch(/\.postMessage\(/);
    expect(content).not.toMatch(/dispatchEvent\(/);
  });

  it('has no Unicode property escapes in its page-load patterns', () => {
    // V8 (and Firefox, which uses the same regular expression engine) compiles a \p{…} class
    // anew for the first text beyond Latin-1 it reads: milliseconds on the first page in a tab.
    // The only ones allowed are find-text's, which run when the reader clicks a name or quote
    // in the popup (highlighting in the page), never while a page loads.
    const onClickOnly = read(join(ROOT, 'lib/story/find-text.ts'));
    const found = content.match(/\/\[?[^/\n]*\\p\{[\w=]+\}[^/\n]*\/[a-z]*/g) ?? [];
    expect(found.filter((pattern) => !onClickOnly.includes(pattern))).toEqual([]);
  });
});
