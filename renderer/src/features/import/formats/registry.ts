import { shelfFormat } from './goodreads'
import { ankiFormat } from './anki'
import { bastionCsvFormat } from './bastion-csv'
import { icsFormat } from './ics'
import { kindleFormat } from './kindle'
import type { ImportFormat } from './types'

/** Every format, with planning and writing (main thread). One line per format. */
export const importFormats: readonly ImportFormat[] = [
  kindleFormat,
  shelfFormat,
  icsFormat,
  bastionCsvFormat,
  ankiFormat,
  // One line per format, above this comment.
]
