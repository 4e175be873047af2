import { useId, type InputHTMLAttributes, type ReactNode } from 'react'

/** The ids a field's control points at with aria-describedby: its error first, then its hint. */
export function fieldDescribedBy(
  id: string,
  { error, hint }: { error?: string; hint?: string },
): string | undefined {
  return (
    [error ? `${id}-error` : '', hint ? `${id}-hint` : ''].filter(Boolean).join(' ') || undefined
  )
}

/**
 * The one field layout: a label for the control with `id`, the control (and anything that
 * belongs under it, such as a suggestion list), then its hint and its error. The control sets
 * `aria-describedby={fieldDescribedBy(id, …)}` so both are read with it.
 */
export function Field({
  id,
  label,
  hint,
  error,
  className,
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
    <div className={className ? `field ${className}` : 'field'}>
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

interface TextFieldProps extends Omit<InputHTMLAttributes<HTMLInputElement>, 'onChange' | 'value'> {
  label: string
  value: string
  onChange: (value: string) => void
  error?: string
  hint?: string
  multiline?: boolean
}

/** A labelled input whose error is announced and tied to it (aria-describedby). */
export function TextField({
  label,
  value,
  onChange,
  error,
  hint,
  multiline,
  ...rest
}: TextFieldProps) {
  const id = useId()
  const common = {
    id,
    value,
    'aria-invalid': error ? true : undefined,
    'aria-describedby': fieldDescribedBy(id, { error, hint }),
  }
  return (
    <Field id={id} label={label} hint={hint} error={error}>
      {multiline ? (
        <textarea {...common} rows={4} onChange={(event) => onChange(event.target.value)} />
      ) : (
        <input {...rest} {...common} onChange={(event) => onChange(event.target.value)} />
      )}
    </Field>
  )
}
