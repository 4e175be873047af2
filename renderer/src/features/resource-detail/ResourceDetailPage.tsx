import { formatCount } from '../../domain/numbers'
import { Loading } from '../../ui/Loading'
import { Link, useNavigate, useParams } from 'react-router'
import { formatIsoDay } from '../../domain/dates'
import { AddToPlanButton, usePlannedMinutes } from '../plan'
import { ErrorMessage } from '../../ui/ErrorMessage'
import { ExternalLink } from '../../ui/ExternalLink'
import { ResourceStudyPanel } from '../log'
import { ResourceNotesPanel } from '../notes'
import { PageHeader } from '../../ui/PageHeader'
import {
  useDeleteResource,
  useResource,
  useRestoreCatalogValues,
  byline,
  kindLabels,
  priceLabel,
} from '../catalog'
import { correctionParts, type Resource } from '../../db/resource'

function Facts({ resource }: { resource: Resource }) {
  const unverified = new Set(resource.unverified)
  const mark = (field: string) => (unverified.has(field) ? ' (estimate, unverified)' : '')
  const rows: [string, string | null | undefined][] = [
    ['Kind', kindLabels[resource.kind]],
    ['By', byline(resource) || null],
    ['Provider', resource.provider],
    ['Publisher', resource.publisher],
    ['Format', resource.format],
    ['Estimated hours', resource.hours ? `${resource.hours} h${mark('hours')}` : null],
    ['Pages', resource.pages ? `${formatCount(resource.pages)}${mark('pages')}` : null],
    ['Chapters', resource.chapters ? formatCount(resource.chapters) : null],
    ['ISBN', resource.isbn],
    ['Price', `${priceLabel(resource)}${mark('price')}`],
  ]
  return (
    <dl className="facts">
      {rows
        .filter(([, value]) => value)
        .map(([label, value]) => (
          <div key={label} className="fact">
            <dt>{label}</dt>
            <dd>{value}</dd>
          </div>
        ))}
    </dl>
  )
}

function Outline({ title, items }: { title: string; items?: string[] }) {
  if (!items || items.length === 0) return null
  return (
    <section aria-label={title}>
      <h2>{title}</h2>
      <ol className="outline">
        {items.map((item) => (
          <li key={item}>{item}</li>
        ))}
      </ol>
    </section>
  )
}

function DeleteResource({ id }: { id: string }) {
  const remove = useDeleteResource()
  const navigate = useNavigate()
  return (
    <>
      <button
        type="button"
        className="danger"
        onClick={() => remove.run(id, undefined, () => void navigate('/catalog'))}
      >
        Delete resource
      </button>
      <ErrorMessage error={remove.error} />
    </>
  )
}

export default function ResourceDetailPage() {
  const { id = '' } = useParams()
  const resource = useResource(id)
  const restore = useRestoreCatalogValues()
  const planned = usePlannedMinutes(resource.data ?? undefined)
  if (resource.isLoading || planned.isLoading) return <Loading />
  const value = resource.data
  if (!value) {
    return (
      <>
        <PageHeader title="Resource not found" />
        <p>
          This resource does not exist (it may have been deleted).{' '}
          <Link to="/catalog">Back to the catalog</Link>
        </p>
      </>
    )
  }
  return (
    <>
      <p>
        <Link to="/catalog">← Catalog</Link>
      </p>
      <PageHeader
        title={value.title}
        intro={value.subtitle}
        actions={
          <>
            <Link className="button" to={`/catalog/${encodeURIComponent(value.id)}/edit`}>
              Edit
            </Link>
            {value.origin === 'catalog' && value.overriddenFields.length > 0 ? (
              <button type="button" onClick={() => restore.mutate(value.id)}>
                Restore catalog values
              </button>
            ) : null}
            {value.origin === 'custom' ? <DeleteResource id={value.id} /> : null}
          </>
        }
      />
      <ErrorMessage error={restore.error} />
      <div className="detail-grid">
        <div className="stack">
          {value.description ? <p className="lead">{value.description}</p> : null}
          {value.url ? (
            <p>
              <ExternalLink href={value.url}>Open {new URL(value.url).hostname}</ExternalLink>
            </p>
          ) : null}
          {value.corrections.length > 0 ? (
            <section className="notice" aria-label="Corrections to the source list">
              <h2>Corrected from the source list</h2>
              <ul>
                {value.corrections.map(correctionParts).map((correction) => (
                  <li key={correction.text}>
                    {correction.text}
                    {'source' in correction ? (
                      <span className="muted">
                        {' '}
                        Source:{' '}
                        {correction.url ? (
                          <ExternalLink href={correction.url}>{correction.source}</ExternalLink>
                        ) : (
                          correction.source
                        )}
                        , as of {formatIsoDay(correction.asOf)}.
                      </span>
                    ) : null}
                  </li>
                ))}
              </ul>
            </section>
          ) : null}
          <ResourceStudyPanel resourceId={value.id} plannedMinutes={planned.minutes} />
          <Outline title="Modules" items={value.modules} />
          <Outline title="Sections" items={value.sections} />
          <Outline title="Exam objectives" items={value.certification?.objectives} />
          <ResourceNotesPanel resourceId={value.id} title={value.title} />
        </div>
        <aside className="card stack" aria-label="Facts">
          <AddToPlanButton resourceId={value.id} />
          <Facts resource={value} />
          {value.tags.length > 0 ? (
            <ul className="tags" aria-label="Topics">
              {value.tags.map((tag) => (
                <li key={tag} className="tag">
                  <Link to={`/catalog?topic=${encodeURIComponent(tag)}`}>{tag}</Link>
                </li>
              ))}
            </ul>
          ) : null}
          {value.overriddenFields.length > 0 ? (
            <p className="muted">
              You edited: {value.overriddenFields.join(', ')}. Catalog updates keep your values.
            </p>
          ) : null}
          {value.source ? (
            <p className="muted">
              Source:{' '}
              {value.source.url ? (
                <ExternalLink href={value.source.url}>{value.source.name}</ExternalLink>
              ) : (
                value.source.name
              )}
              , as of {formatIsoDay(value.source.asOf)}.
            </p>
          ) : (
            <p className="muted">Added by you.</p>
          )}
          {value.removedFromCatalog ? (
            <p className="notice">
              This entry is no longer in Bastion's catalog. It stays because you used it.
            </p>
          ) : null}
        </aside>
      </div>
    </>
  )
}
