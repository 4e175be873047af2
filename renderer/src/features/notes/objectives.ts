import { frameworkItems, itemLabel, type Frameworks } from '../../domain/frameworks'
import { GSEC_CERTIFICATION_ID, objectiveId } from '../../domain/objectives'
import type { Resource } from '../../db/resource'

export interface ObjectiveChoice {
  id: string
  label: string
  /** 'GSEC', or the OWASP list and edition: 'OWASP LLM Top 10 2026'. */
  group: string
  /** False for items of an older edition: still shown, folded away. */
  current: boolean
}

/**
 * What a note or index entry can link to: the GSEC objectives and the OWASP LLM items of every
 * edition under their edition-qualified ids, the current edition first.
 */
export function objectiveChoices(resources: Resource[], frameworks: Frameworks): ObjectiveChoice[] {
  const gsec = resources.find((resource) => resource.id === GSEC_CERTIFICATION_ID)
  const objectives = (gsec?.certification?.objectives ?? []).map((title): ObjectiveChoice => ({
    id: objectiveId(GSEC_CERTIFICATION_ID, title),
    label: title,
    group: 'GSEC',
    current: true,
  }))
  const owasp = frameworkItems(frameworks)
    .filter((item) => item.framework === 'owasp-llm')
    .map((item): ObjectiveChoice => ({
      id: item.id,
      label: itemLabel(item),
      group: `${item.frameworkName} ${item.edition}`,
      current: item.current,
    }))
  return [...objectives, ...owasp]
}

/** A label for a stored id, even one no longer in the catalog. */
export function objectiveLabel(choices: ObjectiveChoice[], id: string): string {
  return choices.find((choice) => choice.id === id)?.label ?? id
}
