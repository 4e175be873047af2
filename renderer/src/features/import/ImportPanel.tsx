import { useId, useRef, useState } from 'react'
import type { ImportRecord } from '../../db/records'
import { ErrorMessage } from '../../ui/ErrorMessage'
import { SelectField } from '../../ui/SelectField'
import { importFormats } from './formats/registry'
import type { ImportFormat, ImportOptions } from './formats/types'
import { usePlanImport, useRunImport } from './hooks'
import { ImportPreview } from './ImportPreview'
import { ImportReport } from './ImportReport'
import { detectFormat, parseInWorker } from './parse-file'
import { isImportable, type ReviewedRow } from './repository'

const DETECT = 'detect'
const HEAD_BYTES = 65_536

type Step =
  | { name: 'choose' }
  | { name: 'reading'; done: number; total: number }
  | { name: 'preview'; format: ImportFormat; fileName: string; rows: ReviewedRow[] }
  | { name: 'done'; record: ImportRecord }

const accepted = [...new Set(importFormats.flatMap((format) => format.parser.extensions))].join(',')

function initialOptions(): ImportOptions {
  return Object.fromEntries(
    importFormats.flatMap((format) =>
      (format.parser.options ?? []).map((option) => [option.key, option.initial()]),
    ),
  )
}

/** Choose a file, read it in a worker, preview every row's fate, then import in one go. */
export function ImportPanel({ onClose }: { onClose(): void }) {
  const [step, setStep] = useState<Step>({ name: 'choose' })
  const [chosen, setChosen] = useState(DETECT)
  const [options, setOptions] = useState(initialOptions)
  const [problem, setProblem] = useState<string | null>(null)
  const input = useRef<HTMLInputElement>(null)
  const plan = usePlanImport()
  const run = useRunImport()
  const ids = { file: useId(), type: useId() }
  const shownOptions = importFormats
    .filter((format) => chosen === DETECT || format.parser.id === chosen)
    .flatMap((format) => format.parser.options ?? [])

  async function read(file: File) {
    setProblem(null)
    setStep({ name: 'reading', done: 0, total: 0 })
    const bytes = new Uint8Array(await file.arrayBuffer())
    const formatId =
      chosen === DETECT ? detectFormat(file.name, bytes.subarray(0, HEAD_BYTES)) : chosen
    const format = importFormats.find((candidate) => candidate.parser.id === formatId)
    if (!format) {
      setStep({ name: 'choose' })
      setProblem(
        `Bastion does not recognise ${file.name}. It reads: ${importFormats.map((f) => f.parser.label).join('; ')}. Nothing was imported.`,
      )
      return
    }
    const parsed = await parseInWorker(
      { formatId: format.parser.id, fileName: file.name, bytes, options },
      (done, total) => setStep({ name: 'reading', done, total }),
    )
    if (parsed.type !== 'done') {
      setStep({ name: 'choose' })
      setProblem(parsed.type === 'failed' ? parsed.message : 'The file could not be read.')
      return
    }
    const fates = await plan.mutateAsync({ format, rows: parsed.rows, options })
    setStep({
      name: 'preview',
      format,
      fileName: file.name,
      rows: parsed.rows.map((row, index) => ({
        ...row,
        fate: fates[index]!,
        ticked: isImportable(fates[index]!),
      })),
    })
  }

  function toggle(change: (rows: ReviewedRow[]) => ReviewedRow[]) {
    setStep((current) =>
      current.name === 'preview' ? { ...current, rows: change(current.rows) } : current,
    )
  }

  async function importRows() {
    if (step.name !== 'preview') return
    const record = await run.mutateAsync({
      format: step.format,
      fileName: step.fileName,
      options,
      rows: step.rows,
    })
    setStep({ name: 'done', record })
  }

  return (
    <div className="stack import-panel" role="region" aria-label="Import a file">
      {step.name === 'choose' || step.name === 'reading' ? (
        <div className="stack">
          <SelectField id={ids.type} label="File type" value={chosen} onChange={setChosen}>
            <option value={DETECT}>Find out from the file</option>
            {importFormats.map((format) => (
              <option key={format.parser.id} value={format.parser.id}>
                {format.parser.label}
              </option>
            ))}
          </SelectField>
          <p className="muted">
            Bastion reads: {importFormats.map((format) => format.parser.label).join('; ')}.
          </p>
          {shownOptions.map((option) => (
            <label key={option.key} className="stack">
              {option.label}
              <input
                type={option.type}
                value={options[option.key] ?? ''}
                onChange={(event) => setOptions({ ...options, [option.key]: event.target.value })}
              />
              {option.hint ? <span className="muted">{option.hint}</span> : null}
            </label>
          ))}
          <label htmlFor={ids.file}>File to import</label>
          <input
            id={ids.file}
            ref={input}
            type="file"
            accept={accepted}
            disabled={step.name === 'reading'}
            onChange={(event) => {
              const file = event.target.files?.[0]
              event.target.value = ''
              if (file) void read(file)
            }}
          />
          {step.name === 'reading' ? (
            <p role="status">
              Reading the file…{' '}
              {step.total > 0 ? (
                <progress value={step.done} max={step.total} aria-label="Reading the file" />
              ) : null}
            </p>
          ) : null}
          {problem ? (
            <p role="alert" className="error-banner">
              {problem}
            </p>
          ) : null}
          <div className="toolbar">
            <button type="button" onClick={onClose}>
              Cancel
            </button>
          </div>
        </div>
      ) : null}
      {step.name === 'preview' ? (
        <>
          <ImportPreview
            fileName={step.fileName}
            formatLabel={step.format.parser.label}
            rows={step.rows}
            onToggle={(index, ticked) =>
              toggle((rows) => rows.map((row, i) => (i === index ? { ...row, ticked } : row)))
            }
            onToggleAll={(ticked) =>
              toggle((rows) =>
                rows.map((row) => ({ ...row, ticked: ticked && isImportable(row.fate) })),
              )
            }
          />
          <div className="toolbar">
            <button
              type="button"
              className="primary"
              disabled={run.isPending}
              onClick={() => void importRows()}
            >
              Import {step.rows.filter((row) => row.ticked).length} entries
            </button>
            <button type="button" onClick={() => setStep({ name: 'choose' })}>
              Choose another file
            </button>
            <button type="button" onClick={onClose}>
              Cancel
            </button>
          </div>
        </>
      ) : null}
      {step.name === 'done' ? (
        <>
          <p role="status">
            Imported. Nothing else changed; the report stays in the history below.
          </p>
          <ImportReport record={step.record} headingLevel={3} />
          <div className="toolbar">
            <button type="button" onClick={onClose}>
              Close
            </button>
          </div>
        </>
      ) : null}
      <ErrorMessage error={plan.error ?? run.error} />
    </div>
  )
}
