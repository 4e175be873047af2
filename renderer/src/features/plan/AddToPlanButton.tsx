import { useId, useState } from 'react'
import { Link } from 'react-router'
import { todayIso } from '../../domain/dates'
import { minorDigits } from '../../domain/money'
import { ErrorMessage } from '../../ui/ErrorMessage'
import { useResource } from '../catalog'
import { useAddToPlan, useHasExpenseFor, usePlanData } from './hooks'

/** "Add to plan" for a resource, offering its price as a planned expense. */
export function AddToPlanButton({ resourceId }: { resourceId: string }) {
  const resource = useResource(resourceId)
  const plan = usePlanData()
  const hasExpense = useHasExpenseFor(resourceId)
  const add = useAddToPlan()
  const [withExpense, setWithExpense] = useState(true)
  const checkboxId = useId()
  const value = resource.data
  if (!value || !plan.data) return null
  const inPlan = plan.data.items.some((item) => item.resourceId === resourceId)
  if (inPlan) {
    return (
      <p className="add-to-plan" role="status">
        In your plan. <Link to="/plan">Open the plan</Link>
      </p>
    )
  }
  const price = value.price
  const offerExpense = !!price && price.amountMinor > 0 && hasExpense.data === false
  return (
    <div className="add-to-plan">
      {offerExpense ? (
        <label className="checkbox" htmlFor={checkboxId}>
          <input
            id={checkboxId}
            type="checkbox"
            checked={withExpense}
            onChange={(event) => setWithExpense(event.target.checked)}
          />
          Also add {priceWithCode(price.amountMinor, price.currency)} as a planned expense
        </label>
      ) : null}
      <button
        type="button"
        className="primary"
        disabled={add.isPending}
        onClick={() =>
          add.mutate({
            resource: value,
            addExpense: offerExpense && withExpense,
            today: todayIso(),
          })
        }
      >
        Add to plan
      </button>
      <ErrorMessage error={add.error} />
    </div>
  )
}

/** "USD 90.00": the ISO code, as the expense ledger records it, unambiguous across currencies. */
function priceWithCode(amountMinor: number, currency: string): string {
  return new Intl.NumberFormat(undefined, {
    style: 'currency',
    currency,
    currencyDisplay: 'code',
  }).format(amountMinor / 10 ** minorDigits(currency))
}
