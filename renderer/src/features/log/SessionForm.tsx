import { type FormEvent, useCallback, useId, useMemo, useRef, useState } from 'react'
import type { StudySessionRecord } from '../../db/records'
import { todayIso } from '../../domain/dates'
import { ErrorMessage } from '../../ui/ErrorMessage'
import { ResourcePicker } from '../../ui/ResourcePicker'
import { useEscapeToClose, useFocusFirstInvalid } from '../../ui/form-keyboard'
import { useDirty } from '../../ui/discard-changes'
import { TextField } from '../../ui/TextField'
import {
  RecordConflictPanel,
  type ConflictChoice,
  type ShownField,
} from '../../ui/RecordConflictPanel'
import { useRevisionGuard } from '../../ui/revision-guard'
import { useSortedResources } from '../catalog'
import { useAddSession, useUpdateSession } from './hooks'
import { validateSession, type SessionDraft, type SessionErrors } from './session-input'

function draftFrom(session: StudySessionRecord | null, resourceId: string): SessionDraft {
  if (!session) {
    return { resourceId, date: todayIso(), minutes: '', covered: '', unitsAdvanced: '' }
  }
  return {
    resourceId: session.resourceId,
    date: session.date,
    minutes: String(session.minutes),
    covered: session.covered,
    unitsAdvanced: session.unitsAdvanced ? String(session.unitsAdvanced) : '',
  }
}

/** Log a new session, or edit one (`session`). Bad input is named by field; nothing is lost. */
export function SessionForm({
  session = null,
  resourceId = '',
  onDone,
  heading,
}: {
  session?: StudySessionRecord | null
  /** Preselects the resource; from a resource's page the choice is fixed. */
  resourceId?: string
  onDone: (message: string) => void
  heading: string
}) {
  const headingId = useId()
  const resources = useSortedResources()
  const sorted = useMemo(() => resources.data ?? [], [resources.data])
  const knownIds = useMemo(() => new Set(sorted.map((resource) => resource.id)), [sorted])
  const [draft, setDraft] = useState<SessionDraft>(() => draftFrom(session, resourceId))
  const [errors, setErrors] = useState<SessionErrors>({})
  const formRef = useRef<HTMLFormElement>(null)
  useFocusFirstInvalid(formRef, errors)
  const cancel = useCallback(() => onDone(''), [onDone])
  const { dirty, settle } = useDirty(draft)
  const escape = useEscapeToClose(cancel, { dirty })
  const add = useAddSession()
  const update = useUpdateSession()
  // The revision this form started from: saving over a newer one is refused (db/revision.ts).
  const guard = useRevisionGuard<StudySessionRecord>(session, update.error)
  const titleOf = (id: string) => sorted.find((resource) => resource.id === id)?.title ?? id
  const shown = (fields: SessionDraft): ShownField[] => [
    { label: 'Resource', value: fields.resourceId ? titleOf(fields.resourceId) : '' },
    { label: 'Date', value: fields.date },
    { label: 'Minutes', value: fields.minutes },
    { label: 'Units advanced', value: fields.unitsAdvanced },
    { label: 'What you covered', value: fields.covered },
  ]
  const fixedResource = Boolean(resourceId) && !session
  const set = (field: keyof SessionDraft) => (value: string) =>
    setDraft((current) => ({ ...current, [field]: value }))

  const submit = async (event: FormEvent) => {
    event.preventDefault()
    const result = validateSession(draft, todayIso(), knownIds)
    if (!result.ok) {
      setErrors(result.errors)
      return
    }
    setErrors({})
    if (session) {
      await update.mutateAsync({ id: session.id, values: result.value, base: guard.base })
      onDone('Session updated.')
    } else {
      await add.mutateAsync(result.value)
      onDone('Session logged.')
    }
    escape.returnFocus()
  }

  /** Keep theirs loads the saved session; Keep mine saves over it (no Keep both: minutes would count twice). */
  const resolve = async (choice: ConflictChoice, theirs: StudySessionRecord) => {
    if (choice === 'theirs') {
      setDraft(draftFrom(theirs, resourceId))
      settle(draftFrom(theirs, resourceId))
      guard.rebase(theirs)
      setErrors({})
      update.reset()
      return
    }
    const result = validateSession(draft, todayIso(), knownIds)
    if (!result.ok) return setErrors(result.errors)
    const base = guard.rebase(theirs)
    await update.mutateAsync({ id: theirs.id, values: result.value, base })
    onDone('Session updated.')
  }

  return (
    <form
      ref={formRef}
      onKeyDown={escape.onKeyDown}
      className="card form session-form"
      aria-labelledby={headingId}
      noValidate
      onSubmit={(event) => void submit(event).catch(() => undefined)}
    >
      <h2 id={headingId}>{heading}</h2>
      {Object.keys(errors).length > 0 ? (
        <p role="alert" className="error-text">
          Check the highlighted fields; nothing was saved yet.
        </p>
      ) : null}
      <div className="field-row">
        {fixedResource ? null : (
          <ResourcePicker
            label="Resource"
            resources={sorted}
            value={draft.resourceId}
            onChange={set('resourceId')}
            placeholder="Choose a resource…"
            error={errors.resourceId}
          />
        )}
        <TextField
          label="Date"
          type="date"
          value={draft.date}
          max={todayIso()}
          onChange={set('date')}
          error={errors.date}
        />
        <TextField
          label="Minutes"
          inputMode="numeric"
          value={draft.minutes}
          onChange={set('minutes')}
          error={errors.minutes}
          hint="45, 1:30 or 1h 30m"
        />
        <TextField
          label="Units advanced"
          inputMode="numeric"
          value={draft.unitsAdvanced}
          onChange={set('unitsAdvanced')}
          error={errors.unitsAdvanced}
          hint="Optional: modules, chapters, pages…"
        />
      </div>
      <TextField
        label="What you covered"
        multiline
        value={draft.covered}
        onChange={set('covered')}
        error={errors.covered}
      />
      <div className="form-actions">
        <button type="submit" className="primary" disabled={add.isPending || update.isPending}>
          Save session
        </button>
        <button type="button" onClick={escape.close}>
          Cancel
        </button>
      </div>
      {guard.theirs ? (
        <RecordConflictPanel
          what="session"
          mine={shown(draft)}
          theirs={shown(draftFrom(guard.theirs, resourceId))}
          onChoose={(choice) => resolve(choice, guard.theirs as StudySessionRecord)}
        />
      ) : null}
      <ErrorMessage error={add.error ?? (guard.theirs ? null : update.error)} />
    </form>
  )
}
