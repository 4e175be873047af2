import { cleanup, fireEvent, render } from '@testing-library/react'
import { afterEach, describe, expect, it } from 'vitest'
import { BarChartSvg, type BarSeries } from '@renderer/ui/charts/BarChart'
import { LineChartSvg } from '@renderer/ui/charts/LineChart'
import { labelsThatFit, valueCeiling, wholeTicks } from '@renderer/ui/charts/chart-scales'

afterEach(cleanup)

describe('chart arithmetic', () => {
  it('spans the largest value, or 1 when there is nothing to show', () => {
    expect(valueCeiling([3, 9.5, 2])).toBe(9.5)
    expect(valueCeiling([0, 0])).toBe(1)
    expect(valueCeiling([])).toBe(1)
    expect(valueCeiling([Number.NaN, -4])).toBe(1)
  })

  it('keeps whole-number ticks for counted figures', () => {
    expect(wholeTicks([0, 0.5, 1, 1.5, 2])).toEqual([0, 1, 2])
  })

  it('draws every label that fits and thins them out when they would overlap', () => {
    const labels = ['Sep 1', 'Sep 8', 'Sep 15', 'Sep 22', 'Sep 29', 'Oct 6']
    expect([...labelsThatFit(labels, 80)]).toEqual(labels)
    expect([...labelsThatFit(labels, 30)]).toEqual(['Sep 1', 'Sep 15', 'Sep 29'])
    expect([...labelsThatFit(labels, 20)]).toEqual(['Sep 1', 'Sep 22'])
    expect([...labelsThatFit(labels, 0)]).toEqual(['Sep 1'])
  })
})

const hours: BarSeries = { label: 'Studied', className: 'weekly-bar', values: [2, 4, 0] }

describe('bar chart', () => {
  it('draws one bar per value, as tall as its share of the axis', () => {
    const { container } = render(
      <BarChartSvg
        width={400}
        height={200}
        categories={['Sep 1', 'Sep 8', 'Sep 15']}
        series={[hours]}
        formatValue={(v) => `${v} h`}
        wholeNumberTicks
      />,
    )
    const bars = [...container.querySelectorAll('rect.chart-bar')]
    expect(bars).toHaveLength(3)
    const heights = bars.map((bar) => Number(bar.getAttribute('height')))
    expect(heights[1]).toBeCloseTo(heights[0]! * 2)
    expect(heights[2]).toBe(0)
    const ticks = [...container.querySelectorAll('.visx-axis-left text')].map((t) => t.textContent)
    expect(ticks).toEqual(['0 h', '1 h', '2 h', '3 h', '4 h'])
    expect(container.textContent).toContain('Sep 15')
  })

  it('names a column and every series in it when the pointer is over it', () => {
    const { container, getByText } = render(
      <BarChartSvg
        width={400}
        height={200}
        categories={['Jan 2026', 'Feb 2026']}
        series={[
          { label: 'Planned', className: 'chart-planned', values: [1000, 0] },
          { label: 'Spent', className: 'chart-spent', values: [2500, 4999] },
        ]}
        formatValue={(v) => `$${(v / 100).toFixed(2)}`}
        tooltipTitle={(month) => `In ${month}`}
      />,
    )
    expect(container.querySelectorAll('rect.chart-bar')).toHaveLength(4)
    fireEvent.pointerMove(container.querySelectorAll('rect.chart-hit')[1]!)
    expect(getByText('In Feb 2026')).toBeTruthy()
    expect(getByText('Planned: $0.00')).toBeTruthy()
    expect(getByText('Spent: $49.99')).toBeTruthy()
  })
})

describe('line chart', () => {
  it('puts a dot per point, the reference line with its label, and a tooltip per point', () => {
    const { container, getByText } = render(
      <LineChartSvg
        width={500}
        height={240}
        points={[
          { key: 'a', label: 'Nov 3', value: 64 },
          { key: 'b', label: 'Nov 11', value: 78, title: 'Full mock, Nov 11, 2026' },
        ]}
        domain={[0, 100]}
        formatValue={(v) => `${v}%`}
        valueName="Score"
        reference={{ value: 72, label: 'Pass mark 72%' }}
      />,
    )
    const dots = [...container.querySelectorAll('circle.chart-dot')]
    expect(dots).toHaveLength(2)
    // Higher scores sit higher: SVG y grows downward.
    expect(Number(dots[1]!.getAttribute('cy'))).toBeLessThan(Number(dots[0]!.getAttribute('cy')))
    expect(getByText('Pass mark 72%')).toBeTruthy()
    fireEvent.pointerMove(container.querySelectorAll('rect.chart-hit')[1]!)
    expect(getByText('Full mock, Nov 11, 2026')).toBeTruthy()
    expect(getByText('Score: 78%')).toBeTruthy()
  })
})
