import { describe, expect, it } from 'vitest'
import { formatIsoDay } from '@renderer/domain/dates'
import { attemptLabel, examShortName } from '@renderer/domain/exam-name'
import { MISSING_RESOURCE_LABEL, titleLookup } from '@renderer/domain/resource-titles'

// The Dashboard fell back to "GSEC", the Plan to "Exam", Costs to the id; GSEC (the plan's
// default certification) won, and the abbreviation is read from the title's end everywhere.
describe('exam short name', () => {
  it('reads the abbreviation from the catalog title', () => {
    expect(examShortName('GIAC Security Essentials (GSEC)')).toBe('GSEC')
    expect(examShortName('My exam')).toBe('My exam')
    expect(examShortName(undefined)).toBe('GSEC')
    // Named with the locale's medium date, as every page shows days.
    expect(attemptLabel('GIAC Security Essentials (GSEC)', '2026-11-01')).toBe(
      `GSEC attempt from ${formatIsoDay('2026-11-01')}`,
    )
  })
})

// Costs said "Resource no longer in the catalog", Notes "Unknown resource", Log "Deleted
// resource", Plan "Removed resource", the CSV export the raw id: Plan's label won.
describe('resource titles by id', () => {
  it('has one label for a resource that is gone', () => {
    const title = titleLookup([{ id: 'r1', title: 'Adversarial ML' }])
    expect(title('r1')).toBe('Adversarial ML')
    expect(title('gone')).toBe(MISSING_RESOURCE_LABEL)
    expect(MISSING_RESOURCE_LABEL).toBe('Removed resource')
  })
})
