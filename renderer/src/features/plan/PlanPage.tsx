import { Link } from 'react-router'
import { EmptyState } from '../../ui/EmptyState'
import { PageHeader } from '../../ui/PageHeader'

export default function PlanPage() {
  return (
    <>
      <PageHeader title="Plan" />
      <EmptyState
        title="No study path yet"
        action={<Link to="/catalog">Choose resources from the catalog</Link>}
      >
        <p>
          Your study path toward GSEC will live here: the resources you choose, in order, with
          planned hours, target dates and a forecast of when you will finish against your exam date.
        </p>
      </EmptyState>
    </>
  )
}
