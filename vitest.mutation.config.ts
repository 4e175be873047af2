import { defineConfig } from 'vitest/config'
import base from './vitest.config'

/**
 * The tests StrykerJS runs against each mutant (`npm run test:mutation`): the fast unit tests
 * that reach the mutated code (backup validation and restore, `domain/`), with no large
 * fixtures (heavy-backup, restore-in-use) and nothing about the storage meter or the schedule.
 * `MUTATION_TESTS` (globs separated by spaces) narrows them for a run over a few files: a static
 * mutant runs every included test. Fewer fuzz runs keep one pass short; the full fuzz runs in
 * `npm test`. (Not mergeConfig: it would append to the base `include`.)
 */
const include = process.env.MUTATION_TESTS?.split(/\s+/).filter(Boolean) ?? [
  'tests/unit/renderer/backup/{backup,feature-roundtrip,fuzz,hostile,migrations,safe-json,size-rule,upgrade,*-mutation}.test.ts',
  'tests/unit/renderer/domain/**/*.test.ts',
]

export default defineConfig({
  ...base,
  test: {
    ...base.test,
    include,
    // The mutated code needs no DOM: a node environment saves seconds on every test run.
    environment: 'node',
    testTimeout: 60_000,
    env: { FUZZ_RUNS: '10', MUTATION_RUN: '1' },
  },
})
