import { SelectField } from '../../ui/SelectField'
import { memo, useMemo, useState } from 'react'
import { Link, useSearchParams } from 'react-router'
import { EmptyState } from '../../ui/EmptyState'
import { ErrorMessage } from '../../ui/ErrorMessage'
import { PageHeader } from '../../ui/PageHeader'
import { useResources } from './hooks'
import { byline, kindLabels, kindPluralLabels, priceLabel, sizeLabel } from './labels'
import { compareResources, type Resource } from '../../db/resource'
import { filterResources, topicsOf, type CatalogFilter } from './filter'
import { resourceKinds } from '../../db/resource-schema'

/** Cards per page: a long catalog shows this many more each time the user asks. */
const cardsPerPage = 60

const ResourceCard = memo(function ResourceCard({ resource }: { resource: Resource }) {
  const size = sizeLabel(resource)
  const by = byline(resource)
  return (
    <li className="card resource-card">
      <div className="resource-card-top">
        <span className={`badge kind-${resource.kind}`}>{kindLabels[resource.kind]}</span>
        {resource.origin === 'custom' ? <span className="badge">Yours</span> : null}
        {resource.overriddenFields.length > 0 ? <span className="badge">Edited</span> : null}
        {resource.corrections.length > 0 ? (
          <span className="badge badge-warn">Corrected</span>
        ) : null}
        {resource.removedFromCatalog ? <span className="badge">No longer in catalog</span> : null}
      </div>
      <h2 className="resource-title">
        <Link to={`/catalog/${encodeURIComponent(resource.id)}`}>{resource.title}</Link>
      </h2>
      {by ? <p className="muted">{by}</p> : null}
      <p className="resource-meta">{[size, priceLabel(resource)].filter(Boolean).join(' · ')}</p>
      {resource.tags.length > 0 ? (
        <ul className="tags" aria-label="Topics">
          {resource.tags.map((tag) => (
            <li key={tag} className="tag">
              {tag}
            </li>
          ))}
        </ul>
      ) : null}
    </li>
  )
})

function readFilter(params: URLSearchParams): CatalogFilter {
  const kind = params.get('kind')
  return {
    query: params.get('q') ?? '',
    kind: resourceKinds.includes(kind as never) ? (kind as CatalogFilter['kind']) : 'all',
    topic: params.get('topic') ?? 'all',
  }
}

export default function CatalogPage() {
  const resources = useResources()
  // Filters live in the URL so Back returns to the same search.
  const [params, setParams] = useSearchParams()
  const filter = useMemo(() => readFilter(params), [params])
  const all = useMemo(() => [...(resources.data ?? [])].sort(compareResources), [resources.data])
  const topics = useMemo(() => topicsOf(all), [all])
  const shown = useMemo(() => filterResources(all, filter), [all, filter])
  // How many cards to show; a new search or filter starts again from the first page.
  const [paging, setPaging] = useState({ filter, limit: cardsPerPage })
  const limit = paging.filter === filter ? paging.limit : cardsPerPage

  const update = (key: 'q' | 'kind' | 'topic', value: string) => {
    const next = new URLSearchParams(params)
    if (value === '' || value === 'all') next.delete(key)
    else next.set(key, value)
    setParams(next, { replace: true })
  }

  return (
    <>
      <PageHeader
        title="Catalog"
        intro="Courses, books, guides and certifications for AI security and GSEC. Facts carry their source and date; corrected entries say what changed."
        actions={
          <Link className="button primary" to="/catalog/new">
            Add resource
          </Link>
        }
      />
      <ErrorMessage error={resources.error} />
      <div className="toolbar" role="search">
        <label className="field grow">
          <span>Search catalog</span>
          <input
            type="search"
            value={filter.query}
            placeholder="Title, author or topic"
            onChange={(event) => update('q', event.target.value)}
          />
        </label>
        <SelectField label="Kind" value={filter.kind} onChange={(value) => update('kind', value)}>
          <option value="all">All kinds</option>
          {resourceKinds.map((kind) => (
            <option key={kind} value={kind}>
              {kindPluralLabels[kind]}
            </option>
          ))}
        </SelectField>
        <SelectField
          label="Topic"
          value={filter.topic}
          onChange={(value) => update('topic', value)}
        >
          <option value="all">All topics</option>
          {topics.map((topic) => (
            <option key={topic} value={topic}>
              {topic}
            </option>
          ))}
        </SelectField>
      </div>
      <p className="muted" role="status" aria-live="polite">
        {resources.isLoading
          ? 'Loading the catalog…'
          : `${shown.length} of ${all.length} resources`}
      </p>
      {!resources.isLoading && shown.length === 0 ? (
        <EmptyState title="No resources match">
          <p>Try fewer words, or set Kind and Topic back to all.</p>
        </EmptyState>
      ) : (
        <>
          <ul className="resource-grid" aria-label="Resources">
            {shown.slice(0, limit).map((resource) => (
              <ResourceCard key={resource.id} resource={resource} />
            ))}
          </ul>
          {shown.length > limit ? (
            <p>
              <span className="muted">
                Showing {limit} of {shown.length}.
              </span>{' '}
              <button
                type="button"
                onClick={() => setPaging({ filter, limit: limit + cardsPerPage })}
              >
                Show more resources
              </button>
            </p>
          ) : null}
        </>
      )}
    </>
  )
}
