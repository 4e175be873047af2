// Bastion's benchmark: `npm run bench`. Builds the renderer and the floor app (bench/floor),
// serves both, drives Debian's Chromium through Playwright, prints a table per dataset, writes
// bench/results.json, and exits non-zero when a figure misses its budget. Not part of `npm test`.
import { execSync, spawn } from 'node:child_process'
import { mkdirSync, writeFileSync } from 'node:fs'
import { cpus, loadavg, totalmem } from 'node:os'
import {
  closeLoader,
  formatTable,
  judge,
  loadTypeScript,
  measureInitialJs,
  scaledSize,
  summarize,
} from './bench/support.mjs'
import { runBrowserFigures } from './bench/browser.mjs'

const port = Number(process.env.BASTION_BENCH_PORT ?? 4190)
const floorPort = Number(process.env.BASTION_BENCH_FLOOR_PORT ?? port + 1)
const runs = Number(process.env.BASTION_BENCH_RUNS ?? 5)
/**
 * `BASTION_BENCH_ONLY=searchKeystroke,pageSwitch` measures just those (for work on one figure).
 * `restoreVsIdbFloor` brings its two parts (into an empty profile, replacing) with it.
 */
const only = process.env.BASTION_BENCH_ONLY?.split(',')
  .filter(Boolean)
  .flatMap((key) =>
    key === 'restoreVsIdbFloor'
      ? [key, 'restoreIntoEmptyVsIdbFloor', 'restoreReplacingVsIdbFloor']
      : [key],
  )
/**
 * The large dataset (10×) runs in the full bench; with BASTION_BENCH_ONLY only when asked for
 * with `--scale 10` (or BASTION_BENCH_SCALE=10). `--scale 1` skips it.
 */
const scaleArgument = process.argv.indexOf('--scale')
const scale = Number(
  scaleArgument > 0 ? process.argv[scaleArgument + 1] : (process.env.BASTION_BENCH_SCALE ?? 0),
)
const runLarge = scale > 1 || (!only && scale !== 1)
const largeFactor = scale > 1 ? scale : 10

const budgets = {
  coldLoadVsFloor: { label: 'cold load, empty database ÷ floor cold load', max: 1.5, unit: '×' },
  warmLoadVsFloor: { label: 'warm load, heavy database ÷ floor warm load', max: 1.5, unit: '×' },
  loadRatio: { label: 'heavy load ÷ empty load', max: 1.3, unit: '×' },
  pageSwitch: { label: 'page switch until painted (slowest page, median)', max: 100, unit: 'ms' },
  logToDashboard: { label: 'log a session until the Dashboard shows it', max: 100, unit: 'ms' },
  searchKeystroke: { label: 'note search, per keystroke', max: 16, unit: 'ms' },
  scheduler200: { label: 'scheduler, 200 items over 2 years', max: 20, unit: 'ms' },
  exportBackup: { label: 'backup export', max: 1500, unit: 'ms' },
  restoreBackup: { label: 'backup restore (judged by the ratio below)', unit: 'ms' },
  restoreVsIdbFloor: { label: 'restore ÷ bare IndexedDB floor (every run)', max: 1.5, unit: '×' },
  restoreIntoEmptyVsIdbFloor: { label: '  first restore, into an empty profile', unit: '×' },
  restoreReplacingVsIdbFloor: { label: '  later restores, replacing the same data', unit: '×' },
  initialJsKb: { label: 'initial JS, gzipped', max: 300, unit: 'KB' },
  heapMb: { label: 'JS heap after heavy load', max: 80, unit: 'MB' },
  reviewDueCount: { label: 'review: due count on the Dashboard', max: 50, unit: 'ms' },
  reviewOpen: { label: 'review: opening Review until a card is painted', max: 100, unit: 'ms' },
  reviewNextCard: { label: 'review: next card after an answer', max: 16, unit: 'ms' },
  coverageOpen: { label: 'coverage: opening Coverage until painted', max: 100, unit: 'ms' },
}
/** On the large dataset: the same figures, the budgets where they differ. */
const largeBudgets = Object.fromEntries(
  Object.entries({
    ...budgets,
    exportBackup: { ...budgets.exportBackup, max: 10_000 },
    restoreBackup: { label: 'backup restore', max: 30_000, unit: 'ms' },
    heapMb: { ...budgets.heapMb, max: 150 },
  }).filter(
    ([key]) =>
      ![
        'coldLoadVsFloor',
        'warmLoadVsFloor',
        'restoreVsIdbFloor',
        'restoreIntoEmptyVsIdbFloor',
        'restoreReplacingVsIdbFloor',
        'scheduler200',
      ].includes(key) && key !== 'initialJsKb',
  ),
)

if (!process.env.BASTION_BENCH_SKIP_BUILD) {
  console.log('building the renderer and the floor app…')
  // A profiled figure (BASTION_BENCH_PROFILE) keeps function names: the build is not minified.
  const minify = process.env.BASTION_BENCH_PROFILE ? ' --minify false' : ''
  execSync(`npx vite build --logLevel error${minify}`, { stdio: 'inherit' })
  execSync('npx vite build --config bench/floor/vite.config.mjs --logLevel error', {
    stdio: 'inherit',
  })
}

