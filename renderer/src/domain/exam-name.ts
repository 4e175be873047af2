import { formatIsoDay } from './dates'

/**
 * The short name of an exam or certification, as pages say it: the abbreviation in the
 * catalog title's closing parentheses ("GIAC Security Essentials (GSEC)" → "GSEC"), else the
 * title; GSEC (the plan's default certification) while the certification is not known yet.
 */
export function examShortName(title: string | undefined, fallback = 'GSEC'): string {
  if (!title) return fallback
  return /\(([^)]+)\)\s*$/.exec(title)?.[1] ?? title
}

/** An exam attempt named for a person: "GSEC attempt from Dec 1, 2026" (the locale's date). */
export function attemptLabel(certificationTitle: string | undefined, startDate: string): string {
  return `${examShortName(certificationTitle, 'Exam')} attempt from ${formatIsoDay(startDate)}`
}
