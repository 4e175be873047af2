import type { Locator } from '../../db/records'

export type LocatorResult = { ok: true; locator: Locator | null } | { ok: false; error: string }

const dash = '[-–—]'
const pagePattern = /^(?:p\.?|page)?\s*(\d{1,5})$/i
const rangePattern = new RegExp(`^(?:pp?\\.?|pages?)?\\s*(\\d{1,5})\\s*${dash}\\s*(\\d{1,5})$`, 'i')
const chapterPattern = /^(?:ch\.?|chap\.?|chapter)\s*(\w{1,12})$/i
const percentPattern = /^(\d{1,3}(?:[.,]\d+)?)\s*%$/

/**
 * Reads what the user typed as a locator: "42" or "p. 42" (a page), "42-45" or "pp. 42–45"
 * (a range), "ch. 3" (a chapter), "37%" (a percent), anything else as free text ("ix").
 */
export function parseLocator(input: string): LocatorResult {
  const text = input.trim().replace(/\s+/g, ' ')
  if (text === '') return { ok: true, locator: null }
  if (text.length > 80) return { ok: false, error: 'A locator is at most 80 characters.' }
  const range = rangePattern.exec(text)
  if (range) {
    const from = Number(range[1])
    const to = Number(range[2])
    if (from === 0 || to === 0) return { ok: false, error: 'Pages start at 1.' }
    if (to < from) {
      return {
        ok: false,
        error: `The range ends before it starts (${from}–${to}); write it as ${to}–${from}.`,
      }
    }
    if (to === from) return { ok: true, locator: { kind: 'page', display: `p. ${from}`, from } }
    return { ok: true, locator: { kind: 'pages', display: `pp. ${from}–${to}`, from, to } }
  }
  const page = pagePattern.exec(text)
  if (page) {
    const from = Number(page[1])
    if (from === 0) return { ok: false, error: 'Pages start at 1.' }
    return { ok: true, locator: { kind: 'page', display: `p. ${from}`, from } }
  }
  const chapter = chapterPattern.exec(text)
  if (chapter) {
    const value = chapter[1] ?? ''
    const number = /^\d+$/.test(value) ? Number(value) : undefined
    return {
      ok: true,
      locator: { kind: 'chapter', display: `ch. ${value}`, ...(number ? { from: number } : {}) },
    }
  }
  const percent = percentPattern.exec(text)
  if (percent) {
    const value = Number((percent[1] ?? '').replace(',', '.'))
    if (value > 100) return { ok: false, error: 'A percent is between 0 and 100.' }
    return { ok: true, locator: { kind: 'percent', display: `${value}%`, from: value } }
  }
  return { ok: true, locator: { kind: 'text', display: text } }
}

/**
 * Index pages: one or more locators separated by commas or semicolons ("42, 57–59, ch. 3").
 * Returns the normalised text, or the first part that is wrong.
 */
export function parsePages(
  input: string,
): { ok: true; pages: string } | { ok: false; error: string } {
  const parts = input
    .split(/[,;]/)
    .map((part) => part.trim())
    .filter(Boolean)
  const shown: string[] = []
  for (const part of parts) {
    const result = parseLocator(part)
    if (!result.ok) return { ok: false, error: `"${part}": ${result.error}` }
    if (result.locator) shown.push(result.locator.display)
  }
  return { ok: true, pages: shown.join(', ') }
}

/** Sort key for a locator: page-like first, by number. */
export function locatorOrder(locator: Locator | null): number {
  if (!locator || locator.from === undefined) return Number.MAX_SAFE_INTEGER
  return locator.kind === 'percent' ? locator.from * 1000 : locator.from
}
