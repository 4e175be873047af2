// The floor under "backup restore": the same records written with bare IndexedDB (same object
// stores and indexes, one transaction, no app code) in the same Chromium. Informational: it shows
// how much of the restore time is IndexedDB itself.
import { summarize } from './support.mjs'

/**
 * ms to put every record into a fresh database shaped like `schema` (Dexie syntax); `tables` maps
 * each object store to its records as the app stores them (packed tables packed).
 */
export async function indexedDbFloor(page, base, tables, schema, runs) {
  await page.goto(`${base}/#/settings`)
  await page.waitForSelector('html[data-app-ready="true"]')
  const samples = await page.evaluate(
    async ({ schema, tables, runs }) => {
      const names = Object.keys(schema).filter((name) => (tables[name] ?? []).length > 0)
      const open = (name) =>
        new Promise((resolve, reject) => {
          const request = indexedDB.open(name, 1)
          request.onupgradeneeded = () => {
            for (const table of names) {
              const [primary, ...indexes] = schema[table].split(',').map((part) => part.trim())
              const store = request.result.createObjectStore(table, { keyPath: primary })
              for (const index of indexes) {
                const name = index.replace('*', '')
                const keyPath = name.startsWith('[') ? name.slice(1, -1).split('+') : name
                store.createIndex(name, keyPath, { multiEntry: index.startsWith('*') })
              }
            }
          }
          request.onsuccess = () => resolve(request.result)
          request.onerror = () => reject(request.error)
        })
      const samples = []
      for (let run = 0; run < runs; run += 1) {
        const name = `bastion-bench-floor-${run}`
        const database = await open(name)
        const start = performance.now()
        const transaction = database.transaction(names, 'readwrite')
        for (const table of names) {
          const store = transaction.objectStore(table)
          for (const row of tables[table]) store.put(row)
        }
        await new Promise((resolve, reject) => {
          transaction.oncomplete = resolve
          transaction.onabort = () => reject(transaction.error)
        })
        samples.push(performance.now() - start)
        database.close()
        await new Promise((resolve) => {
          indexedDB.deleteDatabase(name).onsuccess = resolve
        })
      }
      return samples
    },
    { schema, tables, runs },
  )
  return summarize(samples)
}
