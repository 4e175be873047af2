import atlas from '../../../../data/frameworks/atlas.json'
import gsec from '../../../../data/frameworks/gsec-areas.json'
import owasp from '../../../../data/frameworks/owasp-llm-top10.json'
import { parseFrameworks, type Frameworks } from './schema'

/** The framework lists that ship in data/frameworks/, validated; throws a FrameworkError. */
export function loadShippedFrameworks(): Frameworks {
  return parseFrameworks({ owasp, atlas, gsec })
}

/**
 * The edition a new tag means when typed bare ("LLM01" → "LLM01:2026"): the current one. Read
 * from the file bootstrap() has already validated.
 */
export const NEW_TAG_EDITION: string = owasp.current
