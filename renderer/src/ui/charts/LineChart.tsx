import { AxisBottom, AxisLeft } from '@visx/axis'
import { curveMonotoneX } from '@visx/curve'
import { GridColumns, GridRows } from '@visx/grid'
import { Group } from '@visx/group'
import { scaleLinear, scalePoint } from '@visx/scale'
import { LinePath } from '@visx/shape'
import { useTooltip } from '@visx/tooltip'
import { useMemo } from 'react'
import { axisStyle, ChartFrame, ChartTooltip } from './ChartFrame'
import { labelsThatFit, type ChartMargin } from './chart-scales'

/** One point on the line: its label on the x axis and its value. */
export interface LinePoint {
  key: string
  label: string
  value: number
  /** The tooltip's heading; defaults to the label. */
  title?: string
}

export interface LineChartProps {
  points: readonly LinePoint[]
  height: number
  /** The y axis' span, e.g. [0, 100] for percentages. */
  domain: readonly [number, number]
  formatValue: (value: number) => string
  /** A dashed horizontal line with a label, such as a pass mark. */
  reference?: { value: number; label: string }
  /** What one point is, for its tooltip ("Score"). */
  valueName: string
}

/** The chart at a known width; LineChart measures it. Exported for tests. */
export function LineChartSvg({
  width,
  points,
  height,
  domain,
  formatValue,
  reference,
  valueName,
}: LineChartProps & { width: number }) {
  const margin: ChartMargin = { top: 16, right: 24, bottom: 28, left: 44 }
  const innerWidth = Math.max(0, width - margin.left - margin.right)
  const innerHeight = Math.max(0, height - margin.top - margin.bottom)
  const tooltip = useTooltip<LinePoint>()

  const { x, y, shownKeys } = useMemo(() => {
    const x = scalePoint({
      domain: points.map((p) => p.key),
      range: [0, innerWidth],
      padding: 0.5,
    })
    const y = scaleLinear({ domain: [...domain], range: [innerHeight, 0] })
    const shown = labelsThatFit(
      points.map((p) => p.label),
      x.step(),
    )
    return { x, y, shownKeys: new Set(points.filter((p) => shown.has(p.label)).map((p) => p.key)) }
  }, [points, domain, innerWidth, innerHeight])
  const labelOf = new Map(points.map((p) => [p.key, p.label]))
  const active = tooltip.tooltipData

  return (
    <div className="chart-plot">
      <svg width={width} height={height} onPointerLeave={tooltip.hideTooltip}>
        <Group left={margin.left} top={margin.top}>
          <GridRows scale={y} width={innerWidth} numTicks={5} className="chart-grid" />
          <GridColumns scale={x} height={innerHeight} className="chart-grid" />
          {reference ? (
            <g className="chart-reference">
              <line x1={0} x2={innerWidth} y1={y(reference.value)} y2={y(reference.value)} />
              <text x={innerWidth} y={y(reference.value) + 16} textAnchor="end">
                {reference.label}
              </text>
            </g>
          ) : null}
          <LinePath
            className="chart-line"
            data={[...points]}
            x={(p) => x(p.key) ?? 0}
            y={(p) => y(p.value)}
            curve={curveMonotoneX}
          />
          {points.map((p) => (
            <circle
              key={p.key}
              className={p === active ? 'chart-dot active' : 'chart-dot'}
              cx={x(p.key) ?? 0}
              cy={y(p.value)}
              r={p === active ? 6 : 4}
            />
          ))}
          {/* Each point answers the pointer across the width of its column. */}
          {points.map((p) => (
            <rect
              key={p.key}
              className="chart-hit"
              x={(x(p.key) ?? 0) - x.step() / 2}
              width={x.step()}
              height={innerHeight}
              onPointerMove={() =>
                tooltip.showTooltip({
                  tooltipData: p,
                  tooltipLeft: margin.left + (x(p.key) ?? 0),
                  tooltipTop: margin.top + y(p.value),
                })
              }
            />
          ))}
          <AxisLeft
            scale={y}
            numTicks={5}
            tickFormat={(value) => formatValue(Number(value))}
            {...axisStyle}
          />
          <AxisBottom
            top={innerHeight}
            scale={x}
            tickValues={points.filter((p) => shownKeys.has(p.key)).map((p) => p.key)}
            tickFormat={(key) => labelOf.get(key) ?? key}
            {...axisStyle}
          />
        </Group>
      </svg>
      {tooltip.tooltipOpen && active ? (
        <ChartTooltip left={tooltip.tooltipLeft} top={tooltip.tooltipTop}>
          <strong>{active.title ?? active.label}</strong>
          <div>
            {valueName}: {formatValue(active.value)}
          </div>
        </ChartTooltip>
      ) : null}
    </div>
  )
}

/** A line through points in order, with dots, that fills its container's width. */
export function LineChart(props: LineChartProps) {
  return (
    <ChartFrame height={props.height}>
      {(width) => <LineChartSvg width={width} {...props} />}
    </ChartFrame>
  )
}
