// Bastion's benchmark: `npm run bench`. Builds the renderer, serves it, drives Debian's Chromium
// through Playwright, prints a table, writes bench/results.json, and exits non-zero when a
// figure misses its budget. Not part of `npm test`.
import { execSync, spawn } from 'node:child_process'
import { mkdirSync, writeFileSync } from 'node:fs'
import { cpus, totalmem } from 'node:os'
import { closeLoader, loadTypeScript, measureInitialJs, summarize } from './bench/support.mjs'
import { runBrowserFigures } from './bench/browser.mjs'

const port = Number(process.env.BASTION_BENCH_PORT ?? 4190)
const runs = Number(process.env.BASTION_BENCH_RUNS ?? 5)
/** `BASTION_BENCH_ONLY=searchKeystroke,pageSwitch` measures just those (for work on one figure). */
const only = process.env.BASTION_BENCH_ONLY?.split(',').filter(Boolean)

const budgets = {
  loadRatio: { label: 'heavy load ÷ empty load', max: 1.3, unit: '×' },
  pageSwitch: { label: 'page switch until painted (slowest page, median)', max: 100, unit: 'ms' },
  logToDashboard: { label: 'log a session until the Dashboard shows it', max: 100, unit: 'ms' },
  searchKeystroke: { label: 'note search, per keystroke', max: 16, unit: 'ms' },
  scheduler200: { label: 'scheduler, 200 items over 2 years', max: 20, unit: 'ms' },
  exportBackup: { label: 'backup export (heavy)', max: 1000, unit: 'ms' },
  restoreBackup: { label: 'backup restore (heavy)', max: 3000, unit: 'ms' },
  initialJsKb: { label: 'initial JS, gzipped', max: 300, unit: 'KB' },
  heapMb: { label: 'JS heap after heavy load', max: 80, unit: 'MB' },
  reviewDueCount: { label: 'review: due count on the Dashboard', max: 50, unit: 'ms' },
  reviewOpen: { label: 'review: opening Review until a card is painted', max: 100, unit: 'ms' },
  reviewNextCard: { label: 'review: next card after an answer', max: 16, unit: 'ms' },
  coverageOpen: { label: 'coverage: opening Coverage until painted', max: 100, unit: 'ms' },
}

if (!process.env.BASTION_BENCH_SKIP_BUILD) {
  console.log('building the renderer…')
  execSync('npx vite build --logLevel error', { stdio: 'inherit' })
}

const server = spawn('npx', ['vite', 'preview', '--port', String(port)], {
  stdio: 'ignore',
  detached: true,
})
const stopServer = () => {
  try {
    process.kill(-server.pid)
  } catch {
    /* already gone */
  }
}
process.on('exit', stopServer)

const figures = {}
const informational = {}
try {
  const { generateBackupFile } = await loadTypeScript('/tests/fixtures/heavy-backup.ts')
  const { schemaVersions, CURRENT_SCHEMA_VERSION, tableNames, storedTableOf, recordsFor } =
    await loadTypeScript('/renderer/src/db/database.ts')
  const heavyBackup = await generateBackupFile(42)
  mkdirSync('bench/tmp', { recursive: true })
  writeFileSync('bench/tmp/heavy-backup.json', heavyBackup)
  // The IndexedDB floor writes what the restore writes: each table's records as stored.
  const { tables } = JSON.parse(heavyBackup)
  const storedRecords = Object.fromEntries(
    tableNames.map((name) => [storedTableOf(name), recordsFor(name, tables[name] ?? [])]),
  )

  const browser = await runBrowserFigures({
    base: `http://127.0.0.1:${port}`,
    runs,
    backupPath: 'bench/tmp/heavy-backup.json',
    only,
    schema: schemaVersions[CURRENT_SCHEMA_VERSION],
    storedRecords,
  })
  Object.assign(figures, browser.figures)
  Object.assign(informational, browser.informational)
  figures.initialJsKb = summarize([measureInitialJs('out/renderer') / 1024])
} finally {
  stopServer()
  await closeLoader()
}

const rows = Object.entries(budgets)
  .filter(([key]) => !only || only.includes(key))
  .map(([key, budget]) => {
    const figure = figures[key]
    const value = figure?.median
    const status = value === undefined ? 'NOT MEASURED' : value <= budget.max ? 'ok' : 'MISSED'
    return {
      key,
      ...budget,
      median: value,
      spread: figure?.spread,
      samples: figure?.samples,
      status,
    }
  })

const pad = (text, width) => String(text).padEnd(width)
console.log(
  '\n' + pad('figure', 48) + pad('median', 12) + pad('spread', 28) + pad('budget', 12) + 'status',
)
for (const row of rows) {
  const fmt = (n) => (n === undefined ? '—' : `${n.toFixed(row.unit === '×' ? 2 : 1)} ${row.unit}`)
  const spread = row.spread ? `${fmt(row.spread[0])} – ${fmt(row.spread[1])}` : '—'
  console.log(
    pad(row.label, 48) +
      pad(fmt(row.median), 12) +
      pad(spread, 28) +
      pad(`≤ ${row.max} ${row.unit}`, 12) +
      row.status,
  )
}
for (const [key, value] of Object.entries(informational))
  console.log(`  ${key}: ${JSON.stringify(value)}`)

const machine = `${cpus().length} × ${cpus()[0]?.model ?? 'cpu'}, ${Math.round(totalmem() / 2 ** 30)} GiB, Node ${process.version}`
mkdirSync('bench', { recursive: true })
// A partial run (BASTION_BENCH_ONLY) does not overwrite the full run's results.
if (!only)
  writeFileSync(
    'bench/results.json',
    JSON.stringify(
      { measuredAt: new Date().toISOString(), machine, runs, rows, informational },
      null,
      2,
    ) + '\n',
  )
console.log(`\nmachine: ${machine}${only ? '' : '\nwrote bench/results.json'}`)
const missed = rows.filter((row) => row.status !== 'ok')
if (missed.length > 0) {
  console.log(
    `${missed.length} figure(s) missed or not measured: ${missed.map((row) => row.key).join(', ')}`,
  )
  process.exitCode = 1
}
