import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { gzipSync } from 'node:zlib'
import { createServer } from 'vite'

let server
/** Loads a TypeScript module of the project through Vite's SSR loader (no separate build). */
export async function loadTypeScript(path) {
  server ??= await createServer({
    configFile: false,
    logLevel: 'error',
    server: { middlewareMode: true },
    define: { __APP_VERSION__: '"bench"' },
  })
  return server.ssrLoadModule(path)
}

export async function closeLoader() {
  await server?.close()
  server = undefined
}

/** Median and [min, max] of samples. */
export function summarize(samples) {
  const sorted = [...samples].sort((a, b) => a - b)
  const middle = Math.floor(sorted.length / 2)
  const median = sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2
  return { median, spread: [sorted[0], sorted.at(-1)], samples: sorted.length }
}

/** Bytes of gzipped JS the first page load needs: the entry script and its modulepreloads. */
export function measureInitialJs(outDir) {
  const html = readFileSync(join(outDir, 'index.html'), 'utf8')
  const sources = [
    ...html.matchAll(/<(?:script[^>]*src|link[^>]*rel="modulepreload"[^>]*href)="([^"]+\.js)"/g),
  ].map((m) => m[1])
  return sources.reduce((total, src) => total + gzipSync(readFileSync(join(outDir, src))).length, 0)
}
