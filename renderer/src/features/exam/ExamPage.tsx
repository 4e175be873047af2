import { Link } from 'react-router'
import { EmptyState } from '../../ui/EmptyState'
import { PageHeader } from '../../ui/PageHeader'

export default function ExamPage() {
  return (
    <>
      <PageHeader title="Exam" />
      <EmptyState
        title="No exam attempt yet"
        action={<Link to="/catalog">See the GSEC entry in the catalog</Link>}
      >
        <p>
          Your GSEC attempt, its deadlines, the 26 exam objectives with your confidence in each,
          practice test scores and a readiness estimate will live here.
        </p>
      </EmptyState>
    </>
  )
}
