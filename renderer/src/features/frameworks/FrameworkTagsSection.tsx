import { countOf } from '../../domain/numbers'
import type { TableName } from '../../db/database'
import { tagLabel } from '../../domain/frameworks'
import { ErrorMessage } from '../../ui/ErrorMessage'
import { useEditionMove, useFrameworkItems } from './hooks'
import type { PlannedMove } from './repository'

/** Where a tag is used, in the user's words: one and many. */
const places: Partial<Record<TableName, [string, string]>> = {
  resources: ['resource', 'resources'],
  notes: ['note', 'notes'],
  quotes: ['quote', 'quotes'],
  indexEntries: ['index entry', 'index entries'],
  practiceTests: ['practice test', 'practice tests'],
  reviewCards: ['review card', 'review cards'],
}

function usesText(uses: PlannedMove['uses']): string {
  return uses
    .map(({ table, records }) => {
      const [one, many] = places[table] ?? [table, table]
      return countOf(records, one, many)
    })
    .join(', ')
}

/**
 * Settings: moves the user's OWASP LLM tags from the 2025 edition to 2026 through the mapping,
 * listing every change first (with where each tag is used), then all at once with Undo.
 */
export function FrameworkTagsSection() {
  const { byId } = useFrameworkItems()
  const { plan, apply } = useEditionMove()
  const moves = plan.data
  return (
    <section className="card" aria-labelledby="framework-tags-heading">
      <h2 id="framework-tags-heading">Framework tags</h2>
      <p className="muted">
        The OWASP Top 10 for LLM Applications 2026 renumbered the list. Tags of the 2025 edition
        stay as they are until you move them here.
      </p>
      {moves === undefined ? (
        plan.isError ? null : (
          <p className="muted">Reading your tags…</p>
        )
      ) : moves.length === 0 ? (
        <p>No tags of the 2025 edition: there is nothing to move to 2026.</p>
      ) : (
        <>
          <p id="framework-moves-intro">These 2025 tags would change to their 2026 items:</p>
          <ul aria-labelledby="framework-moves-intro">
            {moves.map((move) => (
              <li key={move.from}>
                {tagLabel(byId, move.from)} → {tagLabel(byId, move.to)}{' '}
                <span className="muted">(used in {usesText(move.uses)})</span>
              </li>
            ))}
          </ul>
          <div className="toolbar">
            <button type="button" disabled={apply.isPending} onClick={() => apply.mutate()}>
              Move these tags to 2026
            </button>
          </div>
        </>
      )}
      <ErrorMessage error={plan.error ?? apply.error} />
    </section>
  )
}
