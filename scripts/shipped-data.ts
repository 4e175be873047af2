// The shipped catalog and framework lists are checked here, when Vite builds or serves the
// renderer, not on every start: a malformed file fails the build (and shows in the dev server's
// overlay) with the message that names the file and field. The app then reads the files as they
// are; tests/unit/build/shipped-data.test.ts pins that the checked data is exactly the file.
import { readFileSync } from 'node:fs'
import { dirname, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import type { Plugin } from 'vite'
import { parseCatalog } from '../renderer/src/db/resource-schema'
import { parseFrameworks } from '../renderer/src/domain/frameworks/schema'

const dataDir = resolve(dirname(fileURLToPath(import.meta.url)), '../data')
export const shippedDataFiles = {
  catalog: resolve(dataDir, 'catalog.json'),
  owasp: resolve(dataDir, 'frameworks/owasp-llm-top10.json'),
  atlas: resolve(dataDir, 'frameworks/atlas.json'),
  gsec: resolve(dataDir, 'frameworks/gsec-areas.json'),
}

const readJson = (path: string): unknown => JSON.parse(readFileSync(path, 'utf8'))

/** Parses the shipped files; throws the CatalogError or FrameworkError naming the bad field. */
export function checkShippedData(read: (path: string) => unknown = readJson): void {
  parseFrameworks({
    owasp: read(shippedDataFiles.owasp),
    atlas: read(shippedDataFiles.atlas),
    gsec: read(shippedDataFiles.gsec),
  })
  parseCatalog(read(shippedDataFiles.catalog))
}

/** Vite plugin: the check at the start of every build and serve, and again when a file changes. */
export function shippedDataCheck(): Plugin {
  const files = new Set(Object.values(shippedDataFiles))
  return {
    name: 'bastion-shipped-data-check',
    buildStart() {
      for (const file of files) this.addWatchFile(file)
      checkShippedData()
    },
    handleHotUpdate({ file }) {
      if (files.has(resolve(file))) checkShippedData()
    },
  }
}
