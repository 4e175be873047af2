import { readFileSync } from 'node:fs'
import { z } from 'zod'
import { writeFileAtomicallySync } from './atomic-write'

/**
 * The main window's size, position and maximized state between runs. Pure functions decide what
 * to restore; displays change between runs (a monitor unplugged, a laptop docked), so saved
 * bounds are always fitted to the displays there are now.
 */

export interface Rectangle {
  x: number
  y: number
  width: number
  height: number
}

export interface WindowState {
  bounds: Rectangle
  isMaximized: boolean
}

export const DEFAULT_WINDOW_SIZE = { width: 1280, height: 820 } as const
export const MIN_WINDOW_SIZE = { width: 800, height: 600 } as const
/** Less than this much of the window on a display counts as lost off-screen. */
const MIN_VISIBLE = { width: 120, height: 80 } as const

const coordinate = z.number().int().min(-100_000).max(100_000)
const length = z.number().int().min(1).max(100_000)

const WindowStateSchema = z.object({
  bounds: z.object({ x: coordinate, y: coordinate, width: length, height: length }),
  isMaximized: z.boolean(),
})

/** The saved state, or null when the file held anything else (hand-edited, truncated, old). */
export function parseWindowState(raw: unknown): WindowState | null {
  const parsed = WindowStateSchema.safeParse(raw)
  return parsed.success ? parsed.data : null
}

function intersectionArea(a: Rectangle, b: Rectangle): number {
  const width = Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x)
  const height = Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y)
  return width >= MIN_VISIBLE.width && height >= MIN_VISIBLE.height ? width * height : 0
}

function clamp(value: number, low: number, high: number): number {
  return Math.min(Math.max(value, low), Math.max(low, high))
}

function centeredIn(area: Rectangle, width: number, height: number): Rectangle {
  const fittedWidth = Math.min(width, area.width)
  const fittedHeight = Math.min(height, area.height)
  return {
    x: area.x + Math.round((area.width - fittedWidth) / 2),
    y: area.y + Math.round((area.height - fittedHeight) / 2),
    width: fittedWidth,
    height: fittedHeight,
  }
}

/** Moves and shrinks `bounds` just enough to lie wholly inside `area`. */
function keepInside(bounds: Rectangle, area: Rectangle): Rectangle {
  const width = clamp(bounds.width, Math.min(MIN_WINDOW_SIZE.width, area.width), area.width)
  const height = clamp(bounds.height, Math.min(MIN_WINDOW_SIZE.height, area.height), area.height)
  return {
    x: clamp(bounds.x, area.x, area.x + area.width - width),
    y: clamp(bounds.y, area.y, area.y + area.height - height),
    width,
    height,
  }
}

/**
 * Where to open the window: the saved bounds kept inside the display that shows most of them,
 * or centred on the primary display when there is no state or it would be off every display.
 * `workAreas` are the displays' work areas (without task bars and docks).
 */
export function fitWindowState(
  saved: WindowState | null,
  workAreas: readonly Rectangle[],
  primaryWorkArea: Rectangle,
): WindowState {
  if (saved === null) {
    const { width, height } = DEFAULT_WINDOW_SIZE
    return { bounds: centeredIn(primaryWorkArea, width, height), isMaximized: false }
  }
  let best: Rectangle | null = null
  let bestArea = 0
  for (const area of workAreas) {
    const overlap = intersectionArea(saved.bounds, area)
    if (overlap > bestArea) {
      best = area
      bestArea = overlap
    }
  }
  const bounds =
    best === null
      ? centeredIn(primaryWorkArea, saved.bounds.width, saved.bounds.height)
      : keepInside(saved.bounds, best)
  return { bounds, isMaximized: saved.isMaximized }
}

/** Reads the state file; a missing or damaged file just means "no saved state". */
export function readWindowState(filePath: string): WindowState | null {
  try {
    return parseWindowState(JSON.parse(readFileSync(filePath, 'utf8')))
  } catch {
    return null
  }
}

/**
 * Written synchronously on close: the app may quit right after, before an async write lands.
 * The file is tiny, and atomic so a crash mid-write cannot leave half a file.
 */
export function writeWindowState(filePath: string, state: WindowState): void {
  writeFileAtomicallySync(filePath, `${JSON.stringify(state, null, 2)}\n`)
}
