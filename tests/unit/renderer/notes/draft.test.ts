import { beforeEach, describe, expect, it } from 'vitest'
import type { NoteRecord } from '@renderer/db/records'
import {
  clearDraft,
  initialFields,
  noteTitle,
  parseTags,
  readDraft,
  writeDraft,
} from '@renderer/features/notes/draft'

const stored: NoteRecord = {
  id: 'n1',
  title: 'Stored',
  body: 'old text',
  tags: [],
  objectiveIds: [],
  createdAt: 1,
  updatedAt: 100,
}

beforeEach(() => localStorage.clear())

describe('note drafts', () => {
  it('recovers a draft newer than the stored note', () => {
    writeDraft('n1', { at: 150, fields: { ...stored, body: 'last keystrokes' } })
    const { fields, recovered } = initialFields(stored, readDraft('n1'))
    expect(recovered).toBe(true)
    expect(fields.body).toBe('last keystrokes')
  })

  it('ignores a draft older than the stored note, and clears it once saved', () => {
    writeDraft('n1', { at: 50, fields: { ...stored, body: 'older' } })
    expect(initialFields(stored, readDraft('n1')).fields.body).toBe('old text')
    clearDraft('n1', 100)
    expect(readDraft('n1')).toBeNull()
  })

  it('keeps a draft newer than the save that finished', () => {
    writeDraft('n1', { at: 200, fields: { ...stored, body: 'typed after save' } })
    clearDraft('n1', 150)
    expect(readDraft('n1')?.fields.body).toBe('typed after save')
  })

  it('ignores a corrupt draft', () => {
    localStorage.setItem('bastion:note-draft:n1', '{not json')
    expect(readDraft('n1')).toBeNull()
  })
})

describe('parseTags and noteTitle', () => {
  it('splits, trims and deduplicates tags', () => {
    expect(parseTags(' LLM01, prompt  injection,,llm01 ,gsec')).toEqual([
      'LLM01',
      'prompt injection',
      'gsec',
    ])
  })
  it('falls back to the first line, then to Untitled', () => {
    expect(noteTitle({ title: '', body: '\n## Kerberos tickets\nmore' })).toBe('Kerberos tickets')
    expect(noteTitle({ title: '  ', body: '' })).toBe('Untitled note')
  })
})
