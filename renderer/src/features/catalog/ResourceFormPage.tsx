import { Loading } from '../../ui/Loading'
import { useState, type FormEvent } from 'react'
import { Link, useNavigate, useParams } from 'react-router'
import { ErrorMessage } from '../../ui/ErrorMessage'
import { PageHeader } from '../../ui/PageHeader'
import { MoneyField, userLocale } from '../../ui/MoneyField'
import { TextField } from '../../ui/TextField'
import {
  RecordConflictPanel,
  type ConflictChoice,
  type ShownField,
} from '../../ui/RecordConflictPanel'
import { useRevisionGuard } from '../../ui/revision-guard'
import { useAddResource, useResource, useResources, useUpdateResource } from './hooks'
import { kindLabels } from './labels'
import { toResource, type Resource } from '../../db/resource'
import type { ResourceRecord } from '../../db/records'
import type { RevisionBase } from '../../db/revision'
import {
  draftFrom,
  emptyDraft,
  findDuplicate,
  readDraft,
  type DraftErrors,
  type ResourceDraft,
} from './resource-form'
import { resourceKinds, type ResourceKind } from '../../db/resource-schema'
import { TagInput } from '../frameworks'
import { useDirty, useDiscardGuard } from '../../ui/discard-changes'

const shownLabels: [keyof ResourceDraft, string][] = [
  ['kind', 'Kind'],
  ['title', 'Title'],
  ['subtitle', 'Subtitle'],
  ['authors', 'Authors'],
  ['provider', 'Provider'],
  ['publisher', 'Publisher'],
  ['year', 'Year'],
  ['url', 'Link'],
  ['format', 'Format'],
  ['hours', 'Estimated hours'],
  ['pages', 'Pages'],
  ['price', 'Price'],
  ['currency', 'Currency'],
  ['free', 'Free'],
  ['tags', 'Topics'],
  ['description', 'Description'],
]

function shown(draft: ResourceDraft): ShownField[] {
  return shownLabels.map(([key, label]) => {
    const value = draft[key]
    if (key === 'kind') return { label, value: kindLabels[draft.kind] }
    return { label, value: typeof value === 'boolean' ? (value ? 'Yes' : 'No') : value }
  })
}

