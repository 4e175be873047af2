import { useId, type ReactNode, type SelectHTMLAttributes } from 'react'
import { Field, fieldDescribedBy } from './TextField'

interface SelectFieldProps extends Omit<
  SelectHTMLAttributes<HTMLSelectElement>,
  'onChange' | 'value' | 'children'
> {
  label: string
  value: string
  onChange: (value: string) => void
  error?: string
  hint?: string
  /** A class added to the wrapper's 'field', e.g. 'compact-field' in dense rows. */
  frameClassName?: string
  /** The <option>s (and <optgroup>s). */
  children: ReactNode
}

/** A labelled select whose hint and error are announced and tied to it, as TextField does. */
export function SelectField({
  label,
  value,
  onChange,
  error,
  hint,
  frameClassName,
  children,
  id: givenId,
  ...rest
}: SelectFieldProps) {
  const generated = useId()
  const id = givenId ?? generated
  return (
    <Field id={id} label={label} hint={hint} error={error} className={frameClassName}>
      <select
        {...rest}
        id={id}
        value={value}
        aria-invalid={error ? true : undefined}
        aria-describedby={fieldDescribedBy(id, { error, hint })}
        onChange={(event) => onChange(event.target.value)}
      >
        {children}
      </select>
    </Field>
  )
}
