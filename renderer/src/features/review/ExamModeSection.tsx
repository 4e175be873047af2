import { useEffect, useState } from 'react'
import { formatIsoDay, toIsoDay } from '../../domain/dates'
import { TextField } from '../../ui/TextField'
import { FinalDays, TargetRetention, useFinalDays, useTargetRetention } from './hooks'
import { examWorkload, type ExamTarget } from './scheduling'

interface ExamModeProps {
  target: ExamTarget | null
  now: number
  activeCards: number
  dueBeforeWindow: number
}

/** Exam-date mode: what it needs a day, and its two settings (saved on change). */
export function ExamModeSection({ target, now, activeCards, dueBeforeWindow }: ExamModeProps) {
  return (
    <section className="card stack" aria-labelledby="exam-mode-heading">
      <h2 id="exam-mode-heading">Exam-date mode</h2>
      {target ? (
        <ExamWorkloadText
          target={target}
          now={now}
          activeCards={activeCards}
          dueBeforeWindow={dueBeforeWindow}
        />
      ) : (
        <p className="muted">
          Set an exam date (on the Plan or Exam page) and intervals are capped so you still remember
          each card on exam day.
        </p>
      )}
      <div className="field-row">
        <RetentionSetting />
        <FinalDaysSetting />
      </div>
    </section>
  )
}

function ExamWorkloadText({
  target,
  now,
  activeCards,
  dueBeforeWindow,
}: ExamModeProps & { target: ExamTarget }) {
  const work = examWorkload(activeCards, dueBeforeWindow, now, target)
  const exam = formatIsoDay(target.examDay)
  if (now >= work.examStart) {
    return <p>The exam date ({exam}) has passed: cards follow their usual intervals.</p>
  }
  const from = formatIsoDay(toIsoDay(new Date(work.windowStart)))
  return (
    <p className="review-exam-plan">
      Exam on <strong>{exam}</strong>. Intervals are capped so predicted recall on exam day stays at
      or above {Math.round(target.targetRetention * 100)} %, and every card comes up at least once
      in the last {target.finalDays} days. That needs about{' '}
      <strong>
        {work.perDayInWindow} {work.perDayInWindow === 1 ? 'review' : 'reviews'} a day
      </strong>{' '}
      {work.daysUntilWindow > 0 ? `from ${from}` : 'until the exam'} for your {activeCards} active
      cards
      {work.daysUntilWindow > 0
        ? `, and about ${work.perDayBeforeWindow} a day until then for the ${dueBeforeWindow} cards due before.`
        : '.'}
    </p>
  )
}

function NumberSetting({
  label,
  hint,
  stored,
  parse,
  save,
}: {
  label: string
  hint: string
  stored: number
  parse: (text: string) => number | null
  save: (value: number) => Promise<unknown>
}) {
  const [text, setText] = useState(String(stored))
  const [error, setError] = useState<string | undefined>()
  const [saved, setSaved] = useState(false)
  useEffect(() => setText(String(stored)), [stored])
  const change = (next: string) => {
    setText(next)
    setSaved(false)
    const value = parse(next)
    if (value === null) {
      setError(hint)
      return
    }
    setError(undefined)
    void save(value).then(() => setSaved(true))
  }
  return (
    <div className="review-setting">
      <TextField
        label={label}
        inputMode="numeric"
        value={text}
        onChange={change}
        error={error}
        hint={error ? undefined : hint}
      />
      <span role="status" className="muted save-quiet">
        {saved ? 'Saved' : ''}
      </span>
    </div>
  )
}

function RetentionSetting() {
  const retention = useTargetRetention()
  return (
    <NumberSetting
      label="Target recall on exam day (%)"
      hint="A whole percent from 70 to 99."
      stored={Math.round(retention.value * 100)}
      parse={(text) => {
        const parsed = TargetRetention.safeParse(Number(text.trim()) / 100)
        return text.trim() && parsed.success && Number.isInteger(Number(text.trim()))
          ? parsed.data
          : null
      }}
      save={(value) => retention.save(value)}
    />
  )
}

function FinalDaysSetting() {
  const days = useFinalDays()
  return (
    <NumberSetting
      label="See every card in the last (days)"
      hint="Whole days from 1 to 60."
      stored={days.value}
      parse={(text) => {
        const parsed = FinalDays.safeParse(Number(text.trim()))
        return text.trim() && parsed.success ? parsed.data : null
      }}
      save={(value) => days.save(value)}
    />
  )
}
