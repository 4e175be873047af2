import { useEffect, useState, type FormEvent } from 'react'
import { ErrorMessage } from '../../ui/ErrorMessage'
import { TextField } from '../../ui/TextField'
import { StreakMinimum, useStreakMinimum } from './hooks'

/** Settings section: how many minutes a day must reach to count toward the streak. */
export function LogSettings() {
  const minimum = useStreakMinimum()
  const [text, setText] = useState(String(minimum.value))
  const [error, setError] = useState<string | undefined>()
  const [saved, setSaved] = useState('')
  useEffect(() => setText(String(minimum.value)), [minimum.value])
  const submit = async (event: FormEvent) => {
    event.preventDefault()
    const parsed = StreakMinimum.safeParse(Number(text.trim()))
    if (text.trim() === '' || !parsed.success) {
      setError('Enter whole minutes from 1 to 600.')
      setSaved('')
      return
    }
    setError(undefined)
    await minimum.save(parsed.data)
    setSaved('Saved.')
  }
  return (
    <section className="card" aria-labelledby="study-log-settings-heading">
      <h2 id="study-log-settings-heading">Study log</h2>
      <form
        className="toolbar"
        noValidate
        onSubmit={(event) => void submit(event).catch(() => undefined)}
      >
        <TextField
          label="Streak minimum (minutes a day)"
          inputMode="numeric"
          value={text}
          onChange={setText}
          error={error}
          hint="A day counts toward your streak once you study this long."
        />
        <button type="submit">Save streak minimum</button>
        <span role="status" className="muted">
          {saved}
        </span>
      </form>
      <ErrorMessage error={minimum.error} />
    </section>
  )
}
