// @vitest-environment node
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import {
  DEFAULT_WINDOW_SIZE,
  fitWindowState,
  MIN_WINDOW_SIZE,
  parseWindowState,
  readWindowState,
  writeWindowState,
  type Rectangle,
  type WindowState,
} from '../../../electron/window-state'

const laptop: Rectangle = { x: 0, y: 0, width: 1440, height: 875 }
const monitorOnTheRight: Rectangle = { x: 1440, y: 0, width: 2560, height: 1400 }
const monitorOnTheLeft: Rectangle = { x: -1920, y: 0, width: 1920, height: 1040 }

const saved = (bounds: Rectangle, isMaximized = false): WindowState => ({ bounds, isMaximized })

describe('parseWindowState', () => {
  it('accepts a well-formed state', () => {
    const state = saved({ x: 10, y: 20, width: 1000, height: 700 }, true)
    expect(parseWindowState(state)).toEqual(state)
  })

  it.each([
    ['null', null],
    ['a string', 'maximized'],
    ['missing bounds', { isMaximized: true }],
    ['non-integer width', { bounds: { x: 0, y: 0, width: 10.5, height: 10 }, isMaximized: false }],
    ['zero height', { bounds: { x: 0, y: 0, width: 10, height: 0 }, isMaximized: false }],
    ['NaN', { bounds: { x: Number.NaN, y: 0, width: 10, height: 10 }, isMaximized: false }],
    ['absurd coordinates', { bounds: { x: 1e9, y: 0, width: 10, height: 10 }, isMaximized: false }],
    [
      'maximized as a string',
      { bounds: { x: 0, y: 0, width: 10, height: 10 }, isMaximized: 'yes' },
    ],
  ])('rejects %s', (_label, raw) => {
    expect(parseWindowState(raw)).toBeNull()
  })
})

describe('fitWindowState', () => {
  it('centres the default size on the primary display when nothing was saved', () => {
    const state = fitWindowState(null, [laptop], laptop)
    expect(state.isMaximized).toBe(false)
    expect(state.bounds).toEqual({
      x: (laptop.width - DEFAULT_WINDOW_SIZE.width) / 2,
      y: Math.round((laptop.height - DEFAULT_WINDOW_SIZE.height) / 2),
      ...DEFAULT_WINDOW_SIZE,
    })
  })

  it('keeps bounds that are fully visible', () => {
    const bounds = { x: 1600, y: 100, width: 1200, height: 900 }
    expect(fitWindowState(saved(bounds), [laptop, monitorOnTheRight], laptop).bounds).toEqual(
      bounds,
    )
  })

  it('keeps a window on a monitor left of the primary (negative coordinates)', () => {
    const bounds = { x: -1800, y: 50, width: 1200, height: 800 }
    expect(fitWindowState(saved(bounds), [laptop, monitorOnTheLeft], laptop).bounds).toEqual(bounds)
  })

  it('recentres on the primary display when the saved monitor is gone', () => {
    const state = fitWindowState(
      saved({ x: 2000, y: 100, width: 1200, height: 800 }, true),
      [laptop],
      laptop,
    )
    expect(state.bounds).toEqual({ x: 120, y: 38, width: 1200, height: 800 })
    expect(state.isMaximized).toBe(true)
  })

  it('pulls a window hanging off the edge back inside the display it is mostly on', () => {
    const state = fitWindowState(
      saved({ x: 1000, y: 500, width: 1000, height: 700 }),
      [laptop],
      laptop,
    )
    expect(state.bounds).toEqual({ x: 440, y: 175, width: 1000, height: 700 })
  })

  it('treats a sliver on screen as off-screen', () => {
    const sliver = saved({ x: laptop.width - 20, y: 100, width: 1000, height: 700 })
    const state = fitWindowState(sliver, [laptop], laptop)
    expect(state.bounds.x).toBe(Math.round((laptop.width - 1000) / 2))
  })

  it('shrinks a window larger than the display it is on', () => {
    const state = fitWindowState(saved({ x: 0, y: 0, width: 4000, height: 3000 }), [laptop], laptop)
    expect(state.bounds).toEqual({ x: 0, y: 0, width: laptop.width, height: laptop.height })
  })

  it('grows a window below the minimum size back to it', () => {
    const state = fitWindowState(
      saved({ x: 100, y: 100, width: 200, height: 150 }),
      [laptop],
      laptop,
    )
    expect(state.bounds.width).toBe(MIN_WINDOW_SIZE.width)
    expect(state.bounds.height).toBe(MIN_WINDOW_SIZE.height)
  })

  it('fits a display smaller than the minimum window size', () => {
    const tiny: Rectangle = { x: 0, y: 0, width: 640, height: 480 }
    const state = fitWindowState(saved({ x: 0, y: 0, width: 1000, height: 800 }), [tiny], tiny)
    expect(state.bounds).toEqual(tiny)
  })
})

describe('window state file', () => {
  let dir = ''
  afterEach(() => {
    if (dir) rmSync(dir, { recursive: true, force: true })
  })

  it('round-trips through the file and leaves no temporary files', () => {
    dir = mkdtempSync(join(tmpdir(), 'bastion-window-'))
    const file = join(dir, 'window-state.json')
    const state = saved({ x: 5, y: 6, width: 900, height: 700 }, true)
    writeWindowState(file, state)
    expect(readWindowState(file)).toEqual(state)
    expect(readdirSync(dir)).toEqual(['window-state.json'])
  })

  it('reads a missing or damaged file as no state', () => {
    dir = mkdtempSync(join(tmpdir(), 'bastion-window-'))
    const file = join(dir, 'window-state.json')
    expect(readWindowState(file)).toBeNull()
    writeFileSync(file, '{"bounds": {"x": 1,')
    expect(readWindowState(file)).toBeNull()
  })
})
