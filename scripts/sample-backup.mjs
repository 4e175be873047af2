// Writes tests/fixtures/sample-backup.json: a little of everything (the heavy dataset's shapes
// at `sampleSize`), as a signed backup file. The accessibility e2e and the screenshot script
// restore it so every page has rows to show. Run again after a schema change:
//   node scripts/sample-backup.mjs && npx prettier --write tests/fixtures/sample-backup.json
import { writeFileSync } from 'node:fs'
import { closeLoader, loadTypeScript } from './bench/support.mjs'

const { serializeBackup } = await loadTypeScript('/renderer/src/features/backup/format/format.ts')
const { heavyBackupTables, heavyExportedAt } = await loadTypeScript(
  '/tests/fixtures/heavy-backup.ts',
)
const { sampleSize } = await loadTypeScript('/tests/fixtures/heavy-dataset.ts')
const { text } = await serializeBackup(heavyBackupTables(7, sampleSize), heavyExportedAt, 'sample')
writeFileSync('tests/fixtures/sample-backup.json', text)
await closeLoader()
console.log(`tests/fixtures/sample-backup.json: ${text.length.toLocaleString()} characters`)
