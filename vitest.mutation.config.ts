import { defineConfig } from 'vitest/config'
import base from './vitest.config'

/**
 * The tests StrykerJS runs against each mutant (`npm run test:mutation`): those of the code it
 * mutates (backup validation and restore, `domain/`). Fewer fuzz runs keep one pass short;
 * the full fuzz runs in `npm test`. (Not mergeConfig: it would append to the base `include`.)
 */
export default defineConfig({
  ...base,
  test: {
    ...base.test,
    include: ['tests/unit/renderer/backup/**/*.test.ts', 'tests/unit/renderer/domain/**/*.test.ts'],
    exclude: ['tests/unit/renderer/backup/heavy-backup.test.ts'],
    testTimeout: 60_000,
    env: { FUZZ_RUNS: '10', MUTATION_RUN: '1' },
  },
})
