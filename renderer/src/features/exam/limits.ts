import { lengthProblem } from '../../domain/text-limits'

/**
 * The one-line fields of the Exam page's records, each held to MAX_LINE with the plain message
 * every form uses (domain/text-limits). The forms show these; the repository refuses the same
 * way, so nothing longer is ever stored.
 */
export function objectiveTitleProblem(title: string): string | undefined {
  if (!title.trim()) return 'Give the objective a title.'
  return lengthProblem('objective titles', title.trim())
}

export function practiceLabelProblem(label: string): string | undefined {
  return lengthProblem('test names', label.trim())
}

export function cpeDescriptionProblem(description: string): string | undefined {
  if (!description.trim()) return 'Describe the activity, e.g. "BSides talk".'
  return lengthProblem('activity descriptions', description.trim())
}

export function checklistLabelProblem(label: string): string | undefined {
  if (!label.trim()) return 'Type what to check first.'
  return lengthProblem('checklist items', label.trim())
}
