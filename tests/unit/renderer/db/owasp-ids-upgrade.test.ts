import Dexie from 'dexie'
import { afterEach, describe, expect, it } from 'vitest'
import fixture from '../../../fixtures/owasp-bare-ids-v3.json'
import { BastionDatabase } from '@renderer/db/database'
import { packIndexEntries, packQuotes } from '@renderer/db/packed'
import type { IndexEntryRecord, QuoteRecord } from '@renderer/db/records'
import { upgradeBackup } from '@renderer/features/backup/format/upgrade'

const name = 'bastion-owasp-ids-upgrade'
afterEach(async () => {
  await Dexie.delete(name)
})

/** Writes the fixture as version 3 stored it (quotes and index entries packed per resource). */
async function openVersion3Fixture(): Promise<void> {
  const old = new Dexie(name)
  old.version(3).stores(fixture.stores)
  await old.open()
  const { quotes, indexEntries, ...rest } = fixture.tables
  await old.transaction('rw', old.tables, async () => {
    for (const [table, rows] of Object.entries(rest)) await old.table(table).bulkAdd(rows)
    await old.table('quoteBooks').bulkAdd(packQuotes(quotes as unknown as QuoteRecord[]))
    await old
      .table('indexBooks')
      .bulkAdd(packIndexEntries(indexEntries as unknown as IndexEntryRecord[]))
  })
  old.close()
}

describe('schema version 5: OWASP IDs carry their edition', () => {
  it('rewrites every stored bare LLM id as the 2025 edition, and nothing else', async () => {
    await openVersion3Fixture()
    const db = new BastionDatabase(name)
    await db.open()
    try {
      const custom = await db.resources.get('custom-1')
      expect(custom?.base.tags).toEqual(['LLM01:2025', 'prompt injection', 'LLM07:2025'])
      const edited = await db.resources.get('course-ai-red-teaming')
      expect(edited?.overrides.tags).toEqual(['LLM07:2025', 'LLM01:2025', 'mine'])

      const n1 = await db.notes.get('n1')
      expect(n1?.tags).toEqual(['LLM01:2025', 'injection'])
      expect(n1?.objectiveIds).toEqual(['LLM01:2025', 'cert-giac-gsec:cryptography'])
      expect(n1?.body).toBe('Body mentions LLM01 and stays as written.')
      expect(n1?.updatedAt).toBe(1790877600000)
      expect((await db.notes.get('n2'))?.tags).toEqual(['net'])
      // The objectiveIds index follows the rewrite.
      expect(await db.notes.where('objectiveIds').equals('LLM01:2025').primaryKeys()).toEqual([
        'n1',
      ])

      const quotes = (await db.quoteBooks.toArray()).flatMap((book) => book.quotes)
      expect(quotes.find((q) => q.id === 'q1')?.tags).toEqual(['LLM06:2025', 'agency'])
      const entries = (await db.indexBooks.toArray()).flatMap((book) => book.entries)
      expect(entries[0]?.tags).toEqual(['LLM03:2025'])
      expect(entries[0]?.objectiveIds).toEqual(['LLM03:2025', 'LLM10:2025'])
      expect((await db.practiceTests.get('pt1'))?.weakObjectiveIds).toEqual([
        'cert-giac-gsec:cryptography',
        'LLM02:2025',
      ])
    } finally {
      db.close()
    }
  })

  it('rewrites a version 3 backup the same way when it is restored', () => {
    const upgraded = upgradeBackup(structuredClone(fixture.tables), 3, 5) as Record<
      string,
      { id: string; tags?: string[]; objectiveIds?: string[] }[]
    >
    expect(upgraded.notes?.[0]?.objectiveIds).toEqual(['LLM01:2025', 'cert-giac-gsec:cryptography'])
    expect(upgraded.quotes?.[0]?.tags).toEqual(['LLM06:2025', 'agency'])
    expect(upgraded.indexEntries?.[0]?.objectiveIds).toEqual(['LLM03:2025', 'LLM10:2025'])
    expect(upgraded.notes?.[1]).toEqual(fixture.tables.notes[1])
  })
})
