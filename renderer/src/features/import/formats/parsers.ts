import { shelfParser } from './goodreads-parse'
import { ankiParser } from './anki-parse'
import { bastionCsvParser } from './bastion-csv-parse'
import { icsParser } from './ics-parse'
import { kindleParser } from './kindle-parse'
import { defineAsyncParser, defineParser, type AnyFormatParser } from './types'

/**
 * Every format's parser, in the order the picker lists them and sniffing tries them (the first
 * that accepts a file wins). Loaded by the import worker: parsers only, never the database.
 * One line per format.
 */
export const importParsers: readonly AnyFormatParser[] = [
  kindleParser,
  shelfParser,
  defineParser(icsParser),
  defineParser(bastionCsvParser),
  defineAsyncParser(ankiParser),
  // One line per format, above this comment.
]
