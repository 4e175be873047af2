import { useId, type InputHTMLAttributes } from 'react'
import { describedBy, FieldFrame } from './FieldFrame'

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
    'aria-describedby': describedBy(id, error, hint),
  }
  return (
    <FieldFrame id={id} label={label} hint={hint} error={error}>
      {multiline ? (
        <textarea {...common} rows={4} onChange={(event) => onChange(event.target.value)} />
      ) : (
        <input {...rest} {...common} onChange={(event) => onChange(event.target.value)} />
      )}
    </FieldFrame>
  )
}
