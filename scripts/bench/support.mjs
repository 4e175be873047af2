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

/**
 * Bastion's samples over the floor's, run by run: each pair was measured side by side, so the
 * machine's load at that moment cancels out. Median and [min, max] of the per-run ratios.
 */
export function pairedRatio(samples, floorSamples) {
  if (samples.length === 0 || samples.length !== floorSamples.length)
    throw new Error(
      `pairedRatio needs paired samples (${samples.length} vs ${floorSamples.length})`,
    )
  return summarize(samples.map((value, index) => value / floorSamples[index]))
}

/**
 * The large dataset: the heavy one with each table the issue names ten times (or `factor` times)
 * larger. Plan items and review cards stay as they are: ten times the review log is a 389 MB
 * backup that takes 45 s to generate, beyond what one bench run can afford.
 */
export function scaledSize(size, factor) {
  const scaled = ['resources', 'sessions', 'notes', 'quotes', 'indexEntries', 'expenses']
  return Object.fromEntries(
    Object.entries(size).map(([table, count]) => [
      table,
      scaled.includes(table) ? count * factor : count,
    ]),
  )
}

/**
 * One row per budget that was asked for: the figure's median and spread against its budget.
 * A budget without `max` is recorded, not judged.
 */
export function judge(budgets, figures, only) {
  return Object.entries(budgets)
    .filter(([key]) => !only || only.includes(key))
    .map(([key, budget]) => {
      const figure = figures[key]
      const value = figure?.median
      const status =
        value === undefined
          ? 'NOT MEASURED'
          : budget.max === undefined
            ? 'recorded'
            : value <= budget.max
              ? 'ok'
              : 'MISSED'
      return {
        key,
        ...budget,
        median: value,
        spread: figure?.spread,
        samples: figure?.samples,
        status,
      }
    })
}

/** The printed table of judged rows. */
export function formatTable(rows) {
  const pad = (text, width) => String(text).padEnd(width)
  const lines = [
    pad('figure', 52) + pad('median', 12) + pad('spread', 28) + pad('budget', 14) + 'status',
  ]
  for (const row of rows) {
    const digits = row.unit === '×' ? 2 : 1
    const fmt = (n) => (n === undefined ? '—' : `${n.toFixed(digits)} ${row.unit}`)
    const spread = row.spread ? `${fmt(row.spread[0])} – ${fmt(row.spread[1])}` : '—'
    const budget = row.max === undefined ? '—' : `≤ ${row.max} ${row.unit}`
    lines.push(
      pad(row.label, 52) +
        pad(fmt(row.median), 12) +
        pad(spread, 28) +
        pad(budget, 14) +
        row.status,
    )
  }
  return lines.join('\n')
}
