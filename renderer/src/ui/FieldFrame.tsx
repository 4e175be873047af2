import type { ReactNode } from 'react'

/** The ids an input names in aria-describedby: its error first, then its hint. */
export function describedBy(id: string, error?: string, hint?: string): string | undefined {
  return (
    [error ? `${id}-error` : '', hint ? `${id}-hint` : ''].filter(Boolean).join(' ') || undefined
  )
}

/**
 * A field's label, hint and error around its control: the one markup TextField and SelectField
 * share, so every field is labelled, hinted and announced the same way.
 */
export function FieldFrame({
  id,
  label,
  hint,
  error,
  className = 'field',
  children,
}: {
  id: string
  label: string
  hint?: string
  error?: string
  className?: string
  children: ReactNode
}) {
  return (
    <div className={className}>
      <label htmlFor={id}>{label}</label>
      {children}
      {hint ? (
        <small id={`${id}-hint`} className="muted">
          {hint}
        </small>
      ) : null}
      {error ? (
        <small id={`${id}-error`} className="error-text">
          {error}
        </small>
      ) : null}
    </div>
  )
}
