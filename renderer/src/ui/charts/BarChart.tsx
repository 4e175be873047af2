import { AxisBottom, AxisLeft } from '@visx/axis'
import { GridRows } from '@visx/grid'
import { Group } from '@visx/group'
import { scaleBand, scaleLinear } from '@visx/scale'
import { Bar } from '@visx/shape'
import { useTooltip } from '@visx/tooltip'
import { useMemo } from 'react'
import { axisStyle, ChartFrame, ChartTooltip } from './ChartFrame'
import { labelsThatFit, valueCeiling, wholeTicks, type ChartMargin } from './chart-scales'

/** One set of bars: a value per category, drawn in the colour its class gives. */
export interface BarSeries {
  label: string
  /** CSS class of its bars and legend swatch, which sets the fill. */
  className: string
  values: readonly number[]
}

export interface BarChartProps {
  /** The x axis, left to right: one group of bars per category (each label unique). */
  categories: readonly string[]
  series: readonly BarSeries[]
  height: number
  /** A value as the tooltip says it ("4.5 h", "$120.00"). */
  formatValue: (value: number) => string
  /** A value on the y axis; defaults to formatValue. */
  formatTick?: (value: number) => string
  /** Whole-number ticks only (counts, rounded hours). */
  wholeNumberTicks?: boolean
  /** Width kept for the y axis' labels, in px. */
  axisWidth?: number
  /** A legend under the chart naming each series; worth it from two series up. */
  legend?: boolean
  /** The tooltip's heading for a category; defaults to the category itself. */
  tooltipTitle?: (category: string) => string
}

/** The chart at a known width; BarChart measures it. Exported for tests. */
export function BarChartSvg({
  width,
  categories,
  series,
  height,
  formatValue,
  formatTick = formatValue,
  wholeNumberTicks = false,
  axisWidth = 44,
  tooltipTitle = (category) => category,
}: BarChartProps & { width: number }) {
  const margin: ChartMargin = { top: 8, right: 8, bottom: 28, left: axisWidth }
  const innerWidth = Math.max(0, width - margin.left - margin.right)
  const innerHeight = Math.max(0, height - margin.top - margin.bottom)
  const tooltip = useTooltip<number>()

  const { x, group, y, yTicks, shownLabels } = useMemo(() => {
    const x = scaleBand({ domain: [...categories], range: [0, innerWidth], padding: 0.2 })
    const group = scaleBand({
      domain: series.map((_, index) => index),
      range: [0, x.bandwidth()],
      padding: series.length > 1 ? 0.08 : 0,
    })
    const y = scaleLinear({
      domain: [0, valueCeiling(series.flatMap((s) => s.values))],
      range: [innerHeight, 0],
      nice: true,
    })
    const ticks = y.ticks(5)
    return {
      x,
      group,
      y,
      yTicks: wholeNumberTicks ? wholeTicks(ticks) : ticks,
      shownLabels: labelsThatFit(categories, x.step()),
    }
  }, [categories, series, innerWidth, innerHeight, wholeNumberTicks])

  const active = tooltip.tooltipData
  return (
    <div className="chart-plot">
      <svg width={width} height={height} onPointerLeave={tooltip.hideTooltip}>
        <Group left={margin.left} top={margin.top}>
          <GridRows scale={y} width={innerWidth} tickValues={yTicks} className="chart-grid" />
          {categories.map((category, index) => {
            const left = x(category) ?? 0
            return (
              <Group key={category} left={left}>
                {active === index ? (
                  <rect
                    className="chart-cursor"
                    x={-x.step() * x.paddingInner() * 0.5}
                    width={x.step()}
                    height={innerHeight}
                  />
                ) : null}
                {series.map((s, seriesIndex) => {
                  const value = s.values[index] ?? 0
                  const top = y(value)
                  return (
                    <Bar
                      key={s.label}
                      className={`chart-bar ${s.className}`}
                      x={group(seriesIndex) ?? 0}
                      y={top}
                      width={group.bandwidth()}
                      height={Math.max(0, innerHeight - top)}
                    />
                  )
                })}
                {/* The whole column answers the pointer, so a short bar is easy to hover. */}
                <rect
                  className="chart-hit"
                  x={-x.step() * x.paddingInner() * 0.5}
                  width={x.step()}
                  height={innerHeight}
                  onPointerMove={() =>
                    tooltip.showTooltip({
                      tooltipData: index,
                      tooltipLeft: margin.left + left + x.bandwidth() / 2,
                      tooltipTop: margin.top + innerHeight / 3,
                    })
                  }
                />
              </Group>
            )
          })}
          <AxisLeft
            scale={y}
            tickValues={yTicks}
            tickFormat={(value) => formatTick(Number(value))}
            {...axisStyle}
          />
          <AxisBottom
            top={innerHeight}
            scale={x}
            tickValues={categories.filter((category) => shownLabels.has(category))}
            {...axisStyle}
          />
        </Group>
      </svg>
      {tooltip.tooltipOpen && active !== undefined ? (
        <ChartTooltip left={tooltip.tooltipLeft} top={tooltip.tooltipTop}>
          <strong>{tooltipTitle(categories[active] ?? '')}</strong>
          {series.map((s) => (
            <div key={s.label}>
              {series.length > 1 ? `${s.label}: ` : null}
              {formatValue(s.values[active] ?? 0)}
            </div>
          ))}
        </ChartTooltip>
      ) : null}
    </div>
  )
}

/** A bar chart, one or more series side by side, that fills its container's width. */
export function BarChart(props: BarChartProps) {
  return (
    <>
      <ChartFrame height={props.height}>
        {(width) => <BarChartSvg width={width} {...props} />}
      </ChartFrame>
      {props.legend ? (
        <ul className="chart-legend" aria-hidden="true">
          {props.series.map((s) => (
            <li key={s.label}>
              <span className={`chart-swatch ${s.className}`} />
              {s.label}
            </li>
          ))}
        </ul>
      ) : null}
    </>
  )
}
