import { describe, expect, it } from 'vitest'
import {
  editionMapping,
  frameworkItems,
  hasBareOwaspId,
  itemLabel,
  loadShippedFrameworks,
  movesFor,
  moveTags,
  qualifyOwaspIds,
  suggestFrameworkItems,
} from '@renderer/domain/frameworks'

const frameworks = loadShippedFrameworks()
const items = frameworkItems(frameworks)
const suggest = (query: string) => suggestFrameworkItems(items, query).map(itemLabel)

describe('the 2025 → 2026 mapping', () => {
  const mapping = editionMapping(frameworks.owasp)

  it('maps every 2025 item to the 2026 item that took its place', () => {
    const pairs = Object.fromEntries([...mapping].map(([from, move]) => [from, move.to]))
    expect(pairs).toEqual({
      'LLM01:2025': 'LLM01:2026',
      'LLM02:2025': 'LLM02:2026',
      'LLM03:2025': 'LLM04:2026',
      'LLM04:2025': 'LLM05:2026',
      'LLM05:2025': 'LLM10:2026',
      'LLM06:2025': 'LLM03:2026',
      'LLM07:2025': 'LLM08:2026',
      'LLM08:2025': 'LLM09:2026',
      'LLM09:2025': 'LLM07:2026',
      'LLM10:2025': 'LLM06:2026',
    })
    expect(mapping.get('LLM07:2025')?.note).toMatch(/system prompt leakage/)
  })

  it('moves only older-edition tags, keeps the order and drops repeats', () => {
    const tags = ['prompt injection', 'LLM03:2025', 'LLM04:2026', 'AML.T0051', 'LLM06:2025']
    expect(movesFor(tags, mapping).map((m) => `${m.from}→${m.to}`)).toEqual([
      'LLM03:2025→LLM04:2026',
      'LLM06:2025→LLM03:2026',
    ])
    expect(moveTags(tags, mapping)).toEqual([
      'prompt injection',
      'LLM04:2026',
      'AML.T0051',
      'LLM03:2026',
    ])
  })
})

describe('bare OWASP ids', () => {
  it('are read as the 2025 edition Bastion shipped, in any case', () => {
    expect(qualifyOwaspIds(['LLM01', 'llm10', 'LLM01:2025', 'LLM011', 'LLM1', 'prompt'])).toEqual([
      'LLM01:2025',
      'LLM10:2025',
      'LLM011',
      'LLM1',
      'prompt',
    ])
    expect(hasBareOwaspId(['LLM07'])).toBe(true)
    expect(hasBareOwaspId(['LLM07:2026', 'AML.T0051'])).toBe(false)
  })
})

describe('framework suggestions for a tag', () => {
  it('offer both editions of an OWASP id, each with its own name, the current first', () => {
    expect(suggest('LLM03')).toEqual(['LLM03:2026 Excessive Agency', 'LLM03:2025 Supply Chain'])
    expect(suggest('llm03:2025')).toEqual(['LLM03:2025 Supply Chain'])
  })

  it('find items by words of their name, in any order', () => {
    expect(suggest('prompt inj')).toEqual([
      'LLM01:2026 Prompt Injection',
      'LLM01:2025 Prompt Injection',
      'AML.T0051 LLM Prompt Injection',
    ])
    expect(suggest('inj prompt')).toContain('AML.T0051 LLM Prompt Injection')
  })

  it('find ATLAS techniques and their sub-techniques by id', () => {
    expect(suggest('AML.T0051')).toEqual([
      'AML.T0051 LLM Prompt Injection',
      'AML.T0051.000 Direct',
      'AML.T0051.001 Indirect',
      'AML.T0051.002 Triggered',
    ])
  })

  it('find GSEC areas by name, and nothing for a single character', () => {
    expect(suggest('crypto')).toEqual(['GSEC: Cryptography', 'GSEC: Cryptography Application'])
    expect(suggest('c')).toEqual([])
  })
})
