import { readdirSync } from 'node:fs'
import js from '@eslint/js'
import reactHooks from 'eslint-plugin-react-hooks'
import globals from 'globals'
import tseslint from 'typescript-eslint'

// Process boundaries that cannot drift: the renderer and the shared contract never reach
// Electron or Node; only electron/ (main and preload) may.
const boundary = {
  patterns: [
    {
      regex: '^(electron(/.*)?|node:.*|fs(/.*)?|path|os|child_process|url|net|http|https)$',
      message:
        'Renderer and shared code must not import Electron or Node modules: go through the DesktopApi.',
    },
  ],
}

// The renderer's shape (see README, Architecture): each feature has one door, its index.ts, and
// lower layers import no feature. tests/unit/architecture/import-graph.test.ts checks the same
// graph for cycles. Dynamic import() is not checked here: the router lazy-loads page files.
const features = readdirSync(new URL('./renderer/src/features', import.meta.url), {
  withFileTypes: true,
})
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name)
const throughDoors = {
  regex: `^(\\.\\./)+(features/)?(${features.join('|')})/.+`,
  message: "Import another feature only through its door, its index.ts (e.g. '../catalog').",
}
const noFeatures = {
  regex: '^(\\.\\./)+features(/.*)?$',
  message: 'db/, domain/, ui/ and platform/ must not import a feature: move the shared code down.',
}
const databaseInRepositories = {
  regex: '(^|/)db/database$',
  importNames: ['db'],
  message: 'Only repositories and db/ use the database: call a repository (or a hook over one).',
}
const restricted = (...patterns) => ['error', { patterns: [...boundary.patterns, ...patterns] }]

export default tseslint.config(
  {
    ignores: [
      'out/**',
      'dist/**',
      'release/**',
      'node_modules/**',
      'test-results/**',
      'playwright-report/**',
      'bench/tmp/**',
      'screenshots/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' },
      ],
    },
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    languageOptions: { globals: globals.browser },
    rules: {
      'react-hooks/rules-of-hooks': 'error',
      'react-hooks/exhaustive-deps': 'error',
      'no-restricted-imports': restricted(throughDoors, databaseInRepositories),
    },
  },
  {
    files: ['renderer/src/{db,domain,ui,platform}/**/*.{ts,tsx}'],
    rules: { 'no-restricted-imports': restricted(noFeatures) },
  },
  {
    // Storage: repositories and stores, the start-up catalog merge, and the shell that opens
    // the database.
    files: [
      'renderer/src/**/repository.ts',
      'renderer/src/**/*-repository.ts',
      'renderer/src/**/*-store.ts',
      'renderer/src/features/catalog/startup-merge.ts',
      'renderer/src/app/bootstrap.ts',
    ],
    rules: { 'no-restricted-imports': restricted(throughDoors) },
  },
  {
    // Promises a component or handler forgets are lost errors: type-aware checks.
    files: ['renderer/**/*.{ts,tsx}', 'electron/**/*.ts'],
    languageOptions: { parserOptions: { projectService: true } },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-misused-promises': 'error',
    },
  },
  {
    files: ['electron/shared/**/*.ts'],
    rules: { 'no-restricted-imports': ['error', boundary] },
  },
  {
    files: [
      'electron/**/*.ts',
      'scripts/**/*.{js,mjs,ts}',
      'tests/**/*.{ts,tsx}',
      '*.config.{ts,mjs}',
    ],
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
  },
)
