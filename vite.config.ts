import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import react from '@vitejs/plugin-react'
import { defineConfig, type Plugin, type UserConfig } from 'vite'
import { shippedDataCheck } from './scripts/shipped-data'

const { version } = JSON.parse(readFileSync(resolve(__dirname, 'package.json'), 'utf8')) as {
  version: string
}

// React Fast Refresh injects an inline script in development only; the shipped CSP stays strict.
function relaxCspForDevServer(): Plugin {
  return {
    name: 'bastion-dev-csp',
    apply: 'serve',
    transformIndexHtml: (html) =>
      html.replace("script-src 'self'", "script-src 'self' 'unsafe-inline'"),
  }
}

/**
 * The renderer: the whole product. electron.vite.config.ts builds it for Electron; this file
 * alone builds (`npm run build:web`) and serves (`npm run web:serve`) it for a plain browser.
 */
export const rendererConfig: UserConfig = {
  root: resolve(__dirname, 'renderer'),
  base: './',
  define: { __APP_VERSION__: JSON.stringify(version) },
  plugins: [react(), relaxCspForDevServer(), shippedDataCheck()],
  build: {
    outDir: resolve(__dirname, 'out/renderer'),
    emptyOutDir: true,
    rolldownOptions: {
      input: resolve(__dirname, 'renderer/index.html'),
      // Every module the first page needs, in three chunks (React and the router, the other
      // libraries, Bastion's own code) rather than twenty-odd small shared ones: a fresh start
      // compiles the three side by side on the browser's worker threads, where one chunk of
      // 0.7 MB was compiled on one (about 0.9× the cold start on the 2-core bench machine).
      // The libraries' chunks also stay the same across releases. Other pages stay lazy chunks.
      output: {
        codeSplitting: {
          groups: [
            {
              name: 'react',
              test: /node_modules[\\/](react|react-dom|scheduler|react-router)[\\/]/,
              tags: ['$initial'],
              priority: 3,
            },
            { name: 'vendor', test: /node_modules/, tags: ['$initial'], priority: 2 },
            { name: 'app', tags: ['$initial'], priority: 1 },
          ],
        },
      },
    },
    // That chunk is large by design; its gzipped size has a budget in `npm run bench`.
    chunkSizeWarningLimit: 1024,
    // electron-vite leaves the renderer unminified unless told: the desktop app would parse
    // 1.9 MB at every start instead of the 0.8 MB the web build (and the bench) loads.
    minify: 'oxc',
  },
  preview: { host: '127.0.0.1', port: 4173, strictPort: true },
}

export default defineConfig(rendererConfig)
