import { NEW_TAG_EDITION, qualifyOwaspId } from '../../domain/frameworks'
import { tooLongMessage } from '../../domain/text-limits'
import { isKnownCurrency, minorToInput, parseMoneyInput } from '../../domain/money'
import type { Resource } from '../../db/resource'
import { ResourceFields, type ResourceKind } from '../../db/resource-schema'

/** The form's text state: what the user typed, before it becomes typed fields. */
export interface ResourceDraft {
  kind: ResourceKind
  title: string
  subtitle: string
  authors: string
  provider: string
  publisher: string
  year: string
  url: string
  format: string
  hours: string
  pages: string
  price: string
  currency: string
  free: boolean
  tags: string
  description: string
}

export const emptyDraft: ResourceDraft = {
  kind: 'course',
  title: '',
  subtitle: '',
  authors: '',
  provider: '',
  publisher: '',
  year: '',
  url: '',
  format: '',
  hours: '',
  pages: '',
  price: '',
  currency: 'USD',
  free: false,
  tags: '',
  description: '',
}

export function draftFrom(resource: Resource, locale?: string): ResourceDraft {
  return {
    kind: resource.kind,
    title: resource.title,
    subtitle: resource.subtitle ?? '',
    authors: resource.authors.join('\n'),
    provider: resource.provider ?? '',
    publisher: resource.publisher ?? '',
    year: resource.year ? String(resource.year) : '',
    url: resource.url ?? '',
    format: resource.format ?? '',
    hours: resource.hours ? String(resource.hours) : '',
    pages: resource.pages ? String(resource.pages) : '',
    price: resource.price
      ? minorToInput(resource.price.amountMinor, resource.price.currency, locale)
      : '',
    currency: resource.price?.currency ?? 'USD',
    free: resource.free,
    tags: resource.tags.join(', '),
    description: resource.description ?? '',
  }
}

export type DraftErrors = Partial<Record<keyof ResourceDraft, string>>

const optionalText = (value: string) => (value.trim() === '' ? undefined : value.trim())
const optionalNumber = (value: string) => (value.trim() === '' ? undefined : Number(value))

/**
 * Turns a draft into validated fields, or field-by-field messages. Fields the form does not
 * show (modules, sections, chapters, isbn) are carried over from `keep`.
 */
export function readDraft(
  draft: ResourceDraft,
  keep: Partial<ResourceFields> = {},
  locale?: string,
): { ok: true; fields: ResourceFields } | { ok: false; errors: DraftErrors } {
  const errors: DraftErrors = {}
  const currency = draft.currency.trim().toUpperCase()
  let price: ResourceFields['price'] = null
  if (draft.price.trim() !== '') {
    if (!isKnownCurrency(currency))
      errors.currency = 'Use a three-letter currency code such as USD or EUR.'
    else {
      const parsed = parseMoneyInput(draft.price, currency, locale)
      if (parsed.ok) price = { amountMinor: parsed.amountMinor, currency }
      else errors.price = parsed.error
    }
  }
  const candidate = {
    ...keep,
    kind: draft.kind,
    title: draft.title.trim(),
    subtitle: optionalText(draft.subtitle),
    authors: draft.authors
      .split('\n')
      .map((name) => name.trim())
      .filter(Boolean),
    provider: optionalText(draft.provider),
    publisher: optionalText(draft.publisher),
    year: optionalNumber(draft.year),
    url: optionalText(draft.url),
    format: optionalText(draft.format),
    hours: optionalNumber(draft.hours),
    pages: optionalNumber(draft.pages),
    price,
    free: draft.free,
    tags: [
      ...new Set(
        draft.tags
          .split(',')
          .map((tag) => qualifyOwaspId(tag.trim(), NEW_TAG_EDITION))
          .filter(Boolean),
      ),
    ],
    description: optionalText(draft.description),
  }
  const parsed = ResourceFields.safeParse(candidate)
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      const field = String(issue.path[0]) as keyof ResourceDraft
      errors[field] ??=
        issue.code === 'too_big' && issue.origin === 'string'
          ? tooLongMessage(
              longTextNames[field] ?? 'this field',
              Number(issue.maximum),
              String(draft[field]).trim().length,
            )
          : humanMessage(field, issue.message)
    }
  }
  if (Object.keys(errors).length > 0 || !parsed.success) return { ok: false, errors }
  return { ok: true, fields: parsed.data }
}

/** How a too-long message names a field ("Keep titles under 300 characters…"). */
const longTextNames: Partial<Record<keyof ResourceDraft, string>> = {
  title: 'titles',
  subtitle: 'subtitles',
  provider: 'provider names',
  publisher: 'publisher names',
  format: 'formats',
  description: 'descriptions',
  url: 'addresses',
}

function humanMessage(field: keyof ResourceDraft, message: string): string {
  switch (field) {
    case 'year':
      return 'Enter a year between 1900 and 2100.'
    case 'hours':
      return 'Enter a positive number of hours.'
    case 'pages':
      return 'Enter a whole, positive number of pages.'
    case 'url':
      return 'Enter a full http or https address, like https://example.com.'
    default:
      return message.charAt(0).toUpperCase() + message.slice(1) + '.'
  }
}

/**
 * An existing resource of the same kind whose title matches once trimmed and compared without
 * case, so the form can warn before a second identical title reaches every picker. `selfId`
 * leaves out the resource being edited.
 */
export function findDuplicate(
  resources: readonly Resource[],
  kind: ResourceKind,
  title: string,
  selfId?: string,
): Resource | undefined {
  const wanted = title.trim().toLocaleLowerCase()
  if (!wanted) return undefined
  return resources.find(
    (resource) =>
      resource.id !== selfId &&
      resource.kind === kind &&
      resource.title.trim().toLocaleLowerCase() === wanted,
  )
}
