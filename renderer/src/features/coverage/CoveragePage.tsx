import { useMemo, useRef, useState } from 'react'
import { useSearchParams } from 'react-router'
import {
  atlasMatrix,
  coverageLevels,
  gsecAreaItems,
  owaspEditionItems,
  type GapOrder,
} from '../../domain/coverage'
import { GSEC_CERTIFICATION_ID } from '../../domain/objectives'
import { SelectField } from '../../ui/SelectField'
import { ErrorMessage } from '../../ui/ErrorMessage'
import { Loading } from '../../ui/Loading'
import { PageHeader } from '../../ui/PageHeader'
import { useObjectives } from '../exam'
import { useFrameworkItems, useFrameworks } from '../frameworks'
import { AtlasMatrix } from './AtlasMatrix'
import { CoverageList } from './CoverageLists'
import { EvidencePanel } from './EvidencePanel'
import { CoverageExports } from './CoverageExports'
import { useCoverage } from './hooks'
import { levelLabels, levelRules } from './labels'

const views = [
  { key: 'gsec', label: 'GSEC' },
  { key: 'owasp', label: 'OWASP LLM Top 10' },
  { key: 'atlas', label: 'MITRE ATLAS' },
] as const
type View = (typeof views)[number]['key']

function Legend() {
  return (
    <details className="cov-legend">
      <summary>What the levels mean</summary>
      <ul>
        {coverageLevels.map((level) => (
          <li key={level}>
            <span className={`cov-swatch level-${level}`} aria-hidden="true" />
            <strong>{levelLabels[level]}</strong>: {levelRules[level]}
          </li>
        ))}
      </ul>
      <p className="muted">An item takes the highest level its evidence reaches.</p>
    </details>
  )
}

/** "5 minus your confidence" per GSEC area: the areas you rated weakest weigh most. */
function useGsecWeights(): ReadonlyMap<string, number> {
  const objectives = useObjectives(GSEC_CERTIFICATION_ID)
  return useMemo(
    () => new Map((objectives.data ?? []).map((o) => [o.id, 5 - (o.confidence ?? 0)])),
    [objectives.data],
  )
}

