import { noResourceTitles } from '../../../domain/resource-titles'
import { useResourceTitle } from '../../catalog'
import { useMemo } from 'react'
import { SavedFileMessage, useSaveFile } from '../../../ui/save-file'
import { Link } from 'react-router'
import { desktopApi } from '../../../platform'
import { PageHeader } from '../../../ui/PageHeader'
import { useIndexEntries } from '../hooks'
import { toViews } from './index-view'
import { groupIndex } from './open-book-index'
import '../notes.css'
import { formatIsoDay } from '../../../domain/dates'
import { ExternalLink } from '../../../ui/ExternalLink'

/** The index laid out for paper: two columns, A–Z, every entry (no virtual list here). */
export default function IndexPrintPage() {
  const entries = useIndexEntries()
  const titles = useResourceTitle().data ?? noResourceTitles
  const printed = useSaveFile()
  const groups = useMemo(
    () => groupIndex(toViews(entries.data ?? [], titles), navigator.language),
    [entries.data, titles],
  )
  const print = () =>
    printed.mutate({
      write: () => desktopApi.printToPdf({ suggestedName: 'bastion-index.pdf' }),
      saved: 'Index printed',
    })
  return (
    <div className="print-index-page">
      <p className="screen-only">
        <Link to="/notes/index">← Open-book index</Link>
      </p>
      <PageHeader
        title="Open-book index"
        actions={
          <button type="button" className="primary" onClick={print}>
            Print index
          </button>
        }
      />
      <p className="muted screen-only">
        Only your index entries are printed. Review cards and their questions and answers never
        appear here or in the index CSV: GIAC does not allow printed material that looks like
        practice questions and answers in the exam room (
        <ExternalLink href="https://www.giac.org/exams/proctor">GIAC proctoring rules</ExternalLink>
        : no printed material &ldquo;having the appearance of practice test and/or exam questions
        and answers&rdquo;; as of {formatIsoDay('2026-12-04')}).
      </p>
      <SavedFileMessage
        save={printed}
        failed="Not printed"
        cancelled={null}
        className="screen-only"
      />
      {entries.isSuccess && groups.length === 0 ? (
        <p>No entries yet. Add some on the index page first.</p>
      ) : null}
      <div className="print-columns">
        {groups.map((group) => (
          <section key={group.letter} className="print-group" aria-label={`Letter ${group.letter}`}>
            <h2>{group.letter}</h2>
            <dl>
              {group.entries.map((entry) => (
                <div key={entry.id} className="print-entry">
                  <dt>
                    {entry.term}
                    {entry.pages ? <span className="print-pages"> {entry.pages}</span> : null}
                  </dt>
                  {entry.resourceTitle || entry.note ? (
                    <dd>
                      {entry.resourceTitle ? <em>{entry.resourceTitle}</em> : null}
                      {entry.resourceTitle && entry.note ? ' — ' : null}
                      {entry.note}
                    </dd>
                  ) : null}
                </div>
              ))}
            </dl>
          </section>
        ))}
      </div>
    </div>
  )
}
