import { resolve } from 'node:path'
import { defineConfig } from 'electron-vite'
import { rendererConfig } from './vite.config'

export default defineConfig({
  main: {
    build: {
      outDir: 'out/main',
      // Bundled, so the packaged app needs no node_modules (electron-builder.yml packs none).
      externalizeDeps: false,
      rolldownOptions: { input: { main: resolve(__dirname, 'electron/main.ts') } },
    },
  },
  preload: {
    build: {
      outDir: 'out/preload',
      // A sandboxed preload cannot require() node_modules: bundle everything into one CJS file.
      externalizeDeps: false,
      rolldownOptions: { input: { preload: resolve(__dirname, 'electron/preload.ts') } },
    },
  },
  renderer: rendererConfig,
})
