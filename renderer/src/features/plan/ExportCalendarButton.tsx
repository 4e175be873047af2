import { SavedFileMessage, useSaveFile } from '../../ui/save-file'
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
  const exportFile = useSaveFile()
  const exportCalendar = () =>
    exportFile.mutate({
      write: async () => {
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
        if (!built.ok) return built
        return desktopApi.saveFile({
          suggestedName: 'bastion-plan.ics',
          content: built.value,
          mimeType: 'text/calendar',
        })
      },
      saved: 'Calendar exported',
    })
  return (
    <>
      <button type="button" onClick={exportCalendar} disabled={exportFile.isPending}>
        Export calendar
      </button>
      <SavedFileMessage save={exportFile} failed="Not exported" />
    </>
  )
}