const serve = (args) =>
  spawn('npx', ['vite', 'preview', ...args], { stdio: 'ignore', detached: true })
const servers = [
  serve(['--port', String(port)]),
  serve(['--config', 'bench/floor/vite.config.mjs', '--port', String(floorPort)]),
]
const stopServers = () => {
  for (const server of servers) {
    try {
      process.kill(-server.pid)
    } catch {
      /* already gone */
    }
  }
}
process.on('exit', stopServers)
for (const signal of ['SIGINT', 'SIGTERM'])
  process.on(signal, () => {
    stopServers()
    process.exit(1)
  })

const loadAtStart = loadavg()
const results = {}
try {
  const { generateBackupFile } = await loadTypeScript('/tests/fixtures/heavy-backup.ts')
  const { heavySize } = await loadTypeScript('/tests/fixtures/heavy-dataset.ts')
  const {
    schemaVersions,
    CURRENT_SCHEMA_VERSION,
    tableNames,
    storedTableOf,
    recordsFor,
    derivedWrites,
  } = await loadTypeScript('/renderer/src/db/database.ts')
  const schema = schemaVersions[CURRENT_SCHEMA_VERSION]
  mkdirSync('bench/tmp', { recursive: true })
  const writeDataset = async (factor) => {
    const text = await generateBackupFile(42, scaledSize(heavySize, factor))
    const backupPath = `bench/tmp/backup-x${factor}.json`
    writeFileSync(backupPath, text)
    return { scale: factor, backupPath, text }
  }
  const common = {
    base: `http://127.0.0.1:${port}`,
    floorBase: `http://127.0.0.1:${floorPort}`,
    only,
    schema,
  }

  const heavy = await writeDataset(1)
  // The IndexedDB floor writes what the restore writes: each table's records as stored, and
  // the derived stores' records (db/derived-stores.ts) that go with them.
  const { tables } = JSON.parse(heavy.text)
  heavy.storedRecords = {}
  for (const name of tableNames) {
    const records = recordsFor(name, tables[name] ?? [])
    heavy.storedRecords[storedTableOf(name)] = records
    for (const { store, puts } of derivedWrites(name, records))
      (heavy.storedRecords[store] ??= []).push(...puts)
  }
  const measured = await runBrowserFigures({ ...common, runs, dataset: heavy })
  measured.figures.initialJsKb = summarize([measureInitialJs('out/renderer') / 1024])
  results.heavy = { ...measured, rows: judge(budgets, measured.figures, only) }

  if (runLarge) {
    const large = await writeDataset(largeFactor)
    console.log(`\nthe ×${largeFactor} dataset: ${(large.text.length / 2 ** 20).toFixed(0)} MB`)
    const figures = await runBrowserFigures({ ...common, runs: Math.min(runs, 3), dataset: large })
    results.large = { ...figures, rows: judge(largeBudgets, figures.figures, only) }
  }
} finally {
  stopServers()
  await closeLoader()
}

const print = (title, { rows, informational }) => {
  console.log(`\n${title}\n${formatTable(rows)}`)
  for (const [key, value] of Object.entries(informational))
    console.log(`  ${key}: ${JSON.stringify(value)}`)
}
print('heavy dataset', results.heavy)
if (results.large) print(`×${largeFactor} dataset`, results.large)

const machine = `${cpus().length} × ${cpus()[0]?.model ?? 'cpu'}, ${Math.round(totalmem() / 2 ** 30)} GiB, Node ${process.version}`
const load = { start: loadAtStart, end: loadavg() }
const figureOf = (key) => results.heavy.rows.find((row) => row.key === key)
const largeTable = results.large && {
  scale: largeFactor,
  rows: results.large.rows,
  informational: results.large.informational,
}
// A partial run (BASTION_BENCH_ONLY) does not overwrite the full run's results.
if (!only)
  writeFileSync(
    'bench/results.json',
    JSON.stringify(
      {
        measuredAt: new Date().toISOString(),
        machine,
        loadAverage: load,
        runs,
        coldLoadVsFloor: figureOf('coldLoadVsFloor'),
        warmLoadVsFloor: figureOf('warmLoadVsFloor'),
        restoreVsIdbFloor: figureOf('restoreVsIdbFloor'),
        restoreIntoEmptyVsIdbFloor: figureOf('restoreIntoEmptyVsIdbFloor'),
        restoreReplacingVsIdbFloor: figureOf('restoreReplacingVsIdbFloor'),
        scale10x: largeTable,
        rows: results.heavy.rows,
        informational: results.heavy.informational,
      },
      null,
      2,
    ) + '\n',
  )
console.log(
  `\nmachine: ${machine}\nload average (1, 5, 15 min) at start ${load.start.map((n) => n.toFixed(2)).join(', ')}, at end ${load.end.map((n) => n.toFixed(2)).join(', ')}${only ? '' : '\nwrote bench/results.json'}`,
)
const missed = [...results.heavy.rows, ...(results.large?.rows ?? [])].filter(
  (row) => !['ok', 'recorded'].includes(row.status),
)
if (missed.length > 0) {
  console.log(
    `${missed.length} figure(s) missed or not measured: ${missed.map((row) => row.key).join(', ')}`,
  )
  process.exitCode = 1
}
