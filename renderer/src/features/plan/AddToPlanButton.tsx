import { useEffect, useId, useRef, useState } from 'react'
import { Link } from 'react-router'
import { todayIso } from '../../domain/dates'
import { minorDigits } from '../../domain/money'
import { ErrorMessage } from '../../ui/ErrorMessage'
import { useResource } from '../catalog'
import { useAddToPlan, useHasExpenseFor, usePlanData } from './hooks'

/**
 * "Add to plan" for a resource, offering its price as a planned expense. The button goes once
 * the resource is planned, so focus moves on: to `onAdded`'s target when given (the picker it
 * came from), else to the "Open the plan" link that takes its place; never to the page body.
 */
export function AddToPlanButton({
  resourceId,
  onAdded,
}: {
  resourceId: string
  onAdded?: () => void
}) {
  const resource = useResource(resourceId)
  const plan = usePlanData()
  const hasExpense = useHasExpenseFor(resourceId)
  const add = useAddToPlan()
  const [withExpense, setWithExpense] = useState(true)
  const [added, setAdded] = useState(false)
  const openPlan = useRef<HTMLAnchorElement>(null)
  const checkboxId = useId()
  const value = resource.data
  const inPlan = !!plan.data?.items.some((item) => item.resourceId === resourceId)
  useEffect(() => {
    if (added && inPlan) openPlan.current?.focus()
  }, [added, inPlan])
  if (!value || !plan.data) return null
  if (inPlan) {
    return (
      <p className="add-to-plan" role="status">
        In your plan.{' '}
        <Link ref={openPlan} to="/plan">
          Open the plan
        </Link>
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
          add.mutate(
            { resource: value, addExpense: offerExpense && withExpense, today: todayIso() },
            { onSuccess: () => (onAdded ? onAdded() : setAdded(true)) },
          )
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
