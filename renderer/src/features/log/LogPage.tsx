import { Link } from 'react-router'
import { EmptyState } from '../../ui/EmptyState'
import { PageHeader } from '../../ui/PageHeader'

export default function LogPage() {
  return (
    <>
      <PageHeader title="Log" />
      <EmptyState
        title="No study sessions logged"
        action={<Link to="/catalog">Pick a resource to study</Link>}
      >
        <p>
          Every study session you log or time appears here, newest first, with what you covered.
          Logged time moves your progress and your plan's forecast.
        </p>
      </EmptyState>
    </>
  )
}
