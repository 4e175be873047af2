import { resolve } from 'node:path'
import { defineConfig } from 'vitest/config'

export default defineConfig({
  define: { __APP_VERSION__: JSON.stringify('0.0.0-test') },
  // Tests import the renderer as `@renderer/…`, whatever folder they sit in.
  resolve: {
    alias: { '@renderer': resolve(__dirname, 'renderer/src') },
  },
  test: {
    include: ['tests/unit/**/*.test.ts', 'tests/unit/**/*.test.tsx'],
    environment: 'jsdom',
    setupFiles: ['tests/unit/setup.ts'],
    restoreMocks: true,
  },
})
