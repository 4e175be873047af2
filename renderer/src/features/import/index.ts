// The import feature's door: Settings shows its section.
export type { ImportFormat } from './formats/types'
