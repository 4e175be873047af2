import { useVirtualizer } from '@tanstack/react-virtual'
import { useRef, type ReactNode } from 'react'
import type { NoteRecord, QuoteRecord } from '../../db/records'
import { noteTitle } from './draft'
import { formatInstant } from './fields'
import { excerpt } from './search/search'

/** A long list drawn a screenful at a time; each row is a button that opens its item. */
function VirtualList<T extends { id: string }>({
  label,
  items,
  selectedId,
  onOpen,
  render,
}: {
  label: string
  items: T[]
  selectedId: string | null
  onOpen: (item: T) => void
  render: (item: T) => ReactNode
}) {
  const scroller = useRef<HTMLDivElement>(null)
  const virtual = useVirtualizer({
    count: items.length,
    getScrollElement: () => scroller.current,
    estimateSize: () => 58,
    overscan: 8,
  })
  return (
    <div ref={scroller} className="item-scroller">
      <ul aria-label={label} style={{ height: virtual.getTotalSize() }} className="item-list">
        {virtual.getVirtualItems().map((row) => {
          const item = items[row.index]
          if (!item) return null
          return (
            <li
              key={item.id}
              data-index={row.index}
              ref={virtual.measureElement}
              className="virtual-row"
              style={{ transform: `translateY(${row.start}px)` }}
            >
              <button
                type="button"
                className="item"
                aria-current={item.id === selectedId ? 'true' : undefined}
                onClick={() => onOpen(item)}
              >
                {render(item)}
              </button>
            </li>
          )
        })}
      </ul>
    </div>
  )
}

export function NoteList({
  notes,
  titles,
  selectedId,
  onOpen,
}: {
  notes: NoteRecord[]
  titles: (id: string) => string
  selectedId: string | null
  onOpen: (note: NoteRecord) => void
}) {
  return (
    <VirtualList
      label="Notes"
      items={notes}
      selectedId={selectedId}
      onOpen={onOpen}
      render={(note) => (
        <>
          <span className="item-title">{noteTitle(note)}</span>
          <span className="item-meta muted">
            {[
              note.resourceId ? titles(note.resourceId) : 'Free-standing',
              formatInstant(note.updatedAt),
            ]
              .filter(Boolean)
              .join(' · ')}
          </span>
        </>
      )}
    />
  )
}

export function QuoteList({
  quotes,
  titles,
  selectedId,
  onOpen,
}: {
  quotes: QuoteRecord[]
  titles: (id: string) => string
  selectedId: string | null
  onOpen: (quote: QuoteRecord) => void
}) {
  return (
    <VirtualList
      label="Quotes"
      items={quotes}
      selectedId={selectedId}
      onOpen={onOpen}
      render={(quote) => (
        <>
          <span className="item-title">“{excerpt(quote.text, [], 90)}”</span>
          <span className="item-meta muted">
            {[quote.locator?.display, quote.resourceId ? titles(quote.resourceId) : null]
              .filter(Boolean)
              .join(' · ') || 'No locator'}
          </span>
        </>
      )}
    />
  )
}
