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
 * A sequence of restores against their floors (scripts/bench/idb-floor.mjs), paired run by run:
 * the first into an empty profile, the others replacing the data the one before wrote. Each
 * state has its own ratio; `restoreVsIdbFloor` pairs every run.
 */
export function restoreAgainstFloor(restores, floors) {
  const figures = { restoreVsIdbFloor: pairedRatio(restores, floors) }
  figures.restoreIntoEmptyVsIdbFloor = pairedRatio(restores.slice(0, 1), floors.slice(0, 1))
  if (restores.length > 1)
    figures.restoreReplacingVsIdbFloor = pairedRatio(restores.slice(1), floors.slice(1))
  return figures
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

/**
 * The busy samples of a V8 CPU profile (CDP Profiler.stop), in order: when each ran (ms after
 * `originUs`, a moment on the profile's clock), for how long, its leaf frame, and the function
 * names on its stack from leaf to root. Idle samples are skipped.
 */
function busySamples(profile, originUs) {
  const nodes = new Map(profile.nodes.map((node) => [node.id, node]))
  const parents = new Map()
  for (const node of profile.nodes)
    for (const child of node.children ?? []) parents.set(child, node.id)
  const samples = []
  let time = profile.startTime
  for (let i = 0; i < profile.samples.length; i += 1) {
    time += profile.timeDeltas[i]
    const leaf = nodes.get(profile.samples[i])
    if (leaf.callFrame.functionName === '(idle)') continue
    const stack = []
    for (let id = leaf.id; id !== undefined; id = parents.get(id))
      stack.push(nodes.get(id).callFrame.functionName)
    const duration = (profile.timeDeltas[i + 1] ?? 0) / 1000
    samples.push({ at: (time - originUs) / 1000, duration, frame: leaf.callFrame, stack })
  }
  return samples
}

/**
 * For start-up tracing: per named function, the time of its first and last sample and its
 * inclusive CPU time; the busiest functions by self time; and the CPU time before a moment.
 */
export function phaseTimings(profile, phaseNames, originUs) {
  const phases = {}
  const self = new Map()
  const samples = busySamples(profile, originUs)
  for (const { at, duration, frame, stack } of samples) {
    const key = `${frame.functionName || '(anonymous)'} ${frame.url.split('/').pop()}:${frame.lineNumber + 1}`
    self.set(key, (self.get(key) ?? 0) + duration)
    for (const name of new Set(stack)) {
      if (!phaseNames.includes(name)) continue
      const phase = (phases[name] ??= { first: at, last: at, cpu: 0 })
      phase.last = at + duration
      phase.cpu += duration
    }
  }
  return {
    phases,
    topSelf: [...self.entries()].sort((a, b) => b[1] - a[1]),
    busyBeforeReady: (readyAt) =>
      samples.filter(({ at }) => at < readyAt).reduce((total, { duration }) => total + duration, 0),
  }
}

/**
 * The profile as a timeline: runs of busy samples split where the thread idled for more than
 * `gapMs`, each with its start, end, CPU time and the named functions that took most of it
 * (inclusive), so a trace reads as "what ran when".
 */
export function busySegments(profile, originUs, gapMs = 2, top = 4) {
  const generic = /^(\(.*\)|anonymous|)$/
  const segments = []
  let current
  for (const { at, duration, stack } of busySamples(profile, originUs)) {
    if (!current || at - current.end > gapMs) {
      current = { start: at, end: at, cpu: 0, by: new Map() }
      segments.push(current)
    }
    current.end = at + duration
    current.cpu += duration
    for (const name of new Set(stack)) {
      if (generic.test(name)) continue
      current.by.set(name, (current.by.get(name) ?? 0) + duration)
    }
  }
  return segments.map(({ by, ...segment }) => ({
    ...segment,
    top: [...by.entries()].sort((a, b) => b[1] - a[1]).slice(0, top),
  }))
}
