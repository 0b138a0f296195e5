// Lint: TypeScript's recommended rules, React's hook rules, the app's independence from the build plugin,
// and the one hard rule of output safety: nothing from a story file may reach the page as live markup.
import fs from 'node:fs'
import js from '@eslint/js'
import { createNodeResolver, importX } from 'eslint-plugin-import-x'
import reactHooks from 'eslint-plugin-react-hooks'
import tseslint from 'typescript-eslint'

// The browser's layers, lowest first: each may import those below it, never one above.
// content/ (the data contract and paths) and shared/ (pure code) are also the build's.
const LAYERS = [['content', 'shared'], ['lib'], ['filters'], ['search'], ['components'], ['features'], ['app']]
const above = (i) => LAYERS.slice(i + 1).flat()
const LAYER_ZONES = LAYERS.flatMap((layer, i) =>
  layer.flatMap((name) =>
    above(i).map((upper) => ({ target: `./src/${name}`, from: `./src/${upper}`, message: `src/${name}/ is below src/${upper}/ (layers, lowest first: ${LAYERS.map((l) => l.join(' + ')).join(', ')}).` })),
  ),
)
// Each feature is a room of its own: it may use the layers below it, never another feature.
// The router (src/app/) composes them.
const FEATURES = fs.readdirSync('src/features')
const FEATURE_ZONES = FEATURES.map((f) => ({ target: `./src/features/${f}`, from: './src/features', except: [`./${f}`], message: 'A feature imports no other feature: move what both need to a layer below (components/, search/, filters/, lib/).' }))

const NO_LIVE_MARKUP = [
  { selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']", message: 'No dangerouslySetInnerHTML: story text is rendered as text.' },
  { selector: "MemberExpression[property.name=/^(innerHTML|outerHTML)$/]", message: 'No innerHTML/outerHTML: story text is rendered as text.' },
  { selector: "CallExpression[callee.property.name='insertAdjacentHTML']", message: 'No insertAdjacentHTML: story text is rendered as text.' },
  { selector: "CallExpression[callee.object.name='document'][callee.property.name=/^write(ln)?$/]", message: 'No document.write.' },
]

export default tseslint.config(
  { ignores: ['dist', 'dist-*', 'test-results', 'playwright-report', 'node_modules'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['src/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: { ...reactHooks.configs.recommended.rules },
  },
  {
    rules: {
      'no-restricted-syntax': ['error', ...NO_LIVE_MARKUP],
      'no-restricted-properties': ['error', { object: 'window', property: 'eval' }],
      'no-eval': 'error',
      'no-implied-eval': 'error',
      'no-new-func': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
    },
  },
  {
    // No import cycle anywhere in src/: each module's dependencies can be read one way.
    files: ['src/**/*.{ts,tsx}'],
    plugins: { 'import-x': importX },
    settings: {
      'import-x/resolver-next': [createNodeResolver({ extensions: ['.ts', '.tsx', '.js'] })],
      'import-x/extensions': ['.ts', '.tsx', '.js'],
      'import-x/parsers': { '@typescript-eslint/parser': ['.ts', '.tsx'] },
    },
    rules: { 'import-x/no-cycle': 'error', 'import-x/no-restricted-paths': ['error', { zones: [...LAYER_ZONES, ...FEATURE_ZONES] }] },
  },
  {
    // The browser side shares only the data contract (src/content/) and pure code (src/shared/) with the build.
    files: ['src/{app,components,content,features,filters,lib,search,shared}/**/*.{ts,tsx}', 'src/main.tsx'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [{ group: ['**/plugin/**'], message: 'The app imports the data contract from src/content/ and pure code from src/shared/, never the build plugin.' }] }],
    },
  },
  {
    // The build side runs in Node: no React, no router, no query client, no app code.
    files: ['src/plugin/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['react', 'react-dom', 'react-dom/*', 'react-router', '@tanstack/*'], message: 'The build plugin runs in Node: no React or browser libraries.' },
            { group: ['**/app/**', '**/components/**', '**/features/**', '**/filters/**', '**/lib/**', '**/search/**', '**/main.tsx'], message: 'The build plugin imports the data contract (src/content/) and pure code (src/shared/), never the browser side.' },
          ],
        },
      ],
    },
  },
)