export default function CoveragePage() {
  const frameworks = useFrameworks()
  const { items, byId } = useFrameworkItems()
  const { model, isLoading, error } = useCoverage()
  const weights = useGsecWeights()
  const [params, setParams] = useSearchParams()
  // The page's choices live here and are mirrored into the address (so Back and a link restore
  // them): a radio or checkbox must show its new state at once, not after the navigation.
  const [choices, setChoices] = useState(() => Object.fromEntries(params.entries()))
  // An address changed from outside (a link to /coverage?view=atlas while here) wins.
  const search = params.toString()
  const [seenSearch, setSeenSearch] = useState(search)
  if (search !== seenSearch) {
    setSeenSearch(search)
    setChoices(Object.fromEntries(params.entries()))
  }
  const opener = useRef<HTMLElement | null>(null)

  const view: View = views.some((v) => v.key === choices.view) ? (choices.view as View) : 'gsec'
  const editions = frameworks.owasp.editions
    .map((e) => e.edition)
    .sort()
    .reverse()
  const edition = editions.find((e) => e === choices.edition) ?? frameworks.owasp.current
  const gapsOnly = choices.gaps === '1'
  const order: GapOrder = choices.order === 'position' ? 'position' : 'weight'
  const selected = byId.get(choices.item ?? '') ?? null

  const update = (changes: Record<string, string | null>) => {
    const next = { ...choices }
    for (const [key, value] of Object.entries(changes))
      if (value === null) delete next[key]
      else next[key] = value
    setChoices(next)
    setParams(new URLSearchParams(next), { replace: true })
  }
  const gsec = useMemo(() => gsecAreaItems(items), [items])
  const owasp = useMemo(() => owaspEditionItems(items, edition), [items, edition])
  const matrix = useMemo(() => atlasMatrix(frameworks, byId), [frameworks, byId])

  const choose = (item: { id: string }, from: HTMLElement) => {
    opener.current = from
    update({ item: item.id })
  }
  const close = () => {
    const id = selected?.id
    update({ item: null })
    const target =
      opener.current?.isConnected === true
        ? opener.current
        : document.querySelector<HTMLElement>(`[data-item="${id}"]`)
    target?.focus()
  }

  return (
    <>
      <PageHeader
        title="Coverage"
        intro="What you have studied of GSEC, the OWASP Top 10 for LLM Applications and MITRE ATLAS, from what you tagged: resources you logged time on, notes, quotes, index entries, review cards and practice tests."
        actions={model ? <CoverageExports model={model} /> : null}
      />
      <div className="cov-controls">
        <fieldset className="cov-views">
          <legend>View</legend>
          {views.map((v) => (
            <label key={v.key} className={view === v.key ? 'checked' : undefined}>
              <input
                type="radio"
                name="coverage-view"
                value={v.key}
                checked={view === v.key}
                onChange={() => update({ view: v.key, item: null })}
              />
              {v.label}
            </label>
          ))}
        </fieldset>
        {view === 'owasp' ? (
          <SelectField
            label="Edition"
            frameClassName="compact-field"
            value={edition}
            onChange={(value) => update({ edition: value, item: null })}
          >
            {editions.map((e) => (
              <option key={e} value={e}>
                {e}
                {e === frameworks.owasp.current ? ' (current)' : ''}
              </option>
            ))}
          </SelectField>
        ) : null}
        <label className="checkbox">
          <input
            type="checkbox"
            checked={gapsOnly}
            onChange={(event) => update({ gaps: event.target.checked ? '1' : null })}
          />
          Only gaps (untouched or only read)
        </label>
        {gapsOnly && view !== 'atlas' ? (
          <SelectField
            label="Order"
            frameClassName="compact-field"
            value={order}
            onChange={(value) => update({ order: value === 'position' ? 'position' : null })}
          >
            <option value="weight">
              {view === 'gsec' ? 'Weight (least confident first)' : 'Weight'}
            </option>
            <option value="position">Position in the list</option>
          </SelectField>
        ) : null}
      </div>
      <Legend />
      <ErrorMessage error={error} />
      {isLoading || !model ? (
        error ? null : (
          <Loading>Reading what you have studied…</Loading>
        )
      ) : (
        <div className={`cov-layout${selected ? ' with-panel' : ''} view-${view}`}>
          <div className="cov-view" data-coverage-view={view}>
            {view === 'gsec' ? (
              <CoverageList
                label="GSEC areas"
                items={gsec}
                coverage={model.coverage}
                weights={weights}
                gapsOnly={gapsOnly}
                order={order}
                selectedId={selected?.id ?? null}
                onChoose={choose}
              />
            ) : view === 'owasp' ? (
              <CoverageList
                label={`OWASP Top 10 for LLM Applications ${edition}`}
                items={owasp}
                coverage={model.coverage}
                gapsOnly={gapsOnly}
                order={order}
                selectedId={selected?.id ?? null}
                onChoose={choose}
              />
            ) : (
              <>
                <p className="muted">
                  MITRE ATLAS {frameworks.atlas.release} ({frameworks.atlas.released}): tactics as
                  columns; a technique counts its sub-techniques&apos; evidence too.
                </p>
                <AtlasMatrix
                  columns={matrix}
                  coverage={model.coverage}
                  selectedId={selected?.id ?? null}
                  gapsOnly={gapsOnly}
                  onChoose={choose}
                />
              </>
            )}
          </div>
          {selected && model.coverage.get(selected.id) ? (
            <EvidencePanel
              item={selected}
              coverage={model.coverage.get(selected.id)!}
              thresholds={model.thresholds}
              onClose={close}
            />
          ) : null}
        </div>
      )}
    </>
  )
}
