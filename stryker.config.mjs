/**
 * Mutation testing (StrykerJS, `npm run test:mutation`; not part of `npm test`): does a test
 * fail when the backup validation, the restore or the pure domain code is changed? Reports go
 * to reports/mutation (git-ignored). Low concurrency: the machine is shared.
 * @type {import('@stryker-mutator/api/core').PartialStrykerOptions}
 */
export default {
  testRunner: 'vitest',
  plugins: ['@stryker-mutator/vitest-runner'],
  vitest: { configFile: 'vitest.mutation.config.ts' },
  mutate: [
    'renderer/src/features/backup/format/validate.ts',
    'renderer/src/features/backup/format/safe-json.ts',
    'renderer/src/features/backup/format/record-schemas.ts',
    'renderer/src/features/backup/format/upgrade.ts',
    'renderer/src/features/backup/repository.ts',
    'renderer/src/domain/**/*.ts',
  ],
  coverageAnalysis: 'perTest',
  // `--incremental` reuses the results of mutants whose code and tests did not change.
  incrementalFile: 'reports/mutation/stryker-incremental.json',
  concurrency: Number(process.env.STRYKER_CONCURRENCY ?? 1),
  timeoutMS: 60_000,
  dryRunTimeoutMinutes: 30,
  reporters: ['clear-text', 'progress', 'html', 'json'],
  htmlReporter: { fileName: 'reports/mutation/index.html' },
  jsonReporter: { fileName: 'reports/mutation/mutation.json' },
  tempDirName: '.stryker-tmp',
  // Build output and test artifacts change while other runs work: never copied into the sandbox.
  ignorePatterns: [
    'out',
    'test-results',
    'screenshots',
    'reports',
    'release',
    'bench',
    'dist',
    '.stryker-tmp*',
  ],
  cleanTempDir: 'always',
  thresholds: { high: 80, low: 60, break: null },
}
