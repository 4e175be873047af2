// The import feature's door: Settings shows its section.
export { ImportSection } from './ImportSection'
export type { ImportFormat } from './formats/types'
