import type { ProgressStatus } from '../db/records'

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
