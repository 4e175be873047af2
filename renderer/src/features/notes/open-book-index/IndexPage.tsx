import { countOf, formatCount } from '../../../domain/numbers'
import { noResourceTitles } from '../../../domain/resource-titles'
import { useResourceTitle } from '../../catalog'
import { useVirtualizer } from '@tanstack/react-virtual'
import { useMemo, useRef, useState } from 'react'
import { Link, useSearchParams } from 'react-router'
import { desktopApi } from '../../../platform'
import { EmptyState } from '../../../ui/EmptyState'
import { ErrorMessage } from '../../../ui/ErrorMessage'
import { PageHeader } from '../../../ui/PageHeader'
import { indexCsv } from '../../../domain/csv-exports'
import { useIndexEntries, useObjectiveChoices } from '../hooks'
import { IndexEntryEditor } from './IndexEntryEditor'
import { toViews, type IndexEntryView } from './index-view'
import { objectiveLabel } from '../objectives'
import { duplicateReasonLabels, findNearDuplicates, groupIndex } from './open-book-index'
import '../notes.css'

type Row = { type: 'letter'; letter: string } | { type: 'entry'; entry: IndexEntryView }

function EntryRow({
  entry,
  duplicateOf,
  onOpen,
}: {
  entry: IndexEntryView
  duplicateOf: string | null
  onOpen: () => void
}) {
  return (
    <div className="index-row">
      <button type="button" className="link-button index-term" onClick={onOpen}>
        {entry.term}
      </button>
      <span className="index-pages">{entry.pages}</span>
      <span className="muted index-resource">{entry.resourceTitle}</span>
      {entry.note ? <span className="index-note">{entry.note}</span> : null}
      {duplicateOf ? (
        <span className="badge badge-warn">Possible duplicate: {duplicateOf}</span>
      ) : null}
    </div>
  )
}

export default function IndexPage() {
  const entries = useIndexEntries()
  const titles = useResourceTitle().data ?? noResourceTitles
  const choices = useObjectiveChoices()
  const [params, setParams] = useSearchParams()
  const [exportError, setExportError] = useState<string | null>(null)
  const [exported, setExported] = useState<string | null>(null)
  const views = useMemo(() => toViews(entries.data ?? [], titles), [entries.data, titles])
  const groups = useMemo(() => groupIndex(views, navigator.language), [views])
  const duplicates = useMemo(() => findNearDuplicates(views), [views])
  const rows = useMemo<Row[]>(
    () =>
      groups.flatMap((group) => [
        { type: 'letter', letter: group.letter } as Row,
        ...group.entries.map((entry): Row => ({ type: 'entry', entry })),
      ]),
    [groups],
  )
  const scroller = useRef<HTMLDivElement>(null)
  const virtual = useVirtualizer({
    count: rows.length,
    getScrollElement: () => scroller.current,
    estimateSize: (index) => (rows[index]?.type === 'letter' ? 44 : 40),
    overscan: 12,
  })

  const editingId = params.get('entry')
  const editing = editingId ? views.find((entry) => entry.id === editingId) : undefined
  const adding = params.get('new') === '1'
  const close = () => setParams(new URLSearchParams(), { replace: true })
  const prefill = adding
    ? {
        term: params.get('term') ?? '',
        pages: params.get('pages') ?? '',
        resourceId: params.get('resource') ?? undefined,
      }
    : undefined

  const exportCsv = async () => {
    const ordered = groups.flatMap((group) => group.entries)
    const content = indexCsv(
      ordered,
      { resource: titles, objective: (id) => objectiveLabel(choices, id) },
      navigator.language,
    )
    const result = await desktopApi.saveFile({
      suggestedName: 'bastion-index.csv',
      content,
      mimeType: 'text/csv',
    })
    setExportError(result.ok ? null : result.error)
    setExported(result.ok && result.value.saved ? `Exported ${ordered.length} entries.` : null)
  }

  const duplicateCount = duplicates.size
  return (
    <>
      <p>
        <Link to="/notes">← Notes</Link>
      </p>
      <PageHeader
        title="Open-book index"
        intro="Your own A–Z index to print and bring to the GIAC exam: terms, where to find them, and a short note."
        actions={
          <>
            <button
              type="button"
              className="primary"
              onClick={() => setParams(new URLSearchParams({ new: '1' }), { replace: true })}
            >
              Add index entry
            </button>
            <button type="button" disabled={views.length === 0} onClick={() => void exportCsv()}>
              Export index
            </button>
            <Link className="button" to="/notes/index/print">
              Print layout
            </Link>
          </>
        }
      />
      <ErrorMessage error={entries.error} />
      {exportError ? (
        <p role="alert" className="error-banner">
          Not exported: {exportError}
        </p>
      ) : null}
      {exported ? <p role="status">{exported}</p> : null}
      {adding || editing ? (
        <IndexEntryEditor
          key={editing?.id ?? `new-${params.toString()}`}
          entry={editing}
          prefill={prefill}
          entries={entries.data ?? []}
          onDone={close}
        />
      ) : null}
      {entries.isSuccess && views.length === 0 && !adding ? (
        <EmptyState title="No index entries yet">
          <p>
            Add a term with the pages where a book explains it. Entries sort A–Z; similar terms such
            as “XSS” and “Cross-site scripting” are flagged so your printed index stays clean.
          </p>
        </EmptyState>
      ) : null}
      {views.length > 0 ? (
        <section aria-label="Index entries" className="index-list">
          <p className="muted" role="status">
            {countOf(views.length, 'entry', 'entries')}
            {duplicateCount > 0
              ? ` · ${formatCount(duplicateCount)} flagged as possible duplicates`
              : ''}
          </p>
          <nav aria-label="Letters" className="letter-nav">
            {groups.map((group) => (
              <button
                key={group.letter}
                type="button"
                className="link-button"
                onClick={() =>
                  virtual.scrollToIndex(
                    rows.findIndex((row) => row.type === 'letter' && row.letter === group.letter),
                    { align: 'start' },
                  )
                }
              >
                {group.letter}
              </button>
            ))}
          </nav>
          <div ref={scroller} className="index-scroller" tabIndex={-1}>
            <div style={{ height: virtual.getTotalSize(), position: 'relative' }} role="list">
              {virtual.getVirtualItems().map((item) => {
                const row = rows[item.index]
                if (!row) return null
                return (
                  <div
                    key={item.key}
                    role="listitem"
                    data-index={item.index}
                    ref={virtual.measureElement}
                    className="virtual-row"
                    style={{ transform: `translateY(${item.start}px)` }}
                  >
                    {row.type === 'letter' ? (
                      <h2 className="index-letter">{row.letter}</h2>
                    ) : (
                      <EntryRow
                        entry={row.entry}
                        duplicateOf={
                          duplicates
                            .get(row.entry.id)
                            ?.map((flag) => flag.otherTerm)
                            .join(', ') ?? null
                        }
                        onOpen={() =>
                          setParams(new URLSearchParams({ entry: row.entry.id }), {
                            replace: true,
                          })
                        }
                      />
                    )}
                  </div>
                )
              })}
            </div>
          </div>
          <p className="muted">Flags: {Object.values(duplicateReasonLabels).join(', ')}.</p>
        </section>
      ) : null}
    </>
  )
}
