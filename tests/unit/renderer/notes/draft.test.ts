import { beforeEach, describe, expect, it } from 'vitest'
import type { NoteRecord } from '@renderer/db/records'
import {
  clearDraft,
  editorStart,
  noteTitle,
  parseTags,
  readDrafts,
  storedFields,
  writeDraft,
  type NoteDraft,
} from '@renderer/features/notes/draft'

const stored: NoteRecord = {
  id: 'n1',
  title: 'Stored',
  body: 'old text',
  tags: [],
  objectiveIds: [],
  createdAt: 1,
  updatedAt: 100,
  revision: 3,
}

const here = 'window-a'
const there = 'window-b'

function draft(body: string, windowId: string, base = { revision: 3, updatedAt: 100 }): NoteDraft {
  return { at: 150, fields: { ...storedFields(stored), body }, base, windowId }
}

beforeEach(() => localStorage.clear())

describe('note drafts: per window, per base revision', () => {
  it("applies this window's draft typed on top of exactly the stored revision", () => {
    writeDraft('n1', draft('last keystrokes', here))
    const start = editorStart(stored, readDrafts('n1'), here)
    expect(start).toMatchObject({ recovered: true, offered: null })
    expect(start.fields.body).toBe('last keystrokes')
  })

  it('offers, never applies, a draft based on an older revision (a restore or another save since)', () => {
    writeDraft('n1', draft('typed before the restore', here, { revision: 2, updatedAt: 90 }))
    const start = editorStart(stored, readDrafts('n1'), here)
    expect(start.recovered).toBe(false)
    expect(start.fields.body).toBe('old text')
    expect(start.offered?.fields.body).toBe('typed before the restore')
  })

  it('a restore with the same revision number but another update time is another version', () => {
    writeDraft('n1', draft('typed', here, { revision: 3, updatedAt: 99 }))
    expect(editorStart(stored, readDrafts('n1'), here).recovered).toBe(false)
  })

  it("offers another window's draft instead of applying it", () => {
    writeDraft('n1', draft('typed elsewhere', there))
    const start = editorStart(stored, readDrafts('n1'), here)
    expect(start.recovered).toBe(false)
    expect(start.offered?.windowId).toBe(there)
  })

  it('two windows keep two drafts of one note', () => {
    writeDraft('n1', draft('a', here))
    writeDraft('n1', draft('b', there))
    expect(
      readDrafts('n1')
        .map((item) => item.fields.body)
        .sort(),
    ).toEqual(['a', 'b'])
  })

  it('drops a draft equal to the stored note', () => {
    writeDraft('n1', draft('old text', there))
    expect(editorStart(stored, readDrafts('n1'), here).offered).toBeNull()
    expect(readDrafts('n1')).toEqual([])
  })

  it('clears the draft once saved, but keeps one typed after the save began', () => {
    writeDraft('n1', draft('typed', here))
    clearDraft('n1', here, 149)
    expect(readDrafts('n1')).toHaveLength(1)
    clearDraft('n1', here, 150)
    expect(readDrafts('n1')).toEqual([])
  })

  it('ignores a corrupt draft and reads the one-per-note key older versions wrote', () => {
    localStorage.setItem('bastion:note-draft:n1:x', '{not json')
    localStorage.setItem(
      'bastion:note-draft:n1',
      JSON.stringify({ at: 5, fields: { body: 'legacy' } }),
    )
    const drafts = readDrafts('n1')
    expect(drafts.map((item) => [item.fields.body, item.base])).toEqual([['legacy', null]])
    expect(editorStart(stored, drafts, here).offered?.fields.body).toBe('legacy')
  })
})

describe('parseTags and noteTitle', () => {
  it('splits, trims and deduplicates tags; a bare OWASP id means the current 2026 edition', () => {
    expect(parseTags(' LLM01, prompt  injection,,llm01 ,gsec, LLM03:2025')).toEqual([
      'LLM01:2026',
      'prompt injection',
      'gsec',
      'LLM03:2025',
    ])
  })
  it('falls back to the first line, then to Untitled', () => {
    expect(noteTitle({ title: '', body: '\n## Kerberos tickets\nmore' })).toBe('Kerberos tickets')
    expect(noteTitle({ title: '  ', body: '' })).toBe('Untitled note')
  })
})
