import { cleanup, fireEvent, render, screen } from '@testing-library/react'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { SelectField } from '@renderer/ui/SelectField'
import { TextField } from '@renderer/ui/TextField'

afterEach(cleanup)

describe('SelectField', () => {
  it('is named by its label, describes itself by its error and hint, and reports the value', () => {
    const onChange = vi.fn()
    render(
      <SelectField
        label="Time zone"
        value="UTC"
        onChange={onChange}
        hint="Where you sit the exam"
        error="Pick a time zone."
      >
        <option value="UTC">UTC</option>
        <option value="Europe/Berlin">Europe/Berlin</option>
      </SelectField>,
    )
    const select = screen.getByRole('combobox', { name: 'Time zone' })
    expect(select.getAttribute('aria-invalid')).toBe('true')
    const described = (select.getAttribute('aria-describedby') ?? '')
      .split(' ')
      .map((id) => document.getElementById(id)?.textContent)
    expect(described).toEqual(['Pick a time zone.', 'Where you sit the exam'])
    fireEvent.change(select, { target: { value: 'Europe/Berlin' } })
    expect(onChange).toHaveBeenCalledWith('Europe/Berlin')
  })

  it('is valid and undescribed without an error or hint', () => {
    render(
      <SelectField label="Kind" value="book" onChange={() => undefined}>
        <option value="book">Book</option>
      </SelectField>,
    )
    const select = screen.getByRole('combobox', { name: 'Kind' })
    expect(select.getAttribute('aria-invalid')).toBeNull()
    expect(select.getAttribute('aria-describedby')).toBeNull()
  })

  it('marks its label, hint and error up as TextField does', () => {
    const { container: select } = render(
      <SelectField label="L" value="" onChange={() => undefined} hint="H" error="E">
        <option value="">x</option>
      </SelectField>,
    )
    const { container: text } = render(
      <TextField label="L" value="" onChange={() => undefined} hint="H" error="E" />,
    )
    const shape = (root: HTMLElement) =>
      [...root.querySelectorAll('.field > *')].map((el) => `${el.tagName}.${el.className}`)
    expect(shape(select)).toEqual(['LABEL.', 'SELECT.', 'SMALL.muted', 'SMALL.error-text'])
    expect(shape(text)).toEqual(['LABEL.', 'INPUT.', 'SMALL.muted', 'SMALL.error-text'])
  })
})
