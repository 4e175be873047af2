import { toPercent } from '../../domain/progress'
import './log.css'

/** A labelled progress bar; `fraction` null means nothing counts (e.g. all skipped). */
export function ProgressBar({
  label,
  fraction,
  detail,
}: {
  label: string
  fraction: number | null
  detail?: string
}) {
  const percent = fraction === null ? null : toPercent(fraction)
  return (
    <div className="progress">
      <div
        role="progressbar"
        aria-label={label}
        aria-valuemin={0}
        aria-valuemax={100}
        aria-valuenow={percent ?? undefined}
        aria-valuetext={percent === null ? 'Not counted' : `${percent}%`}
        className="progress-track"
      >
        <div className="progress-fill" style={{ width: `${percent ?? 0}%` }} />
      </div>
      {detail ? <small className="muted">{detail}</small> : null}
    </div>
  )
}
