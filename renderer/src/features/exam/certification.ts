import { z } from 'zod/mini'
import type { Resource } from '../../db/resource'
import type { CertificationDetails } from '../../db/resource-schema'
import { defaultAttemptRules } from './exam-dates'

export interface CertificationView {
  id: string
  title: string
  shortTitle: string
  details?: CertificationDetails
  /** When the catalog's facts were checked. */
  asOf?: string
  rules: CertificationDetails['rules']
}

const fallbackRules: CertificationDetails['rules'] = {
  ...defaultAttemptRules,
  practiceTestsIncluded: null,
  renewalYears: 4,
  renewalCpeCredits: 36,
}

/** Catalog certifications the exam page can work with (GSEC first). */
export function certificationsOf(resources: readonly Resource[]): CertificationView[] {
  return resources
    .filter((r) => r.kind === 'certification')
    .map((r) => ({
      id: r.id,
      title: r.title,
      shortTitle: /\(([^)]+)\)\s*$/.exec(r.title)?.[1] ?? r.title,
      details: r.certification,
      asOf: r.source?.asOf,
      rules: r.certification?.rules ?? fallbackRules,
    }))
    .sort((a, b) => Number(b.id === 'cert-giac-gsec') - Number(a.id === 'cert-giac-gsec'))
}

/** The user's exam facts for a certification; the catalog's are the defaults. */
export const UserExamFacts = z.object({
  questions: z.int().check(z.positive(), z.maximum(1000)),
  minutes: z.int().check(z.positive(), z.maximum(1440)),
  passMarkPercent: z.number().check(z.minimum(0), z.maximum(100)),
})
export type UserExamFacts = z.infer<typeof UserExamFacts>
/** The stored setting: null until the user changes a fact. */
export const StoredExamFacts = z.nullable(UserExamFacts)

export const examFactsKey = (certificationId: string) => `exam.facts.${certificationId}`
