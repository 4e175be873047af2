import { useParentSize } from '@visx/responsive'
import { TooltipWithBounds } from '@visx/tooltip'
import { startTransition, useEffect, useState, type ReactNode } from 'react'
import './charts.css'

const ignoredDimensions: ('height' | 'top' | 'left')[] = ['height', 'top', 'left']

/**
 * True once the element has come near the viewport, so a page's text paints first and a chart
 * lower down draws when it is about to be seen. Without IntersectionObserver (tests), at once.
 */
function useNearViewport(element: Element | null): boolean {
  const [near, setNear] = useState(() => typeof IntersectionObserver === 'undefined')
  useEffect(() => {
    if (near || !element) return
    const observer = new IntersectionObserver(
      (entries) => {
        // A transition: the drawing yields to input and is dropped if the user leaves the page.
        if (entries.some((entry) => entry.isIntersecting)) startTransition(() => setNear(true))
      },
      { rootMargin: '200px' },
    )
    observer.observe(element)
    return () => observer.disconnect()
  }, [near, element])
  return near
}

/**
 * A box of fixed height that draws its chart at the width the layout gives it, and again when
 * that width changes. The box keeps its height before the first drawing, so nothing shifts.
 * The drawing is hidden from assistive technology: every chart has a table beside it.
 */
export function ChartFrame({
  height,
  children,
}: {
  height: number
  children: (width: number) => ReactNode
}) {
  const { parentRef, node, width } = useParentSize({ ignoreDimensions: ignoredDimensions })
  const near = useNearViewport(node)
  return (
    <div ref={parentRef} className="chart-frame" style={{ height }} aria-hidden="true">
      {near && width > 0 ? children(width) : null}
    </div>
  )
}

/** How every axis is drawn: in the frame's muted text colour, 12 px labels. */
export const axisStyle = {
  stroke: 'currentColor',
  tickStroke: 'currentColor',
  tickLabelProps: { fill: 'currentColor', fontSize: 12 },
} as const

/** The box that names what the pointer is over; it stays inside the chart's bounds. */
export function ChartTooltip({
  left,
  top,
  children,
}: {
  left: number | undefined
  top: number | undefined
  children: ReactNode
}) {
  return (
    <TooltipWithBounds className="chart-tooltip" unstyled left={left} top={top}>
      {children}
    </TooltipWithBounds>
  )
}
