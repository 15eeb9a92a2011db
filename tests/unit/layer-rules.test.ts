/**
 * The layer rules in eslint.config.js (which folder may import which) fail on a violation
 * and stay quiet on the imports each layer is meant to use. Lints source text as if it
 * were a file in that folder, with the project's own config.
 */
import { describe, expect, it } from 'vitest';
import { ESLint } from 'eslint';

const eslint = new ESLint({ cwd: process.cwd() });

async function restricted(file: string, source: string): Promise<string[]> {
  const [result] = await eslint.lintText(source, { filePath: file });
  return result!.messages.filter((m) => m.ruleId === 'no-restricted-imports').map((m) => m.message);
}

const imports = (...specifiers: string[]) =>
  specifiers.map((s, i) => `import * as m${i} from '${s}';`).join('\n') + `\nexport const all = [${specifiers.map((_, i) => `m${i}`).join(', ')}];\n`;

describe('layer rules', () => {
  it('lib/page may not import lib/story, by relative path or alias', async () => {
    const messages = await restricted('lib/page/dates/example.ts', imports('../../story/analyze.ts', '@/lib/story/extract.ts'));
    expect(messages).toHaveLength(2);
    expect(messages[0]).toMatch(/every page.*free of NLP/);
  });

  it('lib may not import the extension layers or extension APIs', async () => {
    const messages = await restricted(
      'lib/story/example.ts',
      imports('../../utils/settings.ts', '~/components/Banner.tsx', '../../entrypoints/content/index.ts', 'wxt/browser', '#imports', 'webextension-polyfill'),
    );
    expect(messages).toHaveLength(6);
  });

  it('the lib/ root imports neither lib/page nor lib/story', async () => {
    expect(await restricted('lib/example.ts', imports('./page/quick-look.ts', './story/analyze.ts'))).toHaveLength(2);
  });

  it('components may not import utils/, entrypoints/, WXT or the polyfill', async () => {
    const messages = await restricted('components/Example.tsx', imports('../utils/settings.ts', '../entrypoints/popup/PopupApp.tsx', 'wxt/browser', '#imports', 'webextension-polyfill'));
    expect(messages).toHaveLength(5);
  });

  it('utils may not import entrypoints/', async () => {
    expect(await restricted('utils/example.ts', imports('../entrypoints/content/page-watch.ts'))).toHaveLength(1);
  });

  it('allows what each layer is meant to import', async () => {
    expect(await restricted('lib/page/example.ts', imports('../types.ts', './dates/index.ts', '@mozilla/readability'))).toEqual([]);
    expect(await restricted('lib/story/example.ts', imports('../page/quick-look.ts', '../types.ts'))).toEqual([]);
    expect(await restricted('components/Example.tsx', imports('../lib/format.ts', 'preact/hooks'))).toEqual([]);
    expect(await restricted('entrypoints/content/example.ts', imports('../../utils/settings.ts', 'wxt/browser', '../../lib/story/analyze.ts'))).toEqual([]);
    expect(await restricted('utils/example.ts', imports('wxt/browser', '../lib/settings.ts', '../components/i18n.tsx'))).toEqual([]);
  });
});
