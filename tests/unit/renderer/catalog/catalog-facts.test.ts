import { describe, expect, it } from 'vitest'
import shipped from '../../../../data/catalog.json'
import { parseCatalog, type Correction } from '@renderer/db/resource-schema'
import {
  frameworkItems,
  isBareOwaspId,
  itemsById,
  loadShippedFrameworks,
} from '@renderer/domain/frameworks'

const catalog = parseCatalog(shipped)
const byId = new Map(catalog.resources.map((entry) => [entry.id, entry]))
const entry = (id: string) => byId.get(id)!
const dated = (corrections: Correction[] | undefined) =>
  (corrections ?? []).filter((c): c is Exclude<Correction, string> => typeof c !== 'string')
const checked = (id: string, pattern: RegExp) => {
  const found = dated(entry(id).corrections).find((c) => pattern.test(c.text))
  expect(found, `${id}: ${pattern}`).toBeDefined()
  expect(found!.source.length).toBeGreaterThan(0)
  expect(found!.asOf).toBe('2026-12-04')
}

describe('catalog facts checked on 2026-12-04', () => {
  it('shows OWASP 2026 as the current edition, tagged with edition-qualified ids', () => {
    const owasp = entry('guide-owasp-llm-top-10')
    expect(owasp.year).toBe(2026)
    expect(owasp.format).toMatch(/2026 edition/)
    expect(owasp.sections?.[2]).toBe('LLM03:2026 Excessive Agency')
    checked('guide-owasp-llm-top-10', /renumbered/)
  })

  it('tags every framework item by an id the framework lists know; no bare OWASP id is left', () => {
    const known = itemsById(frameworkItems(loadShippedFrameworks()))
    for (const resource of catalog.resources)
      for (const tag of resource.tags) {
        expect(isBareOwaspId(tag), `${resource.id}: ${tag}`).toBe(false)
        if (/^(LLM\d|AML\.)/.test(tag)) expect(known.has(tag), `${resource.id}: ${tag}`).toBe(true)
      }
  })

  it('quotes the ATLAS counts of the checked release', () => {
    expect(entry('guide-mitre-atlas').format).toBe(
      'Knowledge base, release v5.6.1 (2026-05-05): 16 tactics, 101 techniques, 69 sub-techniques, 35 mitigations, 57 case studies',
    )
    checked('guide-mitre-atlas', /could not be checked/)
  })

  it('carries every smaller correction, each with its source and as-of date', () => {
    expect(entry('guide-anthropic-prompt-injection').description).toMatch(
      /does not cover indirect prompt injection/,
    )
    checked('guide-anthropic-prompt-injection', /does not cover indirect injection/)
    expect(entry('book-not-with-a-bug').pages).toBe(183)
    checked('book-not-with-a-bug', /183 pages/)
    expect(entry('cert-giac-gsec').description).toMatch(/46 CPEs/)
    checked('cert-giac-gsec', /46 CPEs, not 46 hours/)
    expect(entry('course-ml-security').hours).toBeGreaterThan(20)
    expect(entry('course-ml-security').unverified).toContain('hours')
    checked('course-ml-security', /20 h shown before was low/)
    checked('cert-giac-gsec', /check your GIAC account/i)
    checked('cert-giac-gsec', /extension fee has no checked source/)
    checked('guide-microsoft-ai-risk-assessment', /risk-assessment framework/)
    checked('course-nvidia-adversarial-ml', /home page/)
    checked('book-adversarial-ml-cambridge', /home page/)
    checked('book-adversarial-ml-cambridge', /LLM04 tag was dropped/)
  })

  it('links the NVIDIA course and the Cambridge book to their own pages, not home pages', () => {
    for (const id of ['course-nvidia-adversarial-ml', 'book-adversarial-ml-cambridge']) {
      const path = new URL(entry(id).url!).pathname
      expect(path.length, id).toBeGreaterThan(1)
    }
    expect(entry('book-adversarial-ml-cambridge').tags.some((t) => t.startsWith('LLM'))).toBe(false)
  })

  it('states no practice-test count and keeps the extension fee as an unverified default', () => {
    const gsec = entry('cert-giac-gsec').certification!
    expect(gsec.rules.practiceTestsIncluded).toBeNull()
    const extension = gsec.fees.find((fee) => fee.kind === 'extension')
    expect(extension?.unverified).toBe(true)
    expect(extension?.currency).toBe('USD')
  })
})
