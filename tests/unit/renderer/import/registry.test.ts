import { describe, expect, it } from 'vitest'
import { importParsers } from '../../../../renderer/src/features/import/formats/parsers'
import { importFormats } from '../../../../renderer/src/features/import/formats/registry'

describe('import format registries', () => {
  it('pairs every parser with exactly one format, by id', () => {
    const parserIds = importParsers.map((parser) => parser.id)
    const formatIds = importFormats.map((format) => format.parser.id)
    expect(new Set(parserIds).size).toBe(parserIds.length)
    expect([...formatIds].sort()).toEqual([...parserIds].sort())
  })

  it('gives every format a clear name and at least one file ending', () => {
    for (const parser of importParsers) {
      expect(parser.label.trim()).not.toBe('')
      expect(parser.extensions.every((ending) => /^\.[a-z0-9.]+$/.test(ending))).toBe(true)
    }
  })
})
