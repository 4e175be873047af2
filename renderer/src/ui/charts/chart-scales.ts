/**
 * The arithmetic shared by Bastion's charts: value ticks and which category labels fit.
 * Pure, so the charts' choices are unit-tested without a browser.
 */

/** Space kept around the plot for the axes, in px. */
export interface ChartMargin {
  top: number
  right: number
  bottom: number
  left: number
}

/** The upper end of a value axis: the largest value, or 1 when every value is 0 or missing. */
export function valueCeiling(values: Iterable<number>): number {
  let max = 0
  for (const value of values) if (Number.isFinite(value) && value > max) max = value
  return max > 0 ? max : 1
}

/** Keeps whole-number ticks only: an axis of hours reads "2 h, 4 h", never "2.5 h". */
export function wholeTicks(ticks: readonly number[]): number[] {
  return ticks.filter((tick) => Number.isInteger(tick))
}

/** Average width of one character of the 12 px axis font, in px; a little generous. */
const charWidth = 7

/**
 * Which category labels to draw so that neighbours do not overlap: every label when they fit,
 * otherwise every second, third… one, always starting with the first.
 */
export function labelsThatFit(labels: readonly string[], bandWidth: number, gap = 8): Set<string> {
  const widest = labels.reduce((max, label) => Math.max(max, label.length * charWidth), 0)
  const step = bandWidth > 0 ? Math.max(1, Math.ceil((widest + gap) / bandWidth)) : labels.length
  return new Set(labels.filter((_, index) => index % step === 0))
}
