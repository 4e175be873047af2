import atlas from '../../../../data/frameworks/atlas.json'
import gsec from '../../../../data/frameworks/gsec-areas.json'
import owasp from '../../../../data/frameworks/owasp-llm-top10.json'
import type { Frameworks } from './schema'

// Checked by parseFrameworks when the renderer is built (scripts/shipped-data.ts): a malformed
// file fails the build, so start-up reads the files as they are instead of parsing them again.
const shipped = { owasp, atlas, gsec } as unknown as Frameworks

/** The framework lists that ship in data/frameworks/, as checked at build time. */
export function loadShippedFrameworks(): Frameworks {
  return shipped
}

/** The edition a new tag means when typed bare ("LLM01" → "LLM01:2026"): the current one. */
export const NEW_TAG_EDITION: string = owasp.current
