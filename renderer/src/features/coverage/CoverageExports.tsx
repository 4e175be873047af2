import { useState } from 'react'
import {
  atlasTechniqueItems,
  coverageCsv,
  navigatorLayer,
  type CoverageRow,
} from '../../domain/coverage'
import { todayIso } from '../../domain/dates'
import { desktopApi } from '../../platform'
import { useFrameworkItems, useFrameworks } from '../frameworks'
import type { CoverageModel } from './model'

/** Export CSV (every scored item) and the ATLAS Navigator layer, through the one save door. */
export function CoverageExports({ model }: { model: CoverageModel }) {
  const frameworks = useFrameworks()
  const { items } = useFrameworkItems()
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null)
  const rowsOf = (list: typeof items): CoverageRow[] =>
    list.flatMap((item) => {
      const coverage = model.coverage.get(item.id)
      return coverage ? [{ item, coverage }] : []
    })

  const save = async (suggestedName: string, content: string, mimeType: string, what: string) => {
    const result = await desktopApi.saveFile({ suggestedName, content, mimeType })
    if (!result.ok) setMessage({ ok: false, text: result.error })
    else if (result.value.saved)
      setMessage({
        ok: true,
        text: `Exported ${what}${result.value.path ? ` to ${result.value.path}` : ''}.`,
      })
    else setMessage(null)
  }
  const exportCsv = () => {
    const rows = rowsOf(items)
    return save(
      `bastion-coverage-${todayIso()}.csv`,
      coverageCsv(rows),
      'text/csv',
      `${rows.length} items`,
    )
  }
  const exportLayer = () => {
    const rows = rowsOf(atlasTechniqueItems(items))
    const layer = navigatorLayer(rows, frameworks.atlas.release, todayIso())
    return save(
      `bastion-atlas-layer-${todayIso()}.json`,
      `${JSON.stringify(layer, null, 2)}\n`,
      'application/json',
      `the ATLAS Navigator layer (${rows.length} techniques)`,
    )
  }
  return (
    <div className="cov-exports">
      <div className="toolbar">
        <button type="button" onClick={() => void exportCsv()}>
          Export CSV
        </button>
        <button type="button" onClick={() => void exportLayer()}>
          Export ATLAS Navigator layer
        </button>
      </div>
      {message ? (
        <p
          role={message.ok ? 'status' : 'alert'}
          className={message.ok ? 'notice-ok' : 'error-banner'}
        >
          {message.text}
        </p>
      ) : null}
    </div>
  )
}
