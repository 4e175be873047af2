import { useEffect, useState } from 'react'
import { countdown, zonedInstant } from './exam-time'

/** Time left until the exam, refreshed every half minute. */
export function Countdown({
  day,
  time,
  timeZone,
}: {
  day: string
  time: string
  timeZone: string
}) {
  const [now, setNow] = useState(() => Date.now())
  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), 30_000)
    return () => clearInterval(timer)
  }, [])
  const target = zonedInstant(day, time, timeZone)
  if (target === null) return <p className="muted">The exam time could not be read.</p>
  const left = countdown(target, now)
  // dateStyle cannot be combined with timeZoneName, so the fields are spelled out.
  const when = new Intl.DateTimeFormat(undefined, {
    weekday: 'long',
    year: 'numeric',
    month: 'long',
    day: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    timeZone,
    timeZoneName: 'short',
  }).format(target)
  return (
    <div className="countdown">
      <p role="timer" aria-label="Countdown to the exam" className="countdown-value">
        {left.past ? `Exam was ${left.text}` : `Exam ${left.text}`}
      </p>
      <p className="muted">
        {when} ({timeZone})
      </p>
    </div>
  )
}
