import { describe, expect, it } from 'vitest'
import type { NoteRecord, QuoteRecord } from '@renderer/db/records'
import { bookNotesMarkdown, markdownFileName } from '@renderer/features/notes/export-markdown'

const day = Date.UTC(2026, 10, 20)
const notes: NoteRecord[] = [
  {
    id: 'n2',
    title: '',
    body: '## Threat models\n\nSecond note',
    tags: [],
    objectiveIds: [],
    createdAt: day + 2,
    updatedAt: day + 2,
  },
  {
    id: 'n1',
    title: 'Passwords',
    body: 'Use a KDF.',
    tags: ['crypto'],
    objectiveIds: ['cert-giac-gsec:cryptography'],
    createdAt: day + 1,
    updatedAt: day + 1,
  },
]
const quote = (id: string, text: string, from: number, comment = ''): QuoteRecord => ({
  id,
  text,
  locator: { kind: 'page', display: `p. ${from}`, from },
  comment,
  tags: [],
  createdAt: day,
  updatedAt: day,
})

describe('bookNotesMarkdown', () => {
  it('writes notes oldest first and quotes in page order, with locators and comments', () => {
    const text = bookNotesMarkdown(
      'Security Engineering',
      notes,
      [quote('q2', 'Later page', 90), quote('q1', 'Two\nlines', 12, 'My comment')],
      (id) => (id === 'cert-giac-gsec:cryptography' ? 'Cryptography' : id),
    )
    expect(text).toBe(
      [
        '# Security Engineering',
        '',
        '## Notes (2)',
        '',
        '### Passwords',
        '',
        '_Updated 2026-11-20 · Tags: crypto · Objectives: Cryptography_',
        '',
        'Use a KDF.',
        '',
        '### Threat models',
        '',
        '_Updated 2026-11-20_',
        '',
        '## Threat models',
        '',
        'Second note',
        '',
        '## Quotes (2)',
        '',
        '> Two',
        '> lines',
        '>',
        '> — p. 12',
        '',
        'My comment',
        '',
        '> Later page',
        '>',
        '> — p. 90',
        '',
      ].join('\n'),
    )
  })

  it('names the file after the book', () => {
    expect(markdownFileName('Security Engineering (3rd ed.)')).toBe(
      'bastion-notes-security-engineering-3rd-ed.md',
    )
  })
})
