import { GSEC_CERTIFICATION_ID, objectiveId, owaspLlmTop10 } from '../../domain/objectives'
import type { Resource } from '../../db/resource'

export interface ObjectiveChoice {
  id: string
  label: string
  group: 'GSEC' | 'OWASP LLM Top 10'
}

/** What a note or index entry can link to: the GSEC objectives and the OWASP LLM items. */
export function objectiveChoices(resources: Resource[]): ObjectiveChoice[] {
  const gsec = resources.find((resource) => resource.id === GSEC_CERTIFICATION_ID)
  const objectives = (gsec?.certification?.objectives ?? []).map((title): ObjectiveChoice => ({
    id: objectiveId(GSEC_CERTIFICATION_ID, title),
    label: title,
    group: 'GSEC',
  }))
  const owasp = owaspLlmTop10.map((item): ObjectiveChoice => ({
    id: item.id,
    label: `${item.id} ${item.title}`,
    group: 'OWASP LLM Top 10',
  }))
  return [...objectives, ...owasp]
}

/** A label for a stored id, even one no longer in the catalog. */
export function objectiveLabel(choices: ObjectiveChoice[], id: string): string {
  return choices.find((choice) => choice.id === id)?.label ?? id
}
