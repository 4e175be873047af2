import { Link } from 'react-router'
import { EmptyState } from '../../ui/EmptyState'
import { PageHeader } from '../../ui/PageHeader'

export default function DashboardPage() {
  return (
    <>
      <PageHeader title="Dashboard" />
      <EmptyState
        title="Your study at a glance"
        action={<Link to="/catalog">Browse the catalog to start</Link>}
      >
        <p>
          Once you plan a path and log study time, this page shows today's study, the countdown to
          your exam, hours this week against your target, your streak and a year of study history.
        </p>
      </EmptyState>
    </>
  )
}
