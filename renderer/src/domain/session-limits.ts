import { MAX_PASSAGE } from './text-limits'

/**
 * What one study session may hold: the Log's form and the CSV import refuse the same way.
 * One sitting cannot be longer than a day; longer is a typo or a forgotten timer.
 */
export const MAX_SESSION_MINUTES = 24 * 60
export const MAX_COVERED_LENGTH = MAX_PASSAGE
