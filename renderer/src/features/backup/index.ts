// The backup feature's door: the only module other features and the app import from it.
// Pages are not exported: app/router.tsx loads each page file lazily, as its own chunk.
export { AutomaticBackupsSection } from './AutomaticBackupsSection'
export { BackupSection } from './BackupSection'
export { startAutomaticBackups } from './auto-backup'
export { CsvExportSection } from './csv/CsvExportSection'
export { showReloadBanner } from './schema-change/version-change'
export { StorageSection } from './storage/StorageSection'
export { requestPersistentStorage } from './storage/storage'
