import { formatCount } from '../../domain/numbers'
import { formatMoney } from '../../domain/money'
import type { Resource } from '../../db/resource'
import type { ResourceKind } from '../../db/resource-schema'

export const kindLabels: Record<ResourceKind, string> = {
  course: 'Course',
  book: 'Book',
  guide: 'Guide',
  certification: 'Certification',
}

export const kindPluralLabels: Record<ResourceKind, string> = {
  course: 'Courses',
  book: 'Books',
  guide: 'Guides',
  certification: 'Certifications',
}

export function priceLabel(resource: Pick<Resource, 'price' | 'free'>): string {
  if (resource.free && (!resource.price || resource.price.amountMinor === 0)) return 'Free'
  if (!resource.price) return resource.free ? 'Free' : 'Paid (price not set)'
  return formatMoney(resource.price.amountMinor, resource.price.currency)
}

export function sizeLabel(resource: Pick<Resource, 'hours' | 'pages'>): string | null {
  const parts: string[] = []
  if (resource.hours) parts.push(`${resource.hours} h`)
  if (resource.pages) parts.push(`${formatCount(resource.pages)} pages`)
  return parts.length > 0 ? parts.join(' · ') : null
}

export function byline(
  resource: Pick<Resource, 'authors' | 'provider' | 'publisher' | 'year'>,
): string {
  const who =
    resource.authors.length > 0
      ? resource.authors.join(', ')
      : (resource.provider ?? resource.publisher ?? '')
  return [who, resource.year ? String(resource.year) : ''].filter(Boolean).join(' · ')
}
