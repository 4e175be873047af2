import { icsFormat } from './ics'
import type { ImportFormat } from './types'

/** Every format, with planning and writing (main thread). One line per format. */
export const importFormats: readonly ImportFormat[] = [icsFormat]
