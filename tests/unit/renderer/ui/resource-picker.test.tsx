import { act, cleanup, fireEvent, render, screen } from '@testing-library/react'
import { useState } from 'react'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { ResourcePicker } from '@renderer/ui/ResourcePicker'
import { matchResources } from '@renderer/ui/resource-match'

const resources = [
  { id: 'atlas', title: 'MITRE ATLAS' },
  { id: 'owasp', title: 'OWASP Top 10 for LLM Applications' },
  { id: 'sec-eng', title: 'Security Engineering' },
  { id: 'secu', title: 'Sécurité des systèmes' },
]

afterEach(cleanup)

describe('matchResources', () => {
  it('keeps titles holding every typed word, in any case, order or accent, in the given order', () => {
    const titles = (query: string) => matchResources(resources, query).map(({ id }) => id)
    expect(titles('atlas')).toEqual(['atlas'])
    expect(titles('llm OWASP')).toEqual(['owasp'])
    expect(titles('secu')).toEqual(['sec-eng', 'secu'])
    expect(titles('sécu syst')).toEqual(['secu'])
    expect(titles('  ')).toHaveLength(resources.length)
    expect(titles('kerberos')).toEqual([])
  })
})

function Picker({ initial = '', noneLabel }: { initial?: string; noneLabel?: string }) {
  const [value, setValue] = useState(initial)
  return (
    <>
      <ResourcePicker
        label="Resource to time"
        resources={resources}
        value={value}
        onChange={setValue}
        noneLabel={noneLabel}
        placeholder="Choose a resource…"
      />
      <output data-testid="value">{value}</output>
    </>
  )
}

const combobox = () => screen.getByRole<HTMLInputElement>('combobox', { name: 'Resource to time' })
const value = () => screen.getByTestId('value').textContent
const options = () => screen.queryAllByRole('option').map((option) => option.textContent)

