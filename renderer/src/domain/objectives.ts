/** Stable ids for exam objectives and OWASP LLM items, shared by notes, exam and plan. */

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

/** OWASP Top 10 for LLM Applications, 2025 edition. */
export const owaspLlmTop10 = [
  { id: 'LLM01', title: 'Prompt Injection' },
  { id: 'LLM02', title: 'Sensitive Information Disclosure' },
  { id: 'LLM03', title: 'Supply Chain' },
  { id: 'LLM04', title: 'Data and Model Poisoning' },
  { id: 'LLM05', title: 'Improper Output Handling' },
  { id: 'LLM06', title: 'Excessive Agency' },
  { id: 'LLM07', title: 'System Prompt Leakage' },
  { id: 'LLM08', title: 'Vector and Embedding Weaknesses' },
  { id: 'LLM09', title: 'Misinformation' },
  { id: 'LLM10', title: 'Unbounded Consumption' },
] as const