function ResourceForm({ existing }: { existing?: Resource }) {
  const [draft, setDraft] = useState<ResourceDraft>(
    existing ? draftFrom(existing, userLocale()) : emptyDraft,
  )
  const [errors, setErrors] = useState<DraftErrors>({})
  const add = useAddResource()
  const update = useUpdateResource()
  // The revision this form started from: saving over a newer one is refused (db/revision.ts).
  const revision = useRevisionGuard<ResourceRecord>(existing, update.error)
  // The stored record as the form reads it (a refused save carries the stored row).
  const theirs = revision.theirs ? toResource(revision.theirs) : null
  const navigate = useNavigate()
  const { dirty, settle } = useDirty(draft)
  const guard = useDiscardGuard(dirty)
  const resources = useResources()
  const duplicate = findDuplicate(resources.data ?? [], draft.kind, draft.title, existing?.id)
  const set =
    <K extends keyof ResourceDraft>(key: K) =>
    (value: ResourceDraft[K]) =>
      setDraft((current) => ({ ...current, [key]: value }))

  /** Keep theirs loads the saved resource; Keep mine saves over it. */
  const resolve = async (choice: ConflictChoice, theirs: Resource) => {
    if (choice === 'theirs') {
      setDraft(draftFrom(theirs, userLocale()))
      settle(draftFrom(theirs, userLocale()))
      revision.rebase(theirs)
      setErrors({})
      update.reset()
      return
    }
    await save(revision.rebase(theirs))
  }

  const submit = async (event: FormEvent) => {
    event.preventDefault()
    await save(revision.base)
  }

  const save = async (base: RevisionBase | undefined) => {
    const keep = existing
      ? {
          modules: existing.modules,
          sections: existing.sections,
          chapters: existing.chapters,
          isbn: existing.isbn,
        }
      : {}
    const result = readDraft(draft, keep, userLocale())
    if (!result.ok) {
      setErrors(result.errors)
      return
    }
    setErrors({})
    const id = existing
      ? (await update.mutateAsync({ id: existing.id, fields: result.fields, base }), existing.id)
      : await add.mutateAsync(result.fields)
    guard.release()
    void navigate(`/catalog/${encodeURIComponent(id)}`)
  }

  const errorCount = Object.keys(errors).length
  return (
    <form className="form card" onSubmit={(event) => void submit(event)} noValidate>
      {errorCount > 0 ? (
        <p role="alert" className="error-banner">
          {errorCount === 1 ? 'One field needs attention.' : `${errorCount} fields need attention.`}{' '}
          Nothing was saved yet.
        </p>
      ) : null}
      <ErrorMessage error={add.error ?? (theirs ? null : update.error)} />
      <div className="field">
        <label htmlFor="resource-kind">Kind</label>
        <select
          id="resource-kind"
          value={draft.kind}
          onChange={(event) => set('kind')(event.target.value as ResourceKind)}
        >
          {resourceKinds.map((kind) => (
            <option key={kind} value={kind}>
              {kindLabels[kind]}
            </option>
          ))}
        </select>
      </div>
      <TextField
        label="Title"
        value={draft.title}
        onChange={set('title')}
        error={errors.title}
        required
      />
      {duplicate ? (
        <p role="status" className="notice">
          A {kindLabels[duplicate.kind].toLocaleLowerCase()} with this title is already in your
          catalog:{' '}
          <Link to={`/catalog/${encodeURIComponent(duplicate.id)}`}>{duplicate.title}</Link>. You
          can still save this one.
        </p>
      ) : null}
      <TextField
        label="Subtitle"
        value={draft.subtitle}
        onChange={set('subtitle')}
        error={errors.subtitle}
      />
      <TextField
        label="Authors"
        hint="One per line."
        value={draft.authors}
        onChange={set('authors')}
        error={errors.authors}
        multiline
      />
      <div className="field-row">
        <TextField
          label="Provider"
          value={draft.provider}
          onChange={set('provider')}
          error={errors.provider}
        />
        <TextField
          label="Publisher"
          value={draft.publisher}
          onChange={set('publisher')}
          error={errors.publisher}
        />
        <TextField
          label="Year"
          inputMode="numeric"
          value={draft.year}
          onChange={set('year')}
          error={errors.year}
        />
      </div>
      <TextField
        label="Link"
        type="url"
        hint="http or https only."
        value={draft.url}
        onChange={set('url')}
        error={errors.url}
      />
      <TextField
        label="Format"
        value={draft.format}
        onChange={set('format')}
        error={errors.format}
      />
      <div className="field-row">
        <TextField
          label="Estimated hours"
          inputMode="decimal"
          value={draft.hours}
          onChange={set('hours')}
          error={errors.hours}
        />
        <TextField
          label="Pages"
          inputMode="numeric"
          value={draft.pages}
          onChange={set('pages')}
          error={errors.pages}
        />
      </div>
      <div className="field-row">
        <MoneyField
          label="Price"
          hint="Leave empty if unknown."
          value={draft.price}
          onChange={set('price')}
          currency={draft.currency}
          error={errors.price}
        />
        <TextField
          label="Currency"
          value={draft.currency}
          onChange={set('currency')}
          error={errors.currency}
          maxLength={3}
        />
        <label className="checkbox">
          <input
            type="checkbox"
            checked={draft.free}
            onChange={(event) => set('free')(event.target.checked)}
          />
          Free
        </label>
      </div>
      <TagInput
        label="Topics"
        hint="Comma-separated, e.g. LLM01:2026, prompt injection. Type an ID or a name to pick a framework item."
        value={draft.tags}
        onChange={set('tags')}
        error={errors.tags}
      />
      <TextField
        label="Description"
        value={draft.description}
        onChange={set('description')}
        error={errors.description}
        multiline
      />
      {theirs ? (
        <RecordConflictPanel
          what="resource"
          mine={shown(draft)}
          theirs={shown(draftFrom(theirs, userLocale()))}
          onChoose={(choice) => resolve(choice, theirs)}
        />
      ) : null}
      <div className="form-actions">
        <button type="submit" className="primary" disabled={add.isPending || update.isPending}>
          Save resource
        </button>
        <Link
          className="button"
          to={existing ? `/catalog/${encodeURIComponent(existing.id)}` : '/catalog'}
        >
          Cancel
        </Link>
      </div>
    </form>
  )
}

export default function ResourceFormPage() {
  const { id } = useParams()
  const existing = useResource(id ?? '')
  if (!id) {
    return (
      <>
        <PageHeader
          title="Add resource"
          intro="A course, book, guide or certification of your own."
        />
        <ResourceForm />
      </>
    )
  }
  if (existing.isLoading) return <Loading />
  if (!existing.data) return <PageHeader title="Resource not found" />
  return (
    <>
      <PageHeader
        title={`Edit ${existing.data.title}`}
        intro={
          existing.data.origin === 'catalog'
            ? 'Your changes are kept as your own values; catalog updates will not overwrite them, and Restore catalog values undoes them.'
            : undefined
        }
      />
      {/* Keyed by id, not by update time: a save in another window must not wipe what is typed here. */}
      <ResourceForm key={existing.data.id} existing={existing.data} />
    </>
  )
}