describe('ResourcePicker', () => {
  it('renders no option until opened, then every resource', () => {
    render(<Picker />)
    expect(combobox().value).toBe('')
    expect(combobox().placeholder).toBe('Choose a resource…')
    expect(options()).toEqual([])
    fireEvent.click(combobox())
    expect(options()).toEqual(resources.map(({ title }) => title))
    expect(combobox().getAttribute('aria-expanded')).toBe('true')
  })

  it('filters as the user types and takes the first match on Enter', () => {
    const onChange = vi.fn()
    render(<ResourcePicker label="Resource" resources={resources} value="" onChange={onChange} />)
    const input = screen.getByRole<HTMLInputElement>('combobox', { name: 'Resource' })
    fireEvent.change(input, { target: { value: 'owasp llm' } })
    expect(options()).toEqual(['OWASP Top 10 for LLM Applications'])
    expect(screen.getByRole('status').textContent).toBe('1 resource matches.')
    fireEvent.keyDown(input, { key: 'Enter' })
    expect(onChange).toHaveBeenCalledWith('owasp')
    expect(options()).toEqual([])
  })

  it('shows the chosen title when closed and moves with the arrow keys', () => {
    render(<Picker initial="sec-eng" />)
    expect(combobox().value).toBe('Security Engineering')
    fireEvent.keyDown(combobox(), { key: 'ArrowDown' })
    // Opening keeps the whole list (not just the shown title) and highlights the choice.
    expect(options()).toHaveLength(resources.length)
    expect(screen.getByRole('option', { name: 'Security Engineering' }).dataset.highlighted).toBe(
      'true',
    )
    fireEvent.keyDown(combobox(), { key: 'ArrowDown' })
    fireEvent.keyDown(combobox(), { key: 'Enter' })
    expect(value()).toBe('secu')
    expect(combobox().value).toBe('Sécurité des systèmes')
  })

  it('picks an option by click', () => {
    render(<Picker />)
    fireEvent.click(combobox())
    fireEvent.click(screen.getByRole('option', { name: 'MITRE ATLAS' }))
    expect(value()).toBe('atlas')
    expect(combobox().value).toBe('MITRE ATLAS')
  })

  it('Escape abandons the typed text and keeps the choice', () => {
    render(<Picker initial="atlas" />)
    fireEvent.change(combobox(), { target: { value: 'kerb' } })
    expect(options()).toEqual([])
    expect(screen.getByText('No resource matches “kerb”.')).toBeTruthy()
    fireEvent.keyDown(combobox(), { key: 'Escape' })
    expect(combobox().value).toBe('MITRE ATLAS')
    fireEvent.keyDown(combobox(), { key: 'Escape' })
    expect(combobox().value).toBe('MITRE ATLAS')
    expect(value()).toBe('atlas')
  })

  it('Tab takes the first match of what was typed, but never a resource nobody pointed at', () => {
    render(
      <>
        <Picker />
        <button type="button">Start timer</button>
      </>,
    )
    const next = screen.getByRole('button', { name: 'Start timer' })
    fireEvent.click(combobox())
    fireEvent.blur(combobox(), { relatedTarget: next })
    expect(value()).toBe('')
    fireEvent.change(combobox(), { target: { value: 'owasp' } })
    fireEvent.blur(combobox(), { relatedTarget: next })
    expect(value()).toBe('owasp')
    expect(combobox().value).toBe('OWASP Top 10 for LLM Applications')
  })

  it('leaving with unmatched text restores the choice; leaving it erased clears it', () => {
    render(<Picker initial="atlas" />)
    fireEvent.change(combobox(), { target: { value: 'kerb' } })
    fireEvent.blur(combobox())
    expect(combobox().value).toBe('MITRE ATLAS')
    expect(value()).toBe('atlas')
    fireEvent.change(combobox(), { target: { value: '' } })
    fireEvent.blur(combobox())
    expect(value()).toBe('')
    expect(combobox().value).toBe('')
  })

  it('offers the "none" choice first and shows it when nothing is chosen', () => {
    render(<Picker initial="atlas" noneLabel="All resources" />)
    fireEvent.click(combobox())
    expect(options()[0]).toBe('All resources')
    fireEvent.click(screen.getByRole('option', { name: 'All resources' }))
    expect(value()).toBe('')
    expect(combobox().value).toBe('All resources')
    // Typing searches resources only.
    fireEvent.change(combobox(), { target: { value: 'all' } })
    expect(options()).toEqual([])
  })

  it('follows a value changed from outside (a "Clear filters" button)', () => {
    function Outside() {
      const [value, setValue] = useState('atlas')
      return (
        <>
          <ResourcePicker
            label="Filter by resource"
            resources={resources}
            value={value}
            onChange={setValue}
            noneLabel="All resources"
          />
          <button type="button" onClick={() => setValue('')}>
            Clear filters
          </button>
        </>
      )
    }
    render(<Outside />)
    const input = screen.getByRole<HTMLInputElement>('combobox', { name: 'Filter by resource' })
    expect(input.value).toBe('MITRE ATLAS')
    act(() => screen.getByRole('button', { name: 'Clear filters' }).click())
    expect(input.value).toBe('All resources')
    // Chosen by the user, then cleared from outside.
    fireEvent.change(input, { target: { value: 'security' } })
    fireEvent.click(screen.getByRole('option', { name: 'Security Engineering' }))
    expect(input.value).toBe('Security Engineering')
    act(() => screen.getByRole('button', { name: 'Clear filters' }).click())
    expect(input.value).toBe('All resources')
  })

  it('keeps a pick when the mouse leaves the closing list before the page takes the value', () => {
    render(<Picker noneLabel="All resources" />)
    fireEvent.click(combobox())
    const menu = screen.getByRole('listbox')
    // In a browser the list's mouseleave can land before React runs the pick's effects.
    act(() => {
      fireEvent.click(screen.getByRole('option', { name: 'MITRE ATLAS' }))
      fireEvent.mouseLeave(menu)
    })
    expect(value()).toBe('atlas')
    expect(combobox().value).toBe('MITRE ATLAS')
  })

  it('ties an error to the input', () => {
    render(
      <ResourcePicker
        label="Resource"
        resources={resources}
        value=""
        onChange={() => undefined}
        error="Choose the resource you studied."
      />,
    )
    const input = screen.getByRole('combobox', { name: 'Resource' })
    expect(input.getAttribute('aria-invalid')).toBe('true')
    const describedBy = input.getAttribute('aria-describedby') ?? ''
    expect(document.getElementById(describedBy)?.textContent).toBe(
      'Choose the resource you studied.',
    )
  })
})
