import { attemptLabel } from '../../domain/exam-name'
import { db, newId } from '../../db/database'
import { checkedRevision, type RevisionBase } from '../../db/revision'
import { putBack, takeOut } from '../../db/take-out'
import type { BudgetRecord, ExpenseRecord } from '../../db/records'
import { isKnownCurrency, unknownCurrencyMessage } from '../../domain/money'
import type { ExpenseInput } from './ledger'

/** Drops absent optional fields so a cleared link is gone, not stored as undefined. */
function defined<T extends object>(record: T): T {
  return Object.fromEntries(Object.entries(record).filter(([, v]) => v !== undefined)) as T
}

export async function listExpenses(): Promise<ExpenseRecord[]> {
  return (await db.expenses.orderBy('date').toArray()).reverse()
}

export async function addExpense(input: ExpenseInput, now = Date.now()): Promise<string> {
  const id = newId()
  await db.expenses.add(defined({ ...input, id, createdAt: now, updatedAt: now }))
  return id
}

export async function updateExpense(
  id: string,
  input: ExpenseInput,
  now = Date.now(),
  base?: RevisionBase,
) {
  await db.transaction('rw', db.expenses, async () => {
    const existing = await db.expenses.get(id)
    if (!existing) throw new Error('This expense no longer exists.')
    const revision = checkedRevision(existing, base, 'expense', now)
    // put, not update: a cleared link must be removed, not kept.
    await db.expenses.put(defined({ ...input, id, createdAt: existing.createdAt, ...revision }))
  })
}

export async function deleteExpense(id: string): Promise<ExpenseRecord> {
  return takeOut(db.expenses, id, 'expense')
}

export async function restoreExpense(record: ExpenseRecord): Promise<void> {
  await putBack(db.expenses, record)
}

export async function listBudgets(): Promise<BudgetRecord[]> {
  return db.budgets.orderBy('currency').toArray()
}

export async function setBudget(currency: string, amountMinor: number | null): Promise<void> {
  if (!isKnownCurrency(currency)) throw new Error(unknownCurrencyMessage(currency))
  if (amountMinor === null) await db.budgets.delete(currency)
  else await db.budgets.put({ currency, amountMinor })
}

export interface AttemptOption {
  id: string
  label: string
}

/** Exam attempts an expense may be linked to, named for a person. */
export async function listAttemptOptions(): Promise<AttemptOption[]> {
  const [attempts, resources] = await Promise.all([db.attempts.toArray(), db.resources.toArray()])
  const titleOf = (id: string) => {
    const r = resources.find((x) => x.id === id)
    return r ? (r.overrides.title ?? r.base.title) : undefined
  }
  return attempts
    .sort((a, b) => a.startDate.localeCompare(b.startDate))
    .map((a) => ({ id: a.id, label: attemptLabel(titleOf(a.certificationId), a.startDate) }))
}
