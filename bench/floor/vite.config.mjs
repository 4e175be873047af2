// Builds and serves the bench's floor app (see main.tsx) with the same tool as Bastion.
import { dirname, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import react from '@vitejs/plugin-react'
import { defineConfig } from 'vite'

const here = dirname(fileURLToPath(import.meta.url))

export default defineConfig({
  root: here,
  base: './',
  plugins: [react()],
  build: { outDir: resolve(here, '../tmp/floor'), emptyOutDir: true },
  preview: { host: '127.0.0.1', strictPort: true },
})
