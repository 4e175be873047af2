import type { CertificationRules } from '../../db/resource-schema'
import { addDaysIso, addYearsIso, formatIsoDay, isIsoDay } from '../../domain/dates'

/** A computed date with the rule that produced it, in words the user can check. */
export interface RuleDate {
  label: string
  day: string
  rule: string
  /** An estimate, not a rule: shown as "about …", with where to find the real date. */
  estimate?: boolean
}

export type AttemptRules = Pick<
  CertificationRules,
  | 'attemptWindowDays'
  | 'extensionDays'
  | 'extensionPurchaseGraceDays'
  | 'retakePurchaseDays'
  | 'retakeWaitDays'
  | 'retakeAddsDays'
  | 'maxFailures'
>

/** GIAC's published attempt rules, used when a certification carries none. */
export const defaultAttemptRules: AttemptRules = {
  attemptWindowDays: 120,
  extensionDays: 45,
  extensionPurchaseGraceDays: 30,
  retakePurchaseDays: 30,
  retakeWaitDays: 30,
  retakeAddsDays: 60,
  maxFailures: 3,
}

/** The attempt window's end: start + window days. */
export function computedDeadline(startDate: string, rules: AttemptRules): string {
  return addDaysIso(startDate, rules.attemptWindowDays)
}

export interface AttemptDateInput {
  startDate: string
  /** The user's own deadline, when they changed the computed one. */
  deadlineOverride?: string
  status: 'planning' | 'registered' | 'scheduled' | 'passed' | 'failed'
  failedOn?: string
  failures?: number
}

export interface AttemptDates {
  deadline: RuleDate
  extensionPurchaseBy: RuleDate
  extendedDeadline: RuleDate
  /** Only for a failed attempt that may still be retaken. */
  retake?: { purchaseBy: RuleDate; earliest: RuleDate; newDeadline: RuleDate }
  /** True when the failures used up the attempt. */
  ended: boolean
  failuresLeft: number
}

/** Every date the rules give for an attempt, each with its rule in words. */
export function attemptDates(input: AttemptDateInput, rules: AttemptRules): AttemptDates {
  const computed = computedDeadline(input.startDate, rules)
  const overridden = input.deadlineOverride && input.deadlineOverride !== computed
  const deadlineDay = overridden ? input.deadlineOverride! : computed
  const deadline: RuleDate = {
    label: 'Attempt deadline',
    day: deadlineDay,
    rule: overridden
      ? `Set by you (the rule gives ${formatIsoDay(computed)}: ${rules.attemptWindowDays} days from the start).`
      : `${rules.attemptWindowDays} days from the start date (${formatIsoDay(input.startDate)}).`,
  }
  const extensionPurchaseBy: RuleDate = {
    label: 'Last day to buy an extension',
    day: addDaysIso(deadlineDay, rules.extensionPurchaseGraceDays),
    rule: `An extension can be bought up to ${rules.extensionPurchaseGraceDays} days after the deadline.`,
  }
  const extendedDeadline: RuleDate = {
    label: 'Deadline with an extension',
    day: addDaysIso(deadlineDay, rules.extensionDays),
    rule: `An extension adds ${rules.extensionDays} days to the deadline.`,
  }
  const failures = input.status === 'failed' ? Math.max(1, input.failures ?? 1) : 0
  const ended = failures >= rules.maxFailures
  const failuresLeft = Math.max(0, rules.maxFailures - failures)
  const result: AttemptDates = {
    deadline,
    extensionPurchaseBy,
    extendedDeadline,
    ended,
    failuresLeft,
  }
  if (input.status === 'failed' && input.failedOn && isIsoDay(input.failedOn) && !ended) {
    result.retake = {
      // GIAC's own pages: a retake is bought within 30 days after the attempt's deadline
      // (not after the failed exam); the wait before sitting again counts from the exam.
      purchaseBy: {
        label: 'Last day to buy a retake',
        day: addDaysIso(deadlineDay, rules.retakePurchaseDays),
        rule: `A retake can be bought up to ${rules.retakePurchaseDays} days after the attempt's deadline (${formatIsoDay(deadlineDay)}).`,
      },
      earliest: {
        label: 'Earliest retake',
        day: addDaysIso(input.failedOn, rules.retakeWaitDays),
        rule: `A retake needs a ${rules.retakeWaitDays}-day wait after the failed exam (${formatIsoDay(input.failedOn)}).`,
      },
      newDeadline: {
        label: 'Deadline after a retake',
        day: addDaysIso(deadlineDay, rules.retakeAddsDays),
        estimate: true,
        rule: `GIAC says a retake "extends your final exam deadline by ${rules.retakeAddsDays} days", which includes the ${rules.retakeWaitDays}-day wait: an estimate from the attempt's deadline (${formatIsoDay(deadlineDay)}); check your GIAC portal for the real date.`,
      },
    }
  }
  return result
}

/** Renewal: due a number of years after the pass date. */
export function renewalDue(passedOn: string, renewalYears: number): RuleDate {
  return {
    label: 'Renewal due',
    day: addYearsIso(passedOn, renewalYears),
    rule: `A certification lasts ${renewalYears} years from the pass date (${formatIsoDay(passedOn)}).`,
  }
}

/** Checks an exam date against its attempt; null when fine. */
export function examDateProblem(startDate: string, examDate: string): string | null {
  if (!isIsoDay(examDate)) return 'Enter the exam date as a date.'
  if (isIsoDay(startDate) && examDate < startDate) {
    return `The exam date cannot be before the attempt's start date (${formatIsoDay(startDate)}).`
  }
  return null
}
