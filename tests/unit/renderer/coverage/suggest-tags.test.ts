import { describe, expect, it } from 'vitest'
import { suggestTagsForText } from '@renderer/domain/coverage'
import { frameworkItems, loadShippedFrameworks } from '@renderer/domain/frameworks'

const items = frameworkItems(loadShippedFrameworks())
const suggest = (text: string, held: string[] = []) =>
  suggestTagsForText(items, text, held, '2026').map((s) => s.item.id)

describe('tag suggestions from what a text mentions', () => {
  it('finds OWASP ids in any case, a bare id meaning the current edition', () => {
    expect(suggest('see llm01 and LLM06')).toEqual(['LLM01:2026', 'LLM06:2026'])
  })

  it('keeps the edition a text names', () => {
    expect(suggest('LLM03:2025 was supply chain')).toContain('LLM03:2025')
    expect(suggest('LLM03:2025 was supply chain')).not.toContain('LLM03:2026')
  })

  it('ignores an id of an edition that does not exist', () => {
    expect(suggest('LLM01:2019')).toEqual([])
  })

  it('finds ATLAS technique, sub-technique and tactic ids in any case', () => {
    expect(suggest('aml.t0051 then AML.T0051.000 and AML.TA0002')).toEqual([
      'AML.T0051',
      'AML.T0051.000',
      'AML.TA0002',
    ])
  })

  it('finds names as whole words in any case, current edition only', () => {
    expect(suggest('Notes on PROMPT injection attacks')).toEqual(['LLM01:2026'])
    expect(suggest('Access control and password management basics')).toEqual([
      'cert-giac-gsec:access-control-and-password-management',
    ])
  })

  it('does not match a name inside a longer word', () => {
    expect(suggest('cryptographyish')).toEqual([])
  })

  it('leaves out tags the record already holds, and says each once', () => {
    expect(suggest('LLM01 prompt injection llm01', ['LLM01:2026'])).toEqual([])
    expect(suggest('LLM01 prompt injection llm01')).toEqual(['LLM01:2026'])
  })

  it('does not suggest tactics, mitigations or sub-techniques by their common-word names', () => {
    expect(suggest('the impact of execution and persistence')).toEqual([])
    expect(suggest('indirect and direct, triggered')).toEqual([])
  })
})
