import { useState } from 'react'
import { desktopApi } from '../../platform'
import { planToIcs } from './calendar-export'
import type { PlanForecast } from './forecast'
import type { PlanRow } from './model'

/** Saves the plan as an .ics file: a save dialog on the desktop, a download on the web. */
export function ExportCalendarButton({
  forecast,
  rows,
  exam,
}: {
  forecast: PlanForecast | undefined
  rows: PlanRow[]
  exam: { certificationId: string; title: string; date: string } | null
}) {
  const [message, setMessage] = useState<{ error: boolean; text: string } | null>(null)
  const exportCalendar = async () => {
    const built = planToIcs({
      blocks: forecast?.blocks ?? [],
      targets: rows.map((row) => ({
        itemId: row.item.id,
        title: row.title,
        targetStart: row.item.targetStart,
        targetFinish: row.item.targetFinish,
      })),
      exam,
      now: Date.now(),
    })
    if (!built.ok) return setMessage({ error: true, text: built.error })
    const saved = await desktopApi.saveFile({
      suggestedName: 'bastion-plan.ics',
      content: built.value,
      mimeType: 'text/calendar',
    })
    if (!saved.ok) setMessage({ error: true, text: saved.error })
    else if (!saved.value.saved)
      setMessage({ error: false, text: 'Export cancelled; nothing was saved.' })
    else
      setMessage({
        error: false,
        text: `Calendar exported${saved.value.path ? ` to ${saved.value.path}` : ''}.`,
      })
  }
  return (
    <>
      <button type="button" onClick={() => void exportCalendar()}>
        Export calendar
      </button>
      <span role="status" className={message?.error ? 'error-text' : 'muted'}>
        {message?.text}
      </span>
    </>
  )
}
