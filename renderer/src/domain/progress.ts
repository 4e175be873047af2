import type { ProgressStatus } from '../db/records'

export interface ProgressItem {
  status: ProgressStatus
  /** For an item in progress: the share done, 0 to 1 (from units or percent). */
  fraction?: number
  /** How much the item counts in the whole (e.g. planned hours); 1 when not given. */
  weight?: number
}

/**
 * The share of a path that is done, 0 to 1, or null when nothing counts. Skipped items are left
 * out of both the top and the bottom (roadmap.sh users report the other way as a bug).
 */
export function pathProgress(items: readonly ProgressItem[]): number | null {
  let done = 0
  let total = 0
  for (const item of items) {
    if (item.status === 'skipped') continue
    const weight = item.weight ?? 1
    if (!(weight > 0)) continue
    total += weight
    if (item.status === 'done') done += weight
    else if (item.status === 'in-progress') done += weight * clamp01(item.fraction ?? 0)
  }
  return total === 0 ? null : done / total
}

export function clamp01(value: number): number {
  return Number.isFinite(value) ? Math.min(1, Math.max(0, value)) : 0
}

export type ProgressUnit = 'modules' | 'chapters' | 'pages' | 'sections' | 'percent'

/** What the user reads for each status, on the Dashboard, the Plan and a resource's page. */
export const statusLabels: Record<ProgressStatus, string> = {
  'not-started': 'Not started',
  'in-progress': 'In progress',
  done: 'Done',
  skipped: 'Skipped',
}

export const unitLabels: Record<ProgressUnit, string> = {
  modules: 'Modules',
  chapters: 'Chapters',
  pages: 'Pages',
  sections: 'Sections',
  percent: 'Percent',
}

/** The parts of a resource that say how it is measured (structural, so domain stays pure). */
export interface MeasurableResource {
  kind: 'course' | 'book' | 'guide' | 'certification'
  modules?: readonly string[]
  chapters?: number
  pages?: number
  sections?: readonly string[]
}

export interface UnitOption {
  unit: ProgressUnit
  /** Known total from the resource; null when the user has to say it (e.g. a course's modules). */
  total: number | null
}

/**
 * The units that fit a resource's kind, best first; percent is always the last fallback.
 * Courses count modules, books chapters or pages, guides sections.
 */
export function unitOptions(resource: MeasurableResource): UnitOption[] {
  const options: UnitOption[] = []
  if (resource.kind === 'course') {
    options.push({ unit: 'modules', total: resource.modules?.length || null })
  } else if (resource.kind === 'book') {
    if (resource.chapters) options.push({ unit: 'chapters', total: resource.chapters })
    if (resource.pages) options.push({ unit: 'pages', total: resource.pages })
    if (options.length === 0) options.push({ unit: 'chapters', total: null })
  } else if (resource.kind === 'guide' && resource.sections?.length) {
    options.push({ unit: 'sections', total: resource.sections.length })
  }
  options.push({ unit: 'percent', total: 100 })
  return options
}

/** The unit a resource is measured in by default. */
export function defaultUnit(resource: MeasurableResource): UnitOption {
  const options = unitOptions(resource)
  return options.find((option) => option.total !== null) ?? options[options.length - 1]!
}

export interface ProgressState {
  status: ProgressStatus
  unitsDone?: number
  unitsTotal?: number
  unit?: ProgressUnit
}

/** Share of one resource done, 0 to 1; null for a skipped one (it does not count at all). */
export function resourceFraction(progress: ProgressState | undefined): number | null {
  if (!progress) return 0
  switch (progress.status) {
    case 'skipped':
      return null
    case 'done':
      return 1
    case 'not-started':
      return 0
    case 'in-progress':
      return unitsFraction(progress)
  }
}

export function unitsFraction(progress: Omit<ProgressState, 'status'>): number {
  const done = progress.unitsDone ?? 0
  const total = progress.unit === 'percent' ? 100 : (progress.unitsTotal ?? 0)
  return total > 0 ? clamp01(done / total) : 0
}

/** A share 0..1 as a whole percent for people: never shows 100 until everything is done. */
export function toPercent(fraction: number): number {
  const percent = Math.round(clamp01(fraction) * 100)
  return percent === 100 && fraction < 1 ? 99 : percent
}

/** The path item for a resource's stored progress (missing progress means not started). */
export function progressItem(progress: ProgressState | undefined, weight?: number): ProgressItem {
  const status = progress?.status ?? 'not-started'
  return { status, fraction: progress ? unitsFraction(progress) : 0, weight }
}
