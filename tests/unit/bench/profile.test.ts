// Reading a V8 CPU profile for the start-up trace: phases, self time and busy stretches.
import { describe, expect, it } from 'vitest'
import { busySegments, phaseTimings } from '../../../scripts/bench/support.mjs'

const frame = (functionName: string) => ({ functionName, url: 'http://x/app.js', lineNumber: 0 })
// root → bootstrap → parse, root → render, root → (idle); samples every 1 ms (1000 µs).
const profile = {
  nodes: [
    { id: 1, callFrame: frame('(root)'), children: [2, 4, 5] },
    { id: 2, callFrame: frame('bootstrap'), children: [3] },
    { id: 3, callFrame: frame('parse') },
    { id: 4, callFrame: frame('render') },
    { id: 5, callFrame: frame('(idle)') },
  ],
  startTime: 10_000,
  samples: [2, 3, 3, 5, 5, 5, 5, 5, 4, 4],
  timeDeltas: [0, 1000, 1000, 1000, 1000, 1000, 1000, 1000, 1000, 1000],
}

describe('phaseTimings', () => {
  it('gives each named function its first and last moment and its inclusive CPU time', () => {
    const timings = phaseTimings(profile, ['bootstrap', 'parse', 'render'], 10_000)
    expect(timings.phases).toEqual({
      bootstrap: { first: 0, last: 3, cpu: 3 },
      parse: { first: 1, last: 3, cpu: 2 },
      render: { first: 8, last: 9, cpu: 1 },
    })
    expect(timings.topSelf[0]).toEqual(['parse app.js:1', 2])
    expect(timings.busyBeforeReady(5)).toBe(3)
  })
})

describe('busySegments', () => {
  it('splits the timeline where the thread idled and names what ran in each stretch', () => {
    expect(busySegments(profile, 10_000)).toEqual([
      {
        start: 0,
        end: 3,
        cpu: 3,
        top: [
          ['bootstrap', 3],
          ['parse', 2],
        ],
      },
      { start: 8, end: 9, cpu: 1, top: [['render', 1]] },
    ])
  })
})
