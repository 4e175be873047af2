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
      'react-hooks/exhaustive-deps': 'warn',
      'no-restricted-imports': ['error', boundary],
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
