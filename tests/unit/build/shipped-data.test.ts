// @vitest-environment node
import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { checkShippedData, shippedDataFiles } from '../../../scripts/shipped-data'
import { loadShippedCatalog } from '@renderer/features/catalog'
import { loadShippedFrameworks, parseFrameworks } from '@renderer/domain/frameworks'
import { CatalogError, parseCatalog } from '@renderer/db/resource-schema'

const fileOf = (path: string): unknown => JSON.parse(readFileSync(path, 'utf8'))

describe('the shipped data, checked at build time', () => {
  it('passes the check the build runs', () => {
    expect(() => checkShippedData()).not.toThrow()
  })

  // Start-up reads the files without parsing them: sound only while parsing changes nothing.
  it('is exactly what parsing the files returns, so start-up need not parse them', () => {
    const frameworks = {
      owasp: fileOf(shippedDataFiles.owasp),
      atlas: fileOf(shippedDataFiles.atlas),
      gsec: fileOf(shippedDataFiles.gsec),
    }
    expect(parseFrameworks(frameworks)).toStrictEqual(frameworks)
    expect(loadShippedFrameworks()).toStrictEqual(frameworks)
    const catalog = fileOf(shippedDataFiles.catalog)
    expect(parseCatalog(catalog)).toStrictEqual(catalog)
    expect(loadShippedCatalog()).toStrictEqual(catalog)
  })

  it('fails the build on a malformed catalog, naming the field', () => {
    const broken = (path: string) => {
      const data = fileOf(path) as { resources: { title: unknown }[] }
      if (path === shippedDataFiles.catalog) data.resources[0]!.title = 42
      return data
    }
    expect(() => checkShippedData(broken)).toThrow(CatalogError)
    expect(() => checkShippedData(broken)).toThrow('resources.0.title')
  })

  it('fails the build on a malformed framework list, naming the file', () => {
    const broken = (path: string) => {
      const data = fileOf(path) as { areas: unknown[] }
      if (path === shippedDataFiles.gsec) data.areas.pop()
      return data
    }
    expect(() => checkShippedData(broken)).toThrow('data/frameworks/gsec-areas.json')
  })
})
