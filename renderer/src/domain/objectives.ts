/** Stable ids for exam objectives, shared by notes, exam and plan (frameworks: domain/frameworks). */

export const GSEC_CERTIFICATION_ID = 'cert-giac-gsec'

export function slugify(text: string): string {
  return text
    .toLocaleLowerCase('en')
    .replace(/&/g, ' and ')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
}

/** An objective's id: the certification's id and the objective title's slug. */
export function objectiveId(certificationId: string, title: string): string {
  return `${certificationId}:${slugify(title)}`
}
