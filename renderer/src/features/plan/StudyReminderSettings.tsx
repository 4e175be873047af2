import { useId, useState } from 'react'
import { desktopApi } from '../../platform'
import { ErrorMessage } from '../../ui/ErrorMessage'
import { useReminderSettings } from './reminders'

/** Settings section: opt-in daily reminder on days with planned study. */
export function StudyReminderSettings() {
  const settings = useReminderSettings()
  const [timeText, setTimeText] = useState<string | null>(null)
  const [error, setError] = useState<string | null>(null)
  const [status, setStatus] = useState('')
  const id = useId()
  const { enabled, time } = settings.value
  const save = async (next: { enabled: boolean; time: string }) => {
    if (next.enabled && !settings.value.enabled) {
      // Ask for permission (web) right away, while the user is here to answer.
      const result = await desktopApi.notify({
        title: 'Study reminders are on',
        body: `Bastion will remind you at ${next.time} on days with planned study.`,
      })
      if (!result.ok) {
        setError(`${result.error} Reminders stay off until notifications are allowed.`)
        return
      }
    }
    setError(null)
    await settings.save(next)
    setStatus(next.enabled ? `Reminders on, at ${next.time}.` : 'Reminders off.')
  }
  return (
    <section className="card" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>Study reminders</h2>
      <p className="muted">
        A notification at a time you choose, on days your plan has study. Off unless you turn it on.
      </p>
      <div className="stack">
        <label className="checkbox">
          <input
            type="checkbox"
            checked={enabled}
            onChange={(event) => void save({ enabled: event.target.checked, time })}
          />
          Remind me on days with planned study
        </label>
        <div className="field" style={{ maxWidth: '12rem' }}>
          <label htmlFor={`${id}-time`}>Reminder time</label>
          <input
            id={`${id}-time`}
            type="time"
            value={timeText ?? time}
            onChange={(event) => {
              const value = event.target.value
              setTimeText(value)
              if (/^([01]\d|2[0-3]):[0-5]\d$/.test(value)) {
                setError(null)
                void settings.save({ enabled, time: value }).then(() => setTimeText(null))
              } else {
                setError('Enter a time like 19:30.')
              }
            }}
          />
        </div>
        <span role="status" className="muted">
          {status}
        </span>
        {error ? <p className="error-text">{error}</p> : null}
        <ErrorMessage error={settings.error} />
      </div>
    </section>
  )
}
