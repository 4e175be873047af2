import { Link } from 'react-router'
import { EmptyState } from '../../ui/EmptyState'
import { PageHeader } from '../../ui/PageHeader'

export default function NotesPage() {
  return (
    <>
      <PageHeader title="Notes" />
      <EmptyState
        title="No notes yet"
        action={<Link to="/catalog">Pick a book to take notes on</Link>}
      >
        <p>
          Your notes and quotes on books and courses, and the open-book index you will bring to the
          GIAC exam, will live here, all searchable.
        </p>
      </EmptyState>
    </>
  )
}
