import { useEffect, useState, type FormEvent } from 'react'
import { formatIsoDay } from '../../domain/dates'
import { useSetting } from '../../db/use-setting'
import { ErrorMessage } from '../../ui/ErrorMessage'
import { TextField } from '../../ui/TextField'
import {
  examFactsKey,
  StoredExamFacts,
  type CertificationView,
  type UserExamFacts,
} from './certification'

type FactKey = keyof UserExamFacts

const factFields: { key: FactKey; label: string; min: number; max: number }[] = [
  { key: 'questions', label: 'Questions', min: 1, max: 1000 },
  { key: 'minutes', label: 'Minutes', min: 1, max: 1440 },
  { key: 'passMarkPercent', label: 'Pass mark (%)', min: 0, max: 100 },
]

/** The exam facts in force for a certification: the user's values, else the catalog's. */
export function useExamFacts(cert: CertificationView | undefined) {
  const catalog = cert?.details?.examFacts
  const fallback: UserExamFacts = {
    questions: catalog?.questions ?? 100,
    minutes: catalog?.minutes ?? 240,
    passMarkPercent: catalog?.passMarkPercent ?? 70,
  }
  return (
    useSetting(examFactsKey(cert?.id ?? 'none'), StoredExamFacts, null as UserExamFacts | null)
      .value ?? fallback
  )
}

export function ExamFactsSection({ cert }: { cert: CertificationView }) {
  const setting = useSetting(examFactsKey(cert.id), StoredExamFacts, null as UserExamFacts | null)
  const catalog = cert.details?.examFacts
  const current = useExamFacts(cert)
  const [draft, setDraft] = useState<Record<FactKey, string>>(() => toDraft(current))
  const [errors, setErrors] = useState<Partial<Record<FactKey, string>>>({})
  const [saved, setSaved] = useState(false)
  const currentKey = JSON.stringify(current)
  useEffect(() => setDraft(toDraft(JSON.parse(currentKey) as UserExamFacts)), [currentKey])

  const submit = async (event: FormEvent) => {
    event.preventDefault()
    const next: Partial<Record<FactKey, string>> = {}
    const values = {} as UserExamFacts
    for (const field of factFields) {
      const n = Number(draft[field.key].trim())
      if (draft[field.key].trim() === '' || !Number.isFinite(n) || n < field.min || n > field.max)
        next[field.key] = `Enter a number from ${field.min} to ${field.max}.`
      else if (field.key !== 'passMarkPercent' && !Number.isInteger(n))
        next[field.key] = 'Enter a whole number.'
      else values[field.key] = n
    }
    setErrors(next)
    setSaved(false)
    if (Object.keys(next).length > 0) return
    await setting.save(values)
    setSaved(true)
  }

  const source = catalog
    ? `Source: ${catalog.source}, as of ${formatIsoDay(catalog.asOf)}.`
    : 'No catalog value: your own figure.'
  return (
    <section className="card stack" aria-labelledby="facts-heading">
      <h2 id="facts-heading">Exam facts</h2>
      <p className="muted">
        Editable defaults: GIAC changes these, so check them against your exam confirmation.
        {catalog && !catalog.verified ? ' The catalog values are unverified.' : ''}
      </p>
      <form
        className="stack"
        onSubmit={(event) => void submit(event)}
        noValidate
        aria-label="Exam facts"
      >
        <div className="field-row">
          {factFields.map((field) => (
            <div key={field.key}>
              <TextField
                label={field.label}
                inputMode="decimal"
                value={draft[field.key]}
                onChange={(v) => setDraft((d) => ({ ...d, [field.key]: v }))}
                error={errors[field.key]}
                hint={
                  catalog
                    ? `Catalog: ${catalog[field.key]}${catalog.verified ? '' : ' (unverified)'}${
                        setting.value && setting.value[field.key] !== catalog[field.key]
                          ? '; yours differs'
                          : ''
                      }`
                    : undefined
                }
              />
            </div>
          ))}
        </div>
        <p className="muted small-text">{source}</p>
        <ErrorMessage error={setting.error} />
        <div className="form-actions">
          <button type="submit">Save exam facts</button>
          {setting.value ? (
            <button type="button" onClick={() => void setting.save(null)}>
              Use catalog values
            </button>
          ) : null}
          {saved ? <span role="status">Saved.</span> : null}
        </div>
      </form>
    </section>
  )
}

function toDraft(facts: UserExamFacts): Record<FactKey, string> {
  return {
    questions: String(facts.questions),
    minutes: String(facts.minutes),
    passMarkPercent: String(facts.passMarkPercent),
  }
}
