import { describe, expect, it } from 'vitest'
import atlasFile from '../../../../data/frameworks/atlas.json'
import gsecFile from '../../../../data/frameworks/gsec-areas.json'
import owaspFile from '../../../../data/frameworks/owasp-llm-top10.json'
import shippedCatalog from '../../../../data/catalog.json'
import {
  FrameworkError,
  frameworkItems,
  loadShippedFrameworks,
  parseFrameworks,
} from '@renderer/domain/frameworks'
import { objectiveId } from '@renderer/domain/objectives'

const files = () => structuredClone({ owasp: owaspFile, atlas: atlasFile, gsec: gsecFile })

describe('the shipped framework lists', () => {
  it('validate, each naming its source, release and as-of date', () => {
    const frameworks = loadShippedFrameworks()
    for (const file of [frameworks.owasp, frameworks.atlas, frameworks.gsec]) {
      expect(file.source.length).toBeGreaterThan(0)
      expect(file.release.length).toBeGreaterThan(0)
      expect(file.asOf).toMatch(/^\d{4}-\d{2}-\d{2}$/)
    }
  })

  it('hold OWASP 2026 as current, both editions with ten items, released on their dates', () => {
    const { owasp } = loadShippedFrameworks()
    expect(owasp.current).toBe('2026')
    const released = Object.fromEntries(owasp.editions.map((e) => [e.edition, e.released]))
    expect(released).toEqual({ '2026': '2026-08-04', '2025': '2024-11-18' })
    for (const edition of owasp.editions) expect(edition.items).toHaveLength(10)
    const names = new Map(owasp.editions.flatMap((e) => e.items.map((i) => [i.id, i.name])))
    expect(names.get('LLM03:2026')).toBe('Excessive Agency')
    expect(names.get('LLM03:2025')).toBe('Supply Chain')
    expect(names.get('LLM08:2026')).toBe('Hidden Context Exposure')
  })

  it('hold the counts of ATLAS release v5.6.1 (2026-05-05): 16 / 101 / 69 / 35', () => {
    const { atlas } = loadShippedFrameworks()
    expect(atlas.release).toBe('v5.6.1')
    expect(atlas.released).toBe('2026-05-05')
    expect(atlas.tactics).toHaveLength(16)
    expect(atlas.techniques).toHaveLength(101)
    expect(atlas.subtechniques).toHaveLength(69)
    expect(atlas.mitigations).toHaveLength(35)
    expect(atlas.counts.caseStudies).toBe(57)
    expect(atlas.techniques.find((t) => t.id === 'AML.T0051')?.name).toBe('LLM Prompt Injection')
  })

  it('hold the 26 GSEC areas, the same as the catalog certification objectives and ids', () => {
    const { gsec } = loadShippedFrameworks()
    expect(gsec.areas).toHaveLength(26)
    expect(gsec.verified).toBe(false)
    const cert = shippedCatalog.resources.find((r) => r.id === gsec.certificationId)
    const titles = cert?.certification?.objectives ?? []
    expect(gsec.areas.map((a) => a.name)).toEqual(titles)
    expect(gsec.areas.map((a) => a.id)).toEqual(
      titles.map((title) => objectiveId(gsec.certificationId, title)),
    )
  })

  it('ship only ids, names and links (no framework text)', () => {
    const keys = new Set<string>()
    for (const item of frameworkItems(loadShippedFrameworks()))
      Object.keys(item).forEach((k) => keys.add(k))
    expect([...keys].sort()).toEqual(
      ['current', 'edition', 'framework', 'frameworkName', 'id', 'kind', 'name', 'url'].sort(),
    )
    const items = frameworkItems(loadShippedFrameworks())
    expect(items.find((i) => i.id === 'AML.T0051.001')?.url).toBe(
      'https://atlas.mitre.org/techniques/AML.T0051.001',
    )
  })
})

describe('a bad framework file', () => {
  it('is refused with a message naming the file and the field', () => {
    const input = files()
    input.atlas.techniques.pop()
    expect(() => parseFrameworks(input)).toThrow(FrameworkError)
    expect(() => parseFrameworks(input)).toThrow(
      /data\/frameworks\/atlas\.json[\s\S]*techniques: release v5\.6\.1 has 101 techniques, the file 100/,
    )
  })

  it('is refused when an OWASP item is numbered out of place or its edition is missing', () => {
    const input = files()
    input.owasp.editions[0]!.items[2]!.id = 'LLM03:2025'
    expect(() => parseFrameworks(input)).toThrow(
      /owasp-llm-top10\.json[\s\S]*editions\.0\.items\.2\.id: expected LLM03:2026/,
    )
  })

  it('is refused when the mapping leaves a 2025 item out or points nowhere', () => {
    const input = files()
    input.owasp.mapping.pairs = input.owasp.mapping.pairs.slice(1)
    expect(() => parseFrameworks(input)).toThrow(/LLM01:2025 is not mapped/)
    const other = files()
    other.owasp.mapping.pairs[0]!.to = 'LLM11:2026'
    expect(() => parseFrameworks(other)).toThrow(/LLM11:2026 is no item of the 2026 edition/)
  })

  it('is refused when GSEC lists fewer areas than it states', () => {
    const input = files()
    input.gsec.areas.pop()
    expect(() => parseFrameworks(input)).toThrow(
      /gsec-areas\.json[\s\S]*states 26 areas and lists 25/,
    )
  })
})
