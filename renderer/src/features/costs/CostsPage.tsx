import { Link } from 'react-router'
import { EmptyState } from '../../ui/EmptyState'
import { PageHeader } from '../../ui/PageHeader'

export default function CostsPage() {
  return (
    <>
      <PageHeader title="Costs" />
      <EmptyState title="No expenses yet" action={<Link to="/catalog">See catalog prices</Link>}>
        <p>
          What your study costs, courses, books, exam attempts, retakes and renewal, planned and
          paid, per currency and against your budget, will live here.
        </p>
      </EmptyState>
    </>
  )
}
