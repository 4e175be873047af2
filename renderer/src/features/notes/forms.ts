import { lengthProblem, MAX_PASSAGE } from '../../domain/text-limits'
import type { IndexEntryRecord, QuoteRecord } from '../../db/records'
import { parseTags, type NoteFields } from './draft'
import { parseLocator, parsePages } from './locator'
import type { IndexEntryFields, QuoteFields } from './repository'

export interface QuoteForm {
  text: string
  locator: string
  comment: string
  tags: string
  resourceId?: string
}

export type FormErrors<T> = Partial<Record<keyof T, string>>

/** Keeps only the fields that have a problem (a form counts its errors by key). */
function dropEmpty<T>(errors: FormErrors<T>): void {
  for (const key of Object.keys(errors) as (keyof T)[]) if (!errors[key]) delete errors[key]
}

/**
 * What stops a note's fields from being saved: a title is one line, held to the one-line limit.
 * The note autosaves, so a problem holds the save (the typed text stays) until it is fixed.
 */
export function noteProblems(fields: Pick<NoteFields, 'title'>): FormErrors<NoteFields> {
  const errors: FormErrors<NoteFields> = { title: lengthProblem('titles', fields.title) }
  dropEmpty(errors)
  return errors
}

export function quoteToForm(quote?: QuoteRecord, resourceId?: string): QuoteForm {
  return {
    text: quote?.text ?? '',
    locator: quote?.locator?.display ?? '',
    comment: quote?.comment ?? '',
    tags: quote?.tags.join(', ') ?? '',
    resourceId: quote?.resourceId ?? resourceId,
  }
}

export function validateQuote(
  form: QuoteForm,
): { ok: true; fields: QuoteFields } | { ok: false; errors: FormErrors<QuoteForm> } {
  const errors: FormErrors<QuoteForm> = {}
  if (!form.text.trim()) errors.text = 'The quoted text is required.'
  else errors.text = lengthProblem('a quote', form.text, MAX_PASSAGE)
  errors.comment = lengthProblem('the comment', form.comment, MAX_PASSAGE)
  const longLocator = lengthProblem('the locator', form.locator)
  const locator = longLocator
    ? { ok: false as const, error: longLocator }
    : parseLocator(form.locator)
  if (!locator.ok) errors.locator = locator.error
  dropEmpty(errors)
  if (Object.keys(errors).length > 0 || !locator.ok) return { ok: false, errors }
  return {
    ok: true,
    fields: {
      text: form.text.trim(),
      locator: locator.locator,
      comment: form.comment.trim(),
      tags: parseTags(form.tags),
      resourceId: form.resourceId,
    },
  }
}

export interface IndexEntryForm {
  term: string
  note: string
  pages: string
  tags: string
  objectiveIds: string[]
  resourceId?: string
}

export function entryToForm(entry?: IndexEntryRecord): IndexEntryForm {
  return {
    term: entry?.term ?? '',
    note: entry?.note ?? '',
    pages: entry?.pages ?? '',
    tags: entry?.tags.join(', ') ?? '',
    objectiveIds: entry?.objectiveIds ?? [],
    resourceId: entry?.resourceId,
  }
}

export function validateIndexEntry(
  form: IndexEntryForm,
): { ok: true; fields: IndexEntryFields } | { ok: false; errors: FormErrors<IndexEntryForm> } {
  const errors: FormErrors<IndexEntryForm> = {}
  const term = form.term.trim().replace(/\s+/g, ' ')
  if (!term) errors.term = 'A term is required.'
  else errors.term = lengthProblem('a term', term)
  errors.note = lengthProblem('the short note', form.note)
  const pages = parsePages(form.pages)
  if (!pages.ok) errors.pages = pages.error
  dropEmpty(errors)
  if (Object.keys(errors).length > 0 || !pages.ok) return { ok: false, errors }
  return {
    ok: true,
    fields: {
      term,
      note: form.note.trim(),
      pages: pages.pages,
      tags: parseTags(form.tags),
      objectiveIds: form.objectiveIds,
      resourceId: form.resourceId,
    },
  }
}
