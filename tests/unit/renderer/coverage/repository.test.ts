import Dexie from 'dexie'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { BastionDatabase, db, schemaVersions } from '@renderer/db/database'
import { itemCoverage, type Evidence } from '@renderer/domain/coverage'
import { frameworkItems, loadShippedFrameworks } from '@renderer/domain/frameworks'
import { addCustomResource } from '@renderer/features/catalog/repository'
import { readEvidence } from '@renderer/features/coverage/repository'
import { addPracticeTest } from '@renderer/features/exam/repository'
import { addSession } from '@renderer/features/log/repository'
import {
  createNote,
  saveIndexEntry,
  saveQuote,
  updateNote,
} from '@renderer/features/notes/repository'
import { createCard } from '@renderer/features/review/repository'
import { resetDatabase } from '../helpers/database'

const ids = frameworkItems(loadShippedFrameworks()).map((item) => item.id)
const thresholds = { recallTarget: 0.9, passMarkPercent: 72 }
const now = Date.UTC(2026, 11, 1, 12)
const read = () => readEvidence({ ids, now, recallOf: () => 0.95 })
const kinds = (list: Evidence[] | undefined) => (list ?? []).map((e) => `${e.kind}:${e.label}`)

beforeEach(async () => {
  await resetDatabase()
})

async function customResource(title: string, tags: string[]) {
  return addCustomResource({ kind: 'book', title, authors: [], price: null, free: true, tags })
}

describe('gathering coverage evidence', () => {
  it('finds time logged on a tagged resource, with its minutes and last day', async () => {
    const id = await customResource('Prompt attacks', ['LLM01:2026', 'my own tag'])
    await customResource('Untagged', [])
    await addSession({ date: '2026-11-02', minutes: 30, resourceId: id, covered: '' }, now)
    await addSession({ date: '2026-11-20', minutes: 15, resourceId: id, covered: '' }, now)
    const byTag = await read()
    expect([...byTag.keys()]).toEqual(['LLM01:2026'])
    const coverage = itemCoverage('LLM01:2026', byTag.get('LLM01:2026')!, thresholds)
    expect(coverage).toMatchObject({ level: 'read', minutes: 45, lastTouched: '2026-11-20' })
  })

  it('finds notes, quotes, index entries and cards by their framework tags only', async () => {
    const noteId = await createNote({}, now)
    await updateNote(
      noteId,
      { title: 'Injection notes', body: '', tags: ['AML.T0051', 'x'], objectiveIds: [] },
      { revision: 0, updatedAt: now },
      now,
    )
    await saveQuote(
      { text: 'Ignore all previous', locator: null, comment: '', tags: ['AML.T0051'] },
      undefined,
      now,
    )
    await saveIndexEntry(
      {
        term: 'Cryptography',
        note: '',
        pages: '',
        tags: [],
        objectiveIds: ['cert-giac-gsec:cryptography'],
      },
      undefined,
      now,
    )
    await createCard(
      {
        kind: 'qa',
        front: 'What is AES?',
        back: 'A cipher',
        tags: ['cert-giac-gsec:cryptography'],
        objectiveIds: [],
      },
      now,
    )
    const byTag = await read()
    expect(kinds(byTag.get('AML.T0051'))).toEqual([
      'note:Injection notes',
      'quote:Ignore all previous',
    ])
    expect(kinds(byTag.get('cert-giac-gsec:cryptography'))).toEqual([
      'indexEntry:Cryptography',
      'reviewCard:What is AES?',
    ])
    expect(byTag.has('x')).toBe(false)
  })

  it('counts a practice test for every area of its certification, marking weak ones', async () => {
    await addPracticeTest({
      certificationId: 'cert-giac-gsec',
      date: '2026-11-10',
      scorePercent: 80,
      weakObjectiveIds: ['cert-giac-gsec:cryptography'],
    })
    const byTag = await read()
    const gsec = ids.filter((id) => id.startsWith('cert-giac-gsec:'))
    expect(gsec.every((id) => byTag.get(id)?.[0]?.kind === 'practiceTest')).toBe(true)
    const level = (id: string) => itemCoverage(id, byTag.get(id)!, thresholds).level
    expect(level('cert-giac-gsec:defense-in-depth')).toBe('tested')
    expect(level('cert-giac-gsec:cryptography')).toBe('untouched')
  })
})

describe('schema 8: tags are indexed', () => {
  const name = 'bastion-coverage-v7'
  afterEach(async () => {
    await Dexie.delete(name)
  })

  it('indexes the tags of quote, index-entry and card books written at version 7', async () => {
    const old = new Dexie(name)
    old.version(7).stores(schemaVersions[7])
    await old.open()
    const row = { id: 'r1', createdAt: 1, updatedAt: 1 }
    await old.table('quoteBooks').add({
      resourceId: 'b1',
      quotes: [{ ...row, text: 't', locator: null, comment: '', tags: ['LLM01:2026'] }],
      quoteIds: ['r1'],
    })
    await old.table('indexBooks').add({
      resourceId: 'b1',
      entries: [{ ...row, term: 't', note: '', pages: '', tags: [], objectiveIds: ['AML.T0051'] }],
      entryIds: ['r1'],
    })
    await old
      .table('notes')
      .add({ ...row, title: 'n', body: '', tags: ['LLM02:2026'], objectiveIds: [] })
    old.close()

    const upgraded = new BastionDatabase(name)
    await upgraded.open()
    expect(await upgraded.quoteBooks.where('tags').equals('LLM01:2026').count()).toBe(1)
    expect(await upgraded.indexBooks.where('tags').equals('AML.T0051').count()).toBe(1)
    expect(await upgraded.notes.where('tags').equals('LLM02:2026').count()).toBe(1)
    upgraded.close()
  })

  it('keeps a book’s tags in step with its rows', async () => {
    const first = await saveQuote(
      { text: 'a', locator: null, comment: '', tags: ['LLM01:2026'] },
      undefined,
      now,
    )
    await saveQuote({ text: 'b', locator: null, comment: '', tags: ['LLM05:2026'] }, undefined, now)
    const [book] = await db.quoteBooks.toArray()
    expect(book!.tags.sort()).toEqual(['LLM01:2026', 'LLM05:2026'])
    expect(first).toBeTruthy()
  })
})
