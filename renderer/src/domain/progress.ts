import type { ProgressStatus } from '../db/records'

export interface ProgressItem {
  status: ProgressStatus
  /** For an item in progress: the share done, 0 to 1 (from units or percent). */
  fraction?: number
  /** How much the item counts in the whole (e.g. planned hours); 1 when not given. */
  weight?: number
}

/**
 * The share of a path that is done, 0 to 1, or null when nothing counts. Skipped items are left
 * out of both the top and the bottom (roadmap.sh users report the other way as a bug).
 */
export function pathProgress(items: readonly ProgressItem[]): number | null {
  let done = 0
  let total = 0
  for (const item of items) {
    if (item.status === 'skipped') continue
    const weight = item.weight ?? 1
    if (!(weight > 0)) continue
    total += weight
    if (item.status === 'done') done += weight
    else if (item.status === 'in-progress') done += weight * clamp01(item.fraction ?? 0)
  }
  return total === 0 ? null : done / total
}

export function clamp01(value: number): number {
  return Number.isFinite(value) ? Math.min(1, Math.max(0, value)) : 0
}
