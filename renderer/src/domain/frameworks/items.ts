import type { Frameworks } from './schema'

export type FrameworkKey = 'owasp-llm' | 'mitre-atlas' | 'gsec'
export type FrameworkItemKind =
  'risk' | 'tactic' | 'technique' | 'sub-technique' | 'mitigation' | 'area'

/** One item of a framework list, under its edition-qualified id. */
export interface FrameworkItem {
  /** What is stored in tags and links: `LLM01:2026`, `AML.T0051`, `cert-giac-gsec:cryptography`. */
  id: string
  name: string
  framework: FrameworkKey
  /** "OWASP LLM Top 10", "MITRE ATLAS", "GSEC". */
  frameworkName: string
  /** The edition or release the item belongs to: "2026", "2025", "v5.6.1". */
  edition: string
  kind: FrameworkItemKind
  /** False only for items of an older edition (OWASP 2025 once 2026 is current). */
  current: boolean
  url: string
}

const atlasBase = 'https://atlas.mitre.org'

/** Every item of the shipped frameworks, OWASP's current edition first. */
export function frameworkItems({ owasp, atlas, gsec }: Frameworks): FrameworkItem[] {
  const editions = [...owasp.editions].sort(
    (a, b) => Number(b.edition === owasp.current) - Number(a.edition === owasp.current),
  )
  const owaspItems = editions.flatMap((edition) =>
    edition.items.map((item): FrameworkItem => ({
      ...item,
      framework: 'owasp-llm',
      frameworkName: 'OWASP LLM Top 10',
      edition: edition.edition,
      kind: 'risk',
      current: edition.edition === owasp.current,
      url: edition.url,
    })),
  )
  const atlasItem =
    (kind: FrameworkItemKind, path: string) =>
    (item: { id: string; name: string }): FrameworkItem => ({
      id: item.id,
      name: item.name,
      framework: 'mitre-atlas',
      frameworkName: 'MITRE ATLAS',
      edition: atlas.release,
      kind,
      current: true,
      url: `${atlasBase}/${path}/${item.id}`,
    })
  return [
    ...owaspItems,
    ...atlas.tactics.map(atlasItem('tactic', 'tactics')),
    ...atlas.techniques.map(atlasItem('technique', 'techniques')),
    ...atlas.subtechniques.map(atlasItem('sub-technique', 'techniques')),
    ...atlas.mitigations.map(atlasItem('mitigation', 'mitigations')),
    ...gsec.areas.map((area): FrameworkItem => ({
      ...area,
      framework: 'gsec',
      frameworkName: 'GSEC',
      edition: 'GSEC areas',
      kind: 'area',
      current: true,
      url: gsec.url,
    })),
  ]
}

/** Items by id, for labels and lookups. */
export function itemsById(items: readonly FrameworkItem[]): ReadonlyMap<string, FrameworkItem> {
  return new Map(items.map((item) => [item.id, item]))
}

/** The code a person reads before the name: "LLM01:2026", "AML.T0051"; none for GSEC areas. */
export function itemCode(item: FrameworkItem): string {
  return item.framework === 'gsec' ? '' : item.id
}

/** "LLM03:2026 Excessive Agency", "AML.T0051 LLM Prompt Injection", "GSEC: Cryptography". */
export function itemLabel(item: FrameworkItem): string {
  return item.framework === 'gsec' ? `GSEC: ${item.name}` : `${item.id} ${item.name}`
}

/** Where an item belongs, in words: "OWASP LLM Top 10, 2025 edition", "MITRE ATLAS technique". */
export function itemContext(item: FrameworkItem): string {
  if (item.framework === 'owasp-llm')
    return `${item.frameworkName}, ${item.edition} edition${item.current ? '' : ' (older)'}`
  if (item.framework === 'mitre-atlas') return `${item.frameworkName} ${item.kind}, ${item.edition}`
  return 'GSEC area'
}

/** A tag as a person reads it: a framework item's label, anything else as written. */
export function tagLabel(byId: ReadonlyMap<string, FrameworkItem>, tag: string): string {
  const item = byId.get(tag)
  return item ? itemLabel(item) : tag
}
