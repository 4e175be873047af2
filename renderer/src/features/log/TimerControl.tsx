import { tooLongMessage } from '../../domain/text-limits'
import './log.css'
import { useMemo, useState, type FormEvent } from 'react'
import { ErrorMessage } from '../../ui/ErrorMessage'
import { ResourcePicker } from '../../ui/ResourcePicker'
import { TextField } from '../../ui/TextField'
import { noResourceTitles } from '../../domain/resource-titles'
import { useResourceTitle, useSortedResources } from '../catalog'
import {
  useDiscardTimer,
  useLastStudiedResource,
  useNow,
  useSetCovered,
  useStartTimer,
  useStopTimer,
  useTimer,
} from './hooks'
import { MAX_COVERED_LENGTH, parseDuration } from './session-input'
import { elapsedMs, formatElapsed, LONGEST_TRUSTED_TIMER_MINUTES, timerMinutes } from './timer'

/** After Stop: the session exists already; this only adds what was covered. */
function CoveredPrompt({ sessionId, onDone }: { sessionId: string; onDone: () => void }) {
  const [covered, setCovered] = useState('')
  const [error, setError] = useState<string | undefined>()
  const save = useSetCovered()
  const submit = async (event: FormEvent) => {
    event.preventDefault()
    if (covered.length > MAX_COVERED_LENGTH) {
      setError(tooLongMessage('what you covered', MAX_COVERED_LENGTH, covered.length))
      return
    }
    await save.mutateAsync({ id: sessionId, covered })
    onDone()
  }
  return (
    <form className="stack" onSubmit={(event) => void submit(event).catch(() => undefined)}>
      <p role="status">Session logged. What did you cover?</p>
      <TextField
        label="What you covered"
        multiline
        value={covered}
        onChange={setCovered}
        error={error}
      />
      <div className="form-actions">
        <button type="submit" className="primary">
          Save what you covered
        </button>
        <button type="button" onClick={onDone}>
          Later
        </button>
      </div>
      <ErrorMessage error={save.error} />
    </form>
  )
}

/** Stop for a timer left running too long: ask for the real minutes; the timer stays till then. */
function ForgottenTimer({ elapsedText }: { elapsedText: string }) {
  const [minutes, setMinutes] = useState('')
  const [error, setError] = useState<string | undefined>()
  const stop = useStopTimer()
  const discard = useDiscardTimer()
  const submit = (event: FormEvent) => {
    event.preventDefault()
    const parsed = parseDuration(minutes)
    if (!parsed.ok) return setError(parsed.error)
    stop.mutate(parsed.value)
  }
  return (
    <form className="stack" onSubmit={submit} noValidate>
      <p role="alert" className="notice">
        The timer ran for {elapsedText}, longer than {LONGEST_TRUSTED_TIMER_MINUTES / 60} hours. Did
        you forget to stop it? Enter the minutes you actually studied.
      </p>
      <TextField label="Minutes studied" value={minutes} onChange={setMinutes} error={error} />
      <div className="form-actions">
        <button type="submit" className="primary">
          Save session
        </button>
        <button type="button" className="danger" onClick={() => discard.mutate()}>
          Discard timer
        </button>
      </div>
      <ErrorMessage error={stop.error ?? discard.error} />
    </form>
  )
}

/**
 * Start timer / Stop timer. With `resourceId` it times that resource; without, the user picks,
 * starting from the resource studied last. The start is persisted, so a reload or restart keeps
 * the timer running.
 */
export function TimerControl({ resourceId }: { resourceId?: string }) {
  const timer = useTimer()
  const resources = useSortedResources()
  const running = timer.data ?? null
  const now = useNow(running !== null)
  const start = useStartTimer()
  const stop = useStopTimer()
  const lastStudied = useLastStudiedResource(!resourceId)
  // null until the user picks: then the last studied resource stands in (if it still exists).
  const [picked, setPicked] = useState<string | null>(resourceId ?? null)
  const [pickError, setPickError] = useState<string | undefined>()
  const [stoppedSession, setStoppedSession] = useState<string | null>(null)
  const [askMinutes, setAskMinutes] = useState(false)
  const sorted = useMemo(() => resources.data ?? [], [resources.data])
  const titleOf = useResourceTitle().data ?? noResourceTitles
  const last = lastStudied.data ?? ''
  const chosen = picked ?? (sorted.some((resource) => resource.id === last) ? last : '')

  if (timer.isLoading) return null
  if (stoppedSession) {
    return <CoveredPrompt sessionId={stoppedSession} onDone={() => setStoppedSession(null)} />
  }
  if (running) {
    const elapsed = formatElapsed(elapsedMs(running, now))
    const onStop = () => {
      if (timerMinutes(running, Date.now()) > LONGEST_TRUSTED_TIMER_MINUTES)
        return setAskMinutes(true)
      stop.mutate(undefined, { onSuccess: (id) => setStoppedSession(id) })
    }
    return (
      <div className="timer stack" role="group" aria-label="Study timer">
        <p className="timer-line">
          <span>
            Timing <strong>{titleOf(running.resourceId)}</strong>
          </span>
          <span className="timer-elapsed" role="timer" aria-label="Elapsed time">
            {elapsed}
          </span>
          <button type="button" className="primary" onClick={onStop}>
            Stop timer
          </button>
        </p>
        {askMinutes ? <ForgottenTimer elapsedText={elapsed} /> : null}
        <ErrorMessage error={stop.error} />
      </div>
    )
  }
  const onStart = () => {
    if (!chosen) return setPickError('Choose what you are studying first.')
    setPickError(undefined)
    start.mutate(chosen)
  }
  return (
    <div className="timer toolbar" role="group" aria-label="Study timer">
      {resourceId ? null : (
        <ResourcePicker
          label="Resource to time"
          resources={sorted}
          value={chosen}
          onChange={(id) => {
            setPicked(id)
            setPickError(undefined)
          }}
          placeholder="Choose a resource…"
          error={pickError}
        />
      )}
      <button type="button" onClick={onStart} disabled={start.isPending}>
        Start timer
      </button>
      <ErrorMessage error={start.error} />
    </div>
  )
}
