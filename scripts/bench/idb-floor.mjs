// The floor under "backup restore": the same records written with bare IndexedDB (same object
// stores and indexes, one transaction, no app code) in the same Chromium, from the same state as
// the restore it is paired with. The bench's first restore goes into an empty profile, so its
// floor puts into an empty database; the later restores replace the data the one before wrote,
// so their floor clears the stores of a database holding the same records and puts them again,
// in one transaction, as a bare "replace" would.

/**
 * Runs in the page (self-contained: Playwright serializes it). Opens (creating if needed)
 * database `name` shaped like `schema` (Dexie syntax) with a store for each of `tables`' keys that
 * has records, then times one readwrite transaction over those stores: with `replacing`, each
 * store's `clear()` and then every record's `put`; without, the puts alone. Resolves to the ms
 * from the transaction's start to its `complete`. The database is closed and kept, so the next
 * run can replace what this one wrote.
 */
export async function floorWrite({ name, schema, tables, replacing }) {
  const names = Object.keys(schema).filter((table) => (tables[table] ?? []).length > 0)
  const database = await new Promise((resolve, reject) => {
    const request = indexedDB.open(name, 1)
    request.onupgradeneeded = () => {
      for (const table of names) {
        const [primary, ...indexes] = schema[table].split(',').map((part) => part.trim())
        const store = request.result.createObjectStore(table, { keyPath: primary })
        for (const index of indexes) {
          const indexName = index.replace('*', '')
          const keyPath = indexName.startsWith('[') ? indexName.slice(1, -1).split('+') : indexName
          store.createIndex(indexName, keyPath, { multiEntry: index.startsWith('*') })
        }
      }
    }
    request.onsuccess = () => resolve(request.result)
    request.onerror = () => reject(request.error)
  })
  try {
    const start = performance.now()
    const transaction = database.transaction(names, 'readwrite')
    for (const table of names) {
      const store = transaction.objectStore(table)
      if (replacing) store.clear()
      for (const row of tables[table]) store.put(row)
    }
    await new Promise((resolve, reject) => {
      transaction.oncomplete = resolve
      transaction.onabort = () => reject(transaction.error)
    })
    return performance.now() - start
  } finally {
    database.close()
  }
}

/** Runs in the page: deletes a floor database. */
export async function deleteFloorDatabase(name) {
  await new Promise((resolve, reject) => {
    const request = indexedDB.deleteDatabase(name)
    request.onsuccess = resolve
    request.onerror = () => reject(request.error)
  })
}

/**
 * The floors of a sequence of restores, on Bastion's origin (the same browser storage as the
 * app's database). `next(replacing)` measures one, in ms: the first call of a sequence should
 * pass `false` (the database is new), later ones `true`. `done()` deletes the database.
 */
export async function floorSequence(page, base, tables, schema) {
  const name = `bastion-bench-floor-${Date.now()}`
  const inPage = async (fn, argument) => {
    if (!page.url().startsWith(base)) {
      await page.goto(`${base}/#/settings`)
      await page.waitForSelector('html[data-app-ready="true"]')
    }
    return page.evaluate(fn, argument)
  }
  return {
    next: (replacing) => inPage(floorWrite, { name, schema, tables, replacing }),
    done: () => inPage(deleteFloorDatabase, name),
  }
}
