import { lazy, Suspense, type ComponentProps } from 'react'
import { Loading } from '../../ui/Loading'

const TimerControlChunk = lazy(() =>
  import('./TimerControl').then((module) => ({ default: module.TimerControl })),
)

/**
 * The timer for a page that shows it only while a timer runs (the Dashboard): its code, with the
 * resource picker's combobox library, loads when it is shown, not with the first page.
 */
export function LazyTimerControl(props: ComponentProps<typeof TimerControlChunk>) {
  return (
    <Suspense fallback={<Loading>Loading the timer…</Loading>}>
      <TimerControlChunk {...props} />
    </Suspense>
  )
}
