import type { ProgressStatus } from '../../db/records'
import type { ProgressUnit } from '../../domain/progress'

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
