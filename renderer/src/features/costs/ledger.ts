import { lengthProblem } from '../../domain/text-limits'
import { formatIsoDay, isIsoDay, monthsBetween, todayIso } from '../../domain/dates'
import { parseLedgerAmount } from '../../domain/money'
import { expenseCategories, type ExpenseCategory, type ExpenseRecord } from '../../db/records'

export interface ExpenseDraft {
  date: string
  description: string
  category: string
  amount: string
  currency: string
  status: 'planned' | 'paid'
  link: string
}

export type ExpenseInput = Pick<
  ExpenseRecord,
  | 'date'
  | 'description'
  | 'category'
  | 'amountMinor'
  | 'currency'
  | 'status'
  | 'resourceId'
  | 'attemptId'
>

/** Checks a typed expense; every problem is named by field so it shows next to that field. */
export function validateExpense(
  draft: ExpenseDraft,
  { locale, today = todayIso() }: { locale?: string; today?: string } = {},
):
  | { ok: true; value: ExpenseInput }
  | { ok: false; errors: Partial<Record<keyof ExpenseDraft, string>> } {
  const errors: Partial<Record<keyof ExpenseDraft, string>> = {}
  if (!isIsoDay(draft.date)) errors.date = 'Enter the date of the expense.'
  else if (draft.status === 'paid' && draft.date > today) {
    errors.date = `A paid expense cannot be dated after today (${formatIsoDay(today, locale)}). Pick the day you paid, or mark it Planned.`
  }
  const description = draft.description.trim()
  if (description === '') errors.description = 'Describe the expense, e.g. "GSEC attempt".'
  else {
    const tooLong = lengthProblem('descriptions', description)
    if (tooLong) errors.description = tooLong
  }
  if (!expenseCategories.includes(draft.category as ExpenseCategory))
    errors.category = 'Pick a category.'
  const currency = draft.currency.trim().toUpperCase()
  const amount = parseLedgerAmount(draft.amount, currency, locale)
  if (!amount.ok) {
    if (amount.error.includes('currency code')) errors.currency = amount.error
    else errors.amount = amount.error
  }
  if (Object.keys(errors).length > 0 || !amount.ok) return { ok: false, errors }
  const linked = (prefix: string) =>
    draft.link.startsWith(prefix) && draft.link.length > prefix.length
      ? draft.link.slice(prefix.length)
      : undefined
  return {
    ok: true,
    value: {
      date: draft.date,
      description,
      category: draft.category as ExpenseCategory,
      amountMinor: amount.amountMinor,
      currency,
      status: draft.status,
      resourceId: linked('resource:'),
      attemptId: linked('attempt:'),
    },
  }
}

export interface PlannedPaid {
  planned: number
  paid: number
}

export interface CurrencySummary {
  currency: string
  planned: number
  paid: number
  budget: number | null
  byCategory: { category: ExpenseCategory; planned: number; paid: number }[]
  byMonth: { month: string; planned: number; paid: number }[]
  /** Paid above the budget, in minor units (0 when within). */
  overBy: number
  /** Paid plus planned above the budget (0 when within). */
  overWithPlannedBy: number
}

/** Totals by category and by month, one summary per currency; currencies never mix. */
export function summarize(
  expenses: readonly Pick<
    ExpenseRecord,
    'date' | 'category' | 'amountMinor' | 'currency' | 'status'
  >[],
  budgets: readonly { currency: string; amountMinor: number }[],
): CurrencySummary[] {
  const currencies = new Set([
    ...expenses.map((e) => e.currency),
    ...budgets.map((b) => b.currency),
  ])
  return [...currencies].sort().map((currency) => {
    const mine = expenses.filter((e) => e.currency === currency)
    const add = (into: PlannedPaid, e: (typeof mine)[number]) => {
      into[e.status] += e.amountMinor
    }
    const total: PlannedPaid = { planned: 0, paid: 0 }
    const categories = new Map<ExpenseCategory, PlannedPaid>()
    const months = new Map<string, PlannedPaid>()
    for (const e of mine) {
      add(total, e)
      const cat = categories.get(e.category) ?? { planned: 0, paid: 0 }
      add(cat, e)
      categories.set(e.category, cat)
      const month = e.date.slice(0, 7)
      const m = months.get(month) ?? { planned: 0, paid: 0 }
      add(m, e)
      months.set(month, m)
    }
    const budget = budgets.find((b) => b.currency === currency)?.amountMinor ?? null
    return {
      currency,
      ...total,
      budget,
      byCategory: expenseCategories
        .filter((c) => categories.has(c))
        .map((category) => ({ category, ...categories.get(category)! })),
      // Every month from the first to the last, empty ones too: charts keep time continuous.
      byMonth: continuousMonths([...months.keys()]).map((month) => ({
        month,
        ...(months.get(month) ?? { planned: 0, paid: 0 }),
      })),
      overBy: budget === null ? 0 : Math.max(0, total.paid - budget),
      overWithPlannedBy: budget === null ? 0 : Math.max(0, total.paid + total.planned - budget),
    }
  })
}

function continuousMonths(months: string[]): string[] {
  if (months.length === 0) return []
  const sorted = [...months].sort()
  return monthsBetween(sorted[0]!, sorted[sorted.length - 1]!)
}
