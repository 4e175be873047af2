import { useMemo, useRef, useState, type FormEvent } from 'react'
import { useFocusFirstInvalid } from '../../ui/form-keyboard'
import { useDiscardGuard } from '../../ui/discard-changes'
import type { ObjectiveRecord, PracticeTestRecord } from '../../db/records'
import { formatIsoDay, todayIso } from '../../domain/dates'
import { ErrorMessage } from '../../ui/ErrorMessage'
import { TextField } from '../../ui/TextField'
import { LineChart } from '../../ui/charts/LineChart'
import { useAddPracticeTest, useDeletePracticeTest } from './hooks'
import { parseScore, practiceDayProblem } from './practice'
import { practiceLabelProblem } from './limits'

const percent = (value: number) => `${value}%`
const scoreDomain = [0, 100] as const

function ScoreChart({ tests, passMark }: { tests: PracticeTestRecord[]; passMark: number }) {
  const points = useMemo(
    () =>
      tests.map((t) => ({
        key: t.id,
        label: formatIsoDay(t.date, undefined, { month: 'short', day: 'numeric' }),
        value: t.scorePercent,
        title: t.label ? `${t.label}, ${formatIsoDay(t.date)}` : formatIsoDay(t.date),
      })),
    [tests],
  )
  return (
    <figure className="chart" aria-labelledby="practice-chart-caption">
      <figcaption id="practice-chart-caption">
        Practice scores against the pass mark of {passMark}%
      </figcaption>
      <LineChart
        points={points}
        height={240}
        domain={scoreDomain}
        formatValue={percent}
        valueName="Score"
        reference={{ value: passMark, label: `Pass mark ${passMark}%` }}
      />
    </figure>
  )
}

export function PracticeTestsSection({
  certificationId,
  tests,
  passMark,
  objectives,
  included,
}: {
  /** Practice tests that come with an attempt; null when no checked figure exists. */
  included: number | null
  certificationId: string
  tests: PracticeTestRecord[]
  passMark: number
  objectives: ObjectiveRecord[]
}) {
  const add = useAddPracticeTest()
  const remove = useDeletePracticeTest()
  const [date, setDate] = useState(todayIso())
  const [score, setScore] = useState('')
  const [label, setLabel] = useState('')
  const [weak, setWeak] = useState<string[]>([])
  const [weakOpen, setWeakOpen] = useState(false)
  const [errors, setErrors] = useState<{ date?: string; score?: string; label?: string }>({})
  const formRef = useRef<HTMLFormElement>(null)
  useFocusFirstInvalid(formRef, errors)
  // Leaving with a typed score or label asks first (the saving rule's Discard check).
  useDiscardGuard(score.trim() !== '' || label.trim() !== '' || weak.length > 0)
  const titleOf = (id: string) => objectives.find((o) => o.id === id)?.title ?? 'Removed objective'

  const submit = (event: FormEvent) => {
    event.preventDefault()
    const parsed = parseScore(score)
    const next = {
      date: practiceDayProblem(date, todayIso(), navigator.language) ?? undefined,
      score: parsed.ok ? undefined : parsed.error,
      label: practiceLabelProblem(label),
    }
    setErrors(next)
    if (next.date || next.label || !parsed.ok) return
    add.mutate(
      {
        certificationId,
        date,
        scorePercent: parsed.value,
        label: label.trim() || undefined,
        weakObjectiveIds: weak,
      },
      {
        onSuccess: () => {
          setScore('')
          setLabel('')
          setWeak([])
        },
      },
    )
  }

  const latest = tests.at(-1)
  return (
    <section className="card stack" aria-labelledby="practice-heading">
      <h2 id="practice-heading">Practice tests</h2>
      <p className="muted">
        {included === null
          ? 'Practice tests that come with your attempt: check your GIAC account. Third-party pages say two come with an attempt; GIAC confirms only that a retake brings none.'
          : `${included} practice test${included === 1 ? '' : 's'} come with an attempt.`}
      </p>
      <form
        ref={formRef}
        className="stack"
        onSubmit={submit}
        noValidate
        aria-label="Add practice test"
      >
        <div className="field-row">
          <TextField
            label="Test date"
            type="date"
            value={date}
            onChange={setDate}
            error={errors.date}
          />
          <TextField
            label="Score (%)"
            inputMode="decimal"
            value={score}
            onChange={setScore}
            error={errors.score}
          />
          <TextField
            label="Name (optional)"
            value={label}
            onChange={setLabel}
            error={errors.label}
            placeholder="e.g. GIAC practice test 1"
          />
        </div>
        {objectives.length > 0 ? (
          <details open={weakOpen} onToggle={(e) => setWeakOpen(e.currentTarget.open)}>
            <summary>
              Weak objectives (optional){weak.length > 0 ? `: ${weak.length} picked` : ''}
            </summary>
            {weakOpen ? (
              <fieldset>
                <legend>Weak objectives</legend>
                <div className="checkbox-grid">
                  {objectives.map((o) => (
                    <label key={o.id} className="checkbox">
                      <input
                        type="checkbox"
                        checked={weak.includes(o.id)}
                        onChange={(e) =>
                          setWeak((w) =>
                            e.target.checked ? [...w, o.id] : w.filter((id) => id !== o.id),
                          )
                        }
                      />
                      {o.title}
                    </label>
                  ))}
                </div>
              </fieldset>
            ) : null}
          </details>
        ) : null}
        <ErrorMessage error={add.error} />
        <div className="form-actions">
          <button type="submit" className="primary">
            Add practice test
          </button>
        </div>
      </form>
      {tests.length === 0 ? (
        <p className="muted">
          No practice test yet. GSEC attempts come with two; record each score here to see your
          trend against the pass mark.
        </p>
      ) : (
        <>
          <ScoreChart tests={tests} passMark={passMark} />
          <p>
            {tests.length} test{tests.length === 1 ? '' : 's'}; latest {latest!.scorePercent}% on{' '}
            {formatIsoDay(latest!.date)},{' '}
            {latest!.scorePercent >= passMark
              ? `${Math.round((latest!.scorePercent - passMark) * 10) / 10} points above the pass mark.`
              : `${Math.round((passMark - latest!.scorePercent) * 10) / 10} points below the pass mark.`}
          </p>
          <table className="data-table">
            <caption>Practice test scores</caption>
            <thead>
              <tr>
                <th scope="col">Date</th>
                <th scope="col">Test</th>
                <th scope="col">Score</th>
                <th scope="col">Against the pass mark</th>
                <th scope="col">Weak objectives</th>
                <th scope="col">
                  <span className="visually-hidden">Actions</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {tests.map((t) => (
                <tr key={t.id}>
                  <td>{formatIsoDay(t.date)}</td>
                  <td>{t.label ?? '—'}</td>
                  <td>{t.scorePercent}%</td>
                  <td>{t.scorePercent >= passMark ? 'At or above' : 'Below'}</td>
                  <td>{t.weakObjectiveIds.map(titleOf).join('; ') || '—'}</td>
                  <td>
                    <button
                      type="button"
                      className="small"
                      aria-label={`Delete the ${t.scorePercent}% test of ${formatIsoDay(t.date)}`}
                      onClick={(event) => remove.run(t.id, event.currentTarget)}
                    >
                      Delete
                    </button>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      )}
    </section>
  )
}
