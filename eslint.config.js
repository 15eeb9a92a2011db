// Lint: TypeScript's recommended rules, rules that keep page text from ever being rendered as
// HTML (Mozilla's no-unsanitized, and no dangerouslySetInnerHTML in JSX), and the layer rules:
// which folder may import which (see the README's "How it is built"). The build tests in
// tests/build stay the backstop (they look for NLP markers in the built content script).
import tseslint from 'typescript-eslint';
import nounsanitized from 'eslint-plugin-no-unsanitized';

// Layer rules. Regular expressions over the import specifier, so relative paths
// ('../../utils/x') and WXT's aliases ('@/utils/x', '~/components/y') are both caught.
// A project folder is named after a relative or alias prefix, so a package's own subpath
// ('wxt/utils/...') is not mistaken for the project's utils/.
const folder = (names) => `^(\\.{1,2}/|[@~]{1,2}/)(.*/)?(${names})(/|$)`;
const extensionApis = [
  { regex: '^(wxt(/|$)|#imports$)', message: 'lib/ is pure TypeScript that also runs in Node (scripts, unit tests): no WXT. The extension-facing glue belongs in utils/ or entrypoints/.' },
  { regex: '(^|/)webextension-polyfill$', message: 'lib/ never touches extension APIs (it runs in Node too): pass what it needs in from utils/ or entrypoints/.' },
];
const libLayer = [
  ...extensionApis,
  { regex: folder('utils|components|entrypoints'), message: 'lib/ is the innermost layer: it may not import utils/, components/ or entrypoints/ (they import lib/, not the reverse).' },
];
const rootLayer = [
  ...libLayer,
  { regex: folder('page|story'), message: 'The lib/ root is what lib/page/ and lib/story/ share: it may import neither, or lib/page/ would reach lib/story/ through it.' },
];
const pageLayer = [
  ...libLayer,
  { regex: folder('story'), message: 'lib/page/ runs on every page in the content script and must stay small and free of NLP: it may not import lib/story/ (the on-demand analysis). Move what both need to the shared lib/ root.' },
];
const componentLayer = [
  { regex: '^(wxt(/|$)|#imports$)', message: 'components/ are presentational Preact: no WXT or extension APIs. The entrypoint passes data and callbacks in as props.' },
  { regex: '(^|/)webextension-polyfill$', message: 'components/ never call extension APIs: the entrypoint passes data and callbacks in as props.' },
  { regex: folder('utils|entrypoints'), message: 'components/ may not import utils/ or entrypoints/ (the extension-facing layers): the entrypoint passes data and callbacks in as props.' },
];
const utilsLayer = [
  { regex: folder('entrypoints'), message: 'utils/ is what the entrypoints build on: it may not import entrypoints/ (they import utils/, not the reverse).' },
];
const layer = (files, patterns) => ({ files, rules: { 'no-restricted-imports': ['error', { patterns }] } });

export default tseslint.config(
  { ignores: ['node_modules/', '.output/', '.wxt/', '.tmp/', 'lib/story/entities/default-model.ts'] },
  ...tseslint.configs.recommended,
  nounsanitized.configs.recommended,
  {
    rules: {
      'no-restricted-syntax': [
        'error',
        { selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']", message: 'Page text is rendered as text, never as HTML.' },
        { selector: "MemberExpression[property.name=/^(innerHTML|outerHTML)$/][parent.type='AssignmentExpression']", message: 'Page text is rendered as text, never as HTML.' },
        { selector: "CallExpression[callee.property.name='insertAdjacentHTML']", message: 'Page text is rendered as text, never as HTML.' },
      ],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  // Later blocks replace earlier ones for the same rule, so lib/page/ repeats lib/'s patterns.
  layer(['lib/**'], libLayer),
  layer(['lib/*.ts'], rootLayer),
  layer(['lib/page/**'], pageLayer),
  layer(['components/**'], componentLayer),
  layer(['utils/**'], utilsLayer),
);
